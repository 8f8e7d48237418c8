/**
 * Starts the application without its web server for the command-line commands.
 */
@ApplicationModule(allowedDependencies = {})
package org.nkrtimeline.commandline;

import org.springframework.modulith.ApplicationModule;
