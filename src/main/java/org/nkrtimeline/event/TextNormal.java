package org.nkrtimeline.event;

import java.text.Normalizer;
import java.util.Locale;

/** Text evened out for comparison: NFKC, typographic apostrophes plain, lower case, one space between words. */
final class TextNormal {

    private TextNormal() {}

    static String of(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('’', '\'')
                .replace('‘', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
