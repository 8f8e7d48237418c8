package org.nkrtimeline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds a response as it is written, as {@link ContentCachingResponseWrapper} does, with a buffer in
 * front of its writer: for the page cache, which stores what it holds, and the Server-Timing header,
 * which is set after the page is written. The wrapper's own writer flushes its character encoder after
 * every write, and Thymeleaf writes a page in thousands of small pieces: the flushes were 13% of the CPU
 * of a page rendered with the cache on (docs/performance.md). Here the characters reach it 8 kB at a
 * time; everything that reads, copies or discards the held bytes flushes the buffer first.
 */
public final class HeldResponse extends ContentCachingResponseWrapper {

    private static final int BUFFER_CHARS = 8192;

    private PrintWriter writer;

    public HeldResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new BufferedWriter(super.getWriter(), BUFFER_CHARS));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
        flushWriter();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        flushWriter();
        super.reset();
    }

    @Override
    public byte[] getContentAsByteArray() {
        flushWriter();
        return super.getContentAsByteArray();
    }

    @Override
    public InputStream getContentInputStream() {
        flushWriter();
        return super.getContentInputStream();
    }

    @Override
    public int getContentSize() {
        flushWriter();
        return super.getContentSize();
    }

    @Override
    public void copyBodyToResponse() throws IOException {
        flushWriter();
        super.copyBodyToResponse();
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }
}
