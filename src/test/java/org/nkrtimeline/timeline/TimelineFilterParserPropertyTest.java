package org.nkrtimeline.timeline;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.Generator.choice;

import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkrtimeline.support.Cases;
import org.nkrtimeline.support.Generator;

/**
 * The timeline's address is whatever a reader or a crawler typed: the parser either makes sense of
 * it or says what is wrong, and what it makes of it links back to itself. The controller redirects
 * to that link whenever the address is not already it, so a link that read back differently, or
 * not as canonical, would send the reader round in circles.
 *
 * <p>The cases are generated from a fixed seed, so a failing case fails again on every run.
 */
class TimelineFilterParserPropertyTest {

    private static final List<String> KNOWN =
            List.of("q", "axis", "from", "to", "order", "topic", "entity", "after", "before");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** The largest id the parser reads: 18 digits. */
    private static final long LAST_ID = 999_999_999_999_999_999L;

    @RegisterExtension
    final Cases cases = new Cases(20_240_614L);

    /** A page of a filtered timeline. */
    private record Page(TimelineFilter filter, TimelineCursor cursor) {}

    @Test
    void anyParametersGiveAWellFormedFilterOrSayWhatIsWrongAndHowToFixIt() {
        List<String> outcomes = new ArrayList<>();
        // Half of them as the site's own forms send them: of any parameters so few are read that what
        // the parser makes of them would hardly be checked.
        cases.forAll(
                1000,
                g -> g.oneOf(choice(1, () -> anyParameters(g)), choice(1, () -> plausibleParameters(g))),
                params -> {
                    TimelineFilter filter;
                    try {
                        filter = TimelineFilterParser.parse(params);
                    } catch (InvalidFilterException e) {
                        outcomes.add(refusal(e));
                        assertThat(e.getMessage()).isNotBlank();
                        assertThat(e.hint()).isNotBlank();
                        assertThat(e.getMessage().length())
                                .as("quotes at most one value")
                                .isLessThan(TimelineFilterParser.MAX_VALUE_LENGTH + 100);
                        return;
                    }
                    outcomes.add(filter.isFiltered() ? "filtered" : "unfiltered");
                    assertThat(filter.topics())
                            .doesNotHaveDuplicates()
                            .hasSizeLessThanOrEqualTo(TimelineFilterParser.MAX_TOPICS)
                            .allSatisfy(TimelineFilterParserPropertyTest::assertSlug);
                    assertThat(filter.entities())
                            .doesNotHaveDuplicates()
                            .hasSizeLessThanOrEqualTo(TimelineFilterParser.MAX_ENTITIES)
                            .allSatisfy(TimelineFilterParserPropertyTest::assertSlug);
                    if (filter.query() != null) {
                        assertThat(filter.query())
                                .isNotBlank()
                                .isEqualTo(filter.query().strip())
                                .doesNotContain("  ");
                    }
                    if (filter.from() != null && filter.to() != null) {
                        assertThat(filter.from()).isBeforeOrEqualTo(filter.to());
                    }
                    if (filter.order() == SortOrder.RELEVANCE) {
                        assertThat(filter.hasQuery())
                                .as("relevance needs a search")
                                .isTrue();
                    }
                });
        assertShareAbove(20, "filtered", outcomes);
    }

    private static void assertSlug(String slug) {
        assertThat(slug).isNotBlank().isEqualTo(slug.strip().toLowerCase(Locale.ROOT));
    }

    @Test
    void theLinkToWhatAnAddressAsksForIsCanonicalAndAsksForTheSame() {
        List<String> outcomes = new ArrayList<>();
        cases.forAll(1000, TimelineFilterParserPropertyTest::plausibleParameters, params -> {
            TimelineFilter filter;
            TimelineCursor cursor;
            try {
                filter = TimelineFilterParser.parse(params);
                cursor = TimelineFilterParser.parseCursor(params);
            } catch (InvalidFilterException e) {
                outcomes.add(refusal(e));
                return;
            }
            outcomes.add("read");
            assertLinksToItself(new Page(filter, cursor));
        });
        assertShareAbove(50, "read", outcomes);
    }

    /** The refusal, its values and numbers left out, so that the same kind counts once. */
    private static String refusal(InvalidFilterException e) {
        return "refused: " + e.getMessage().replaceAll("(?s)“.*”|\\d+", "_");
    }

