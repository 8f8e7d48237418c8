package org.nkrtimeline.topic;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.nkrtimeline.i18n.SiteText;
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
    private final SiteText text;

    TopicRuleController(TopicRuleRepository rules, SiteText text) {
        this.rules = rules;
        this.text = text;
    }

    @GetMapping("/editor/topic-rules")
    String list(Model model) {
        model.addAttribute("topics", rules.findAllRules());
        return "editor/topic-rules";
    }

    @PostMapping("/editor/topic-rules")
    String add(
            @RequestParam(name = "topic", defaultValue = "") String topic,
            @RequestParam(name = "phrase", defaultValue = "") String typed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String phrase = typed.strip();
        String problem = problemWith(topic, phrase);
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            model.addAttribute("chosenTopic", topic);
            model.addAttribute("phrase", typed);
            return list(model);
        }
        redirect.addFlashAttribute("saved", text.get("rules.added", phrase));
        return "redirect:/editor/topic-rules#topic-" + topic;
    }

    /** Why the phrase cannot be added, or null once it has been. */
    private String problemWith(String topic, String phrase) {
        if (phrase.isEmpty()) {
            return text.get("rules.error.empty");
        }
        if (phrase.length() > MAX_PHRASE || phrase.chars().anyMatch(Character::isISOControl)) {
            return text.get("rules.error.tooLong", String.valueOf(MAX_PHRASE));
        }
        if (!rules.hasWords(phrase)) {
            return text.get("rules.error.noWords", phrase);
        }
        Optional<String> equivalent = rules.findEquivalent(topic, phrase);
        if (equivalent.isPresent()) {
            return text.get("rules.error.equivalent", equivalent.get());
        }
        return rules.add(topic, phrase) ? null : text.get("rules.error.topic");
    }

    @PostMapping("/editor/topic-rules/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", text.get(rules.delete(id) ? "rules.deleted" : "rules.deleted.already"));
        return "redirect:/editor/topic-rules";
    }
}
