package org.nkrtimeline.editorial.importing;

import java.util.List;

/** The outcome of a batch: every file's, and the totals. */
public record ImportSummary(List<ImportOutcome> outcomes) {

    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    public List<ImportOutcome> rejected() {
        return outcomes.stream()
                .filter(outcome -> outcome.status() == ImportOutcome.Status.REJECTED)
                .toList();
    }
}
