package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.nkrtimeline.article.ArticleService;
import org.nkrtimeline.article.ArticleText;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelinePage;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.timeline.TimelineView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Articles")
class ArticleApiController {

    private final TimelineService timeline;
    private final ArticleService articles;
    private final EventService events;
    private final ApiLinks links;

    ArticleApiController(TimelineService timeline, ArticleService articles, EventService events, ApiLinks links) {
        this.timeline = timeline;
        this.articles = articles;
        this.events = events;
        this.links = links;
    }

    @GetMapping(path = ApiLinks.V1 + "/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listArticles",
            summary = "The articles a filter matches, a page at a time, in timeline order",
            description = "The timeline's filters, as on the site's timeline page. Pages are keyset pages: follow "
                    + "links.next until it is null. Hidden articles are never listed.")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "q",
            description = "Full-text search of headline and text: words match in any "
                    + "form, \"a phrase\" in quotes, -word excludes, or finds either",
            schema = @Schema(type = "string", maxLength = 200),
            example = "shoigu")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "axis",
            description = "Which date places, filters and orders an article",
            schema =
                    @Schema(
                            allowableValues = {"event", "published"},
                            defaultValue = "event"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "from",
            description = "First day on the axis (inclusive); undated articles " + "are then left out",
            schema = @Schema(format = "date", example = "2024-01-01"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "to",
            description = "Last day on the axis (inclusive)",
            schema = @Schema(format = "date", example = "2024-12-31"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "order",
            description = "asc (oldest first), desc (newest first), or with q, "
                    + "relevance (best match first). Undated articles come last either way.",
            schema =
                    @Schema(
                            allowableValues = {"asc", "desc", "relevance"},
                            defaultValue = "asc"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "topic",
            description = "Topic slugs (repeatable, at most 20): an article " + "matches if it has any of them",
            array = @ArraySchema(schema = @Schema(example = "space")))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "entity",
            description = "Entity slugs (repeatable, at most 20): an article " + "matches if it mentions all of them",
            array = @ArraySchema(schema = @Schema(example = "sergei-shoigu")))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "limit",
            description = "Articles a page",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "after",
            description = "The page after this article id (from links.next)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "before",
            description = "The page before this article id (from links.previous)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed, or names no topic or entity",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    ArticleList list(
            @Parameter(hidden = true) TimelineFilter filter,
            @Parameter(hidden = true) TimelineCursor cursor,
            @Parameter(hidden = true) PageLimit limit) {
        TimelinePage page = timeline.timeline(filter.withView(TimelineView.ARTICLES), cursor, limit.size());
        requireKnown(page);
        return ArticleList.of(page, cursor, limit.size(), links);
    }

    /** Where the page names and ignores an unknown slug, a script is better told: it probably misspelt it. */
    private static void requireKnown(TimelinePage page) {
        if (!page.unknownTopics().isEmpty()) {
            throw unknown("topic", "topic", page.unknownTopics(), "/api/v1/topics");
        }
        if (!page.unknownEntities().isEmpty()) {
            throw unknown("entity", "person, place or organisation", page.unknownEntities(), "/api/v1/entities");
        }
    }

    private static ApiParameterException unknown(String param, String what, List<String> slugs, String list) {
        return new ApiParameterException(
                "No %s has the slug “%s”.".formatted(what, String.join("” or “", slugs)),
                list + " lists every slug.",
                param);
    }

    @GetMapping(path = ApiLinks.V1 + "/articles/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getArticle",
            summary = "One article with its full text",
            description = "Every paragraph and heading of the source, in order, with the article's dates, topics, the "
                    + "people, places and organisations it mentions, and the reports its facts were checked against.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(
            responseCode = "301",
            description = "The slug is a former one of a public article (an article's slug follows its headline "
                    + "until it is published): Location is the article's current URL in this API",
            headers =
                    @Header(
                            name = "Location",
                            description = "The article at its current slug",
                            schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(
            responseCode = "404",
            description = "No public article has or had this slug",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ArticleDetail> article(
            @Parameter(
                            description = "The article's slug, as in its summary",
                            example = "kim-jong-un-sends-putin-condolences-after-moscow-concert-hall-attack")
                    @PathVariable
                    String slug) {
        try {
            ArticleText text = articles.text(slug);
            return ResponseEntity.ok(ArticleDetail.of(
                    text, events.eventOf(text.article().getId()).orElse(null), links));
        } catch (ArticleNotFoundException notFound) {
            String current = articles.currentSlug(slug, false).orElseThrow(() -> notFound);
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(links.article(current)))
                    .build();
        }
    }
}
