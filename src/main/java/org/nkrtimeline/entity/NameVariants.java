package org.nkrtimeline.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reader's search in the spellings they know: a word or phrase of the search that is one of the
 * gazetteer's variants (김정은, Шойгу, Kim Jong Eun, Phyongyang: V29) is searched together with the
 * entity's English names, which the articles are written in ("Шойгу" becomes {@code "Шойгу" or "Sergei
 * Shoigu" or "Shoigu" or "Sergey Shoigu"}); excluded ({@code -Шойгу}), all of them are excluded. The
 * rewritten search goes through the same search syntax as any other (index.SearchSyntax).
 *
 * <p>Matching ignores case, accents and stress marks ("Шойгу́"), and treats any run of spaces and
 * hyphens alike; a variant matches whole words only. An English name that is one word of another
 * entity's name ("Kim") is left out of the expansion, which would otherwise find every Kim. Read once,
 * and again only after the gazetteer changed ({@link GazetteerVersion}).
 */
@Component
public class NameVariants {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–]+");

    private final JdbcClient jdbc;
    private final ReadUntilChanged<Map<String, Names>> byVariant = new ReadUntilChanged<>(this::read);

    NameVariants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A search with its variants expanded.
     *
     * @param query        the search to run
     * @param alsoSearched the entities' English names searched besides what the reader typed, in order
     */
    public record Expansion(String query, List<String> alsoSearched) {

        public boolean expanded() {
            return !alsoSearched.isEmpty();
        }
    }

    record Names(String variant, List<String> english) {}

    record Row(String entity, String alias, boolean variant) {}

    /** {@code query} with every variant it names expanded into the entity's English names. */
    public Expansion expand(String query) {
        return expand(query, load());
    }

    static Expansion expand(String query, Map<String, Names> variants) {
        if (query == null || variants.isEmpty()) {
            return new Expansion(query, List.of());
        }
        StringBuilder out = new StringBuilder();
        Set<String> also = new LinkedHashSet<>();
        int at = 0;
        while (at < query.length()) {
            char c = query.charAt(at);
            if (c == '"') {
                int end = query.indexOf('"', at + 1);
                int close = end < 0 ? query.length() : end + 1;
                String phrase = query.substring(at + 1, end < 0 ? query.length() : end);
                Names names = variants.get(key(phrase));
                boolean negated = isNegated(query, at);
                if (names != null) {
                    replaceLastMinus(out, negated);
                    out.append(alternatives(names, negated));
                    also.addAll(names.english());
                } else {
                    out.append(query, at, close);
                }
                at = close;
                continue;
            }
            if (startsWord(query, at)) {
                Match match = longestAt(query, at, variants);
                if (match != null) {
                    boolean negated = isNegated(query, at);
                    replaceLastMinus(out, negated);
                    out.append(alternatives(match.names(), negated));
                    also.addAll(match.names().english());
                    at = match.end();
                    continue;
                }
            }
            out.append(c);
            at++;
        }
        return new Expansion(out.toString(), List.copyOf(also));
    }

    private record Match(Names names, int end) {}

    /** The longest variant that starts at {@code at} and ends at a word's end. */
    private static Match longestAt(String query, int at, Map<String, Names> variants) {
        Match best = null;
        int end = at;
        int words = 0;
        while (end < query.length() && words < 6) {
            int wordEnd = end;
            while (wordEnd < query.length() && !isSeparator(query.charAt(wordEnd)) && query.charAt(wordEnd) != '"') {
                wordEnd++;
            }
            if (wordEnd == end) {
                break;
            }
            Names names = variants.get(key(query.substring(at, wordEnd)));
            if (names != null) {
                best = new Match(names, wordEnd);
            }
            words++;
            end = wordEnd;
            while (end < query.length() && isSeparator(query.charAt(end))) {
                end++;
            }
        }
        return best;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–';
    }

    private static boolean startsWord(String query, int at) {
        return at == 0 || isSeparator(query.charAt(at - 1)) || query.charAt(at - 1) == '"';
    }

    /** A minus right before the term, itself at a word's start: the syntax's exclusion. */
    private static boolean isNegated(String query, int at) {
        return at > 0 && query.charAt(at - 1) == '-' && (at == 1 || Character.isWhitespace(query.charAt(at - 2)));
    }

    private static void replaceLastMinus(StringBuilder out, boolean negated) {
        if (negated) {
            out.setLength(out.length() - 1);
        }
    }

    private static String alternatives(Names names, boolean negated) {
        List<String> all = new ArrayList<>();
        all.add(names.variant());
        all.addAll(names.english());
        List<String> quoted =
                all.stream().map(name -> (negated ? "-\"" : "\"") + name + "\"").toList();
        return String.join(negated ? " " : " or ", quoted);
    }

    /** How a variant is compared: no case, no accents or stress marks, one space between words. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        String composed = Normalizer.normalize(bare, Normalizer.Form.NFC);
        return SEPARATORS.matcher(composed.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Read again at the next use: the database's gazetteer has changed. */
    void forget() {
        byVariant.forget();
    }

    private Map<String, Names> load() {
        return byVariant.get();
    }

    private Map<String, Names> read() {
        return build(jdbc.sql("""
                        select e.slug, a.alias, a.variant
                        from entity_alias a join entity e on e.id = a.entity_id
                        order by e.slug, a.variant, (a.alias = e.name) desc, a.alias
                        """)
                .query((rs, n) -> new Row(rs.getString("slug"), rs.getString("alias"), rs.getBoolean("variant")))
                .list());
    }

    /**
     * Each variant with its entity's English names, the entity's own name first; an English name that
     * is a single word of another entity's English name is left out.
     */
    static Map<String, Names> build(List<Row> rows) {
        Map<String, List<String>> english = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!row.variant()) {
                english.computeIfAbsent(row.entity(), slug -> new ArrayList<>()).add(row.alias());
            }
        }
        Map<String, Set<String>> wordsOfOthers = new LinkedHashMap<>();
        english.forEach((slug, names) -> {
            Set<String> words = new HashSet<>();
            english.forEach((other, otherNames) -> {
                if (!other.equals(slug)) {
                    otherNames.forEach(name -> words.addAll(List.of(key(name).split(" "))));
                }
            });
            wordsOfOthers.put(slug, words);
        });
        Map<String, Names> byVariant = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.variant()) {
                List<String> names = english.getOrDefault(row.entity(), List.of()).stream()
                        .filter(name -> key(name).contains(" ")
                                || !wordsOfOthers.get(row.entity()).contains(key(name)))
                        .toList();
                byVariant.put(key(row.alias()), new Names(row.alias(), names));
            }
        }
        return Map.copyOf(byVariant);
    }
}
