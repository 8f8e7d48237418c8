package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.topic.TopicSummary;

/** Every topic, in the taxonomy's order. */
record TopicList(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TopicItem> topics) {

    @Schema(name = "Topic")
    record TopicItem(
            @Schema(example = "space", requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(example = "Space", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String description,

            @Schema(
                    description = "Public articles filed under it",
                    example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long articleCount,

            @Schema(
                    description = "The timeline of this topic on the site",
                    format = "uri",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String url,

            @Schema(
                    description = "Its articles in this API",
                    format = "uri",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String articlesUrl) {

        static TopicItem of(TopicSummary topic, ApiLinks links) {
            return new TopicItem(
                    topic.slug(),
                    topic.name(),
                    topic.description(),
                    topic.articleCount(),
                    links.topicPage(topic.slug()),
                    links.articles(TimelineFilter.ALL.withTopics(List.of(topic.slug()))));
        }
    }
}
