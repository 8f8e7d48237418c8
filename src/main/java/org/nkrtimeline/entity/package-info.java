/**
 * The gazetteer of people, places and organisations, the recogniser that finds them in a text, the tagger
 * that records their mentions, and the index page of them all.
 */
@ApplicationModule(allowedDependencies = {"collection", "collection :: source", "i18n", "index", "web"})
package org.nkrtimeline.entity;

import org.springframework.modulith.ApplicationModule;
