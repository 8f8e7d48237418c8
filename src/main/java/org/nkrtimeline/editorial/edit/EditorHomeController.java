package org.nkrtimeline.editorial.edit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' start page: the articles awaiting review first, with their count, then everyone's recent changes. */
@Controller
class EditorHomeController {

    static final int RECENT_CHANGES = 20;

    /** The articles awaiting review the home page lists; the articles list has them all, first. */
    static final int AWAITING_REVIEW = 20;

    private final ArticleChangeRepository changes;
    private final ArticleEditor editor;

    EditorHomeController(ArticleChangeRepository changes, ArticleEditor editor) {
        this.changes = changes;
        this.editor = editor;
    }

    @GetMapping("/editor")
    String home(Model model) {
        model.addAttribute("awaiting", editor.awaitingReview(AWAITING_REVIEW));
        model.addAttribute("awaitingCount", editor.countAwaitingReview());
        model.addAttribute("changes", changes.findRecent(RECENT_CHANGES));
        return "editor/home";
    }
}
