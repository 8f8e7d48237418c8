package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

class MetadataFormTest {

    private static final Set<String> TOPICS = Set.of("war-in-ukraine", "sanctions-un", "defence-treaty-troops");

    private static MetadataForm valid() {
        MetadataForm form = new MetadataForm();
        form.setHeadline("Putin visits Pyongyang");
        form.setEventDate("2024-06-19");
        form.setPublishedDate("2024-06-20");
        form.setTopics(new ArrayList<>(List.of("war-in-ukraine")));
        return form;
    }

    private static Errors errorsFor(Object target) {
        return new BeanPropertyBindingResult(target, "form");
    }

    /** The codes of the errors on one field, so a test also proves no other rule fired there. */
    private static List<String> codes(Errors errors, String field) {
        return errors.getFieldErrors(field).stream().map(FieldError::getCode).toList();
    }

    private static String message(Errors errors, String field) {
        FieldError error = errors.getFieldError(field);
        assertThat(error).as("an error on " + field).isNotNull();
        return error.getDefaultMessage();
    }

    @Test
    void aValidFormGivesItsMetadataWithStrippedValuesAndNoErrors() {
        MetadataForm form = valid();
        form.setHeadline("  Putin visits Pyongyang  ");
        form.setEventDate(" 2024-06 ");
        form.setEventDateEstimated(true);
        form.setEventDateNote("  Reported a month later  ");
        form.setEventDateSourceUrl(" https://example.org/report?id=1 ");
        form.setPublishedDateNote(" ");
        form.setTopics(new ArrayList<>(List.of("sanctions-un", "war-in-ukraine", "sanctions-un")));
        Errors errors = errorsFor(form);

        ArticleMetadata metadata = form.validate(errors, TOPICS);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(metadata.headline()).isEqualTo("Putin visits Pyongyang");
        assertThat(metadata.dates())
                .isEqualTo(new ArticleDates(
                        LocalDate.of(2024, 6, 1),
                        DatePrecision.MONTH,
                        true,
                        "Reported a month later",
                        "https://example.org/report?id=1",
                        LocalDate.of(2024, 6, 20),
                        null));
        assertThat(metadata.topics())
                .as("in the order chosen, each once")
                .containsExactly("sanctions-un", "war-in-ukraine");
    }

    @Test
    void anEventAfterThePublicationNeedsTheConfirmationThatItWasScheduled() {
        MetadataForm form = valid();
        form.setEventDate("2024-07");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventScheduled")).containsExactly("after");
        assertThat(message(errors, "eventScheduled"))
                .startsWith("The event date (2024-07) is after the publication date (2024-06-20)");

        form.setEventScheduled(true);
        Errors confirmed = errorsFor(form);
        ArticleMetadata metadata = form.validate(confirmed, TOPICS);

        assertThat(confirmed.hasErrors()).isFalse();
        assertThat(metadata.dates().eventScheduled()).isTrue();
        assertThat(MetadataForm.of(metadata).isEventScheduled()).isTrue();
    }

    @Test
    void theConfirmationNeedsAnEventAfterThePublication() {
        MetadataForm sameDay = valid();
        sameDay.setEventDate("2024-06-20");
        sameDay.setEventScheduled(true);
        MetadataForm noPublication = valid();
        noPublication.setPublishedDate("");
        noPublication.setEventScheduled(true);
        Errors sameDayErrors = errorsFor(sameDay);
        Errors noPublicationErrors = errorsFor(noPublication);

        sameDay.validate(sameDayErrors, TOPICS);
        noPublication.validate(noPublicationErrors, TOPICS);

        assertThat(codes(sameDayErrors, "eventScheduled")).containsExactly("notAfter");
        assertThat(codes(noPublicationErrors, "eventScheduled")).containsExactly("notAfter");
    }

    @Test
    void aDateThatCannotBeReadGetsItsOwnMessageOnly() {
        MetadataForm form = valid();
        form.setEventDate("2024-13");
        form.setEventScheduled(true);
        Errors errors = errorsFor(form);

        form.validate(errors, TOPICS);

        assertThat(codes(errors, "eventDate")).containsExactly("format");
        assertThat(codes(errors, "eventScheduled")).isEmpty();
    }

    @Test
    void emptyOptionalFieldsBecomeNullsNotEmptyStrings() {
        MetadataForm form = new MetadataForm();
        form.setHeadline("Only a headline");
        Errors errors = errorsFor(form);

        ArticleMetadata metadata = form.validate(errors, TOPICS);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(metadata.dates())
                .isEqualTo(new ArticleDates(null, DatePrecision.DAY, false, null, null, null, null));
        assertThat(metadata.topics()).isEmpty();
    }

