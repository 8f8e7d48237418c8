package org.nkrtimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.i18n.SiteText;

/** Year and month headings over entries that are already in timeline order. */
public final class TimelineGroups {

    private TimelineGroups() {}

    public record YearGroup(int year, List<MonthGroup> months) {}

    /**
     * @param label   "September 2023", or "Month not known" for entries dated only to the year
     * @param iso     the value for {@code <time datetime>}: "2023-09", or the year alone
     */
    public record MonthGroup(String label, String iso, List<TimelineEntry> entries) {}

    public static List<YearGroup> byYearAndMonth(List<TimelineEntry> dated, Axis axis, SiteText text) {
        List<YearGroup> years = new ArrayList<>();
        List<MonthGroup> months = null;
        Integer currentYear = null;
        String currentMonth = null;
        List<TimelineEntry> entries = null;
        for (TimelineEntry entry : dated) {
            LocalDate date = axisDate(entry, axis);
            boolean monthKnown = axis == Axis.PUBLISHED || entry.dates().eventPrecision() != DatePrecision.YEAR;
            String monthIso = monthKnown ? date.toString().substring(0, 7) : Integer.toString(date.getYear());
            if (!Objects.equals(currentYear, date.getYear())) {
                currentYear = date.getYear();
                months = new ArrayList<>();
                years.add(new YearGroup(currentYear, months));
                currentMonth = null;
            }
            if (!monthIso.equals(currentMonth)) {
                currentMonth = monthIso;
                entries = new ArrayList<>();
                months.add(new MonthGroup(
                        monthKnown ? text.date("date.monthLong", date) : text.get("timeline.month.notKnown"),
                        monthIso,
                        entries));
            }
            entries.add(entry);
        }
        return years;
    }

    static LocalDate axisDate(TimelineEntry entry, Axis axis) {
        return axis == Axis.EVENT ? entry.dates().eventDate() : entry.dates().publishedDate();
    }
}
