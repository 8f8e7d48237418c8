/**
 * What search engines and link previews read: descriptions, canonical URLs, sharing tags, JSON-LD,
 * sitemaps and robots.txt.
 */
package org.nkrtimeline.seo;
