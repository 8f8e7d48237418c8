/**
 * The interface's words and dates in the one configured locale, from messages.properties.
 */
@ApplicationModule(allowedDependencies = {})
package org.nkrtimeline.i18n;

import org.springframework.modulith.ApplicationModule;
