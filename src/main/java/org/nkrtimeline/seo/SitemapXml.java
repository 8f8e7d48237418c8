package org.nkrtimeline.seo;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A sitemap or sitemap index (sitemaps.org protocol 0.9), written element by element as the rows
 * arrive. Dates are W3C date-times in UTC, to the second.
 */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final String entry;

    private SitemapXml(OutputStream out, String root, String entry) {
        this.entry = entry;
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    /** A sitemap: {@code <urlset>} of {@code <url>}s. */
    static SitemapXml urlset(OutputStream out) {
        return new SitemapXml(out, "urlset", "url");
    }

    /** A sitemap index: {@code <sitemapindex>} of {@code <sitemap>}s. */
    static SitemapXml index(OutputStream out) {
        return new SitemapXml(out, "sitemapindex", "sitemap");
    }

    /** An entry: an absolute URL and, when known, when it last changed. */
    void add(String location, Instant lastModified) {
        try {
            xml.writeStartElement(entry);
            element("loc", location);
            if (lastModified != null) {
                element("lastmod", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    void finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new SitemapWriteException(e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Writing failed, nearly always because the client went away. */
    static final class SitemapWriteException extends RuntimeException {
        SitemapWriteException(XMLStreamException cause) {
            super(cause);
        }
    }
}