    /**
     * Keeps the generator honest: the cases the property checks most closely must not dwindle to
     * a few when it, or the seed, changes.
     */
    private static void assertShareAbove(double percent, String outcome, List<String> outcomes) {
        assertThat(100.0 * Collections.frequency(outcomes, outcome) / outcomes.size())
                .as(
                        "percentage of cases %s, of %s",
                        outcome, outcomes.stream().collect(groupingBy(identity(), TreeMap::new, counting())))
                .isGreaterThan(percent);
    }

    @Test
    void everyFilterAndPageLinksToAnAddressThatReadsBackAsItself() {
        cases.forAll(
                300, TimelineFilterParserPropertyTest::page, TimelineFilterParserPropertyTest::assertLinksToItself);
    }

    private static void assertLinksToItself(Page page) {
        String link = page.cursor().link(page.filter());
        Map<String, List<String>> params = parameters(link);

        assertThat(TimelineFilterParser.isCanonical(params)).as(link).isTrue();
        assertThat(TimelineFilterParser.parse(params)).as(link).isEqualTo(page.filter());
        assertThat(TimelineFilterParser.parseCursor(params)).as(link).isEqualTo(page.cursor());
    }

    @Test
    void anyPageCursorIsAPlaceInTheTimelineOrSaysWhatIsWrong() {
        cases.forAll(1000, TimelineFilterParserPropertyTest::cursorParameters, params -> {
            TimelineCursor cursor;
            try {
                cursor = TimelineFilterParser.parseCursor(params);
            } catch (InvalidFilterException e) {
                assertThat(e.hint()).isNotBlank();
                return;
            }
            assertThat(cursor.after() == null || cursor.before() == null)
                    .as("after and before at once")
                    .isTrue();
            for (Long id : new Long[] {cursor.after(), cursor.before()}) {
                if (id != null) {
                    assertThat(id).isBetween(1L, LAST_ID);
                }
            }
        });
    }

