package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.Generator.choice;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.support.Cases;
import org.nkrtimeline.support.Generator;

/**
 * Whatever an editor types in a date field is a date the site can store, or a message saying what to type.
 *
 * <p>The cases are generated from a fixed seed, so a failing case fails again on every run.
 */
class DateInputPropertyTest {

    @RegisterExtension
    final Cases cases = new Cases(20_240_617L);

    /** What an editor typed in a field that does or does not take a month or a year alone. */
    private record Typed(String text, boolean allowPartial) {}

    /** A day typed to some precision, with white space around it. */
    private record TypedDay(LocalDate day, DatePrecision precision, String before, String after) {}

    @Test
    void anyTypedTextIsADateInRangeOrARefusalThatSaysWhatToType() {
        cases.forAll(1000, DateInputPropertyTest::typed, typed -> {
            DateInput input;
            try {
                input = DateInput.parse(typed.text(), typed.allowPartial());
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
                return;
            }
            assertThat(input.date().getYear()).isBetween(DateInput.EARLIEST_YEAR, DateInput.LATEST_YEAR);
            if (!typed.allowPartial()) {
                assertThat(input.precision()).isEqualTo(DatePrecision.DAY);
            }
            if (input.precision() != DatePrecision.DAY) {
                assertThat(input.date().getDayOfMonth())
                        .as("a month or year is stored as its first day")
                        .isOne();
            }
            if (input.precision() == DatePrecision.YEAR) {
                assertThat(input.date().getMonthValue()).isOne();
            }
        });
    }

    @Test
    void aDateTypedToAnyPrecisionReadsBackAsItsFirstDayAtThatPrecision() {
        cases.forAll(500, DateInputPropertyTest::typedDay, typed -> {
            LocalDate day = typed.day();
            String text = switch (typed.precision()) {
                case DAY -> day.toString();
                case MONTH -> YearMonth.from(day).toString();
                case YEAR -> String.valueOf(day.getYear());
            };
            LocalDate first = switch (typed.precision()) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };

            assertThat(DateInput.parse(typed.before() + text + typed.after(), true))
                    .isEqualTo(new DateInput(first, typed.precision()));
        });
    }

    private static Typed typed(Generator g) {
        String text = g.oneOf(choice(2, () -> g.text(0, 20)), choice(3, () -> spaces(g) + dateLike(g) + spaces(g)));
        return new Typed(text, g.chance(0.5));
    }

    private static String dateLike(Generator g) {
        int year = g.between(1800, 2200);
        int month = g.between(0, 13);
        int day = g.between(0, 32);
        return switch (g.between(1, 3)) {
            case 1 -> "%04d".formatted(year);
            case 2 -> "%04d-%02d".formatted(year, month);
            default -> "%04d-%02d-%02d".formatted(year, month, day);
        };
    }

    private static TypedDay typedDay(Generator g) {
        LocalDate day =
                g.date(LocalDate.of(DateInput.EARLIEST_YEAR, 1, 1), LocalDate.of(DateInput.LATEST_YEAR, 12, 31));
        return new TypedDay(day, g.pick(DatePrecision.values()), spaces(g), spaces(g));
    }

    private static String spaces(Generator g) {
        return g.pick("", "", " ", "\t", "  ", "\u2003");
    }
}
