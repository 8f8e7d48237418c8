package org.nkrtimeline.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The gazetteer as the pages use it, read from the database once: only migrations change the
 * entities and their aliases, never the running application, so an article page needs no query
 * for the names, kinds and aliases of the entities it mentions.
 */
@Component
public class Gazetteer {

    private final EntityRepository entities;
    private volatile Map<Long, GazetteerEntry> byId;

    Gazetteer(EntityRepository entities) {
        this.entities = entities;
    }

    /** The entities of an article's mention counts (by entity id), most mentioned first, then by name. */
    public List<MentionedEntity> mentioned(Map<Long, Integer> mentionCounts) {
        Map<Long, GazetteerEntry> known = entries();
        return mentionCounts.entrySet().stream()
                .filter(count -> known.containsKey(count.getKey()))
                .map(count -> new MentionedEntity(known.get(count.getKey()), count.getValue()))
                .sorted(Comparator.comparingInt(MentionedEntity::mentions).reversed()
                        .thenComparing(mentioned -> mentioned.entity().name()))
                .toList();
    }

    private Map<Long, GazetteerEntry> entries() {
        Map<Long, GazetteerEntry> loaded = byId;
        if (loaded == null) {
            loaded = entities.findGazetteer().stream().collect(Collectors.toUnmodifiableMap(GazetteerEntry::id, Function.identity()));
            byId = loaded;
        }
        return loaded;
    }
}
