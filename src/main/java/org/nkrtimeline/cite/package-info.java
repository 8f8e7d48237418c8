/**
 * Citations of an article: APA and Chicago (author-date) formatted by a CSL processor
 * (citeproc-java, with the Citation Style Language's own styles), and the article as RIS, BibTeX and
 * CSL-JSON for reference managers.
 */
package org.nkrtimeline.cite;
