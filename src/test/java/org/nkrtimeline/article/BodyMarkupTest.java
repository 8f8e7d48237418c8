package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.timeline.Highlights;

class BodyMarkupTest {

    private static final List<Block> BLOCKS = List.of(
            Block.heading("Shoigu in Pyongyang"), Block.paragraph("Sergei Shoigu met Kim Jong Un. Shoigu left."));

    @Test
    void joinedPiecesAreTheSourceTextExactly() {
        List<BodyBlock> body = BodyMarkup.blocks(
                BLOCKS,
                List.of(new BodyMarkup.Link(1, 0, 13, "/entities/sergei-shoigu")),
                List.of(
                        Highlights.parse("\uE000Shoigu\uE001 in Pyongyang"),
                        Highlights.parse("Sergei \uE000Shoigu\uE001 met Kim Jong Un. \uE000Shoigu\uE001 left.")));

        assertThat(body)
                .extracting(BodyBlock::text)
                .containsExactly(BLOCKS.get(0).text(), BLOCKS.get(1).text());
        assertThat(body.get(0).heading()).isTrue();
    }

    @Test
    void aLinkKeepsTheMatchInsideItAsOneRun() {
        BodyBlock paragraph = BodyMarkup.blocks(
                        BLOCKS,
                        List.of(new BodyMarkup.Link(1, 0, 13, "/entities/sergei-shoigu")),
                        List.of(
                                Highlights.parse("Shoigu in Pyongyang"),
                                Highlights.parse("Sergei \uE000Shoigu\uE001 met Kim Jong Un. Shoigu left.")))
                .get(1);

        BodyBlock.Run link = paragraph.runs().get(0);
        assertThat(link.href()).isEqualTo("/entities/sergei-shoigu");
        assertThat(link.pieces()).extracting(BodyBlock.Piece::text).containsExactly("Sergei ", "Shoigu");
        assertThat(link.pieces()).extracting(BodyBlock.Piece::match).containsExactly(false, true);
        assertThat(paragraph.runs().get(1).href()).isNull();
    }

    @Test
    void onlyTheFirstMatchOnThePageIsTheJumpTarget() {
        List<BodyBlock> body = BodyMarkup.blocks(
                BLOCKS,
                List.of(),
                List.of(
                        Highlights.parse("\uE000Shoigu\uE001 in Pyongyang"),
                        Highlights.parse("Sergei \uE000Shoigu\uE001 met Kim Jong Un. \uE000Shoigu\uE001 left.")));

        List<BodyBlock.Piece> matches = body.stream()
                .flatMap(block -> block.runs().stream())
                .flatMap(run -> run.pieces().stream())
                .filter(BodyBlock.Piece::match)
                .toList();
        assertThat(matches).hasSize(3);
        assertThat(matches).extracting(BodyBlock.Piece::firstMatch).containsExactly(true, false, false);
    }

    @Test
    void highlightsThatDoNotFitTheTextAreDroppedRatherThanChangingIt() {
        List<BodyBlock> body = BodyMarkup.blocks(
                BLOCKS,
                List.of(),
                List.of(Highlights.parse("\uE000Shoigu\uE001 in  Pyongyang"), Highlights.parse("different text")));

        assertThat(body)
                .extracting(BodyBlock::text)
                .containsExactly(BLOCKS.get(0).text(), BLOCKS.get(1).text());
        assertThat(body)
                .allSatisfy(block -> assertThat(block.runs())
                        .allSatisfy(run -> assertThat(run.pieces()).noneMatch(BodyBlock.Piece::match)));
    }
}
