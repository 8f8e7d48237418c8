/**
 * The import of new articles from the command line and from uploads with review: proposals (headline,
 * topics, entities), duplicates, and one transaction per article.
 */
package org.nkrtimeline.editorial.importing;
