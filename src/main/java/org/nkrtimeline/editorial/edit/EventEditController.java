package org.nkrtimeline.editorial.edit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.event.EditableEvent;
import org.nkrtimeline.event.EventChangedException;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.event.EventField;
import org.nkrtimeline.event.ReportRole;
import org.nkrtimeline.i18n.FormErrors;
import org.nkrtimeline.i18n.SiteText;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' page of an event: its title, dates and summary to correct, what each report is to it
 * (a role to change, or the report to take from the event), and its history.
 */
@Controller
class EventEditController {

    /** The value of the report form's choice that takes the report from the event. */
    static final String NO_EVENT = "none";

    private final EventEditor editor;
    private final SiteText text;

    EventEditController(EventEditor editor, SiteText text) {
        this.editor = editor;
        this.text = text;
    }

    @GetMapping("/editor/events/{slug}")
    String page(@PathVariable String slug, Model model) {
        EditableEvent event = editor.load(slug);
        return page(model, event, EventEditForm.of(event));
    }

    @PostMapping("/editor/events/{slug}")
    String save(
            @PathVariable String slug,
            @ModelAttribute("form") EventEditForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        if (errors.hasFieldErrors("version")) {
            FormErrors.reject(errors, "version", "editor.edit.error.incomplete");
        }
        Optional<EventDates> dates = form.validateAll(errors);
        if (dates.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, event, form);
        }
        try {
            List<EventField> changed = editor.correct(
                    slug, form.getVersion(), form.strippedTitle(), dates.get(), form.strippedSummary(), signedIn.id());
            redirect.addFlashAttribute(
                    "done",
                    changed.isEmpty()
                            ? text.get("editor.edit.saved.nothing")
                            : text.get(
                                    "editor.edit.saved",
                                    changed.stream()
                                            .map(field -> text.get(field.messageKey()))
                                            .collect(Collectors.joining(text.get("editor.edit.saved.separator")))));
            return "redirect:/editor/events/" + slug;
        } catch (EventChangedException changedMeanwhile) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("missed", changedMeanwhile.missedSince(form.getVersion()));
            // The editor's values stay in the form; the version moves on, so saving again is a choice
            // made knowing what the other editor changed.
            form.setVersion(changedMeanwhile.current().version());
            return page(model, changedMeanwhile.current(), form);
        }
    }

    /** A report's new role, or "none" to take it from the event. */
    @PostMapping("/editor/events/{slug}/reports/{article}")
    String changeReport(
            @PathVariable String slug,
            @PathVariable String article,
            @RequestParam(name = "role", required = false) String role,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        EditableEvent.Report report = event.report(article);
        Optional<ReportRole> chosen = ReportRole.fromColumn(role);
        if (report == null || (chosen.isEmpty() && !NO_EVENT.equals(role))) {
            response.setStatus(report == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "refused",
                    report == null
                            ? text.get("editor.eventEdit.error.noSuchReport", article)
                            : text.get("editor.eventEdit.error.role"));
            return page(model, event, EventEditForm.of(event));
        }
        editor.changeReport(slug, article, chosen, signedIn.id());
        redirect.addFlashAttribute(
                "done",
                chosen.map(newRole -> text.get(
                                "editor.eventEdit.roleChanged", report.headline(), text.get(newRole.messageKey())))
                        .orElse(text.get("editor.eventEdit.removed", report.headline())));
        return "redirect:/editor/events/" + slug;
    }

    private static String page(Model model, EditableEvent event, EventEditForm form) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("roles", ReportRole.values());
        return "editor/event-edit";
    }
}
