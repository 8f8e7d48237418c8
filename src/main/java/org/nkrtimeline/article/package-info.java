/**
 * The article page: the full text rendered from the stored source, its entity links and search matches,
 * its place in the reader's timeline, and related articles.
 */
package org.nkrtimeline.article;
