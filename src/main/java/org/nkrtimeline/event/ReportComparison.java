package org.nkrtimeline.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.source.Sentences;

/**
 * What sets the reports of one event apart, and what they share.
 *
 * <p>Alone: the entities, quotations and figures of a report that no other report of the event has.
 * A quotation counts as another report's too when that report has its words at all, quoted or not.
 *
 * <p>Shared wording, by word triples (see {@link WordTriples}): a sentence of a report is shared with
 * another report when at least {@link #SHARED_CONTAINMENT} of its triples occur anywhere in that
 * report. Containment rather than Jaccard similarity of two sentences: a rewrite splits, joins and
 * trims sentences, so a copied sentence is best found inside the whole other text; and half of the
 * triples, because independently written reports of one event share names and set phrases ("kim
 * jong un", "north korea and russia"), a few triples per sentence, never half of a sentence. A
 * sentence needs {@link #MIN_TRIPLES} triples (five words) to be judged: shorter ones are too often
 * the same by chance.
 */
final class ReportComparison {

    static final double SHARED_CONTAINMENT = 0.5;
    static final int MIN_TRIPLES = 3;

    /** A report's text and the ids of the entities it mentions. */
    record Report(long articleId, String text, Set<Long> entityIds) {}

    /** A sentence of one report that shares wording with the others, by article id. */
    record SharedSentence(String sentence, List<Long> alsoIn) {}

    /** What a report alone has, and the sentences it shares. */
    record Findings(
            Set<Long> onlyEntityIds,
            List<String> onlyQuotations,
            List<String> onlyFigures,
            List<SharedSentence> shared) {}

    private ReportComparison() {}

    /** The findings of each report, by article id, in the order given. */
    static Map<Long, Findings> compare(List<Report> reports) {
        Map<Long, Set<String>> triples = new LinkedHashMap<>();
        Map<Long, String> normalised = new LinkedHashMap<>();
        Map<Long, Set<String>> figureKeys = new LinkedHashMap<>();
        for (Report report : reports) {
            triples.put(report.articleId(), WordTriples.of(report.text()));
            normalised.put(report.articleId(), String.join(" ", WordTriples.words(report.text())));
            figureKeys.put(
                    report.articleId(),
                    Figures.in(report.text()).stream().map(Figures::key).collect(Collectors.toSet()));
        }
        Map<Long, Findings> findings = new LinkedHashMap<>();
        for (Report report : reports) {
            List<Report> others = reports.stream()
                    .filter(other -> other.articleId() != report.articleId())
                    .toList();
            Set<Long> entities = new LinkedHashSet<>(report.entityIds());
            others.forEach(other -> entities.removeAll(other.entityIds()));
            List<String> quotations = Quotations.in(report.text()).stream()
                    .filter(quotation -> others.stream()
                            .noneMatch(other -> containsPhrase(normalised.get(other.articleId()), quotation)))
                    .toList();
            List<String> figures = Figures.in(report.text()).stream()
                    .filter(figure -> others.stream()
                            .noneMatch(
                                    other -> figureKeys.get(other.articleId()).contains(Figures.key(figure))))
                    .toList();
            findings.put(
                    report.articleId(), new Findings(entities, quotations, figures, shared(report, others, triples)));
        }
        return findings;
    }

    private static boolean containsPhrase(String normalisedText, String quotation) {
        String phrase = Quotations.key(quotation);
        return (" " + normalisedText + " ").contains(" " + phrase + " ");
    }

    private static List<SharedSentence> shared(Report report, List<Report> others, Map<Long, Set<String>> triples) {
        List<SharedSentence> shared = new ArrayList<>();
        for (String paragraph : report.text().split("\n")) {
            for (String sentence : Sentences.split(paragraph)) {
                Set<String> own = WordTriples.of(sentence);
                if (own.size() < MIN_TRIPLES) {
                    continue;
                }
                List<Long> alsoIn = others.stream()
                        .map(Report::articleId)
                        .filter(other -> containment(own, triples.get(other)) >= SHARED_CONTAINMENT)
                        .toList();
                if (!alsoIn.isEmpty()) {
                    shared.add(new SharedSentence(sentence.strip(), alsoIn));
                }
            }
        }
        return shared;
    }

    /** The share of a sentence's triples that occur in another text. */
    static double containment(Set<String> sentence, Set<String> other) {
        long found = sentence.stream().filter(other::contains).count();
        return (double) found / sentence.size();
    }
}
