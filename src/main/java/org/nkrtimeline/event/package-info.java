/**
 * Events: what happened, dated and summarised by the editors, with the articles that report it; the
 * event page with its coverage strip and what each report alone adds.
 */
package org.nkrtimeline.event;
