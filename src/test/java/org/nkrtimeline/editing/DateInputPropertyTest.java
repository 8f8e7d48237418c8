package org.nkrtimeline.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.nkrtimeline.article.DatePrecision;
import org.nkrtimeline.support.Texts;

/** Whatever an editor types in a date field is a date the site can store, or a message saying what to type. */
class DateInputPropertyTest {

    @Property(tries = 1000)
    void anyTypedTextIsADateInRangeOrARefusalThatSaysWhatToType(@ForAll("typed") String typed, @ForAll boolean allowPartial) {
        DateInput input;
        try {
            input = DateInput.parse(typed, allowPartial);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(input.date().getYear()).isBetween(DateInput.EARLIEST_YEAR, DateInput.LATEST_YEAR);
        if (!allowPartial) {
            assertThat(input.precision()).isEqualTo(DatePrecision.DAY);
        }
        if (input.precision() != DatePrecision.DAY) {
            assertThat(input.date().getDayOfMonth()).as("a month or year is stored as its first day").isOne();
        }
        if (input.precision() == DatePrecision.YEAR) {
            assertThat(input.date().getMonthValue()).isOne();
        }
    }

    @Property(tries = 500)
    void aDateTypedToAnyPrecisionReadsBackAsItsFirstDayAtThatPrecision(@ForAll("days") LocalDate day,
                                                                       @ForAll DatePrecision precision,
                                                                       @ForAll("spaces") String before,
                                                                       @ForAll("spaces") String after) {
        String typed = switch (precision) {
            case DAY -> day.toString();
            case MONTH -> YearMonth.from(day).toString();
            case YEAR -> String.valueOf(day.getYear());
        };
        LocalDate first = switch (precision) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };

        assertThat(DateInput.parse(before + typed + after, true)).isEqualTo(new DateInput(first, precision));
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1800, 2200);
        Arbitrary<Integer> months = Arbitraries.integers().between(0, 13);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 32);
        Arbitrary<String> dateLike = Combinators.combine(years, months, days, Arbitraries.integers().between(1, 3))
                .as((year, month, day, parts) -> switch (parts) {
                    case 1 -> "%04d".formatted(year);
                    case 2 -> "%04d-%02d".formatted(year, month);
                    default -> "%04d-%02d-%02d".formatted(year, month, day);
                });
        return Arbitraries.frequencyOf(Tuple.of(2, Texts.text(0, 20)), Tuple.of(3, Combinators.combine(spaces(), dateLike, spaces())
                .as((before, date, after) -> before + date + after)));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(DateInput.EARLIEST_YEAR, 1, 1).toEpochDay(),
                LocalDate.of(DateInput.LATEST_YEAR, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", "", " ", "\t", "  ", "\u2003");
    }
}
