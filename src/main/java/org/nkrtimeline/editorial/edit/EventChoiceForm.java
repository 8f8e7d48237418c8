package org.nkrtimeline.editorial.edit;

import java.util.Optional;
import org.nkrtimeline.event.ReportRole;
import org.nkrtimeline.i18n.FormErrors;
import org.springframework.validation.Errors;

/** The choice of an existing event for an article: the proposal or another, and the report's role. */
public class EventChoiceForm {

    private String event = "";
    private String role = ReportRole.FOLLOW_UP.column();
    /** The id of the article a rewrite copies, when the page found one; recorded with the role rewrite. */
    private String rewriteOf = "";

    static EventChoiceForm of(String event, ReportRole role, Long rewriteOf) {
        EventChoiceForm form = new EventChoiceForm();
        form.event = event == null ? "" : event;
        form.role = role.column();
        form.rewriteOf = rewriteOf == null ? "" : rewriteOf.toString();
        return form;
    }

    /** The copied article's id; null when none was found, or the value is no id (the page never sends one). */
    Long rewriteOfId() {
        return rewriteOf != null && rewriteOf.matches("[1-9][0-9]{0,17}") ? Long.valueOf(rewriteOf) : null;
    }

    public String getRewriteOf() {
        return rewriteOf;
    }

    public void setRewriteOf(String rewriteOf) {
        this.rewriteOf = rewriteOf;
    }

    /** The role chosen, or empty with a message in {@code errors}; an event must be chosen too. */
    Optional<ReportRole> validate(Errors errors) {
        if (event == null || event.isBlank()) {
            FormErrors.rejectValue(errors, "event", "required", "editor.event.error.choose");
        }
        Optional<ReportRole> chosen = ReportRole.fromColumn(role);
        if (chosen.isEmpty()) {
            FormErrors.rejectValue(errors, "role", "unknown", "editor.event.error.role");
        }
        return errors.hasErrors() ? Optional.empty() : chosen;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
