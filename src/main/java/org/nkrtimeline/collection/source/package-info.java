/**
 * The source-file format: the parser every path that reads an article's text goes through (migrations,
 * import, article page, feed), its blocks, sentences and words, and the content hash that recognises a
 * text already stored.
 */
@NamedInterface("source")
package org.nkrtimeline.collection.source;

import org.springframework.modulith.NamedInterface;
