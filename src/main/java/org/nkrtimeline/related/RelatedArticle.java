package org.nkrtimeline.related;

import org.nkrtimeline.article.ArticleDates;

/**
 * An article to read next, and why.
 *
 * @param reasonKind what the strongest link is: a shared entity, a shared topic, or only closeness in time
 * @param reasonName the shared entity's or topic's name; null for closeness in time
 */
public record RelatedArticle(String slug, String headline, ArticleDates dates, ReasonKind reasonKind, String reasonName) {

    public enum ReasonKind { ENTITY, TOPIC }

    /** The reason in words, such as "Also about Sergei Shoigu". */
    public String reason() {
        return switch (reasonKind) {
            case ENTITY -> "Also about " + reasonName;
            case TOPIC -> "Also on the topic “" + reasonName + "”";
        };
    }
}
