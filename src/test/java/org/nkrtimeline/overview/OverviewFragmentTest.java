package org.nkrtimeline.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.i18n.SiteText;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The overview fragment rendered on its own, as the timeline page will include it. */
class OverviewFragmentTest {

    /** A link with characters that must be escaped in an attribute. */
    private static final Function<DateRange, String> LINK =
            range -> "/?topic=a&b<c\"d&from=" + range.from() + "&to=" + range.to();

    private static final List<OverviewDay> FEW = List.of(
            new OverviewDay(LocalDate.of(2023, 9, 13), 2, 1, 1),
            new OverviewDay(LocalDate.of(2024, 3, 23), 1, 1, 0),
            new OverviewDay(LocalDate.of(2025, 3, 10), 12, 0, 0));

    private static String render(Overview overview) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // Spring's engine, standalone: SpEL as on the site (the plain engine needs OGNL, which the site lacks).
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("overview", overview);
        return engine.process("fragments/overview", Set.of("overview"), context);
    }

    private static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    private static Overview monthly(boolean filtered) {
        List<OverviewDay> days = LocalDate.of(2022, 1, 1)
                .datesUntil(LocalDate.of(2023, 7, 1))
                .map(date -> new OverviewDay(date, 2, filtered && date.getDayOfMonth() == 1 ? 1 : 0, 0))
                .toList();
        return OverviewLayout.build(days, 1, LocalDate.of(2022, 6, 1), null, filtered, LINK, SiteText.ENGLISH);
    }

    @Test
    void everyMarkIsALinkWithANameInsideTheSvg() {
        Overview overview = OverviewLayout.build(FEW, 0, null, null, true, LINK, SiteText.ENGLISH);
        Document page = parse(render(overview));

        Elements links = page.select("figure.overview .overview-chart-wide svg a");
        assertThat(links).hasSize(overview.marks().size());
        for (int i = 0; i < links.size(); i++) {
            Element link = links.get(i);
            Overview.Mark mark = overview.marks().get(i);
            assertThat(link.attr("href")).isEqualTo(mark.href());
            Element title = link.selectFirst("> title");
            assertThat(title).as("the link's name and hover text").isNotNull();
            assertThat(title.text()).isEqualTo(mark.name());
        }
        assertThat(page.select(".overview-chart-wide svg a circle")).hasSize(2 + 1 + 4);
        assertThat(page.select(".overview-chart-wide svg a text.overview-more").text())
                .isEqualTo("+8");
        assertThat(page.select(".overview-chart-wide svg a circle.is-estimated"))
                .hasSize(1);
    }

    @Test
    void aPhoneGetsTheNarrowDrawingWithItsOwnIdsAndTheSameLinks() {
        Overview overview = OverviewLayout.build(FEW, 0, null, null, true, LINK, SiteText.ENGLISH);
        Document page = parse(render(overview));

        Elements charts = page.select("figure.overview .overview-chart > svg");
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).parent().hasClass("overview-chart-wide")).isTrue();
        assertThat(charts.get(0).attr("viewBox")).startsWith("0 0 800 ");
        Element narrow = charts.get(1);
        assertThat(narrow.parent().hasClass("overview-chart-narrow")).isTrue();
        assertThat(narrow.attr("viewBox")).startsWith("0 0 " + OverviewLayout.NARROW_WIDTH + " ");
        assertThat(narrow.attr("role")).isEqualTo("group");
        assertThat(narrow.attr("aria-labelledby")).isEqualTo("overview-title-narrow");
        assertThat(narrow.attr("aria-describedby")).isEqualTo("overview-desc-narrow");
        assertThat(page.getElementById("overview-title-narrow").parent()).isEqualTo(narrow);
        assertThat(page.getElementById("overview-desc-narrow").parent()).isEqualTo(narrow);
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();

        Elements links = narrow.select("a");
        assertThat(links).hasSize(overview.narrow().marks().size());
        for (int i = 0; i < links.size(); i++) {
            Overview.Mark mark = overview.narrow().marks().get(i);
            assertThat(links.get(i).attr("href")).isEqualTo(mark.href());
            assertThat(links.get(i).selectFirst("> title").text()).isEqualTo(mark.name());
        }
        assertThat(narrow.select("a circle")).as("a dot for each article shown").hasSize(2 + 1 + 4);
        assertThat(page.select("figure.overview ul.overview-legend"))
                .as("one legend")
                .hasSize(1);
        assertThat(page.select("figure.overview details#overview-counts"))
                .as("one table")
                .hasSize(1);
    }

    @Test
    void theShapesWrittenInJavaAreWellFormedXmlWithEveryLinkAndNameIntact() throws Exception {
        for (Overview overview : List.of(
                OverviewLayout.build(FEW, 2, null, null, true, LINK, SiteText.ENGLISH),
                monthly(true),
                monthly(false))) {
            String svg =
                    "<svg xmlns=\"http://www.w3.org/2000/svg\">" + overview.axisSvg() + overview.marksSvg() + "</svg>";

            org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));

            org.w3c.dom.NodeList links = xml.getElementsByTagName("a");
            assertThat(links.getLength()).isEqualTo(overview.marks().size());
            for (int i = 0; i < links.getLength(); i++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
                assertThat(link.getAttribute("href"))
                        .isEqualTo(overview.marks().get(i).href());
                assertThat(link.getElementsByTagName("title").item(0).getTextContent())
                        .isEqualTo(overview.marks().get(i).name());
            }
            assertThat(xml.getElementsByTagName("line").getLength())
                    .isEqualTo(overview.ticks().size() + 1);
        }
    }

    @Test
    void theSvgIsANamedGroupSoItsLinksStayReachable() {
        Document page = parse(render(monthly(false)));

        Element svg = page.selectFirst("figure.overview svg");
        assertThat(svg.attr("role")).isEqualTo("group");
        assertThat(svg.attr("viewBox")).matches("0 0 800 \\d+");
        assertThat(render(monthly(false)))
                .as("SVG attribute names keep their case")
                .contains(" viewBox=\"0 0 800 ");
        Element title = page.getElementById(svg.attr("aria-labelledby"));
        Element desc = page.getElementById(svg.attr("aria-describedby"));
        assertThat(title).isNotNull();
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.parent()).isEqualTo(svg);
        assertThat(title.text()).isNotBlank();
        assertThat(desc).isNotNull();
        assertThat(desc.tagName()).isEqualTo("desc");
        assertThat(desc.text()).contains("Each bar is a month");
        assertThat(page.select("svg g.overview-axis").attr("aria-hidden")).isEqualTo("true");
    }

    @Test
    void theCaptionSummarisesTheCollection() {
        Document page = parse(render(monthly(false)));

        assertThat(page.select("figure.overview > figcaption").text())
                .isEqualTo("1,092 articles from January 2022 to June 2023; 1 undated article is not placed.");
    }

    @Test
    void theCountsListEveryBucketWithItsCountAndLink() {
        Overview overview = monthly(true);
        Document page = parse(render(overview));

        Element details = page.selectFirst("figure.overview details#overview-counts");
        assertThat(details.selectFirst("summary").text()).isEqualTo("Counts by month");
        Elements rows = details.select("tbody tr");
        assertThat(rows).hasSize(overview.marks().size()).hasSize(18);
        for (int i = 0; i < rows.size(); i++) {
            Overview.Mark mark = overview.marks().get(i);
            Element row = rows.get(i);
            assertThat(row.selectFirst("th a").attr("href")).isEqualTo(mark.href());
            assertThat(row.selectFirst("th a time").attr("datetime")).isEqualTo(mark.iso());
            assertThat(row.selectFirst("th").text()).isEqualTo(mark.dateText());
            assertThat(row.select("td").get(0).text()).isEqualTo(overview.count(mark.total()));
            assertThat(row.select("td").get(1).text()).isEqualTo(overview.count(mark.matching()));
        }
        assertThat(details.select("thead th"))
                .extracting(Element::text)
                .containsExactly("Month", "Articles", "Matching your filters");
        assertThat(page.select("a.overview-skip").attr("href")).isEqualTo("#overview-counts");
    }

    @Test
    void theLegendSaysInWordsWhatEachStyleMeans() {
        String days = parse(render(
                        OverviewLayout.build(FEW, 0, LocalDate.of(2024, 1, 1), null, true, LINK, SiteText.ENGLISH)))
                .select(".overview-legend")
                .text();
        String bars = parse(render(monthly(true))).select(".overview-legend").text();

        assertThat(days)
                .contains(
                        "Dark filled dot",
                        "matching your filters",
                        "Pale dot",
                        "Dashed outline",
                        "estimated date",
                        "Shaded band: your date range");
        assertThat(bars).contains("Dark foot of a bar", "Pale rest of a bar").doesNotContain("dot");
    }

    @Test
    void nothingIsStyledInline() {
        for (String html : List.of(
                render(monthly(true)),
                render(OverviewLayout.build(FEW, 2, null, null, false, LINK, SiteText.ENGLISH)))) {
            Document page = parse(html);
            assertThat(page.select("[style]")).isEmpty();
            assertThat(page.select("style, script")).isEmpty();
            assertThat(page.getAllElements())
                    .noneMatch(element -> element.attributes().asList().stream()
                            .anyMatch(attribute -> attribute.getKey().startsWith("on")));
        }
    }

    @Test
    void linksAreEscaped() {
        String html = render(OverviewLayout.build(FEW, 0, null, null, false, LINK, SiteText.ENGLISH));

        assertThat(html).doesNotContain("b<c").doesNotContain("b&lt;c\"d").contains("a&amp;b&lt;c&quot;d&amp;from=");
        assertThat(parse(html).select("a[href^=/?topic]"))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).startsWith("/?topic=a&b<c\"d&from="));
    }

    @Test
    void anEmptyOverviewIsACaptionWithoutAChart() {
        Document page = parse(render(OverviewLayout.build(List.of(), 4, null, null, false, LINK, SiteText.ENGLISH)));

        assertThat(page.select("figure.overview > figcaption").text())
                .isEqualTo("No article has a date to place on the overview; 4 undated articles are not placed.");
        assertThat(page.select("svg, details, a")).isEmpty();
    }
}
