package org.nkrtimeline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.timeline.Highlighted;

/**
 * Cuts an article's blocks into runs and pieces for the page: entity links on first mentions and
 * the reader's search matches. Both come as character ranges of a block; the text is never changed.
 */
final class BodyMarkup {

    /** A link from a range of one block's text, {@code [start, end)}, to an entity page. */
    record Link(int block, int start, int end, String href) {}

    private record Range(int start, int end) {}

    private BodyMarkup() {}

    /**
     * @param matches per block, the block's text with the search matches marked; null without a
     *                search. A block whose marked text is not exactly its own text gets no highlights.
     */
    static List<BodyBlock> blocks(List<Block> blocks, List<Link> links, List<Highlighted> matches) {
        List<BodyBlock> result = new ArrayList<>();
        boolean[] firstMatchSeen = {false};
        List<Integer> paragraphs = ParagraphAnchors.numbers(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            List<Range> matchRanges = matchRanges(text, matches == null ? null : matches.get(i));
            List<BodyBlock.Run> runs = new ArrayList<>();
            int position = 0;
            for (Link link : linksOf(links, i)) {
                if (link.start() < position) {
                    continue;
                }
                addRun(runs, null, text, position, link.start(), matchRanges, firstMatchSeen);
                addRun(runs, link.href(), text, link.start(), link.end(), matchRanges, firstMatchSeen);
                position = link.end();
            }
            addRun(runs, null, text, position, text.length(), matchRanges, firstMatchSeen);
            result.add(new BodyBlock(blocks.get(i).isHeading(), paragraphs.get(i), runs));
        }
        return result;
    }

    private static List<Link> linksOf(List<Link> links, int block) {
        return links.stream()
                .filter(link -> link.block() == block)
                .sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .toList();
    }

    private static void addRun(
            List<BodyBlock.Run> runs,
            String href,
            String text,
            int start,
            int end,
            List<Range> matches,
            boolean[] firstMatchSeen) {
        if (end <= start) {
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (Range match : matches) {
            if (match.start() > start && match.start() < end) {
                cuts.add(match.start());
            }
            if (match.end() > start && match.end() < end) {
                cuts.add(match.end());
            }
        }
        List<BodyBlock.Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                int pieceStart = from;
                boolean match =
                        matches.stream().anyMatch(range -> range.start() <= pieceStart && pieceStart < range.end());
                pieces.add(new BodyBlock.Piece(text.substring(pieceStart, cut), match, match && !firstMatchSeen[0]));
                firstMatchSeen[0] |= match;
            }
            from = cut;
        }
        runs.add(new BodyBlock.Run(href, pieces));
    }

    private static List<Range> matchRanges(String text, Highlighted marked) {
        if (marked == null || !marked.text().equals(text)) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        int offset = 0;
        for (Highlighted.Segment segment : marked.segments()) {
            if (segment.match()) {
                ranges.add(new Range(offset, offset + segment.text().length()));
            }
            offset += segment.text().length();
        }
        return ranges;
    }
}
