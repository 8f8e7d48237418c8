package org.nkrtimeline.collection.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits news prose into sentences without breaking at abbreviations such as "U.N." or "Mr.". */
public final class Sentences {

    /** A lede of one long sentence reads better than two that run past this many characters. */
    static final int LEDE_TWO_SENTENCE_LIMIT = 280;

    private static final Pattern BOUNDARY = Pattern.compile("[.!?][”\"’')\\]]*\\s+(?=[\\p{Lu}“\"‘'(\\[\\p{N}])");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen.", "Rep.",
            "Jr.", "Sr.", "No.", "vs.", "etc.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private Sentences() {}

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            int end = boundary.start() + boundary.group().stripTrailing().length();
            if (endsWithAbbreviation(text, start, end)) {
                continue;
            }
            sentences.add(text.substring(start, end));
            start = boundary.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    static String lede(String paragraph) {
        List<String> sentences = split(paragraph);
        if (sentences.size() < 2) {
            return paragraph.strip();
        }
        String second = sentences.get(1);
        int endOfSecond = paragraph.indexOf(second, sentences.get(0).length()) + second.length();
        return endOfSecond <= LEDE_TWO_SENTENCE_LIMIT ? paragraph.substring(0, endOfSecond) : sentences.get(0);
    }

    /**
     * Whether the candidate sentence from start to end ends with an abbreviation, judged by its last
     * word alone: copying the candidate, which grows with each abbreviation it runs through, took
     * time that grows with the square of their number.
     */
    private static boolean endsWithAbbreviation(String text, int start, int end) {
        int wordStart = end;
        while (wordStart > start && text.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String lastWord = text.substring(wordStart, end);
        return ABBREVIATIONS.contains(lastWord) || INITIALISM.matcher(lastWord).matches();
    }
}
