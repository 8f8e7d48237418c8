package org.nkrtimeline.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.i18n.SiteText;

/**
 * The SVG that fragments/overview.html writes unescaped ({@code th:utext}): every text and link in it
 * is escaped here, so markup in a label, a mark's name, its "+8" or its link stays text.
 */
class OverviewSvgTest {

    private static final String HOSTILE = "<script>alert(1)</script>\"'&";

    @Test
    void everyTextAndLinkOfTheUnescapedSvgIsEscaped() {
        Overview.Rect rect = new Overview.Rect(1, 2, 3, 4);
        Overview.Mark mark = new Overview.Mark(
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1),
                HOSTILE,
                "2024-01-01",
                "/?q=" + HOSTILE,
                HOSTILE,
                9,
                9,
                0,
                rect,
                rect,
                null,
                List.of(new Overview.Dot(5, 6, 2, false, false)),
                new Overview.Note(7, 8, HOSTILE));
        Overview overview = new Overview(
                600,
                120,
                new Overview.Plot(0, 600, 10, 100),
                Granularity.DAY,
                false,
                List.of(mark),
                List.of(new Overview.Tick(1, 100, 104, true)),
                List.of(new Overview.TickLabel(1, 110, HOSTILE, "2024", true)),
                null,
                9,
                9,
                0,
                "summary",
                "description",
                SiteText.ENGLISH,
                null);

        String svg = overview.axisSvg() + overview.marksSvg();
        Document parsed = Jsoup.parse("<svg>" + svg + "</svg>", "", Parser.xmlParser());

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;");
        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("text.overview-label").text()).isEqualTo(HOSTILE);
        assertThat(parsed.select("title").text()).isEqualTo(HOSTILE);
        assertThat(parsed.select("text.overview-more").text()).isEqualTo(HOSTILE);
        assertThat(parsed.select("a.overview-mark").attr("href")).isEqualTo("/?q=" + HOSTILE);
    }
}
