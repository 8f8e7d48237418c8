package org.nkrtimeline.article;

import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.i18n.SiteText;

/**
 * An article to read next, and why.
 *
 * @param reasonKind what the strongest link is: a shared entity, a shared topic, or only closeness in time
 * @param reasonName the shared entity's or topic's name; null for closeness in time
 */
public record RelatedArticle(
        String slug, String headline, ArticleDates dates, ReasonKind reasonKind, String reasonName) {

    public enum ReasonKind {
        ENTITY,
        TOPIC
    }

    /** The reason in words, such as "Also about Sergei Shoigu". */
    public String reason(SiteText text) {
        return switch (reasonKind) {
            case ENTITY -> text.get("related.entity", reasonName);
            case TOPIC -> text.get("related.topic", reasonName);
        };
    }
}
