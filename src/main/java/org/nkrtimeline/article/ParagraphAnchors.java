package org.nkrtimeline.article;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.collection.source.Block;

/**
 * The anchors of an article's paragraphs ({@code #p3}: the third paragraph, headings not counted), on
 * its page and in the API. The text never changes, so an anchor always names the same paragraph,
 * whatever editors correct of the article's metadata.
 */
public final class ParagraphAnchors {

    private ParagraphAnchors() {}

    /** For each block, in order, its paragraph's number (1 for the first); 0 for a heading. */
    public static List<Integer> numbers(List<Block> blocks) {
        List<Integer> numbers = new ArrayList<>(blocks.size());
        int paragraphs = 0;
        for (Block block : blocks) {
            numbers.add(block.isHeading() ? 0 : ++paragraphs);
        }
        return numbers;
    }

    /** The anchor of the paragraph numbered {@code number}, as in a page's address after "#". */
    public static String of(int number) {
        return "p" + number;
    }
}
