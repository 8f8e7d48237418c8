/**
 * Finding or starting PostgreSQL before the application starts, clear messages when it cannot, and 503
 * pages in an outage.
 */
@ApplicationModule(allowedDependencies = {})
package org.nkrtimeline.database;

import org.springframework.modulith.ApplicationModule;
