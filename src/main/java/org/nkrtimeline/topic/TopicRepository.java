package org.nkrtimeline.topic;

import org.springframework.data.repository.Repository;

/**
 * The topics as pages and forms read them. Its queries are SQL run with JdbcClient
 * ({@link TopicQueriesImpl}); JPA maps topics only as part of the article aggregate. It stays a
 * Spring Data interface, with no methods of Spring Data's own, because that is where Spring Data's
 * test slices ({@code @DataJpaTest}, as in SeedMigrationTest) look for repositories.
 */
public interface TopicRepository extends Repository<Topic, Long>, TopicQueries {}
