package org.nkrtimeline.editorial.edit;

import java.util.regex.Pattern;
import org.nkrtimeline.i18n.FormErrors;
import org.springframework.validation.Errors;

/** A new event made from an article: its title and the summary its editor writes (V21's limits). */
public class NewEventForm {

    static final int MAX_TITLE = 120;
    static final int MAX_SUMMARY = 1000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private String title = "";
    private String summary = "";

    /** Whether both fields are right; each wrong one gets a message in {@code errors}. */
    boolean validate(Errors errors) {
        String strippedTitle = stripped(title);
        if (strippedTitle.isEmpty()) {
            FormErrors.rejectValue(errors, "title", "required", "editor.event.error.title.required");
        } else if (characters(strippedTitle) > MAX_TITLE) {
            FormErrors.rejectValue(
                    errors,
                    "title",
                    "length",
                    "editor.event.error.title.length",
                    String.valueOf(MAX_TITLE),
                    String.valueOf(characters(strippedTitle)));
        } else if (CONTROL.matcher(strippedTitle).find()) {
            FormErrors.rejectValue(errors, "title", "line", "editor.event.error.title.line");
        }
        String strippedSummary = stripped(summary);
        if (strippedSummary.isEmpty()) {
            FormErrors.rejectValue(errors, "summary", "required", "editor.event.error.summary.required");
        } else if (characters(strippedSummary) > MAX_SUMMARY) {
            FormErrors.rejectValue(
                    errors,
                    "summary",
                    "length",
                    "editor.event.error.summary.length",
                    String.valueOf(MAX_SUMMARY),
                    String.valueOf(characters(strippedSummary)));
        }
        return !errors.hasErrors();
    }

    String strippedTitle() {
        return stripped(title);
    }

    String strippedSummary() {
        return stripped(summary);
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }

    /** As PostgreSQL's char_length counts them: an emoji is one character, not two UTF-16 units. */
    private static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
