package org.nkrtimeline.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nkrtimeline.support.WebTest.Page;

/**
 * An HTTP/1.1 client that sends the request line exactly as given, byte for byte, over a fresh
 * connection: java.net.URI refuses the malformed addresses (a lone "%", "%zz", raw "<" or bytes
 * that are not UTF-8) that a hostile client sends and the server has to cope with. The request
 * target is a string of bytes, one char each (ISO-8859-1), so that it can hold anything.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public Page get(String target) {
        return get(target, "text/html");
    }

    /** A GET that accepts {@code accept}: an API's client asks for JSON, a feed reader for Atom. */
    public Page get(String target, String accept) {
        return send("GET", target, accept, null);
    }

    /** A form POST of {@code body}, already form-encoded (or deliberately broken). */
    public Page postForm(String target, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
        return send(
                "POST", target, "text/html", body.getBytes(StandardCharsets.ISO_8859_1), all.toArray(String[]::new));
    }

    private Page send(String method, String target, String accept, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: localhost:")
                .append(port)
                .append("\r\n")
                .append("Accept: ")
                .append(accept)
                .append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException refusedEarly) {
                // The server may answer and close before reading everything (a request line it refuses):
                // its answer is still there to read.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviated(target), e);
        }
    }

    private static Page parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || endOfHead < 0) {
            throw new IllegalStateException("Not an HTTP response: " + abbreviated(text));
        }
        String[] lines = text.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(response, endOfHead + 4, response.length);
        String transferEncoding =
                headers.getOrDefault("Transfer-Encoding", List.of("")).get(0);
        if (transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = unchunked(body);
        }
        HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
        return new Page(
                status,
                httpHeaders.firstValue("Content-Type").orElse(""),
                httpHeaders.firstValue("Location").map(WebTest::pathOf).orElse(null),
                new String(body, StandardCharsets.UTF_8),
                httpHeaders);
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        try {
            while (true) {
                String sizeLine = line(in);
                int size = Integer.parseInt(sizeLine.split(";", 2)[0].strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                line(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IllegalStateException("Chunked body ends early");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Request targets run to kilobytes: messages show their start. */
    public static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
