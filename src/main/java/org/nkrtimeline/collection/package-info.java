/**
 * The shared kernel every feature may use and that uses none of them: an article's honest dates, slugs,
 * entity kinds, the rule that decides which articles readers see, and the event that says the collection
 * changed.
 */
@ApplicationModule(allowedDependencies = {"i18n", "web"})
package org.nkrtimeline.collection;

import org.springframework.modulith.ApplicationModule;
