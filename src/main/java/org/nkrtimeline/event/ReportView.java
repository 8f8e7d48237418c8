package org.nkrtimeline.event;

import java.util.List;
import org.nkrtimeline.entity.GazetteerEntry;

/**
 * A report as the event page shows it: its number in publication order, its lag (null where a day
 * count would be invented), and what it alone has among the event's reports.
 */
public record ReportView(
        int number,
        EventReport report,
        ReportLag lag,
        List<GazetteerEntry> onlyEntities,
        List<String> onlyQuotations,
        List<String> onlyFigures,
        List<SharedPassage> shared) {

    /** A sentence of this report that shares its wording with other reports of the event. */
    public record SharedPassage(String sentence, List<EventReport> alsoIn) {}

    public ReportView {
        onlyEntities = List.copyOf(onlyEntities);
        onlyQuotations = List.copyOf(onlyQuotations);
        onlyFigures = List.copyOf(onlyFigures);
        shared = List.copyOf(shared);
    }

    public boolean addsNothing() {
        return onlyEntities.isEmpty() && onlyQuotations.isEmpty() && onlyFigures.isEmpty();
    }
}
