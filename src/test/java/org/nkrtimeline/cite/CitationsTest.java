package org.nkrtimeline.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/**
 * "Cite this article" on the seeds: APA and Chicago from the CSL processor, both dates where known and
 * "n.d." where the source gives no publication date, and the RIS, BibTeX and CSL-JSON files parsed back
 * with the formats' own parsers (citeproc-java's RIS parser, jbibtex, the CSL item reader), field by field.
 */
class CitationsTest extends WebTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aDatedArticlesReferencesCarryItsPublicationDateAndTheDayItWasAccessed() {
        Document page = getOk("/articles/" + SeedArticles.B + "/cite");

        String apa = page.select("#apa-heading + p.citation").text();
        String chicago = page.select("#chicago-heading + p.citation").text();
        assertThat(apa)
                .startsWith("Kim and Putin trade gifts at Vostochny")
                .contains("(2023, November 14)")
                .contains("North Korea–Russia Relations")
                .contains("http://localhost:8080/articles/" + SeedArticles.B);
        assertThat(chicago).contains("November 14, 2023").contains("Kim and Putin Trade Gifts at Vostochny");
        assertThat(page.select(".cite-dates time").eachAttr("datetime")).contains("2023-11-14", TODAY.toString());
        assertThat(getOk("/articles/" + SeedArticles.B).select(".cite-link a").attr("href"))
                .isEqualTo("/articles/" + SeedArticles.B + "/cite");
    }

    @Test
    void anArticleWithoutAPublicationDateIsHonestlyNd() {
        Document page = getOk("/articles/" + SeedArticles.C + "/cite");

        assertThat(page.select("#apa-heading + p.citation").text()).contains("(n.d.)");
        assertThat(page.select("#chicago-heading + p.citation").text()).contains("n.d.");
    }

    @Test
    void theRisFileParsesBackFieldByField() throws Exception {
        Page file = get("/articles/" + SeedArticles.B + "/cite.ris");

        assertThat(file.contentType()).startsWith("application/x-research-info-systems");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment");
        RISLibrary library = new RISParser().parse(new StringReader(file.html()));
        assertThat(library.getReferences()).hasSize(1);
        RISReference reference = library.getReferences().get(0);
        assertThat(reference.getTitle())
                .isEqualTo("Kim and Putin trade gifts at Vostochny; Putin accepts invitation to North Korea");
        assertThat(reference.getURL()).isEqualTo("http://localhost:8080/articles/" + SeedArticles.B);
        assertThat(reference.getYear()).isEqualTo("2023");
        assertThat(reference.getDate()).isEqualTo("2023/11/14/");
        assertThat(reference.getAccessDate()).isEqualTo(TODAY.toString().replace('-', '/') + "/");
        assertThat(List.of(reference.getNotes())).anyMatch(note -> note.startsWith("Event: 2023-09-13"));
    }

    @Test
    void theBibtexFileParsesBackFieldByField() throws Exception {
        Page file = get("/articles/" + SeedArticles.B + "/cite.bib");

        assertThat(file.contentType()).startsWith("application/x-bibtex");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(file.html()));
        BibTeXEntry entry = database.resolveEntry(new Key(SeedArticles.B));
        assertThat(entry).isNotNull();
        assertThat(entry.getType()).isEqualTo(new Key("online"));
        assertThat(entry.getField(new Key("title")).toUserString())
                .isEqualTo("Kim and Putin trade gifts at Vostochny; Putin accepts invitation to North Korea");
        assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo("2023-11-14");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo(TODAY.toString());
        assertThat(entry.getField(new Key("url")).toUserString())
                .isEqualTo("http://localhost:8080/articles/" + SeedArticles.B);
        assertThat(entry.getField(new Key("note")).toUserString()).startsWith("Event: 2023-09-13");
    }

    @Test
    void theCslJsonFileIsReadBackAsTheSameItem() throws Exception {
        Page file = get("/articles/" + SeedArticles.C + "/cite.json");

        assertThat(file.contentType()).startsWith("application/vnd.citationstyles.csl+json");
        List<Map<String, Object>> items = new ObjectMapper().readValue(file.html(), new TypeReference<>() {});
        assertThat(items).hasSize(1);
        CSLItemData item = CSLItemData.fromJson(items.get(0));
        assertThat(item.getId()).isEqualTo(SeedArticles.C);
        assertThat(item.getTitle()).startsWith("Kim Jong Un pledges support");
        assertThat(item.getIssued()).as("no publication date in the source").isNull();
        assertThat(item.getEventDate().getDateParts()[0]).containsExactly(2025, 3, 21);
        assertThat(item.getAccessed().getDateParts()[0])
                .containsExactly(TODAY.getYear(), TODAY.getMonthValue(), TODAY.getDayOfMonth());
    }

    @Test
    void anEventsFileHoldsEachOfItsReportsInPublicationOrder() throws Exception {
        Page ris = get("/events/kim-jong-un-visits-russia-2023/cite.ris");
        Page json = get("/events/kim-jong-un-visits-russia-2023/cite.json");

        assertThat(new RISParser().parse(new StringReader(ris.html())).getReferences())
                .extracting(RISReference::getId)
                .containsExactlyInAnyOrder(SeedArticles.A, SeedArticles.B, SeedArticles.E);
        List<Map<String, Object>> items = new ObjectMapper().readValue(json.html(), new TypeReference<>() {});
        assertThat(items)
                .extracting(item -> CSLItemData.fromJson(item).getId())
                .containsExactlyInAnyOrder(SeedArticles.A, SeedArticles.B, SeedArticles.E);
        assertThat(get("/events/no-such-event/cite.ris").status()).isEqualTo(404);
        assertThat(getOk("/events/kim-jong-un-visits-russia-2023").select("a[href$=/cite.bib]"))
                .hasSize(1);
    }

    @Test
    void aTimelineViewsFilesHoldEveryArticleOfTheViewAndParseBack() throws Exception {
        Page bib = get("/export/citations.bib?topic=summit-diplomacy&order=desc");
        Page json = get("/export/citations.json?q=shoigu");
        Page ris = get("/export/citations.ris");

        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib.html()));
        String count = getOk("/?topic=summit-diplomacy&order=desc&view=articles")
                .select(".result-count")
                .text()
                .replaceAll("^(\\d+) of \\d+ .*$", "$1");
        assertThat(count).isEqualTo("3");
        assertThat(database.getEntries()).hasSize(Integer.parseInt(count));
        List<Map<String, Object>> items = new ObjectMapper().readValue(json.html(), new TypeReference<>() {});
        assertThat(items)
                .extracting(item -> CSLItemData.fromJson(item).getId())
                .containsExactlyInAnyOrder(SeedArticles.A, SeedArticles.C, SeedArticles.E);
        assertThat(new RISParser().parse(new StringReader(ris.html())).getReferences())
                .hasSize(5);
        assertThat(get("/export/citations.xml").status()).isEqualTo(404);
        assertThat(get("/export/citations.ris?from=2024-02-30").status()).isEqualTo(400);
        assertThat(getOk("/?topic=space")
                        .select("a[href^=/export/citations.ris]")
                        .attr("href"))
                .isEqualTo("/export/citations.ris?topic=space");
    }

    @Test
    void anUnknownArticleIsNotFoundAndLatexSpecialsAreEscaped() {
        assertThat(get("/articles/no-such-article/cite").status()).isEqualTo(404);
        assertThat(get("/articles/no-such-article/cite.bib").status()).isEqualTo(404);
        assertThat(get("/articles/%3Cscript%3E/cite").html()).doesNotContain("<script>");
        assertThat(CitationFormats.latex("Q&A: 50% of {x}_y #1 ~ ^ \\"))
                .isEqualTo("Q\\&A: 50\\% of \\{x\\}\\_y \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    }
}
