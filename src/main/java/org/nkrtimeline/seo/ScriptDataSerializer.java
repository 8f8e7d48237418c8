package org.nkrtimeline.seo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;

/**
 * JSON for a {@code <script>} data block (JSON-LD), written by Thymeleaf's JavaScript inlining
 * ({@code th:inline="javascript"} and {@code [[${value}]]}): the page gets the value as JSON, never as
 * raw template output.
 *
 * <p>Thymeleaf's own serializer escapes only "/" and "&amp;", which stops {@code </script>} but not
 * {@code <!--<script>}, after which an HTML parser no longer ends the block where it should. Here
 * every character that means something to HTML ({@code < > & '} and "/") is written as a
 * {@code \\uXXXX} escape, as are U+2028 and U+2029, so nothing in a value can end or change the
 * script element; a JSON parser reads the same text back.
 */
final class ScriptDataSerializer implements IStandardJavaScriptSerializer {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        // Thymeleaf's writer is the page's: writing a value must not close it.
        JSON.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void serializeValue(Object value, Writer writer) {
        try {
            JSON.writeValue(writer, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as it goes into the page. */
    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\'', '/'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
