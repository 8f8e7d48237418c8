package org.nkrtimeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;

/**
 * The coverage strip, laid out for an inline SVG: a true time scale from the event's first day (or an
 * earlier publication) to the latest publication (or the event's last day), the event as a shaded
 * band, and one row per dated report: a line from the day its lag is counted from to its publication,
 * a dot, and its number and lag. Undated reports have no place on a time scale: the page lists them
 * beside it.
 */
public record CoverageStrip(
        int width, int height, String description, Band band, List<Mark> marks, List<Tick> ticks, double baseline) {

    static final int WIDTH = 800;
    static final int LEFT = 12;
    static final int PLOT = WIDTH - 2 * LEFT;
    static final int TOP = 36;
    static final int ROW = 26;
    /** A band at least this wide, so a one-day event on a long scale stays visible. */
    static final double MIN_BAND = 4;

    public record Band(double x, double y, double width, double height, String label, double labelY) {}

    /**
     * @param fromX where the lag's line starts; equal to {@code x} when the report has no day count
     */
    public record Mark(double fromX, double x, double y, String label, double labelX, double labelY, String anchor) {}

    public record Tick(double x, double y, String text, String anchor) {}

    public record Dated(int number, LocalDate published, ReportLag lag) {}

    public CoverageStrip {
        marks = List.copyOf(marks);
        ticks = List.copyOf(ticks);
    }

    /** Where the scale begins and ends, for the baseline. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return LEFT + PLOT;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** The strip of a dated event's dated reports (numbered as the page lists them); null if the event is undated. */
    static CoverageStrip layout(EventDates event, List<Dated> reports, SiteText text) {
        if (!event.hasDate()) {
            return null;
        }
        LocalDate first = event.start();
        LocalDate last = event.lastDay();
        for (Dated report : reports) {
            first = min(first, report.published());
            last = max(last, report.published());
        }
        Scale scale = new Scale(first, Math.max(1, ChronoUnit.DAYS.between(first, last)));
        double baseline = TOP + reports.size() * ROW + 4;

        double bandX = scale.x(event.start());
        double bandEnd = Math.min(LEFT + PLOT, scale.x(event.lastDay().plusDays(1)));
        double bandWidth = Math.max(MIN_BAND, bandEnd - bandX);
        Band band = new Band(
                round(bandX), TOP - 14, round(bandWidth), baseline - TOP + 14, text.get("event.strip.event"), TOP - 20);

        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Dated report = reports.get(i);
            double x = scale.x(report.published());
            double fromX = report.lag() == null ? x : scale.x(report.lag().from());
            double y = TOP + i * ROW + ROW / 2.0;
            String label = report.lag() == null
                    ? text.get("event.strip.number", report.number())
                    : text.get("event.strip.mark", report.number(), report.lag().shortText(text));
            // The latest reports sit at the right edge: their labels go left of the dot, above its line.
            boolean rightHalf = x > LEFT + PLOT / 2.0;
            marks.add(new Mark(
                    round(fromX),
                    round(x),
                    round(y),
                    label,
                    round(rightHalf ? x - 9 : x + 9),
                    round(rightHalf ? y - 7 : y + 4),
                    rightHalf ? "end" : "start"));
        }

        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(LEFT, baseline + 16, text.date("date.day", first), "start"));
        if (!last.equals(first)) {
            ticks.add(new Tick(LEFT + PLOT, baseline + 16, text.date("date.day", last), "end"));
        }
        String description = text.get(
                "event.strip.description", reports.size(), text.date("date.day", first), text.date("date.day", last));
        return new CoverageStrip(WIDTH, (int) baseline + 24, description, band, marks, ticks, baseline);
    }

    private record Scale(LocalDate first, long days) {
        double x(LocalDate day) {
            return LEFT + PLOT * (double) ChronoUnit.DAYS.between(first, day) / days;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
