package org.nkrtimeline.editorial.edit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' start page: the recent changes of every editor. */
@Controller
class EditorHomeController {

    static final int RECENT_CHANGES = 20;

    private final ArticleChangeRepository changes;

    EditorHomeController(ArticleChangeRepository changes) {
        this.changes = changes;
    }

    @GetMapping("/editor")
    String home(Model model) {
        model.addAttribute("changes", changes.findRecent(RECENT_CHANGES));
        return "editor/home";
    }
}
