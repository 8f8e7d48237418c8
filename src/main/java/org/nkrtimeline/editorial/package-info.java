/**
 * The editors' side of the site: their accounts and sign-in, corrections with history, and the import of
 * new articles.
 */
package org.nkrtimeline.editorial;
