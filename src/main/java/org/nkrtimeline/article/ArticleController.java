package org.nkrtimeline.article;

import jakarta.servlet.http.HttpServletRequest;
import org.nkrtimeline.timeline.TimelineFilterParser;
import org.nkrtimeline.web.EditorRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params,
                   HttpServletRequest request, Model model) {
        model.addAttribute("page", articles.page(slug, TimelineFilterParser.parse(params),
                EditorRole.isSignedIn(request)));
        return "article";
    }
}
