package org.nkrtimeline.feed;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.TopicRef;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an Atom feed (RFC 4287) with the JDK's StAX writer: no library between the articles and the
 * bytes, and the writer escapes every text and attribute. Every text goes through {@link XmlText}
 * first, since XML cannot carry some characters a source file might.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    /**
     * The year in the entries' tag URIs (RFC 4151): any date the site's address was ours will do, but it
     * must never change.
     */
    private static final String TAG_YEAR = "2025";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final ArticleParser PARSER = new ArticleParser();

    /**
     * The feed's own facts.
     *
     * @param selfPath  the feed's own address (its id, and its rel="self" link), a site path
     * @param htmlPath  the timeline view it follows, a site path
     * @param updated   when anything readers see last changed
     */
    record Head(String title, String subtitle, String selfPath, String htmlPath, Instant updated) {}

    private final SiteUrl site;
    private final SiteText text;

    AtomFeed(SiteUrl site, SiteText text) {
        this.site = site;
        this.text = text;
    }

    void write(Head head, List<ExportedArticle> articles, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute(
                "xml",
                "http://www.w3.org/XML/1998/namespace",
                "lang",
                text.locale().toLanguageTag());
        text(xml, "id", site.absolute(head.selfPath()));
        text(xml, "title", head.title());
        text(xml, "subtitle", head.subtitle());
        text(xml, "updated", timestamp(head.updated()));
        link(xml, "self", "application/atom+xml", site.absolute(head.selfPath()));
        link(xml, "alternate", "text/html", site.absolute(head.htmlPath()));
        // Atom needs an author for every entry; the sources name none, so the feed names its compilers.
        xml.writeStartElement("author");
        text(xml, "name", text.get("export.feed.author"));
        text(xml, "uri", site.absolute("/"));
        xml.writeEndElement();
        for (ExportedArticle article : articles) {
            entry(xml, article);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, ExportedArticle article) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", entryId(article.id()));
        text(xml, "title", article.headline());
        link(xml, "alternate", "text/html", site.absolute(article.path()));
        if (article.event() != null) {
            // The event the article reports, for readers that follow related links.
            link(xml, "related", "text/html", site.absolute(article.event().path()));
            xml.writeAttribute("title", XmlText.clean(article.event().title()));
        }
        if (article.dates().hasPublishedDate()) {
            text(xml, "published", day(article.dates().publishedDate()));
        }
        text(xml, "updated", timestamp(article.updated()));
        for (TopicRef topic : article.topics()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", topic.slug());
            xml.writeAttribute("scheme", site.absolute("/topics"));
            xml.writeAttribute("label", XmlText.clean(topic.name()));
        }
        text(xml, "summary", article.lede());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(XmlText.clean(html(article)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * A tag URI (RFC 4151) from the site's host and the article's id, which never changes: not the
     * address, so that an article keeps its identity in feed readers whatever becomes of its page.
     */
    String entryId(long articleId) {
        return "tag:" + URI.create(site.base()).getHost() + "," + TAG_YEAR + ":article:" + articleId;
    }

    /** The article's text, every block in order, then its dates as the page states them. */
    String html(ExportedArticle article) {
        StringBuilder html = new StringBuilder();
        for (Block block :
                PARSER.parseStored(article.sourceText(), article.sourceFile()).blocks()) {
            String tag = block.isHeading() ? "h2" : "p";
            html.append('<')
                    .append(tag)
                    .append('>')
                    .append(escape(block.text()))
                    .append("</")
                    .append(tag)
                    .append(">\n");
        }
        html.append("<hr>\n<p>")
                .append(escape(DateWords.event(article.dates(), text)))
                .append(' ')
                .append(escape(DateWords.published(article.dates(), text)))
                .append("</p>\n");
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339, to the second, in UTC. */
    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A publication date as Atom's date-time: the day at midnight UTC. Atom has no date-only form; the
     * sources give the day, never the hour, so the time says nothing (docs/feeds.md).
     */
    private static String day(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
