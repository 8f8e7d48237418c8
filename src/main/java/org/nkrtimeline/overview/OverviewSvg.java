package org.nkrtimeline.overview;

import org.unbescape.html.HtmlEscape;

/**
 * The overview's repeated SVG shapes (the axis's ticks and labels, the marks with their dots and bars),
 * written here rather than by the template. A timeline page draws about 60 marks twice (wide and
 * narrow), some 1,800 template expressions; written as text in one pass, they took the app's CPU per
 * request on the benchmark from 24 to 18 ms (docs/performance.md, eighth session of issue 17). The
 * chart's frame, title, description, legend and table stay in {@code fragments/overview.html}. Text and
 * links are escaped as the template escapes them.
 */
final class OverviewSvg {

    private OverviewSvg() {}

    /** The baseline, the ticks and the labels under it. */
    static String axis(Overview overview) {
        StringBuilder svg = new StringBuilder(
                64 * (overview.ticks().size() + overview.labels().size() + 1));
        Overview.Plot plot = overview.plot();
        line(svg, "overview-baseline", plot.left(), plot.right(), plot.baseline(), plot.baseline());
        for (Overview.Tick tick : overview.ticks()) {
            line(
                    svg,
                    tick.major() ? "overview-tick is-major" : "overview-tick",
                    tick.x(),
                    tick.x(),
                    tick.y1(),
                    tick.y2());
        }
        for (Overview.TickLabel label : overview.labels()) {
            svg.append("<text class=\"")
                    .append(label.major() ? "overview-label is-major" : "overview-label")
                    .append('"');
            attribute(svg, "x", label.x());
            attribute(svg, "y", label.y());
            svg.append('>').append(text(label.text())).append("</text>");
        }
        return svg.toString();
    }

    /** Each mark: a link named by its title, its hit area, its bars or dots, and its "+8". */
    static String marks(Overview overview) {
        StringBuilder svg = new StringBuilder(400 * overview.marks().size());
        for (Overview.Mark mark : overview.marks()) {
            svg.append("<a class=\"overview-mark\" href=\"")
                    .append(text(mark.href()))
                    .append("\">");
            svg.append("<title>").append(text(mark.name())).append("</title>");
            rect(svg, "overview-hit", mark.hit());
            if (mark.bar() != null) {
                rect(svg, overview.filtered() ? "overview-bar is-other" : "overview-bar", mark.bar());
            }
            if (mark.matchingBar() != null) {
                rect(svg, "overview-bar", mark.matchingBar());
            }
            for (Overview.Dot dot : mark.dots()) {
                svg.append("<circle class=\"").append(dot.cssClass()).append('"');
                attribute(svg, "cx", dot.cx());
                attribute(svg, "cy", dot.cy());
                attribute(svg, "r", dot.r());
                svg.append("/>");
            }
            Overview.Note more = mark.more();
            if (more != null) {
                svg.append("<text class=\"overview-more\" aria-hidden=\"true\"");
                attribute(svg, "x", more.x());
                attribute(svg, "y", more.y());
                svg.append('>').append(text(more.text())).append("</text>");
            }
            svg.append("</a>");
        }
        return svg.toString();
    }

    private static void line(StringBuilder svg, String cssClass, double x1, double x2, double y1, double y2) {
        svg.append("<line class=\"").append(cssClass).append('"');
        attribute(svg, "x1", x1);
        attribute(svg, "x2", x2);
        attribute(svg, "y1", y1);
        attribute(svg, "y2", y2);
        svg.append("/>");
    }

    private static void rect(StringBuilder svg, String cssClass, Overview.Rect rect) {
        svg.append("<rect class=\"").append(cssClass).append('"');
        attribute(svg, "x", rect.x());
        attribute(svg, "y", rect.y());
        attribute(svg, "width", rect.width());
        attribute(svg, "height", rect.height());
        svg.append("/>");
    }

    /** A number as the template wrote it (Java's own form: "16.0", "3.5"). */
    private static void attribute(StringBuilder svg, String name, double value) {
        svg.append(' ').append(name).append("=\"").append(value).append('"');
    }

    private static String text(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
