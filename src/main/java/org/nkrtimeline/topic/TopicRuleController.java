package org.nkrtimeline.topic;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' page of topic rules: the phrases that propose each topic for new articles. */
@Controller
class TopicRuleController {

    static final int MAX_PHRASE = 100;

    private final TopicRuleRepository rules;

    TopicRuleController(TopicRuleRepository rules) {
        this.rules = rules;
    }

    @GetMapping("/editor/topic-rules")
    String list(Model model) {
        model.addAttribute("topics", rules.findAllRules());
        return "editor/topic-rules";
    }

    @PostMapping("/editor/topic-rules")
    String add(@RequestParam(name = "topic", defaultValue = "") String topic,
               @RequestParam(name = "phrase", defaultValue = "") String typed,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String phrase = typed.strip();
        String problem = null;
        if (phrase.isEmpty()) {
            problem = "Type a word or phrase.";
        } else if (phrase.length() > MAX_PHRASE || phrase.chars().anyMatch(Character::isISOControl)) {
            problem = "A phrase is one line of at most %d characters.".formatted(MAX_PHRASE);
        } else if (!rules.hasWords(phrase)) {
            problem = "“%s” has no word a text could match: common words such as “the” and punctuation are ignored."
                    .formatted(phrase);
        } else if (rules.exists(topic, phrase)) {
            problem = "The topic already has the phrase “%s”.".formatted(phrase);
        } else if (!rules.add(topic, phrase)) {
            problem = "Choose a topic from the list.";
        }
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            model.addAttribute("chosenTopic", topic);
            model.addAttribute("phrase", typed);
            return list(model);
        }
        redirect.addFlashAttribute("saved", "Added “%s”. New imports are proposed the topic when their text has it."
                .formatted(phrase));
        return "redirect:/editor/topic-rules#topic-" + topic;
    }

    @PostMapping("/editor/topic-rules/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", rules.delete(id) ? "The rule was deleted." : "That rule was already deleted.");
        return "redirect:/editor/topic-rules";
    }
}
