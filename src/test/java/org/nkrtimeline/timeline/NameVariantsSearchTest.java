package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.WebTest;

/**
 * Searches in the spellings readers know, on the seeds (issue 19): Hangul, Cyrillic, the DPRK's and
 * other romanisations find what the English names find, and the page says which names it also searched.
 */
class NameVariantsSearchTest extends WebTest {

    private Document search(String query) {
        return getOk("/?view=articles&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private List<String> found(String query) {
        return search(query).select("article.entry .entry-headline a").eachAttr("href").stream()
                .map(href -> href.substring("/articles/".length(), href.indexOf('?')))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Шойгу", "шойгу", "Сергей Шойгу", "쇼이구", "세르게이 쇼이구", "Шойгу\u0301"})
    void shoiguInCyrillicOrHangulFindsTheThreeArticlesThatNameHim(String query) {
        assertThat(found(query)).containsExactlyInAnyOrder(A, C, E);
    }

    @ParameterizedTest
    @ValueSource(strings = {"김정은", "Ким Чен Ын", "Kim Jong Eun", "Kim Jong-eun", "kim jong-un"})
    void kimJongUnInEverySpellingFindsAllFive(String query) {
        assertThat(found(query)).containsExactlyInAnyOrder(A, B, C, D, E);
    }

    @Test
    void theDprksOwnRomanisationAndHangulFindWhatPyongyangFinds() {
        List<String> pyongyang = found("Pyongyang");

        assertThat(pyongyang).isNotEmpty();
        assertThat(found("Phyongyang")).containsExactlyInAnyOrderElementsOf(pyongyang);
        assertThat(found("평양")).containsExactlyInAnyOrderElementsOf(pyongyang);
        assertThat(found("Пхеньян")).containsExactlyInAnyOrderElementsOf(pyongyang);
    }

    @Test
    void anExcludedVariantExcludesEveryNameOfItsEntity() {
        assertThat(found("Ким Чен Ын -Шойгу")).containsExactlyInAnyOrder(B, D);
    }

    @Test
    void thePageSaysWhichNamesItAlsoSearched() {
        Document page = search("Шойгу visit");

        assertThat(page.select(".also-searched").text())
                .isEqualTo("Your search names someone or somewhere in another spelling; also searched: "
                        + "Sergei Shoigu, Sergey Shoigu, Shoigu.");
        assertThat(page.select("input[name=q]").val())
                .as("the search box keeps what was typed")
                .isEqualTo("Шойгу visit");
        assertThat(search("Shoigu").select(".also-searched"))
                .as("an English name needs nothing more")
                .isEmpty();
    }

    @Test
    void aSearchForKimAloneIsNotWidenedAndAnArticleMarksTheEnglishName() {
        Document article = getOk("/articles/" + C + "?q=" + URLEncoder.encode("Шойгу", StandardCharsets.UTF_8));

        assertThat(article.select(".article-body mark").eachText())
                .contains("Shoigu")
                .allMatch(mark -> mark.equals("Shoigu") || mark.equals("Sergei"));
        assertThat(search("Kim").select(".also-searched"))
                .as("Kim is an English name: nothing added")
                .isEmpty();
        assertThat(found("Kim")).containsExactlyInAnyOrder(A, B, C, D, E);
    }
}
