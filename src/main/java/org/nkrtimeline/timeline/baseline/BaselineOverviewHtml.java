package org.nkrtimeline.timeline.baseline;

import static org.nkrtimeline.timeline.baseline.BaselineHtml.escape;
import static org.nkrtimeline.timeline.baseline.BaselineHtml.number;

import org.nkrtimeline.overview.Granularity;
import org.nkrtimeline.overview.Overview;

/** The overview's markup, as fragments/overview.html writes it, appended to the page's StringBuilder. */
final class BaselineOverviewHtml {

    private final StringBuilder out;

    BaselineOverviewHtml(StringBuilder out) {
        this.out = out;
    }

    void overview(Overview overview) {
        out.append("<figure class=\"overview\">\n  <figcaption class=\"overview-caption\">").append(escape(overview.summary()))
                .append("</figcaption>\n");
        if (!overview.isEmpty()) {
            chart(overview);
            legend(overview);
            counts(overview);
        }
        out.append("</figure>\n\n");
    }

    private void chart(Overview overview) {
        out.append("""
                    <a class="overview-skip" href="#overview-counts">Skip the chart to its counts as a table</a>
                    <div class="overview-chart">
                      <svg xmlns="http://www.w3.org/2000/svg" role="group" aria-labelledby="overview-title" \
                aria-describedby="overview-desc" viewBox=\"""").append(overview.viewBox()).append("""
                ">
                        <title id="overview-title">Articles over time</title>
                        <desc id="overview-desc">""").append(escape(overview.description())).append("</desc>\n");
        Overview.Band band = overview.band();
        if (band != null) {
            out.append("        <rect class=\"overview-band\" aria-hidden=\"true\"");
            rect(band.x(), band.y(), band.width(), band.height());
        }
        Overview.Plot plot = overview.plot();
        out.append("        <g class=\"overview-axis\" aria-hidden=\"true\">\n          <line class=\"overview-baseline\" x1=\"")
                .append(plot.left()).append("\" x2=\"").append(plot.right()).append("\" y1=\"").append(plot.baseline())
                .append("\" y2=\"").append(plot.baseline()).append("\"/>\n          ");
        for (Overview.Tick tick : overview.ticks()) {
            out.append("<line class=\"").append(tick.major() ? "overview-tick is-major" : "overview-tick")
                    .append("\" x1=\"").append(tick.x()).append("\" x2=\"").append(tick.x()).append("\" y1=\"")
                    .append(tick.y1()).append("\" y2=\"").append(tick.y2()).append("\"/>");
        }
        out.append("\n          ");
        for (Overview.TickLabel label : overview.labels()) {
            out.append("<text class=\"").append(label.major() ? "overview-label is-major" : "overview-label")
                    .append("\"\n                x=\"").append(label.x()).append("\" y=\"").append(label.y()).append("\">")
                    .append(escape(label.text())).append("</text>");
        }
        out.append("\n        </g>\n        <g class=\"overview-marks\">\n          ");
        for (Overview.Mark mark : overview.marks()) {
            mark(mark, overview.filtered());
        }
        out.append("\n        </g>\n      </svg>\n    </div>\n\n");
    }

    private void mark(Overview.Mark mark, boolean filtered) {
        out.append("<a class=\"overview-mark\" href=\"").append(escape(mark.href())).append("\">\n            <title>")
                .append(escape(mark.name())).append("</title>\n            <rect class=\"overview-hit\"");
        rect(mark.hit().x(), mark.hit().y(), mark.hit().width(), mark.hit().height());
        if (mark.bar() != null) {
            out.append("            <rect class=\"").append(filtered ? "overview-bar is-other" : "overview-bar").append('"');
            rect(mark.bar().x(), mark.bar().y(), mark.bar().width(), mark.bar().height());
        }
        if (mark.matchingBar() != null) {
            out.append("            <rect class=\"overview-bar\"");
            rect(mark.matchingBar().x(), mark.matchingBar().y(), mark.matchingBar().width(), mark.matchingBar().height());
        }
        if (!mark.dots().isEmpty()) {
            out.append("            ");
            for (Overview.Dot dot : mark.dots()) {
                out.append("<circle class=\"").append(dot.cssClass()).append("\" cx=\"").append(dot.cx())
                        .append("\" cy=\"").append(dot.cy()).append("\" r=\"").append(dot.r()).append("\"/>");
            }
            out.append('\n');
        }
        if (mark.more() != null) {
            out.append("            <text class=\"overview-more\" aria-hidden=\"true\" x=\"").append(mark.more().x())
                    .append("\" y=\"").append(mark.more().y()).append("\">").append(escape(mark.more().text()))
                    .append("</text>\n");
        }
        out.append("          </a>");
    }