    /** The query string of a link, decoded as the servlet container decodes it. */
    private static Map<String, List<String>> parameters(String link) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int query = link.indexOf('?');
        if (query < 0) {
            return params;
        }
        for (String pair : link.substring(query + 1).split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            params.computeIfAbsent(decode(nameAndValue[0]), name -> new ArrayList<>())
                    .add(nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
        }
        return params;
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> anyParameters(Generator g) {
        Supplier<String> names = () -> g.oneOf(choice(8, () -> g.pick(KNOWN)), choice(1, () -> g.text(0, 10)));
        Supplier<String> values = () -> g.oneOf(
                choice(3, () -> g.text(0, 30)),
                choice(2, () -> dateLike(g)),
                choice(2, () -> g.pick("event", "published", "asc", "desc", "relevance", "space", "sergei-shoigu", "")),
                choice(2, () -> numberLike(g)),
                choice(1, () -> g.text(180, 1100)));
        return g.map(8, names, () -> g.list(1, 25, () -> g.orNull(0.02, values)));
    }

    /** Parameters mostly as the site's own forms and links send them, untidied: most are read. */
    private static Map<String, List<String>> plausibleParameters(Generator g) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, g.pick("after", "before"), optional(g, () -> List.of(String.valueOf(g.between(1, LAST_ID)))));
        params.putAll(dateRange(g));
        put(params, "q", optional(g, () -> List.of(plainText(g, 0, 60))));
        put(params, "axis", optional(g, () -> List.of(g.pick("event", "published"))));
        put(params, "order", optional(g, () -> List.of(g.pick("asc", "desc", "relevance"))));
        // Some topics exactly as long as a value may be, which lowercasing that lengthens (İ) takes past it.
        put(
                params,
                "topic",
                optional(
                        g,
                        () -> g.list(
                                0,
                                TimelineFilterParser.MAX_TOPICS + 1,
                                () -> g.oneOf(
                                        choice(6, () -> plainText(g, 0, 40)),
                                        choice(1, () -> plainText(g, 0, TimelineFilterParser.MAX_VALUE_LENGTH)),
                                        choice(
                                                1,
                                                () -> g.textOfLength(
                                                        TimelineFilterParser.MAX_VALUE_LENGTH,
                                                        TimelineFilterParserPropertyTest::isPlain))))));
        put(params, "entity", optional(g, () -> g.list(0, 4, () -> plainText(g, 0, 40))));
        String before = space(g);
        String after = space(g);
        params.replaceAll((name, values) ->
                values.stream().map(value -> before + value + after).toList());
        return params;
    }

    private static String space(Generator g) {
        return g.oneOf(choice(6, () -> ""), choice(3, () -> " "), choice(1, () -> g.pick("  ", "\u00a0", "\t")));
    }

    /** From, to, both or neither; now and then the wrong way round. */
    private static Map<String, List<String>> dateRange(Generator g) {
        LocalDate one = g.orNull(0.3, () -> g.date(FIRST_DAY, LAST_DAY));
        LocalDate other = g.orNull(0.3, () -> g.date(FIRST_DAY, LAST_DAY));
        boolean swap = one != null && other != null && one.isAfter(other) == (g.between(0, 9) > 0);
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (one != null) {
            params.put(swap ? "to" : "from", List.of(one.toString()));
        }
        if (other != null) {
            params.put(swap ? "from" : "to", List.of(other.toString()));
        }
        return params;
    }

    /** Text without control characters, which no parameter may have. */
    private static String plainText(Generator g, int minCodePoints, int maxCodePoints) {
        return g.text(minCodePoints, maxCodePoints, TimelineFilterParserPropertyTest::isPlain);
    }

    private static boolean isPlain(int codePoint) {
        return !Character.isISOControl(codePoint);
    }

    private static List<String> optional(Generator g, Supplier<List<String>> values) {
        return g.oneOf(choice(1, List::of), choice(2, values));
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (!values.isEmpty()) {
            params.put(name, values);
        }
    }

    private static Map<String, List<String>> cursorParameters(Generator g) {
        return g.map(
                2,
                () -> g.pick("after", "before"),
                () -> g.list(1, 3, () -> g.oneOf(choice(3, () -> numberLike(g)), choice(1, () -> g.text(0, 25)))));
    }

    private static Page page(Generator g) {
        return new Page(filter(g), cursor(g));
    }

    private static TimelineFilter filter(Generator g) {
        return g.such(
                () -> {
                    LocalDate one = g.orNull(0.4, () -> g.date(FIRST_DAY, LAST_DAY));
                    LocalDate other = g.orNull(0.4, () -> g.date(FIRST_DAY, LAST_DAY));
                    boolean ordered = one == null || other == null || !one.isAfter(other);
                    return new TimelineFilter(
                            g.pick(Axis.values()),
                            ordered ? one : other,
                            ordered ? other : one,
                            g.pick(SortOrder.values()),
                            g.distinct(TimelineFilterParser.MAX_TOPICS, () -> slug(g)),
                            g.orNull(0.4, () -> words(g)),
                            g.distinct(TimelineFilterParser.MAX_ENTITIES, () -> slug(g)));
                },
                filter -> filter.order() != SortOrder.RELEVANCE || filter.hasQuery());
    }

    private static String words(Generator g) {
        return String.join(
                " ",
                g.list(
                        1,
                        5,
                        () -> g.text(
                                1,
                                12,
                                codePoint -> isPlain(codePoint)
                                        && !Character.isWhitespace(codePoint)
                                        && !WHITE_SPACE
                                                .matcher(Character.toString(codePoint))
                                                .matches())));
    }

    private static String slug(Generator g) {
        return g.such(
                () -> plainText(g, 0, 40).strip().toLowerCase(Locale.ROOT),
                slug -> !slug.isBlank() && slug.equals(slug.strip().toLowerCase(Locale.ROOT)));
    }

    private static TimelineCursor cursor(Generator g) {
        long id = g.between(1, LAST_ID);
        return g.pick(TimelineCursor.FIRST_PAGE, new TimelineCursor(id, null), new TimelineCursor(null, id));
    }

    /** The shape of a date, right or wrong: any number of digits, months and days that may not exist. */
    private static String dateLike(Generator g) {
        String space = g.pick("", " ", "\u2003");
        return space + "%04d-%02d-%02d".formatted(g.between(-99, 99_999), g.between(0, 19), g.between(0, 39)) + space;
    }

    /** Numbers at and beyond the ends of every integer type, negative, signed, fractional. */
    private static String numberLike(Generator g) {
        return g.oneOf(
                choice(3, () -> String.valueOf(g.anyLong())),
                // Past any long, up to about 10^25.
                choice(2, () -> String.valueOf(g.bigInteger(83).add(BigInteger.ONE))),
                choice(
                        1,
                        () -> g.pick(
                                "0",
                                "-0",
                                "00",
                                "+1",
                                "1.5",
                                "1e308",
                                "0x10",
                                "NaN",
                                "١٢٣",
                                " 42 ",
                                "9223372036854775808")));
    }
}
