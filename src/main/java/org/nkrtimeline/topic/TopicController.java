package org.nkrtimeline.topic;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TopicController {

    private final TopicRepository topics;

    TopicController(TopicRepository topics) {
        this.topics = topics;
    }

    @GetMapping("/topics")
    String topics(Model model) {
        model.addAttribute("topics", topics.findAllSummariesInOrder());
        return "topics";
    }
}
