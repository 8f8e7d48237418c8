/**
 * The command line: what the arguments ask for (the web app, a command, the usage), the interface the
 * commands implement, and starting the application without its web server for them.
 */
@ApplicationModule(allowedDependencies = {})
package org.nkrtimeline.commandline;

import org.springframework.modulith.ApplicationModule;
