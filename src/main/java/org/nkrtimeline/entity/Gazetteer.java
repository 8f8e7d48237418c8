package org.nkrtimeline.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gazetteer as the application uses it: read from the database once, with its recogniser built
 * once, and again only after it changed ({@link GazetteerVersion}): editors add an entity or a
 * spelling a few times a month, while every import and article page reads it. The article page needs
 * no query for the names of the entities it mentions, and the import and the editors find names
 * without reading the gazetteer again.
 */
@Component
public class Gazetteer {

    private static final Comparator<MentionedEntity> MOST_MENTIONED_FIRST = Comparator.comparingInt(
                    MentionedEntity::mentions)
            .reversed()
            .thenComparing(mentioned -> mentioned.entity().name());

    private final JdbcClient jdbc;
    private final ReadUntilChanged<Loaded> loaded = new ReadUntilChanged<>(this::read);

    Gazetteer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entities of an article's mention counts (by entity id), most mentioned first, then by name. */
    public List<MentionedEntity> mentioned(Map<Long, Integer> mentionCounts) {
        Map<Long, GazetteerEntry> byId = load().byId();
        return mentionCounts.entrySet().stream()
                .filter(count -> byId.containsKey(count.getKey()))
                .map(count -> new MentionedEntity(byId.get(count.getKey()), count.getValue()))
                .sorted(MOST_MENTIONED_FIRST)
                .toList();
    }

    /** The entities a headline and body name, and how often, most mentioned first, then by name. */
    public List<MentionedEntity> named(String headline, List<String> bodyTexts) {
        return load().tagger().count(headline, bodyTexts).entrySet().stream()
                .map(count -> new MentionedEntity(count.getKey(), count.getValue()))
                .sorted(MOST_MENTIONED_FIRST)
                .toList();
    }

    /**
     * Stores which entities a stored article names ({@link EntityTagger#tag}), in the caller's
     * transaction; a database error is Spring's, so it rolls the transaction back.
     */
    public void tag(long articleId, String headline, List<String> bodyTexts) {
        load().tagger().tag(jdbc, articleId, headline, bodyTexts);
    }

    /** Read again at the next use: the database's gazetteer has changed. */
    void forget() {
        loaded.forget();
    }

    private Loaded load() {
        return loaded.get();
    }

    private Loaded read() {
        List<GazetteerEntry> entries = EntityTagger.loadGazetteer(jdbc);
        return new Loaded(
                entries.stream().collect(Collectors.toUnmodifiableMap(GazetteerEntry::id, Function.identity())),
                new EntityTagger(new EntityRecogniser(entries)));
    }

    private record Loaded(Map<Long, GazetteerEntry> byId, EntityTagger tagger) {}
}
