/**
 * The timeline's overview laid out on a true time scale as SVG marks, with its text alternative.
 */
@ApplicationModule(allowedDependencies = {"collection", "i18n"})
package org.nkrtimeline.overview;

import org.springframework.modulith.ApplicationModule;
