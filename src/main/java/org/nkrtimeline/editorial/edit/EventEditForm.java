package org.nkrtimeline.editorial.edit;

import java.util.Optional;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.event.EditableEvent;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.i18n.FormErrors;
import org.springframework.validation.Errors;

/**
 * The correction of an event: its title and summary (as a new event's, {@link NewEventForm}) and its
 * dates as an editor types them, as much as is known ("2023-09-12", "2023-09", "2023"), with an end
 * for a range at the same precision, the estimate with its reason, and a source; and the version the
 * form was read at.
 */
public class EventEditForm extends NewEventForm {

    private String start = "";
    private String end = "";
    private boolean estimated;
    private String note = "";
    private String sourceUrl = "";
    private long version;

    static EventEditForm of(EditableEvent event) {
        EventEditForm form = new EventEditForm();
        form.setTitle(event.title());
        form.setSummary(event.summary());
        EventDates dates = event.dates();
        form.start = dates.start() == null ? "" : dates.precision().iso(dates.start());
        form.end = dates.end() == null ? "" : dates.precision().iso(dates.end());
        form.estimated = dates.estimated();
        form.note = dates.note() == null ? "" : dates.note();
        form.sourceUrl = dates.sourceUrl() == null ? "" : dates.sourceUrl();
        form.version = event.version();
        return form;
    }

    /** The dates, if every field is right; each wrong one gets a message in {@code errors}. */
    Optional<EventDates> validateAll(Errors errors) {
        validate(errors);
        DateInput first = date(errors, "start", start);
        DateInput last = date(errors, "end", end);
        if (last != null && first == null && !errors.hasFieldErrors("start")) {
            FormErrors.rejectValue(errors, "start", "range", "editor.eventEdit.error.endWithoutStart");
        }
        if (first != null && last != null) {
            if (first.precision() != last.precision()) {
                FormErrors.rejectValue(errors, "end", "precision", "editor.eventEdit.error.samePrecision");
            } else if (!last.date().isAfter(first.date())) {
                FormErrors.rejectValue(errors, "end", "order", "editor.eventEdit.error.endAfterStart");
            }
        }
        String reason = MetadataForm.checkNote(errors, "note", note);
        if (estimated && first == null && !errors.hasFieldErrors("start")) {
            FormErrors.rejectValue(errors, "start", "estimate", "metadata.error.estimate.date");
        }
        if (estimated && reason == null && !errors.hasFieldErrors("note")) {
            FormErrors.rejectValue(errors, "note", "estimate", "metadata.error.estimate.note");
        }
        String source = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
        if (source != null
                && (source.length() > MetadataForm.MAX_URL
                        || !MetadataForm.WEB_URL.matcher(source).matches())) {
            FormErrors.rejectValue(errors, "sourceUrl", "url", "metadata.error.sourceUrl");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new EventDates(
                first == null ? null : first.date(),
                last == null ? null : last.date(),
                first == null ? DatePrecision.DAY : first.precision(),
                estimated,
                reason,
                source));
    }

    private static DateInput date(Errors errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return DateInput.parse(typed, true);
        } catch (DateInput.InvalidDate invalid) {
            FormErrors.rejectValue(errors, field, "format", invalid.text());
            return null;
        }
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public boolean isEstimated() {
        return estimated;
    }

    public void setEstimated(boolean estimated) {
        this.estimated = estimated;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
