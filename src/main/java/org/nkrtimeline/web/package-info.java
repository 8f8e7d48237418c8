/**
 * Web infrastructure every feature may use: error pages, security headers, the site's absolute address
 * and how text is encoded in its URLs, script files, Tomcat settings and responses held in memory.
 */
@ApplicationModule(allowedDependencies = {"i18n"})
package org.nkrtimeline.web;

import org.springframework.modulith.ApplicationModule;
