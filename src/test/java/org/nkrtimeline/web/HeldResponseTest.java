package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The buffered writer in front of the held response never loses, reorders or keeps back a character. */
class HeldResponseTest {

    private static HeldResponse capture(MockHttpServletResponse response) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return new HeldResponse(response);
    }

    @Test
    void aPageWrittenInSmallPiecesIsHeldWholeAndInOrder() throws IOException {
        HeldResponse page = capture(new MockHttpServletResponse());
        PrintWriter writer = page.getWriter();
        StringBuilder expected = new StringBuilder();
        for (int piece = 0; piece < 5_000; piece++) {
            String text = "<li>Пхеньян " + piece + " – Kim</li>";
            writer.write(text);
            expected.append(text);
        }

        assertThat(page.getContentSize()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(expected.toString());
    }

    @Test
    void theHeldPageReachesTheResponseWhenCopied() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HeldResponse page = capture(response);

        page.getWriter().write("<p>Kursk</p>");
        page.copyBodyToResponse();

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Kursk</p>");
    }

    @Test
    void resettingTheBufferDiscardsWhatWasWrittenBeforeIt() throws IOException {
        HeldResponse page = capture(new MockHttpServletResponse());
        PrintWriter writer = page.getWriter();

        writer.write("half a page");
        page.resetBuffer();
        writer.write("<p>An error page</p>");

        assertThat(new String(page.getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("<p>An error page</p>");
    }
}
