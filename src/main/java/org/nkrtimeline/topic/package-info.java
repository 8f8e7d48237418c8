/**
 * The topic taxonomy, the topics page, and the editors' topic rules that propose topics for an article.
 */
@ApplicationModule(allowedDependencies = {"collection", "i18n", "index", "web"})
package org.nkrtimeline.topic;

import org.springframework.modulith.ApplicationModule;
