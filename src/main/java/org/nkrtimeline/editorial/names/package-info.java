/**
 * The gazetteer by hand: editors add people, places and organisations, and confirm spellings of their
 * names in other alphabets, proposed by ICU4J's transliterators; what they add tags the articles that
 * name it.
 */
package org.nkrtimeline.editorial.names;
