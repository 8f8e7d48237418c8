package org.nkrtimeline.feed;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a quote, a CR or an LF, and a quote inside a field doubled.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code = + - @} (or a tab or CR)
 * as a formula, so such a field gets a leading apostrophe, which spreadsheets show as text and hide,
 * and is always quoted. Other programs see the apostrophe: docs/feeds.md says so.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean formula = startsLikeAFormula(value);
        String text = formula ? "'" + value : value;
        if (formula
                || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
