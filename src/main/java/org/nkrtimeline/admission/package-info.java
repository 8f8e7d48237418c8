/**
 * Admission control: at most a few requests are worked on at once, the others wait their turn in the
 * order they came, and a request that waits too long gets the 503 page.
 */
@ApplicationModule(allowedDependencies = {"web"})
package org.nkrtimeline.admission;

import org.springframework.modulith.ApplicationModule;
