package org.nkrtimeline.topic;

import java.util.List;
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
}
