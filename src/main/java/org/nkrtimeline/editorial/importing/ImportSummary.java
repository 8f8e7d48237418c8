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

    /** How many of the imported articles are not public until an editor publishes them. */
    public long awaitingReview() {
        return outcomes.stream().filter(ImportOutcome::awaitsReview).count();
    }

    public List<ImportOutcome> rejected() {
        return outcomes.stream()
                .filter(outcome -> outcome.status() == ImportOutcome.Status.REJECTED)
                .toList();
    }
}
