/**
 * Readers' pages kept as rendered until the collection changes, with ETag, Last-Modified and 304s.
 */
@ApplicationModule(allowedDependencies = {"collection", "index", "web"})
package org.nkrtimeline.pagecache;

import org.springframework.modulith.ApplicationModule;
