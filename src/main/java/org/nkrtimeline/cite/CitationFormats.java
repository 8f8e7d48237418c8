package org.nkrtimeline.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;

/**
 * One article's citation in each format. The formatted ones come from the CSL processor with the
 * styles' own definitions (APA 7th edition, Chicago author-date 17th edition); no style is written by
 * hand. RIS and BibTeX are written field by field (citeproc-java reads them but does not write them),
 * CSL-JSON by the processor's own item. Every format carries both dates where known: the publication
 * date as the date of the work ("n.d." in the styles when it is unknown) and the event's date as a
 * note (CSL-JSON: {@code event-date}), with the day it was accessed.
 */
final class CitationFormats {

    static final String APA = "apa";
    static final String CHICAGO = "chicago-author-date";

    private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    private CitationFormats() {}

    /** The article as the Citation Style Language describes it. */
    static CSLItemData item(CitedArticle article) {
        ArticleDates dates = article.dates();
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(article.slug())
                .type(article.publisher() == null ? CSLType.WEBPAGE : CSLType.ARTICLE_NEWSPAPER)
                .title(article.headline())
                .containerTitle(article.publisher() == null ? article.site() : article.publisher())
                .URL(article.url())
                .accessed(day(article.accessed(), DatePrecision.DAY));
        if (dates.publishedDate() != null) {
            item.issued(day(dates.publishedDate(), DatePrecision.DAY));
        }
        if (dates.eventDate() != null) {
            item.eventDate(day(dates.eventDate(), dates.eventPrecision()));
            item.note(eventNote(dates));
        }
        return item.build();
    }

    /** The formatted reference in a CSL style ({@link #APA}, {@link #CHICAGO}), as plain text. */
    static String formatted(String style, CSLItemData item) {
        try {
            return CSL.makeAdhocBibliography(style, "text", item).makeString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the CSL style " + style + " could not be read", e);
        }
    }

    /** "Event: 2023-09-13 (estimated: …)", at the date's precision: 2023-09 or 2023 when less is known. */
    static String eventNote(ArticleDates dates) {
        String note = "Event: " + dates.eventIso();
        return dates.eventEstimated() && dates.eventNote() != null
                ? note + " (estimated: " + dates.eventNote() + ")"
                : note;
    }

    /** One RIS record (the format's tags, CRLF line ends, closed by ER). */
    static String ris(CitedArticle article) {
        ArticleDates dates = article.dates();
        StringBuilder ris = new StringBuilder();
        tag(ris, "TY", article.publisher() == null ? "ELEC" : "NEWS");
        tag(ris, "ID", article.slug());
        tag(ris, "TI", article.headline());
        tag(ris, "T2", article.publisher() == null ? article.site() : article.publisher());
        if (dates.publishedDate() != null) {
            tag(ris, "PY", Integer.toString(dates.publishedDate().getYear()));
            tag(ris, "DA", RIS_DATE.format(dates.publishedDate()));
        }
        tag(ris, "Y2", RIS_DATE.format(article.accessed()));
        tag(ris, "UR", article.url());
        if (dates.eventDate() != null) {
            tag(ris, "N1", eventNote(dates));
        }
        for (String topic : article.topics()) {
            tag(ris, "KW", topic);
        }
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    private static void tag(StringBuilder ris, String tag, String value) {
        // A value is one line: RIS has no escape for a line break.
        ris.append(tag)
                .append("  - ")
                .append(value.replaceAll("[\\r\\n]+", " "))
                .append("\r\n");
    }

    /** One BibTeX entry, {@code @online} (biblatex) with the article's fields, special characters escaped. */
    static String bibtex(CitedArticle article) {
        ArticleDates dates = article.dates();
        BibTeXEntry entry = new BibTeXEntry(new Key("online"), new Key(article.slug()));
        field(entry, "title", article.headline());
        field(
                entry,
                article.publisher() == null ? "organization" : "journaltitle",
                article.publisher() == null ? article.site() : article.publisher());
        if (dates.publishedDate() != null) {
            field(entry, "date", dates.publishedDate().toString());
            field(entry, "year", Integer.toString(dates.publishedDate().getYear()));
        }
        field(entry, "url", article.url());
        field(entry, "urldate", article.accessed().toString());
        if (dates.eventDate() != null) {
            field(entry, "note", eventNote(dates));
        }
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void field(BibTeXEntry entry, String name, String value) {
        entry.addField(new Key(name), new StringValue(latex(value), StringValue.Style.BRACED));
    }

    /** LaTeX's special characters escaped, so that a headline's "&" or "%" reaches the reader as written. */
    static String latex(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The article as one CSL-JSON item (an object; a file holds an array of them). */
    static String cslJson(CSLItemData item) {
        return (String) item.toJson(new StringJsonBuilderFactory().createJsonBuilder());
    }

    private static CSLDate day(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> new CSLDateBuilder().dateParts(day.getYear()).build();
            case MONTH ->
                new CSLDateBuilder()
                        .dateParts(day.getYear(), day.getMonthValue())
                        .build();
            case DAY ->
                new CSLDateBuilder()
                        .dateParts(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
                        .build();
        };
    }
}
