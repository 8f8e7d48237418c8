package org.nkrtimeline.article;

import jakarta.servlet.http.HttpServletRequest;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.EditorRole;
import org.nkrtimeline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    /**
     * The article's page; at a former address of the article, a permanent redirect to its current one,
     * with the reader's filter.
     */
    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, TimelineFilter filter, HttpServletRequest request, Model model) {
        boolean forEditor = EditorRole.isSignedIn(request);
        try {
            model.addAttribute("articlePage", articles.page(slug, filter, forEditor));
            return new ModelAndView("article");
        } catch (ArticleNotFoundException notFound) {
            String current = articles.currentSlug(slug, forEditor).orElseThrow(() -> notFound);
            return new ModelAndView(Redirects.movedPermanently(filter.link("/articles/" + current)));
        }
    }
}
