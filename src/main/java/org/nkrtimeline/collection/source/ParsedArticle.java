package org.nkrtimeline.collection.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the parser makes of a source file: the publication date from its optional header, and the
 * body as blocks, scraping debris removed, every other line kept verbatim and in order.
 *
 * @param removedDebris the lines removed as scraping debris, as the source wrote them, in order: a
 *                      page that promises every sentence of the source says what it left out
 */
public record ParsedArticle(Optional<LocalDate> publishedDate, List<Block> blocks, List<String> removedDebris) {

    public ParsedArticle {
        blocks = List.copyOf(blocks);
        removedDebris = List.copyOf(removedDebris);
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
