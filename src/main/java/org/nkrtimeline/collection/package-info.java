/**
 * The shared kernel every feature may use and that uses none of them: an article's honest dates, slugs,
 * entity kinds, reading row values, the article that is not found, and the event that says the collection
 * changed. (The rule that decides which articles readers see is SQL: the view public_article, V16.)
 */
@ApplicationModule(allowedDependencies = {"i18n", "web"})
package org.nkrtimeline.collection;

import org.springframework.modulith.ApplicationModule;
