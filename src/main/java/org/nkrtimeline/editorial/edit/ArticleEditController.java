package org.nkrtimeline.editorial.edit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.i18n.FormErrors;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.topic.TopicRepository;
import org.nkrtimeline.topic.TopicRuleRepository;
import org.nkrtimeline.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' pages for one article: its edit form and its history. */
@Controller
class ArticleEditController {

    private final ArticleEditor editor;
    private final ArticleChangeRepository changes;
    private final TopicRepository topics;
    private final TopicRuleRepository topicRules;
    private final SiteText text;

    ArticleEditController(
            ArticleEditor editor,
            ArticleChangeRepository changes,
            TopicRepository topics,
            TopicRuleRepository topicRules,
            SiteText text) {
        this.editor = editor;
        this.changes = changes;
        this.topics = topics;
        this.topicRules = topicRules;
        this.text = text;
    }

    @GetMapping("/editor/articles")
    String list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "before", required = false) Long before,
            Model model) {
        String headlineQuery = query == null ? "" : query.strip();
        if (headlineQuery.length() > 200) {
            headlineQuery = headlineQuery.substring(0, 200);
        }
        List<EditorListEntry> entries = editor.list(headlineQuery, before, EditorListEntry.PAGE_SIZE + 1);
        model.addAttribute("query", headlineQuery);
        model.addAttribute("awaitingCount", editor.countAwaitingReview());
        model.addAttribute(
                "entries", entries.stream().limit(EditorListEntry.PAGE_SIZE).toList());
        model.addAttribute(
                "olderBefore",
                entries.size() > EditorListEntry.PAGE_SIZE
                        ? entries.get(EditorListEntry.PAGE_SIZE - 1).id()
                        : null);
        return "editor/articles";
    }

    /** The edit form; at a former address of the article, a permanent redirect to the current one. */
    @GetMapping("/editor/articles/{slug}")
    ModelAndView form(@PathVariable String slug, Model model) {
        EditableArticle article = editor.load(slug);
        if (!article.slug().equals(slug)) {
            return new ModelAndView(Redirects.movedPermanently("/editor/articles/" + article.slug()));
        }
        return new ModelAndView(form(model, article, ArticleEditForm.of(article)));
    }

    @PostMapping("/editor/articles/{slug}")
    String save(
            @PathVariable String slug,
            @ModelAttribute("form") ArticleEditForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableArticle article = editor.load(slug);
        Set<String> entities = new LinkedHashSet<>(form.getEntities());
        if (!editor.entityNames().keySet().containsAll(entities)) {
            FormErrors.rejectValue(errors, "entities", "unknown", "editor.edit.error.entities");
        }
        if (form.getVersion() == null || errors.hasFieldErrors("version")) {
            FormErrors.reject(errors, "version", "editor.edit.error.incomplete");
        }
        errors.pushNestedPath("metadata");
        ArticleMetadata metadata =
                form.getMetadata().validate(errors, topics.namesBySlug().keySet());
        errors.popNestedPath();
        ArticleSource source = form.validateSource(errors);
        if (form.isPublish()
                && article.awaitingReview()
                && metadata != null
                && HeadlinePlaceholder.is(metadata.headline(), article.sourceFile())) {
            FormErrors.rejectValue(
                    errors,
                    "metadata.headline",
                    "placeholder",
                    "metadata.error.headline.placeholder",
                    article.sourceFile());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, article, form);
        }
        try {
            ArticleEditor.Saved saved = editor.save(
                    slug,
                    form.getVersion(),
                    metadata,
                    source,
                    entities,
                    form.isHidden(),
                    form.isPublish(),
                    signedIn.id());
            List<ArticleField> changed = saved.changed();
            redirect.addFlashAttribute(
                    "saved",
                    changed.isEmpty()
                            ? text.get("editor.edit.saved.nothing")
                            : text.get(
                                    "editor.edit.saved",
                                    changed.stream()
                                            .map(field -> text.get(field.labelKey()))
                                            .collect(Collectors.joining(text.get("editor.edit.saved.separator")))));
            // Before its publication the article's address follows its headline.
            return "redirect:/editor/articles/" + saved.slug();
        } catch (EditConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("missed", conflict.missed());
            // The editor's values stay in the form; the version moves on, so saving again is a choice
            // made knowing what the other editor changed.
            form.setVersion(conflict.current().version());
            return form(model, conflict.current(), form);
        }
    }

    @GetMapping("/editor/articles/{slug}/history")
    ModelAndView history(@PathVariable String slug, Model model) {
        EditableArticle article = editor.load(slug);
        if (!article.slug().equals(slug)) {
            return new ModelAndView(Redirects.movedPermanently("/editor/articles/" + article.slug() + "/history"));
        }
        model.addAttribute("article", article);
        model.addAttribute("changes", changes.findByArticle(article.id()));
        return new ModelAndView("editor/article-history");
    }

    private String form(Model model, EditableArticle article, ArticleEditForm form) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("topicNames", topics.namesBySlug());
        model.addAttribute("entityNames", editor.entityNames());
        // What the rules say now, beside what the article has: rules may have changed since its import.
        model.addAttribute("proposedTopics", topicRules.proposeTopics(article.id()));
        return "editor/article-edit";
    }
}
