package org.nkrtimeline.editorial.edit;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.editorial.account.SignedInEditor;
import org.nkrtimeline.event.EditableEvent;
import org.nkrtimeline.event.EventChangedException;
import org.nkrtimeline.event.EventCorrections;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.event.EventField;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.ReportRole;
import org.nkrtimeline.event.RewriteCycleException;
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

    /** Events a page of the editors' list shows. */
    static final int LIST_PAGE = 100;

    /** The value of the report form's choice that takes the report from the event. */
    static final String NO_EVENT = "none";

    private final EventEditor editor;
    private final SiteText text;

    EventEditController(EventEditor editor, SiteText text) {
        this.editor = editor;
        this.text = text;
    }

    /** The events, the newest made first, a page at a time ({@code before}: an event's id). */
    @GetMapping("/editor/events")
    String list(@RequestParam(name = "before", required = false) String before, Model model) {
        Long beforeId = before != null && before.matches("[1-9][0-9]{0,17}") ? Long.valueOf(before) : null;
        List<EventCorrections.Listed> page = editor.list(beforeId, LIST_PAGE + 1);
        model.addAttribute("events", page.stream().limit(LIST_PAGE).toList());
        model.addAttribute(
                "older",
                page.size() > LIST_PAGE
                        ? "/editor/events?before=" + page.get(LIST_PAGE - 1).id()
                        : null);
        return "editor/events";
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

    /**
     * Merges the event into the one at {@code into}: its reports, history and address go there, and
     * the editor goes there too.
     */
    @PostMapping("/editor/events/{slug}/merge")
    String merge(
            @PathVariable String slug,
            @RequestParam(name = "into", required = false) String into,
            @RequestParam(name = "version", required = false) String version,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        String target = address(into);
        model.addAttribute("mergeInto", into);
        if (target.isEmpty() || target.equals(slug)) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.mergeInto");
        }
        if (version == null || !version.matches("[0-9]{1,18}")) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.edit.error.incomplete");
        }
        try {
            int moved = editor.merge(slug, Long.parseLong(version), target, signedIn.id());
            redirect.addFlashAttribute(
                    "done", text.get("editor.eventEdit.merged", moved, text.count(moved), event.title()));
            return "redirect:/editor/events/" + target;
        } catch (EventNotFoundException unknown) {
            return refused(
                    model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.noSuchEvent", target);
        } catch (EventChangedException changedMeanwhile) {
            return refused(
                    model,
                    response,
                    HttpStatus.CONFLICT,
                    changedMeanwhile.current(),
                    "editor.eventEdit.error.mergeStale");
        }
    }

    /** A report moved, with its role, to the event at {@code into}. */
    @PostMapping("/editor/events/{slug}/reports/{article}/move")
    String moveReport(
            @PathVariable String slug,
            @PathVariable String article,
            @RequestParam(name = "into", required = false) String into,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        EditableEvent.Report report = event.report(article);
        String target = address(into);
        if (report == null) {
            return refused(
                    model, response, HttpStatus.NOT_FOUND, event, "editor.eventEdit.error.noSuchReport", article);
        }
        if (target.isEmpty() || target.equals(slug)) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.moveTo");
        }
        try {
            editor.moveReport(slug, article, target, signedIn.id());
        } catch (EventNotFoundException unknown) {
            return refused(
                    model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.noSuchEvent", target);
        }
        redirect.addFlashAttribute("done", text.get("editor.eventEdit.moved", report.headline(), target));
        return "redirect:/editor/events/" + slug;
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
        if (report == null) {
            return refused(
                    model, response, HttpStatus.NOT_FOUND, event, "editor.eventEdit.error.noSuchReport", article);
        }
        if (chosen.isEmpty() && !NO_EVENT.equals(role)) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.role");
        }
        editor.changeReport(slug, article, chosen, signedIn.id());
        redirect.addFlashAttribute(
                "done",
                chosen.map(newRole -> text.get(
                                "editor.eventEdit.roleChanged", report.headline(), text.get(newRole.messageKey())))
                        .orElse(text.get("editor.eventEdit.removed", report.headline())));
        return "redirect:/editor/events/" + slug;
    }

    /** The report a rewrite was written from: another report of the event, by address, or "none". */
    @PostMapping("/editor/events/{slug}/reports/{article}/original")
    String nameOriginal(
            @PathVariable String slug,
            @PathVariable String article,
            @RequestParam(name = "original", required = false) String original,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        EditableEvent.Report report = event.report(article);
        if (report == null) {
            return refused(
                    model, response, HttpStatus.NOT_FOUND, event, "editor.eventEdit.error.noSuchReport", article);
        }
        if (report.role() != ReportRole.REWRITE) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.notARewrite");
        }
        Optional<String> named = NO_EVENT.equals(original) ? Optional.empty() : Optional.ofNullable(original);
        EditableEvent.Report originalReport = named.map(event::report).orElse(null);
        if (original == null
                || (named.isPresent()
                        && (originalReport == null || originalReport.articleId() == report.articleId()))) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.original");
        }
        try {
            editor.nameOriginal(slug, article, named, signedIn.id());
        } catch (RewriteCycleException cycle) {
            return refused(
                    model,
                    response,
                    HttpStatus.BAD_REQUEST,
                    event,
                    "editor.eventEdit.error.cycle",
                    report.headline(),
                    originalReport.headline());
        }
        redirect.addFlashAttribute(
                "done",
                originalReport == null
                        ? text.get("editor.eventEdit.originalUnknown", report.headline())
                        : text.get("editor.eventEdit.originalNamed", report.headline(), originalReport.headline()));
        return "redirect:/editor/events/" + slug;
    }

    /** The chosen reports split off into a new event, with the editor's title and summary. */
    @PostMapping("/editor/events/{slug}/split")
    String split(
            @PathVariable String slug,
            @RequestParam(name = "report", required = false) List<String> chosen,
            @RequestParam(name = "version", required = false) String version,
            @ModelAttribute("splitForm") NewEventForm splitForm,
            BindingResult errors,
            @AuthenticationPrincipal SignedInEditor signedIn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditableEvent event = editor.load(slug);
        List<String> reports = chosen == null ? List.of() : chosen;
        model.addAttribute("splitChosen", reports);
        if (version == null || !version.matches("[0-9]{1,18}")) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.edit.error.incomplete");
        }
        boolean allKnown = reports.stream().allMatch(article -> event.report(article) != null);
        if (reports.isEmpty()
                || !allKnown
                || Set.copyOf(reports).size() >= event.reports().size()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, event, "editor.eventEdit.error.split");
        }
        if (!splitForm.validate(errors)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, event, EventEditForm.of(event));
        }
        try {
            EventCorrections.Split split = editor.split(
                    slug,
                    Long.parseLong(version),
                    reports,
                    splitForm.strippedTitle(),
                    splitForm.strippedSummary(),
                    signedIn.id());
            redirect.addFlashAttribute(
                    "done",
                    text.get(
                            "editor.eventEdit.splitDone",
                            split.reports().size(),
                            text.count(split.reports().size()),
                            event.title()));
            return "redirect:/editor/events/" + split.slug();
        } catch (EventChangedException changedMeanwhile) {
            return refused(
                    model,
                    response,
                    HttpStatus.CONFLICT,
                    changedMeanwhile.current(),
                    "editor.eventEdit.error.splitStale");
        }
    }

    /** An event's address as typed into a form: as the addresses are written, lower-case. */
    private static String address(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The event's page again, with {@code status} and what was refused and why; nothing changed. */
    private String refused(
            Model model,
            HttpServletResponse response,
            HttpStatus status,
            EditableEvent event,
            String messageKey,
            Object... args) {
        response.setStatus(status.value());
        model.addAttribute("refused", text.get(messageKey, args));
        return page(model, event, EventEditForm.of(event));
    }

    private static String page(Model model, EditableEvent event, EventEditForm form) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        if (!model.containsAttribute("splitForm")) {
            model.addAttribute("splitForm", new NewEventForm());
        }
        model.addAttribute("roles", ReportRole.values());
        return "editor/event-edit";
    }
}
