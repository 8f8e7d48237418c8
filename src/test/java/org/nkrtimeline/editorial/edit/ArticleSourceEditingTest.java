package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An article's source, its name and address: taken from the file's header lines at the import, shown
 * to readers under Provenance, and corrected by editors like any field readers see.
 */
class ArticleSourceEditingTest extends EditorWebTest {

    private static final String FILE = """
             source Yonhap News Agency
             url https://en.yna.co.kr/view/AEN20250617000351315
            North Korea will send 1,000 deminers to Kursk, Shoigu said in Pyongyang.
            The deployment follows South Korea's spy agency reporting troop rotations.
            """;

    @Autowired
    ArticleImporter importer;

    private String slug;
    private String form;

    @BeforeEach
    void anArticleImportedFromAFileThatNamesItsSource() {
        accounts.create("ana", PASSWORD);
        slug = importer.importFile(new SourceFile("yonhap.txt", FILE.getBytes(StandardCharsets.UTF_8)), Publish.NOW)
                .slug();
        form = "/editor/articles/" + slug;
    }

    @Test
    void theImportStoresTheSourceFromTheHeaderLinesAndReadersSeeItUnderProvenance() {
        assertThat(stored()).containsExactly("Yonhap News Agency", "https://en.yna.co.kr/view/AEN20250617000351315");

        Document page = getOk("/articles/" + slug);

        assertThat(page.select(".article-body").text()).doesNotContain("Yonhap", "en.yna.co.kr");
        assertThat(page.select("section.provenance p").first().text())
                .isEqualTo("Source: Yonhap News Agency, https://en.yna.co.kr/view/AEN20250617000351315");
        assertThat(page.select("section.provenance a[href=https://en.yna.co.kr/view/AEN20250617000351315]"))
                .hasSize(1);
        Document edit = EditorSession.signedIn(port, "ana", PASSWORD).getOk(form);
        assertThat(edit.select("#article-source-name").val()).isEqualTo("Yonhap News Agency");
        assertThat(edit.select("#article-source-url").val())
                .isEqualTo("https://en.yna.co.kr/view/AEN20250617000351315");
        assertThat(edit.select("label[for=article-source-name]").text()).startsWith("Published by");
        assertThat(edit.select("label[for=article-source-url]").text()).startsWith("Address of the original");
    }

    @Test
    void anEditorCorrectsTheSourceAndTheHistoryAndReadersSeeTheCorrection() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        Page saved = ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of("sourceName", "Yonhap", "sourceUrl", "https://en.yna.co.kr/view/AEN2"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(stored()).containsExactly("Yonhap", "https://en.yna.co.kr/view/AEN2");
        assertThat(ana.getOk(form).select("[role=status]").text()).isEqualTo("Saved: Source, Source address.");
        Document history = ana.getOk(form + "/history");
        assertThat(history.select("tbody tr").get(2).select("td").eachText().subList(1, 5))
                .containsExactly("ana", "Source", "Yonhap News Agency", "Yonhap");
        assertThat(history.select("tbody tr").get(3).select("td").eachText().subList(1, 5))
                .containsExactly(
                        "ana",
                        "Source address",
                        "https://en.yna.co.kr/view/AEN20250617000351315",
                        "https://en.yna.co.kr/view/AEN2");
        Document page = getOk("/articles/" + slug);
        assertThat(page.select(".corrected").text()).startsWith("Corrected on");
        assertThat(page.select("section.provenance p").first().text())
                .isEqualTo("Source: Yonhap, https://en.yna.co.kr/view/AEN2");
    }

    @Test
    void clearingBothFieldsLeavesTheArticleWithoutASourceAndSaysSo() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);

        ana.submit(ana.getOk(form), "form.editor-form", Map.of("sourceName", " ", "sourceUrl", ""));

        assertThat(stored()).containsExactly(null, null);
        assertThat(getOk("/articles/" + slug)
                        .select("section.provenance p")
                        .first()
                        .text())
                .isEqualTo("The source file names no source.");
    }

    @Test
    void aBadAddressOrATooLongNameIsRefusedWithAMessageAndNothingTypedIsLost() {
        EditorSession ana = EditorSession.signedIn(port, "ana", PASSWORD);
        String longName = "N".repeat(201);

        Page refused = ana.submit(
                ana.getOk(form),
                "form.editor-form",
                Map.of(
                        "sourceName", longName,
                        "sourceUrl", "javascript:alert(1)",
                        "metadata.headline", "Deminers for Kursk"));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select("#article-source-name-error").text())
                .isEqualTo("A source's name can be at most 200 characters; this one has 201.");
        assertThat(page.select("#article-source-url-error").text())
                .isEqualTo("A source link is a web address starting with http:// or https://.");
        assertThat(page.select("#article-source-url").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#article-source-name").val()).isEqualTo(longName);
        assertThat(page.select("#article-source-url").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("#article-headline").val()).isEqualTo("Deminers for Kursk");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(stored()).containsExactly("Yonhap News Agency", "https://en.yna.co.kr/view/AEN20250617000351315");
        assertThat(changes()).as("the import and its publication").isEqualTo(2);
    }

    private List<String> stored() {
        return jdbc.sql("select source_name, source_url from article where slug = ?")
                .param(slug)
                .query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2)))
                .single();
    }

    private long changes() {
        return jdbc.sql("select count(*) from article_change c join article a on a.id = c.article_id where a.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }
}
