/**
 * The request log, and SQL statements per response (Server-Timing) for the benchmark.
 */
@ApplicationModule(allowedDependencies = {"index", "web"})
package org.nkrtimeline.monitoring;

import org.springframework.modulith.ApplicationModule;
