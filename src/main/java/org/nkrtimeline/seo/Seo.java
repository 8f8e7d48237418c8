package org.nkrtimeline.seo;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nkrtimeline.article.Article;
import org.nkrtimeline.article.ArticlePage;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.EntityRecogniser;
import org.nkrtimeline.entity.GazetteerEntry;
import org.nkrtimeline.entity.Mention;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.event.Event;
import org.nkrtimeline.event.EventPage;
import org.nkrtimeline.event.ReportView;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.topic.Topic;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.stereotype.Component;

/**
 * The pages' metadata for search engines and link previews, called from the templates as
 * {@code seo} ({@link SeoModel}): absolute URLs (always from {@link SiteUrl}, never from the request), descriptions
 * and the article's schema.org NewsArticle.
 */
@Component
public class Seo {

    private final SiteUrl site;
    private final SiteText text;

    Seo(SiteUrl site, SiteText text) {
        this.site = site;
        this.text = text;
    }

    /** The absolute URL of a path of this site. */
    public String absolute(String path) {
        return site.absolute(path);
    }

    public String siteName() {
        return text.get("site.name");
    }

    /** A description of at most {@link Descriptions#MAX_LENGTH} characters, cut at a word. */
    public String description(String text) {
        return Descriptions.cut(text, Descriptions.MAX_LENGTH);
    }

    public ArticleMetadata article(ArticlePage page) {
        Article article = page.article();
        ArticleDates dates = article.getDates();
        String canonical = site.absolute("/articles/" + article.getSlug());
        String description = description(article.getLede());
        String published = dates.publishedIso();
        String modified = article.getCorrectedAt() == null
                ? null
                : article.getCorrectedAt()
                        .toInstant()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
        List<String> topics = article.getTopics().stream().map(Topic::getName).toList();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.getHeadline());
        json.put("description", description);
        json.put("url", canonical);
        json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
        putIfKnown(json, "datePublished", published);
        putIfKnown(json, "dateModified", modified);
        if (dates.hasEventDate() && !dates.eventEstimated()) {
            // When the reported event happened, at the precision it is known; an estimate is left
            // out, since here it could not carry the label and reason the page gives it.
            json.put("temporalCoverage", dates.eventIso());
        }
        json.put("inLanguage", "en");
        json.put("wordCount", article.getWordCount());
        if (!topics.isEmpty()) {
            json.put("articleSection", topics);
            json.put("keywords", topics);
        }
        putEntities(json, article.getHeadline(), page.entities());
        Set<String> sources = new LinkedHashSet<>(article.getReferenceUrls());
        if (dates.eventSourceUrl() != null) {
            sources.add(dates.eventSourceUrl());
        }
        if (!sources.isEmpty()) {
            json.put("citation", List.copyOf(sources));
        }
        json.put("isPartOf", Map.of("@type", "WebSite", "name", siteName(), "url", site.absolute("/")));
        return new ArticleMetadata(
                canonical, article.getHeadline(), description, published, modified, topics, article.isPublic(), json);
    }

    /**
     * An event as schema.org's {@code Event}: its reports are its {@code subjectOf}, its places its
     * {@code location}, its people and organisations its {@code attendee}s. Its dates only when they
     * are not an estimate, since here they could not carry the label and reason the page gives them.
     */
    public Map<String, Object> event(EventPage page) {
        Event event = page.event();
        String url = site.absolute("/events/" + event.slug());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Event");
        json.put("name", event.title());
        json.put("description", event.summary());
        json.put("url", url);
        if (event.dates().hasDate() && !event.dates().estimated()) {
            json.put("startDate", event.dates().startIso());
            putIfKnown(json, "endDate", event.dates().endIso());
        }
        List<Map<String, Object>> places = new ArrayList<>();
        List<Map<String, Object>> attendees = new ArrayList<>();
        for (MentionedEntity mentioned : page.entities()) {
            (mentioned.entity().kind() == EntityKind.PLACE ? places : attendees).add(thing(mentioned.entity()));
        }
        if (!places.isEmpty()) {
            json.put("location", places);
        }
        if (!attendees.isEmpty()) {
            json.put("attendee", attendees);
        }
        List<Map<String, Object>> reports = new ArrayList<>();
        for (ReportView view : page.reports()) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("@type", "NewsArticle");
            report.put("headline", view.report().headline());
            report.put("url", site.absolute("/articles/" + view.report().slug()));
            putIfKnown(report, "datePublished", view.report().dates().publishedIso());
            reports.add(report);
        }
        json.put("subjectOf", reports);
        json.put("isPartOf", Map.of("@type", "WebSite", "name", siteName(), "url", site.absolute("/")));
        return json;
    }

    /**
     * The entities the headline names are what the article is {@code about}; the others it
     * {@code mentions}. Each links to its page here.
     */
    private void putEntities(Map<String, Object> json, String headline, List<MentionedEntity> mentioned) {
        List<GazetteerEntry> entities =
                mentioned.stream().map(MentionedEntity::entity).toList();
        Set<GazetteerEntry> inHeadline = new LinkedHashSet<>();
        new EntityRecogniser(entities)
                .find(headline).stream().map(Mention::entity).forEach(inHeadline::add);
        List<Map<String, Object>> about = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (GazetteerEntry entity : entities) {
            (inHeadline.contains(entity) ? about : mentions).add(thing(entity));
        }
        if (!about.isEmpty()) {
            json.put("about", about);
        }
        if (!mentions.isEmpty()) {
            json.put("mentions", mentions);
        }
    }

    private Map<String, Object> thing(GazetteerEntry entity) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put(
                "@type",
                switch (entity.kind()) {
                    case PERSON -> "Person";
                    case PLACE -> "Place";
                    case ORGANISATION -> "Organization";
                });
        thing.put("name", entity.name());
        thing.put("url", site.absolute("/entities/" + entity.slug()));
        return thing;
    }

    private static void putIfKnown(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
