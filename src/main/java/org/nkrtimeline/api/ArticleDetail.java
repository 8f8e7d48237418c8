package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nkrtimeline.article.Article;
import org.nkrtimeline.article.ArticleText;
import org.nkrtimeline.article.ParagraphAnchors;
import org.nkrtimeline.article.Provenance;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.event.EventLink;

/** One article with its full text: every paragraph and heading of the source, in order. */
record ArticleDetail(
        @Schema(
                example = "kim-jong-un-sends-putin-condolences-after-moscow-concert-hall-attack",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(
                example = "Kim Jong Un sends Putin condolences after Moscow concert hall attack",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String headline,

        @Schema(
                description = "The article's page on the site",
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String url,

        @Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        EventDate eventDate,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PublishedDate publishedDate,

        @Schema(description = "In the taxonomy's order", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TopicLink> topics,

        @Schema(
                description = "The first sentence or two of the text, verbatim",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String lede,

        @Schema(example = "312", requiredMode = Schema.RequiredMode.REQUIRED)
        int wordCount,

        @Schema(
                description = "The text as the source has it: every paragraph and heading, in order, debris such as "
                        + "\"Advertisement\" lines removed and nothing else",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<TextBlock> body,

        @Schema(
                description = "The people, places and organisations the text names, most mentioned first",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Mention> entities,

        @Schema(
                description = "The reports the article's facts were checked against",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> references,

        @Schema(
                description = "When a field readers see was last corrected after publication (UTC), or null",
                nullable = true,
                format = "date-time",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String correctedAt,

        @Schema(
                description = "Where the text came from and whom it attributes its information to",
                requiredMode = Schema.RequiredMode.REQUIRED)
        ProvenanceDetail provenance,

        @Schema(
                description = "The event the article reports, with its role among the event's reports; null when "
                        + "it reports none readers may see",
                nullable = true,
                requiredMode = Schema.RequiredMode.REQUIRED)
        EventMembership event) {

    @Schema(name = "EventMembership")
    record EventMembership(
            @Schema(example = "kim-jong-un-visits-russia-2023", requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(example = "Kim Jong Un visits Russia", requiredMode = Schema.RequiredMode.REQUIRED)
            String title,

            @Schema(
                    allowableValues = {"first_report", "follow_up", "rewrite", "repost", "background"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String role,

            @Schema(format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String url,

            @Schema(format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String apiUrl) {

        static EventMembership of(EventLink link, ApiLinks links) {
            return link == null
                    ? null
                    : new EventMembership(
                            link.slug(),
                            link.title(),
                            link.role().column(),
                            links.eventPage(link.slug()),
                            links.event(link.slug()));
        }
    }

    @Schema(name = "Provenance")
    record ProvenanceDetail(
            @Schema(
                    description = "Who published the text, from the source file's header or an editor; null when "
                            + "nothing names the source (the seed articles)",
                    example = "Yonhap News Agency",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String sourceName,

            @Schema(
                    description = "Where the text was published; null when nothing says",
                    format = "uri",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String sourceUrl,

            @Schema(
                    description = "Lines of the source that say it is a repost, left out of the body",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<Marker> markers,

            @Schema(
                    description = "Each known entity the text attributes information to (\"reported by the KCNA "
                            + "state news agency\"), once, in text order; found by English patterns",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<AttributionItem> attributions) {}

    @Schema(name = "SourceMarker")
    record Marker(
            @Schema(
                    allowableValues = {"repost"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String kind,

            @Schema(
                    description = "The line as the source wrote it",
                    example = "Read the original article here",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String line) {}

    @Schema(name = "Attribution")
    record AttributionItem(
            @Schema(example = "kcna", requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(example = "Korean Central News Agency", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(
                    description = "The sentence of the text that attributes it, verbatim",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String sentence,

            @Schema(description = "Its entry in this API", format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String apiUrl) {}

    @Schema(name = "TextBlock")
    record TextBlock(
            @Schema(
                    allowableValues = {"paragraph", "heading"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String type,

            @Schema(description = "The block's text, verbatim", requiredMode = Schema.RequiredMode.REQUIRED)
            String text,

            @Schema(
                    description = "A paragraph's place on the article's page (its anchor, #p3 for the third "
                            + "paragraph, headings not counted: the text never changes, so neither does it); "
                            + "null for a heading",
                    format = "uri",
                    example = "https://example.org/articles/kim-jong-un-pledges-support#p3",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    nullable = true)
            String url) {}

    @Schema(name = "Mention")
    record Mention(
            @Schema(example = "sergei-shoigu", requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(example = "Sergei Shoigu", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(
                    allowableValues = {"person", "place", "organisation"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String kind,

            @Schema(
                    description = "How many times the headline and text name it",
                    example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            int mentions,

            @Schema(description = "Its entry in this API", format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String apiUrl) {}

    static ArticleDetail of(ArticleText text, EventLink event, ApiLinks links) {
        Article article = text.article();
        return new ArticleDetail(
                article.getSlug(),
                article.getHeadline(),
                links.articlePage(article.getSlug()),
                EventDate.of(article.getDates()),
                PublishedDate.of(article.getDates()),
                article.getTopics().stream()
                        .map(topic -> new TopicLink(topic.getSlug(), topic.getName()))
                        .toList(),
                article.getLede(),
                article.getWordCount(),
                blocks(text.blocks(), links.articlePage(article.getSlug())),
                text.entities().stream()
                        .map(mentioned -> mention(mentioned, links))
                        .toList(),
                article.getReferenceUrls(),
                article.getCorrectedAt() == null
                        ? null
                        : article.getCorrectedAt().toInstant().toString(),
                provenance(text.provenance(), links),
                EventMembership.of(event, links));
    }

    private static ProvenanceDetail provenance(Provenance provenance, ApiLinks links) {
        return new ProvenanceDetail(
                provenance.sourceName(),
                provenance.sourceUrl(),
                provenance.markers().stream()
                        .map(marker -> new Marker(marker.kind().name().toLowerCase(Locale.ROOT), marker.line()))
                        .toList(),
                provenance.attributions().stream()
                        .map(attribution -> new AttributionItem(
                                attribution.entity().slug(),
                                attribution.entity().name(),
                                attribution.sentence(),
                                links.entity(attribution.entity().slug())))
                        .toList());
    }

    private static List<TextBlock> blocks(List<Block> blocks, String page) {
        List<Integer> paragraphs = ParagraphAnchors.numbers(blocks);
        List<TextBlock> body = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            body.add(
                    block.isHeading()
                            ? new TextBlock("heading", block.text(), null)
                            : new TextBlock(
                                    "paragraph", block.text(), page + "#" + ParagraphAnchors.of(paragraphs.get(i))));
        }
        return body;
    }

    private static Mention mention(MentionedEntity mentioned, ApiLinks links) {
        return new Mention(
                mentioned.entity().slug(),
                mentioned.entity().name(),
                mentioned.entity().kind().name().toLowerCase(Locale.ROOT),
                mentioned.mentions(),
                links.entity(mentioned.entity().slug()));
    }
}
