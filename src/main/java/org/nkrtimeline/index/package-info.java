/**
 * The read index: a Lucene index of the articles readers may see, kept by this instance from the
 * database's outbox of changes (V20), and read by the timeline, search, facets and counts
 * (docs/search.md). PostgreSQL stays the one source of truth; the index can always be rebuilt from it.
 */
@ApplicationModule(allowedDependencies = {"collection", "commandline"})
package org.nkrtimeline.index;

import org.springframework.modulith.ApplicationModule;
