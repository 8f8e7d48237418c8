package org.nkrtimeline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a text: a number written in digits with the word that says what it counts ("133
 * dead", "115,000 items"). Numbers written as words ("three") are not found. A year ("2023"), a day
 * of a month ("13 Sep") and a number followed by a word that counts nothing ("in 2023 the") are
 * not figures.
 */
final class Figures {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\p{N},.-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+|-)(\\p{L}[\\p{L}-]*)");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    private static final Set<String> COUNTS_NOTHING = Set.of(
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "by",
            "for",
            "from",
            "in",
            "is",
            "of",
            "on",
            "or",
            "that",
            "the",
            "this",
            "to",
            "was",
            "were",
            "with",
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december");

    private Figures() {}

    /** Each figure once, as the text writes it. */
    static List<String> in(String text) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            String number = figure.group(1);
            String word = figure.group(2);
            if (YEAR.matcher(number).matches() || COUNTS_NOTHING.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String written = number + ' ' + word;
            byKey.putIfAbsent(key(written), written);
        }
        return List.copyOf(byKey.values());
    }

    /** "1,000 Troops" and "1000 troops" are one figure. */
    static String key(String figure) {
        return figure.replace(",", "").toLowerCase(Locale.ROOT);
    }
}
