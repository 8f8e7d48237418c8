package org.nkrtimeline.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    @Query("""
            select new org.nkrtimeline.topic.TopicSummary(t.slug, t.name, t.description,
                    sum(case when a.hidden = false then 1 else 0 end))
            from Article a right join a.topics t
            group by t.id, t.slug, t.name, t.description, t.position
            order by t.position
            """)
    List<TopicSummary> findAllSummariesInOrder();

    List<Topic> findAllByOrderByPosition();

    /**
     * Every topic's name by its slug, in taxonomy order: what the editors' forms offer, accept and
     * write into an article's history.
     */
    default Map<String, String> namesBySlug() {
        Map<String, String> names = new LinkedHashMap<>();
        findAllByOrderByPosition().forEach(topic -> names.put(topic.getSlug(), topic.getName()));
        return names;
    }
}
