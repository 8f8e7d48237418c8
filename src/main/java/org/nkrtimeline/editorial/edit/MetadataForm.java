package org.nkrtimeline.editorial.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.i18n.FormErrors;
import org.springframework.validation.Errors;

/**
 * The fields of an article's metadata as typed into a form (the import preview and the edit form
 * share them), kept as typed so a form with a mistake comes back with everything the editor wrote.
 * {@link #validate} checks every field and puts a message next to each one that is wrong.
 */
public class MetadataForm {

    /** As the database's check on article.headline (V1), in characters as PostgreSQL counts them. */
    public static final int MAX_HEADLINE = 120;

    static final int MAX_NOTE = 500;
    static final int MAX_URL = 2000;

    /** As the database's is_web_url (V1): a page never links to javascript: or data: addresses. */
    static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>]+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private String headline = "";
    private String eventDate = "";
    private boolean eventDateEstimated;
    private String eventDateNote = "";
    private String eventDateSourceUrl = "";
    private boolean eventScheduled;
    private String publishedDate = "";
    private String publishedDateNote = "";
    private List<String> topics = new ArrayList<>();

    public static MetadataForm of(ArticleMetadata metadata) {
        MetadataForm form = new MetadataForm();
        ArticleDates dates = metadata.dates();
        form.headline = metadata.headline();
        form.eventDate = orEmpty(dates.eventIso());
        form.eventDateEstimated = dates.eventEstimated();
        form.eventDateNote = orEmpty(dates.eventNote());
        form.eventDateSourceUrl = orEmpty(dates.eventSourceUrl());
        form.eventScheduled = dates.eventScheduled();
        form.publishedDate = orEmpty(dates.publishedIso());
        form.publishedDateNote = orEmpty(dates.publishedNote());
        form.topics = new ArrayList<>(metadata.topics());
        return form;
    }

    /**
     * The metadata the form describes, or null when a field is wrong; each wrong field gets a message
     * in {@code errors} (under the errors' current nested path).
     */
    public ArticleMetadata validate(Errors errors, Set<String> knownTopics) {
        int before = errors.getErrorCount();
        String checkedHeadline = strip(headline);
        if (checkedHeadline.isEmpty()) {
            FormErrors.rejectValue(errors, "headline", "required", "metadata.error.headline.required");
        } else if (characters(checkedHeadline) > MAX_HEADLINE) {
            FormErrors.rejectValue(
                    errors,
                    "headline",
                    "length",
                    "metadata.error.headline.length",
                    String.valueOf(MAX_HEADLINE),
                    String.valueOf(characters(checkedHeadline)));
        } else if (CONTROL.matcher(checkedHeadline).find()) {
            FormErrors.rejectValue(errors, "headline", "line", "metadata.error.headline.line");
        }

        DateInput event = null;
        if (!strip(eventDate).isEmpty()) {
            try {
                event = DateInput.parse(eventDate, true);
            } catch (DateInput.InvalidDate e) {
                FormErrors.rejectValue(errors, "eventDate", "format", e.text());
            }
        }
        String note = checkNote(errors, "eventDateNote", eventDateNote);
        if (eventDateEstimated && strip(eventDate).isEmpty()) {
            FormErrors.rejectValue(errors, "eventDate", "estimate", "metadata.error.estimate.date");
        }
        if (eventDateEstimated && note == null && !errors.hasFieldErrors("eventDateNote")) {
            FormErrors.rejectValue(errors, "eventDateNote", "estimate", "metadata.error.estimate.note");
        }
        String sourceUrl = strip(eventDateSourceUrl).isEmpty() ? null : strip(eventDateSourceUrl);
        if (sourceUrl != null
                && (sourceUrl.length() > MAX_URL || !WEB_URL.matcher(sourceUrl).matches())) {
            FormErrors.rejectValue(errors, "eventDateSourceUrl", "url", "metadata.error.sourceUrl");
        }

        DateInput published = null;
        if (!strip(publishedDate).isEmpty()) {
            try {
                published = DateInput.parse(publishedDate, false);
            } catch (DateInput.InvalidDate e) {
                FormErrors.rejectValue(errors, "publishedDate", "format", e.text());
            }
        }
        String publishedNote = checkNote(errors, "publishedDateNote", publishedDateNote);
        checkScheduled(errors, event, published);

        Set<String> chosen = new LinkedHashSet<>(topics == null ? List.of() : topics);
        if (!knownTopics.containsAll(chosen)) {
            FormErrors.rejectValue(errors, "topics", "unknown", "metadata.error.topics");
        }

        if (errors.getErrorCount() > before) {
            return null;
        }
        ArticleDates dates = new ArticleDates(
                event == null ? null : event.date(),
                event == null ? null : event.precision(),
                eventDateEstimated,
                note,
                sourceUrl,
                published == null ? null : published.date(),
                publishedNote,
                eventScheduled);
        return new ArticleMetadata(checkedHeadline, dates, List.copyOf(chosen));
    }

    /**
     * An article cannot normally report an event after it was published: an event date after the
     * publication date (from the earliest day it could be: a month or a year is stored as its first
     * day) needs the editor's confirmation that the article reports a scheduled event, and the
     * confirmation needs such a date. With a date that could not be read nothing is said here: the
     * date's own message comes first.
     */
    private void checkScheduled(Errors errors, DateInput event, DateInput published) {
        if (errors.hasFieldErrors("eventDate") || errors.hasFieldErrors("publishedDate")) {
            return;
        }
        boolean after = event != null && published != null && event.date().isAfter(published.date());
        if (after && !eventScheduled) {
            FormErrors.rejectValue(
                    errors,
                    "eventScheduled",
                    "after",
                    "metadata.error.scheduled.confirm",
                    strip(eventDate),
                    strip(publishedDate));
        } else if (!after && eventScheduled) {
            FormErrors.rejectValue(errors, "eventScheduled", "notAfter", "metadata.error.scheduled.notAfter");
        }
    }

    static String checkNote(Errors errors, String field, String value) {
        String note = strip(value);
        if (characters(note) > MAX_NOTE) {
            FormErrors.rejectValue(
                    errors,
                    field,
                    "length",
                    "metadata.error.note.length",
                    String.valueOf(MAX_NOTE),
                    String.valueOf(characters(note)));
        } else if (CONTROL.matcher(note).find()) {
            FormErrors.rejectValue(errors, field, "line", "metadata.error.note.line");
        }
        return note.isEmpty() ? null : note;
    }

    /** As PostgreSQL's char_length counts them: an emoji is one character, not two UTF-16 units. */
    private static int characters(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getEventDate() {
        return eventDate;
    }

    public void setEventDate(String eventDate) {
        this.eventDate = eventDate;
    }

    public boolean isEventDateEstimated() {
        return eventDateEstimated;
    }

    public void setEventDateEstimated(boolean eventDateEstimated) {
        this.eventDateEstimated = eventDateEstimated;
    }

    public String getEventDateNote() {
        return eventDateNote;
    }

    public void setEventDateNote(String eventDateNote) {
        this.eventDateNote = eventDateNote;
    }

    public String getEventDateSourceUrl() {
        return eventDateSourceUrl;
    }

    public void setEventDateSourceUrl(String eventDateSourceUrl) {
        this.eventDateSourceUrl = eventDateSourceUrl;
    }

    /** The editor's confirmation that the article reports a scheduled event, one after its publication. */
    public boolean isEventScheduled() {
        return eventScheduled;
    }

    public void setEventScheduled(boolean eventScheduled) {
        this.eventScheduled = eventScheduled;
    }

    public String getPublishedDate() {
        return publishedDate;
    }

    public void setPublishedDate(String publishedDate) {
        this.publishedDate = publishedDate;
    }

    public String getPublishedDateNote() {
        return publishedDateNote;
    }

    public void setPublishedDateNote(String publishedDateNote) {
        this.publishedDateNote = publishedDateNote;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }
}
