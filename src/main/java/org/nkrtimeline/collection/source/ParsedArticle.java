package org.nkrtimeline.collection.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the parser makes of a source file: the publication date, source name and source address from
 * its optional header lines, and the body as blocks, scraping debris removed, every other line kept
 * verbatim and in order.
 *
 * @param sourceName    who published the text, as the header names it
 * @param sourceUrl     where it was published, an http(s) address
 * @param removedDebris the lines removed as scraping debris, as the source wrote them, in order: a
 *                      page that promises every sentence of the source says what it left out
 */
public record ParsedArticle(
        Optional<LocalDate> publishedDate,
        Optional<String> sourceName,
        Optional<String> sourceUrl,
        List<Block> blocks,
        List<String> removedDebris) {

    public ParsedArticle {
        blocks = List.copyOf(blocks);
        removedDebris = List.copyOf(removedDebris);
    }

    /** What the removed lines say about where the text came from, in order: a repost's link to its original. */
    public List<SourceMarker> markers() {
        return removedDebris.stream()
                .map(SourceMarker::of)
                .flatMap(Optional::stream)
                .toList();
    }

    public int wordCount() {
        return blocks.stream().mapToInt(block -> Words.count(block.text())).sum();
    }

    /** The blocks' text, one block per line: what search indexes and quotes from. */
    public String bodyText() {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }

    /** The first sentence or two of the first paragraph, verbatim. */
    public String lede() {
        return blocks.stream()
                .filter(block -> !block.isHeading())
                .findFirst()
                .map(block -> Sentences.lede(block.text()))
                .orElseThrow();
    }
}
