/**
 * The read index: a Lucene index of the articles readers may see, kept by this instance from the
 * database's outbox of changes (V20), and read by the timeline, search, facets and counts
 * (docs/search.md); and, when configured, the same articles in an OpenSearch index that the timeline's
 * pages may read instead ({@link org.nkrtimeline.index.ReadIndex}). PostgreSQL stays the one source of
 * truth; either index can always be rebuilt from it.
 */
@ApplicationModule(allowedDependencies = {"collection", "commandline"})
package org.nkrtimeline.index;

import org.springframework.modulith.ApplicationModule;
