package org.nkrtimeline.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the gazetteer's entities in a text by their aliases.
 *
 * <p>Aliases match case-sensitively, exactly as written: in news English capitals carry the
 * meaning, so "US" is the United States and "us" a pronoun, "Kim" a person and "kim" nothing. What
 * typing cannot distinguish is treated alike: any run of whitespace (line breaks included) matches
 * the space inside an alias, and typographic apostrophes and hyphens match straight ones, because
 * sources mix them (the seed texts write both "North Korea's" and "North Korea’s").
 *
 * <p>All aliases sit in one character trie, so a text is read once, each word start walking the
 * trie only as far as some alias goes on: the cost grows with the text, not with the gazetteer.
 * The trie is complete when the constructor returns and never changes after, and it is reached
 * only through a final field, so one recogniser can serve any number of threads.
 */
public final class EntityRecogniser {

    private static final char SPACE = ' ';

    private final Node root = new Node();

    public EntityRecogniser(List<GazetteerEntry> gazetteer) {
        for (GazetteerEntry entry : gazetteer) {
            for (String alias : entry.aliases()) {
                add(alias, entry);
            }
        }
    }

    /**
     * The mentions in text order. At each position the longest alias wins ("Kim Yo Jong", not "Kim"),
     * and the text after a mention is searched from its end, so mentions never overlap.
     */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            Mention mention = startsWord(text, at) ? longestAt(text, at) : null;
            if (mention == null) {
                at++;
            } else {
                mentions.add(mention);
                at = mention.end();
            }
        }
        return mentions;
    }

    /** How often each entity is named, in the order of first mention. */
    public Map<GazetteerEntry, Integer> count(String text) {
        Map<GazetteerEntry, Integer> counts = new LinkedHashMap<>();
        for (Mention mention : find(text)) {
            counts.merge(mention.entity(), 1, Integer::sum);
        }
        return counts;
    }

    private Mention longestAt(String text, int start) {
        Node node = root;
        int at = start;
        Mention longest = null;
        while (at < text.length() && node != null) {
            char c = text.charAt(at);
            int next;
            if (at > start && isMark(c)) {
                // A stress or accent mark on the letter before ("Шойгу́") is part of that letter.
                at++;
                if (node.entry != null && endsName(text, at)) {
                    longest = new Mention(node.entry, start, at);
                }
                continue;
            }
            if (isSpace(c)) {
                next = afterSpaces(text, at);
                node = node.children.get(SPACE);
            } else {
                next = at + 1;
                node = node.children.get(fold(c));
            }
            if (node != null) {
                at = next;
                // A possessive ("Russia's") still names Russia; "Russian" does not.
                if (node.entry != null && endsName(text, at)) {
                    longest = new Mention(node.entry, start, at);
                } else if (node.declinedEntry != null && endsDeclined(text, at)) {
                    longest = new Mention(node.declinedEntry, start, at);
                }
            }
        }
        return longest;
    }

    /**
     * Whether a name may end at {@code at}: the word ends there, or what follows is a grammatical ending
     * of the name's language, which the mention leaves out. Korean writes its particles onto the name
     * ("김정은이", "평양에서"); Russian declines names by adding an ending ("Путина", "Лавровым").
     */
    private static boolean endsName(String text, int at) {
        if (!isWordCharAt(text, at)) {
            return true;
        }
        int wordEnd = at;
        while (wordEnd < text.length() && isWordChar(text.codePointAt(wordEnd))) {
            wordEnd += Character.charCount(text.codePointAt(wordEnd));
        }
        String rest = text.substring(at, wordEnd);
        Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointBefore(at));
        return switch (script) {
            case HANGUL -> KOREAN_PARTICLES.contains(rest);
            case CYRILLIC -> RUSSIAN_ENDINGS.contains(rest);
            default -> false;
        };
    }

    /**
     * Whether what follows a Russian name's stem, up to the word's end, is an ending of the declension
     * of names in -а and -я ("Москвы", "в Москве", "Россией", "Украину"). The mention leaves it out.
     */
    private static boolean endsDeclined(String text, int at) {
        int wordEnd = at;
        while (wordEnd < text.length() && isWordChar(text.codePointAt(wordEnd))) {
            wordEnd += Character.charCount(text.codePointAt(wordEnd));
        }
        return A_DECLENSION.contains(text.substring(at, wordEnd));
    }

    private static final Set<String> A_DECLENSION = Set.of("ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ею");

    private static final Set<String> KOREAN_PARTICLES = Set.of(
            "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "와", "과", "도", "로", "으로", "께서", "만", "까지", "부터", "보다",
            "처럼", "과의", "와의", "에서의", "이다", "였다", "이었다");

    private static final Set<String> RUSSIAN_ENDINGS =
            Set.of("а", "у", "ом", "ым", "ем", "е", "ы", "ой", "ою", "ю", "и", "ям", "ами", "ах", "ого", "ому");

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(String alias, GazetteerEntry entry) {
        String key = key(alias);
        if (key.isEmpty()) {
            throw new IllegalArgumentException(entry.name() + " has a blank alias");
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        // One spelling naming two entities would make every mention of it a guess.
        if (node.entry != null && !node.entry.equals(entry)) {
            throw new IllegalArgumentException(
                    "the alias \"" + alias + "\" names both " + node.entry.name() + " and " + entry.name());
        }
        node.entry = entry;
        addDeclinedStem(key, entry);
    }

    /**
     * A Russian name whose last word ends in -а or -я changes that letter when declined (Москва,
     * Москвы); its stem is marked, so that it names the entity when one of the declension's endings
     * follows it. Only the last word: "Северная Корея" in the genitive is "Северной Кореи", whose first
     * word is not the alias's, so it is found as written only. A stem two entities share names neither.
     */
    private void addDeclinedStem(String key, GazetteerEntry entry) {
        char last = key.charAt(key.length() - 1);
        if (key.length() < 3
                || (last != 'а' && last != 'я')
                || Character.UnicodeScript.of(key.charAt(key.length() - 2)) != Character.UnicodeScript.CYRILLIC) {
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length() - 1 && node != null; i++) {
            node = node.children.get(key.charAt(i));
        }
        if (node == null || node.ambiguousStem) {
            return;
        }
        if (node.declinedEntry != null && !node.declinedEntry.equals(entry)) {
            node.declinedEntry = null;
            node.ambiguousStem = true;
        } else {
            node.declinedEntry = entry;
        }
    }

    /** An alias as the trie stores it: whitespace runs as one space, apostrophes and hyphens folded. */
    private static String key(String alias) {
        StringBuilder key = new StringBuilder(alias.length());
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (!isSpace(c)) {
                key.append(fold(c));
            } else if (!key.isEmpty() && key.charAt(key.length() - 1) != SPACE) {
                key.append(SPACE);
            }
        }
        return key.toString().stripTrailing();
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u02BC' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    private static boolean isSpace(char c) {
        // Character.isWhitespace leaves out the no-break space that web pages are full of.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int afterSpaces(String text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !isWordChar(text.codePointBefore(at));
    }

    private static boolean isWordCharAt(String text, int at) {
        return at < text.length() && isWordChar(text.codePointAt(at));
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        GazetteerEntry entry;
        /** The entity whose name in -а or -я this is the stem of ({@link #addDeclinedStem}). */
        GazetteerEntry declinedEntry;

        boolean ambiguousStem;
    }
}
