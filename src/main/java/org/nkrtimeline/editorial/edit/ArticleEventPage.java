package org.nkrtimeline.editorial.edit;

import java.util.List;
import org.nkrtimeline.event.EventLink;
import org.nkrtimeline.event.NearDuplicate;
import org.nkrtimeline.event.ReportRole;

/**
 * The editors' page of an article's event: the event it reports, or the proposal and the other events
 * to pick from, each with the reason in words, and how a new event made from the article would be dated.
 *
 * @param current     the event the article reports; null when it reports none yet
 * @param proposed    the proposal, first of {@code choices}; null when a new event is proposed
 * @param choices     the proposal and up to five other events sharing names with the article, best first
 * @param defaultRole the role offered first: a first report when the article appeared before every dated
 *                    report of the proposal, else a follow-up
 * @param newDate     how a new event would be dated, in words: the article's event date
 * @param original    a published article of which this one is substantially a copy, whose event is
 *                    then proposed with the role of a rewrite; null when there is none
 */
public record ArticleEventPage(
        EditableArticle article,
        EventLink current,
        Choice proposed,
        List<Choice> choices,
        ReportRole defaultRole,
        String newDate,
        NearDuplicate original) {

    public ArticleEventPage {
        choices = List.copyOf(choices);
    }

    /** An event to choose, with what it shares with the article and how far apart they appeared. */
    public record Choice(String slug, String title, String reason) {}

    /** Every role, in the order the select lists them. */
    public List<ReportRole> roles() {
        return List.of(ReportRole.values());
    }
}
