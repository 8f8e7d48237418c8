package org.nkrtimeline.collection.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the parser makes of a source file: the publication date from its optional header, and the
 * body as blocks, scraping debris removed, every other line kept verbatim and in order.
 */
public record ParsedArticle(Optional<LocalDate> publishedDate, List<Block> blocks) {

    public ParsedArticle {
        blocks = List.copyOf(blocks);
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