    private void rect(double x, double y, double width, double height) {
        out.append(" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\"/>\n");
    }

    private void legend(Overview overview) {
        boolean days = overview.granularity() == Granularity.DAY;
        boolean filtered = overview.filtered();
        out.append("    <ul class=\"overview-legend\">\n");
        if (days && !filtered) {
            swatch("<circle class=\"overview-dot\" cx=\"6\" cy=\"6\" r=\"4\"/>", "Filled dot: one article");
        }
        if (days && filtered) {
            swatch("<circle class=\"overview-dot\" cx=\"6\" cy=\"6\" r=\"4\"/>",
                    "Dark filled dot: an article matching your filters");
            swatch("<circle class=\"overview-dot is-other\" cx=\"6\" cy=\"6\" r=\"4\"/>",
                    "Pale dot: an article not matching them");
        }
        if (overview.showsEstimates()) {
            swatch("<circle class=\"overview-dot is-estimated\" cx=\"6\" cy=\"6\" r=\"4\"/>",
                    "Dashed outline, hollow: an estimated date");
        }
        if (overview.showsMoreNotes()) {
            out.append("""
                          <li><span class="overview-swatch-text" aria-hidden="true">+8</span>
                            A number on a stack: that many more articles than its dots</li>
                    """);
        }
        if (!days && !filtered) {
            swatch("<rect class=\"overview-bar\" x=\"3\" y=\"1\" width=\"6\" height=\"10\"/>",
                    "Bar height: articles in the " + overview.granularity().noun());
        }
        if (!days && filtered) {
            swatch("<rect class=\"overview-bar\" x=\"3\" y=\"1\" width=\"6\" height=\"10\"/>",
                    "Dark foot of a bar: articles matching your filters");
            swatch("<rect class=\"overview-bar is-other\" x=\"3\" y=\"1\" width=\"6\" height=\"10\"/>",
                    "Pale rest of a bar: articles not matching them");
        }
        if (overview.band() != null) {
            swatch("<rect class=\"overview-band\" x=\"0\" y=\"0\" width=\"12\" height=\"12\"/>", "Shaded band: your date range");
        }
        out.append("    </ul>\n\n");
    }

    private void swatch(String shape, String text) {
        out.append("      <li><svg class=\"overview-swatch\" viewBox=\"0 0 12 12\" aria-hidden=\"true\">").append(shape)
                .append("</svg>\n        ").append(escape(text)).append("</li>\n");
    }

    /** The same counts as a table, for keyboards, screen readers and anyone who cannot make out the marks. */
    private void counts(Overview overview) {
        boolean filtered = overview.filtered();
        boolean estimated = overview.hasEstimated();
        out.append("    <details class=\"overview-counts\" id=\"overview-counts\">\n      <summary>")
                .append(escape(overview.granularity().countsHeading()))
                .append("</summary>\n      <table>\n        <thead>\n          <tr>\n            <th scope=\"col\">")
                .append(escape(overview.granularity().columnHeading()))
                .append("</th>\n            <th scope=\"col\" class=\"overview-number\">Articles</th>\n");
        if (filtered) {
            out.append("            <th scope=\"col\" class=\"overview-number\">Matching your filters</th>\n");
        }
        if (estimated) {
            out.append("            <th scope=\"col\" class=\"overview-number\">Estimated dates</th>\n");
        }
        out.append("          </tr>\n        </thead>\n        <tbody>\n");
        for (Overview.Mark mark : overview.marks()) {
            out.append("          <tr>\n            <th scope=\"row\"><a href=\"").append(escape(mark.href())).append("\">");
            if (mark.iso() != null) {
                out.append("<time datetime=\"").append(mark.iso()).append("\">").append(escape(mark.dateText()))
                        .append("</time>");
            } else {
                out.append(escape(mark.dateText()));
            }
            out.append("</a></th>\n");
            cell(mark.total());
            if (filtered) {
                cell(mark.matching());
            }
            if (estimated) {
                cell(mark.estimated());
            }
            out.append("          </tr>\n");
        }
        out.append("        </tbody>\n      </table>\n    </details>\n");
    }

    private void cell(long count) {
        out.append("            <td class=\"overview-number\">").append(number(count)).append("</td>\n");
    }
}
