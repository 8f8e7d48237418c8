package org.nkrtimeline.article;

import java.util.List;

/**
 * One block of the article as the page shows it: its text in runs, a run being either plain or a
 * link to an entity page (its first mention), each cut into pieces only where a search match starts
 * or ends. Joined, the pieces are the source's text exactly.
 *
 * @param paragraph for a paragraph, its number in the text (1 for the first), which its anchor
 *     ({@code #p3}) names: the text never changes, so neither do the numbers; 0 for a heading
 */
public record BodyBlock(boolean heading, int paragraph, List<Run> runs) {

    /** @param href the entity page the run links to, or null for plain text */
    public record Run(String href, List<Piece> pieces) {

        public Run {
            pieces = List.copyOf(pieces);
        }
    }

    /** @param firstMatch whether this is the first match on the page, the target of "jump to the first match" */
    public record Piece(String text, boolean match, boolean firstMatch) {}

    public BodyBlock {
        runs = List.copyOf(runs);
    }

    /** The paragraph's anchor on the page ("p3"); null for a heading. */
    public String anchor() {
        return heading ? null : ParagraphAnchors.of(paragraph);
    }

    public String text() {
        return String.join(
                "",
                runs.stream()
                        .flatMap(run -> run.pieces().stream())
                        .map(Piece::text)
                        .toList());
    }
}
