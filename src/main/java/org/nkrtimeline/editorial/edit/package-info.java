/**
 * Corrections: the editors' home and article list, the edit form and its validation, saving with history
 * and optimistic locking, history pages.
 */
package org.nkrtimeline.editorial.edit;
