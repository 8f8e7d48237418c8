package org.nkrtimeline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations of a text: what stands between typographic (“…”) or straight ("…") double quotes
 * within one paragraph. Single quotes are left out: they are also apostrophes, and a text's
 * apostrophes would pair up into false quotations.
 */
final class Quotations {

    private static final Pattern QUOTED = Pattern.compile("“([^“”\\n]{1,400})”|\"([^\"\\n]{1,400})\"");
    /** A quotation often takes the sentence's comma or full stop inside its closing quote. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");

    private Quotations() {}

    /** Each quotation once, as the text writes it but for the punctuation before its closing quote. */
    static List<String> in(String text) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            String quotation = TRAILING_PUNCTUATION.matcher(inside.strip()).replaceAll("");
            if (!quotation.isEmpty()) {
                byKey.putIfAbsent(key(quotation), quotation);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** What two quotations must share to be the same: their words, case and spacing aside. */
    static String key(String quotation) {
        return String.join(" ", WordTriples.words(quotation));
    }
}
