package org.nkrtimeline.editorial.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.entity.Script;
import org.springframework.stereotype.Component;

/**
 * Spellings of an entity's name in the other alphabets, proposed by ICU4J's transliterators for an
 * editor to check: nothing proposed is used until an editor confirms it (docs/search.md).
 *
 * <ul>
 *   <li>English to Cyrillic: ICU's Latin-Cyrillic, which reads ISO 9 letters, after a few rules (ICU's
 *       own rule syntax) that turn English transcriptions of Russian into them ("sh" is ш, "ei" ей), so
 *       that "Sergei Shoigu" is proposed as "Сергей Шойгу";
 *   <li>English to Hangul: ICU's Latin-Hangul, which spells letters rather than sounds: a Korean name's
 *       usual Hangul ("Kim Jong Un", 김정은) and a foreign name's Korean transcription usually need
 *       correcting;
 *   <li>Hangul to Latin: ICU's Hangul-Latin (Revised Romanization);
 *   <li>Cyrillic to Latin: ICU's Russian-Latin/BGN, the romanisation of the US and UK names boards;
 *   <li>accents dropped: ICU's Latin-ASCII ("Kim Chŏng-ŭn" is also written "Kim Chong-un").
 * </ul>
 *
 * A proposal the entity already has, in any case, is left out.
 */
@Component
class SpellingProposals {

    /** A spelling to confirm: in which script, made from which of the entity's names, and how. */
    record Proposal(String spelling, Script script, String from, String method) {}

    private static final String ENGLISH_TO_RUSSIAN = String.join(
            "\n",
            ":: NFC ;",
            ":: Lower ;",
            "$end = [^[:L:][:M:]] ;",
            "shch > šč ;",
            "sh > š ;",
            "ch > č ;",
            "zh > ž ;",
            "kh > h ;",
            "ts > c ;",
            "ph > f ;",
            "ck > k ;",
            "x > ks ;",
            "w > v ;",
            "c } [^eiy] > k ;",
            "yu > û ;",
            "ya > â ;",
            "yo > ë ;",
            "ye > e ;",
            "ia > iâ ;",
            "[kgh] { y } $end > ий ;",
            "[kgh] { y } $ > ий ;",
            "[^aeiou] { y } $end > ый ;",
            "[^aeiou] { y } $ > ый ;",
            "[aeiou] { i } [^aeiou] > j ;",
            "[aeiou] { i } $ > j ;",
            "[aeiou] { y } > j ;",
            "y } [aeiou] > j ;",
            ":: Latin-Cyrillic ;",
            ":: Title ;");

    private enum Method {
        ENGLISH_TO_CYRILLIC(Script.LATIN, Script.CYRILLIC, "ICU4J Latin-Cyrillic, after English-to-ISO 9 rules"),
        ENGLISH_TO_HANGUL(Script.LATIN, Script.HANGUL, "ICU4J Latin-Hangul"),
        WITHOUT_ACCENTS(Script.LATIN, Script.LATIN, "ICU4J Latin-ASCII"),
        HANGUL_TO_LATIN(Script.HANGUL, Script.LATIN, "ICU4J Hangul-Latin (Revised Romanization)"),
        CYRILLIC_TO_LATIN(Script.CYRILLIC, Script.LATIN, "ICU4J Russian-Latin/BGN");

        final Script from;
        final Script to;
        final String description;

        Method(Script from, Script to, String description) {
            this.from = from;
            this.to = to;
            this.description = description;
        }

        /** A new one each time: ICU's transliterators are not meant to be shared between threads. */
        Transliterator transliterator() {
            return switch (this) {
                case ENGLISH_TO_CYRILLIC ->
                    Transliterator.createFromRules("English-Russian", ENGLISH_TO_RUSSIAN, Transliterator.FORWARD);
                case ENGLISH_TO_HANGUL -> Transliterator.getInstance("Latin-Hangul");
                case WITHOUT_ACCENTS -> Transliterator.getInstance("Latin-ASCII");
                case HANGUL_TO_LATIN -> Transliterator.getInstance("Hangul-Latin; Title");
                case CYRILLIC_TO_LATIN -> Transliterator.getInstance("Russian-Latin/BGN");
            };
        }
    }

    /**
     * The proposals for an entity: from its English name to Cyrillic and Hangul (its other English
     * spellings are left alone: they would propose the same names again with other errors), from each
     * of its Hangul and Cyrillic spellings to Latin, and every Latin spelling without its accents.
     *
     * @param name      the entity's name, in English
     * @param spellings every spelling it has, its name included
     */
    List<Proposal> propose(String name, List<String> spellings) {
        Set<String> known =
                spellings.stream().map(SpellingProposals::comparable).collect(Collectors.toCollection(HashSet::new));
        known.add(comparable(name));
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        for (Method method : Method.values()) {
            for (String from : sources(method, name, spellings)) {
                String spelling = method.transliterator().transliterate(from).strip();
                if (Script.of(spelling).orElse(null) == method.to && !known.contains(comparable(spelling))) {
                    proposals.putIfAbsent(
                            comparable(spelling), new Proposal(spelling, method.to, from, method.description));
                }
            }
        }
        return List.copyOf(proposals.values());
    }

    /** Case and spacing aside; accents count, since the recogniser reads "Chŏng" and "Chong" apart. */
    private static String comparable(String spelling) {
        return Normalizer.normalize(spelling, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> sources(Method method, String name, List<String> spellings) {
        List<String> sources = new ArrayList<>();
        if (method == Method.ENGLISH_TO_CYRILLIC || method == Method.ENGLISH_TO_HANGUL) {
            sources.add(name);
        } else {
            spellings.stream()
                    .filter(spelling -> Script.of(spelling).orElse(null) == method.from)
                    .forEach(sources::add);
        }
        return sources;
    }
}
