package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.collection.DatePrecision;

class DateInputTest {

    @Test
    void aFullDateIsStoredWithDayPrecision() {
        assertThat(DateInput.parse("2024-06-19", true))
                .isEqualTo(new DateInput(LocalDate.of(2024, 6, 19), DatePrecision.DAY));
    }

    @Test
    void aMonthIsStoredAsItsFirstDayWithMonthPrecision() {
        assertThat(DateInput.parse("2024-06", true))
                .isEqualTo(new DateInput(LocalDate.of(2024, 6, 1), DatePrecision.MONTH));
    }

    @Test
    void aYearIsStoredAsItsFirstDayWithYearPrecision() {
        assertThat(DateInput.parse("2024", true))
                .isEqualTo(new DateInput(LocalDate.of(2024, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(DateInput.parse("  2024-06-19\t", false).date()).isEqualTo(LocalDate.of(2024, 6, 19));
    }

    @Test
    void theFirstAndLastAllowedYearsAreAccepted() {
        assertThat(DateInput.parse("1900-01-01", false).date()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateInput.parse("2100-12-31", false).date()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2101-01-01", "0000", "9999-01"})
    void aYearOutsideTheRangeIsRefusedNamingTheRange(String typed) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateInput.parse(typed, true))
                .withMessage("The year must be between 1900 and 2100.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13", "2024-00", "2024-06-00", "2024-04-31"})
    void aDateNotInTheCalendarIsRefusedQuotingWhatWasTyped(String typed) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateInput.parse(" " + typed + " ", true))
                .withMessage("“" + typed + "” is not a date in the calendar.");
    }

    @Test
    void theLeapDayOfALeapYearIsADate() {
        assertThat(DateInput.parse("2024-02-29", false).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "19 June 2024",
                "2024-6-19",
                "2024-06-19T10:00",
                "24-06-19",
                "2024/06/19",
                "2024-06-",
                "20240619"
            })
    void anotherFormatIsRefusedExplainingTheThreeAllowedOnes(String typed) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateInput.parse(typed, true))
                .withMessage("Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06", "2024"})
    void whenPartialDatesAreNotAllowedAMonthOrYearIsRefused(String typed) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateInput.parse(typed, false))
                .withMessage("Write the date as YYYY-MM-DD.");
    }

    @Test
    void nonAsciiDigitsAreNotReadAsADate() {
        // Arabic-Indic digits would parse as numbers with Integer.parseInt; the format must not admit them.
        assertThatIllegalArgumentException().isThrownBy(() -> DateInput.parse("٢٠٢٤", true));
    }
}
