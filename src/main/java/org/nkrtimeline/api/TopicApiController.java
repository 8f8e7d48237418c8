package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nkrtimeline.topic.TopicRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Topics")
class TopicApiController {

    private final TopicRepository topics;
    private final ApiLinks links;

    TopicApiController(TopicRepository topics, ApiLinks links) {
        this.topics = topics;
        this.links = links;
    }

    @GetMapping(path = ApiLinks.V1 + "/topics", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listTopics",
            summary = "Every topic, in the taxonomy's order, with its number of articles")
    @ApiResponse(responseCode = "200", description = "The topics")
    TopicList topics() {
        return new TopicList(topics.findAllSummariesInOrder().stream()
                .map(topic -> TopicList.TopicItem.of(topic, links))
                .toList());
    }
}
