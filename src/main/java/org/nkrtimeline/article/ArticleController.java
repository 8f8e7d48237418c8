package org.nkrtimeline.article;

import jakarta.servlet.http.HttpServletRequest;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.EditorRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, TimelineFilter filter, HttpServletRequest request, Model model) {
        model.addAttribute("page", articles.page(slug, filter, EditorRole.isSignedIn(request)));
        return "article";
    }
}