    @Test
    void nullFieldsAreTreatedAsEmpty() {
        // A form posted without some inputs leaves their properties null; that is not a server error.
        MetadataForm form = valid();
        form.setEventDate(null);
        form.setEventDateNote(null);
        form.setEventDateSourceUrl(null);
        form.setPublishedDate(null);
        form.setPublishedDateNote(null);
        form.setTopics(null);
        Errors errors = errorsFor(form);

        ArticleMetadata metadata = form.validate(errors, TOPICS);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(metadata.dates().hasEventDate()).isFalse();
        assertThat(metadata.topics()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aHeadlineIsRequired(String headline) {
        MetadataForm form = valid();
        form.setHeadline(headline);
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "headline")).containsExactly("required");
        assertThat(message(errors, "headline")).isEqualTo("Give the article a headline.");
    }

    @Test
    void aHeadlineOfExactlyTheLimitIsAccepted() {
        MetadataForm form = valid();
        form.setHeadline("h".repeat(MetadataForm.MAX_HEADLINE));
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS).headline()).hasSize(120);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aHeadlineOverTheLimitIsRefusedSayingHowLongItIs() {
        MetadataForm form = valid();
        form.setHeadline("h".repeat(MetadataForm.MAX_HEADLINE + 1));
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "headline")).containsExactly("length");
        assertThat(message(errors, "headline"))
                .isEqualTo("A headline can be at most 120 characters; this one has 121.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Two\nlines", "Carriage\rreturn", "A\ttab", "Null\u0000byte", "Delete\u007fchar"})
    void aHeadlineWithControlCharactersIsRefusedAsNotOneLine(String headline) {
        MetadataForm form = valid();
        form.setHeadline(headline);
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "headline")).containsExactly("line");
    }

    @Test
    void aBadEventDateIsRefusedWithTheParsersMessageKeepingWhatWasTyped() {
        MetadataForm form = valid();
        form.setEventDate("2024-02-30");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDate")).containsExactly("format");
        assertThat(message(errors, "eventDate")).isEqualTo("“2024-02-30” is not a date in the calendar.");
        assertThat(form.getEventDate()).as("the form comes back as typed").isEqualTo("2024-02-30");
    }

    @Test
    void anEventDateMayBeJustAYear() {
        MetadataForm form = valid();
        form.setEventDate("2023");
        Errors errors = errorsFor(form);

        ArticleMetadata metadata = form.validate(errors, TOPICS);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(metadata.dates().eventPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(metadata.dates().eventIso()).isEqualTo("2023");
    }

    @Test
    void anEstimateWithoutADateIsRefusedOnTheDate() {
        MetadataForm form = valid();
        form.setEventDate(" ");
        form.setEventDateEstimated(true);
        form.setEventDateNote("Guessed from the photographs");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDate")).containsExactly("estimate");
        assertThat(errors.hasFieldErrors("eventDateNote")).isFalse();
    }

    @Test
    void anEstimateWithoutAReasonIsRefusedOnTheNote() {
        MetadataForm form = valid();
        form.setEventDateEstimated(true);
        form.setEventDateNote("   ");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDateNote")).containsExactly("estimate");
        assertThat(message(errors, "eventDateNote")).contains("readers see this reason");
    }

    @Test
    void anEstimatesNoteThatIsItselfWrongGetsOnlyThatOneError() {
        // The "needs a reason" message would be wrong beside a reason that is merely malformed.
        MetadataForm form = valid();
        form.setEventDateEstimated(true);
        form.setEventDateNote("first line\nsecond line");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDateNote")).containsExactly("line");
    }

    @Test
    void aNoteOverTheLimitIsRefusedAndOneAtTheLimitIsNot() {
        MetadataForm tooLong = valid();
        tooLong.setPublishedDateNote("n".repeat(MetadataForm.MAX_NOTE + 1));
        Errors tooLongErrors = errorsFor(tooLong);
        MetadataForm atLimit = valid();
        atLimit.setPublishedDateNote("n".repeat(MetadataForm.MAX_NOTE));
        Errors atLimitErrors = errorsFor(atLimit);

        assertThat(tooLong.validate(tooLongErrors, TOPICS)).isNull();
        assertThat(codes(tooLongErrors, "publishedDateNote")).containsExactly("length");
        assertThat(message(tooLongErrors, "publishedDateNote"))
                .isEqualTo("A note can be at most 500 characters; this one has 501.");
        assertThat(atLimit.validate(atLimitErrors, TOPICS).dates().publishedNote())
                .hasSize(500);
    }

    @Test
    void aNoteOnTwoLinesIsRefused() {
        MetadataForm form = valid();
        form.setEventDateNote("one\r\ntwo");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDateNote")).containsExactly("line");
        assertThat(message(errors, "eventDateNote")).isEqualTo("A note is one line of text.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "data:text/html,<b>x</b>",
                "example.org/page",
                "ftp://example.org/file",
                "https://example.org/a page",
                "https://example.org/\"onmouseover=x",
                "https://example.org/<script>",
                "https://",
                "HTTPS://EXAMPLE.ORG/",
                "https://example.org/a\u2003page",
                "https://example.org/a\u00a0page"
            })
    void aSourceLinkMustBeAnHttpOrHttpsWebAddress(String url) {
        MetadataForm form = valid();
        form.setEventDateSourceUrl(url);
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDateSourceUrl")).containsExactly("url");
    }

    @Test
    void aSourceLinkOverTheLengthLimitIsRefused() {
        MetadataForm form = valid();
        String prefix = "https://example.org/";
        form.setEventDateSourceUrl(prefix + "a".repeat(MetadataForm.MAX_URL - prefix.length() + 1));
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "eventDateSourceUrl")).containsExactly("url");
    }

    @Test
    void aPlainHttpSourceLinkIsAccepted() {
        MetadataForm form = valid();
        form.setEventDateSourceUrl("http://example.org/old-archive");
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS).dates().eventSourceUrl()).isEqualTo("http://example.org/old-archive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06", "2024"})
    void aPublicationDateMustBeAWholeDay(String published) {
        MetadataForm form = valid();
        form.setPublishedDate(published);
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "publishedDate")).containsExactly("format");
        assertThat(message(errors, "publishedDate")).isEqualTo("Write the date as YYYY-MM-DD.");
    }

    @Test
    void aTopicNotInTheListIsRefused() {
        MetadataForm form = valid();
        form.setTopics(new ArrayList<>(List.of("war-in-ukraine", "made-up-topic")));
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(codes(errors, "topics")).containsExactly("unknown");
    }

    @Test
    void everyWrongFieldGetsItsOwnMessageAtOnce() {
        MetadataForm form = new MetadataForm();
        form.setEventDate("June");
        form.setEventDateSourceUrl("javascript:void(0)");
        form.setPublishedDate("2024-06");
        form.setTopics(new ArrayList<>(List.of("nope")));
        Errors errors = errorsFor(form);

        assertThat(form.validate(errors, TOPICS)).isNull();
        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("headline", "eventDate", "eventDateSourceUrl", "publishedDate", "topics");
    }

    @Test
    void errorsAlreadyPresentForOtherFieldsDoNotMakeAValidFormFail() {
        // The edit form checks its entities before its metadata; only new errors count against the metadata.
        ArticleEditForm wrapper = new ArticleEditForm();
        wrapper.setMetadata(valid());
        Errors errors = errorsFor(wrapper);
        errors.rejectValue("entities", "unknown", "Choose from the list.");

        errors.pushNestedPath("metadata");
        ArticleMetadata metadata = wrapper.getMetadata().validate(errors, TOPICS);
        errors.popNestedPath();

        assertThat(metadata).isNotNull();
        assertThat(errors.getErrorCount()).isEqualTo(1);
    }

    @Test
    void underANestedPathErrorsAreReportedOnTheNestedFields() {
        ArticleEditForm wrapper = new ArticleEditForm();
        MetadataForm metadata = valid();
        metadata.setHeadline("");
        metadata.setEventDateEstimated(true);
        metadata.setEventDateNote("bad\nnote");
        wrapper.setMetadata(metadata);
        Errors errors = errorsFor(wrapper);

        errors.pushNestedPath("metadata");
        assertThat(metadata.validate(errors, TOPICS)).isNull();
        errors.popNestedPath();

        assertThat(errors.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("metadata.headline", "metadata.eventDateNote");
        assertThat(codes(errors, "metadata.eventDateNote"))
                .as("the check for an existing note error must look under the nested path too")
                .containsExactly("line");
        assertThat(errors.getFieldValue("metadata.headline"))
                .as("the rejected value is read through the nested path")
                .isEqualTo("");
    }

    @Test
    void aFormMadeFromMetadataValidatesBackToTheSameMetadata() {
        ArticleMetadata original = new ArticleMetadata(
                "Kim meets Putin",
                new ArticleDates(
                        LocalDate.of(2023, 9, 1),
                        DatePrecision.MONTH,
                        true,
                        "Only the month is reported",
                        "https://example.org/source",
                        LocalDate.of(2023, 9, 14),
                        "Print edition"),
                List.of("defence-treaty-troops", "sanctions-un"));
        MetadataForm form = MetadataForm.of(original);
        Errors errors = errorsFor(form);

        assertThat(form.getEventDate()).isEqualTo("2023-09");
        assertThat(form.validate(errors, TOPICS)).isEqualTo(original);
        assertThat(errors.hasErrors()).isFalse();
    }
}
