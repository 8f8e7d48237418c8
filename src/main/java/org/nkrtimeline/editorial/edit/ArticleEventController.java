package org.nkrtimeline.editorial.edit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.event.AlreadyReportsException;
import org.nkrtimeline.event.EventLink;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.ReportRole;
import org.nkrtimeline.i18n.FormErrors;
import org.nkrtimeline.i18n.SiteText;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' page of an article's event: the proposal to confirm, another event to pick, or a new one. */
@Controller
class ArticleEventController {

    private final ArticleEditor editor;
    private final ArticleEvents events;
    private final SiteText text;

    ArticleEventController(ArticleEditor editor, ArticleEvents events, SiteText text) {
        this.editor = editor;
        this.events = events;
        this.text = text;
    }

    /** The page; at a former address of the article, a permanent redirect to the current one. */
    @GetMapping("/editor/articles/{slug}/event")
    ModelAndView page(@PathVariable String slug, Model model) {
        EditableArticle article = editor.load(slug);
        if (!article.slug().equals(slug)) {
            return new ModelAndView(Redirects.movedPermanently("/editor/articles/" + article.slug() + "/event"));
        }
        ArticleEventPage page = events.page(article);
        return new ModelAndView(page(model, page, choiceOf(page), new NewEventForm()));
    }

    @PostMapping("/editor/articles/{slug}/event/assign")
    ModelAndView assign(
            @PathVariable String slug,
            @ModelAttribute("choice") EventChoiceForm choice,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableArticle article = editor.load(slug);
        Optional<ReportRole> role = choice.validate(errors);
        if (role.isPresent()) {
            try {
                EventLink event = events.assign(
                        article, choice.getEvent().strip(), role.get(), choice.rewriteOfId(), signedIn.id());
                redirect.addFlashAttribute(
                        "done",
                        text.get(
                                "editor.event.assigned",
                                event.title(),
                                text.get(event.role().messageKey())));
                return redirectTo(article);
            } catch (EventNotFoundException unknown) {
                FormErrors.rejectValue(errors, "event", "unknown", "editor.event.error.unknown", choice.getEvent());
            } catch (AlreadyReportsException already) {
                return refused(already, article, model, response);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return new ModelAndView(page(model, events.page(article), choice, new NewEventForm()));
    }

    @PostMapping("/editor/articles/{slug}/event/new")
    ModelAndView create(
            @PathVariable String slug,
            @ModelAttribute("newEvent") NewEventForm newEvent,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableArticle article = editor.load(slug);
        if (newEvent.validate(errors)) {
            try {
                EventLink event =
                        events.create(article, newEvent.strippedTitle(), newEvent.strippedSummary(), signedIn.id());
                redirect.addFlashAttribute("done", text.get("editor.event.created", event.title()));
                return redirectTo(article);
            } catch (AlreadyReportsException already) {
                return refused(already, article, model, response);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ArticleEventPage page = events.page(article);
        return new ModelAndView(page(model, page, choiceOf(page), newEvent));
    }

    /** 409: the article reports an event already (another editor was quicker, or a form was stale). */
    private ModelAndView refused(
            AlreadyReportsException already, EditableArticle article, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute(
                "refused",
                text.get("editor.event.error.already", already.current().title()));
        ArticleEventPage page = events.page(article);
        return new ModelAndView(page(model, page, choiceOf(page), new NewEventForm()));
    }

    private static EventChoiceForm choiceOf(ArticleEventPage page) {
        return EventChoiceForm.of(
                page.proposed() == null ? null : page.proposed().slug(),
                page.defaultRole(),
                page.original() == null ? null : page.original().id());
    }

    private static ModelAndView redirectTo(EditableArticle article) {
        return new ModelAndView(Redirects.seeOther("/editor/articles/" + article.slug() + "/event"));
    }

    private static String page(Model model, ArticleEventPage page, EventChoiceForm choice, NewEventForm newEvent) {
        model.addAttribute("page", page);
        model.addAttribute("choice", choice);
        model.addAttribute("newEvent", newEvent);
        return "editor/article-event";
    }
}
