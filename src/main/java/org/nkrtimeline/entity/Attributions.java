package org.nkrtimeline.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.source.Sentences;

/**
 * Finds whom a text attributes its information to: a known entity in a reporting phrase, "reported by
 * the KCNA state news agency", "according to TASS", "South Korean intelligence suggesting…", "Peskov
 * said". Only the gazetteer's entities count, found by the {@link EntityRecogniser}, so a phrase
 * never names a source the site cannot link to. English news phrasing, matched by patterns: a
 * reading aid, not an analysis (docs/provenance.md says what it misses).
 */
public final class Attributions {

    /** The phrase just before the entity: "according to (the) KCNA". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:according\\s+to|reported\\s+by|cited\\s+by|quoted\\s+by|citing|quoting)\\s+(?:the\\s+)?\\z",
            Pattern.CASE_INSENSITIVE);

    /**
     * The verb just after the entity, maybe after a possessive and a few words that say what kind of
     * source it is: "KCNA state news agency reported", "Russia's foreign ministry said". Any other word
     * in between breaks it, so "Russia's invasion was reported" attributes nothing to Russia.
     */
    private static final Pattern AFTER = Pattern.compile(
            "\\A(?:['’]s)?"
                    + "(?:\\s+(?:state|news|agency|media|official|officials|spokesman|spokeswoman|spokesperson"
                    + "|foreign|defence|defense|ministry|government|spy|intelligence|service)){0,3}"
                    + "\\s+(?:said|says|reported|reports|told|quoted|cited|stated|announced|confirmed|claimed|claims"
                    + "|suggesting|suggested|suggests)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Farther than any phrase above reaches: the patterns look at no more of a long sentence. */
    private static final int CONTEXT = 120;

    private final EntityRecogniser recogniser;

    /** Attributions to these entities only: an article's own, so each links to a page that lists it. */
    public Attributions(List<GazetteerEntry> entities) {
        this.recogniser = new EntityRecogniser(entities);
    }

    /** Each entity the texts attribute information to, once, with the first sentence that does, in text order. */
    public List<Attribution> find(List<String> texts) {
        Map<GazetteerEntry, Attribution> found = new LinkedHashMap<>();
        for (String text : texts) {
            for (String sentence : Sentences.split(text)) {
                for (Mention mention : recogniser.find(sentence)) {
                    if (!found.containsKey(mention.entity()) && attributes(sentence, mention)) {
                        found.put(mention.entity(), new Attribution(mention.entity(), sentence));
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean attributes(String sentence, Mention mention) {
        String before = sentence.substring(Math.max(0, mention.start() - CONTEXT), mention.start());
        String after = sentence.substring(mention.end(), Math.min(sentence.length(), mention.end() + CONTEXT));
        return BEFORE.matcher(before).find() || AFTER.matcher(after).find();
    }
}
