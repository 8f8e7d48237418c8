package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.nkrtimeline.support.Texts;

/**
 * The timeline's address is whatever a reader or a crawler typed: the parser either makes sense of
 * it or says what is wrong, and what it makes of it links back to itself. The controller redirects
 * to that link whenever the address is not already it, so a link that read back differently, or
 * not as canonical, would send the reader round in circles.
 */
class TimelineFilterParserPropertyTest {

    private static final List<String> KNOWN = List.of("q", "axis", "from", "to", "order", "topic", "entity", "after", "before");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    /** The largest id the parser reads: 18 digits. */
    private static final long LAST_ID = 999_999_999_999_999_999L;

    @Property(tries = 500)
    void anyParametersGiveAWellFormedFilterOrSayWhatIsWrongAndHowToFixIt(@ForAll("anyParameters") Map<String, List<String>> params) {
        TimelineFilter filter;
        try {
            filter = TimelineFilterParser.parse(params);
        } catch (InvalidFilterException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.hint()).isNotBlank();
            assertThat(e.getMessage().length()).as("quotes at most one value").isLessThan(TimelineFilterParser.MAX_VALUE_LENGTH + 100);
            return;
        }
        assertThat(filter.topics()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(TimelineFilterParser.MAX_TOPICS)
                .allSatisfy(TimelineFilterParserPropertyTest::assertSlug);
        assertThat(filter.entities()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(TimelineFilterParser.MAX_ENTITIES)
                .allSatisfy(TimelineFilterParserPropertyTest::assertSlug);
        if (filter.query() != null) {
            assertThat(filter.query()).isNotBlank().isEqualTo(filter.query().strip()).doesNotContain("  ");
        }
        if (filter.from() != null && filter.to() != null) {
            assertThat(filter.from()).isBeforeOrEqualTo(filter.to());
        }
        if (filter.order() == SortOrder.RELEVANCE) {
            assertThat(filter.hasQuery()).as("relevance needs a search").isTrue();
        }
    }

    private static void assertSlug(String slug) {
        assertThat(slug).isNotBlank().isEqualTo(slug.strip().toLowerCase(Locale.ROOT));
    }

    @Property(tries = 1000)
    void theLinkToWhatAnAddressAsksForIsCanonicalAndAsksForTheSame(@ForAll("plausibleParameters") Map<String, List<String>> params) {
        TimelineFilter filter;
        TimelineCursor cursor;
        try {
            filter = TimelineFilterParser.parse(params);
            cursor = TimelineFilterParser.parseCursor(params);
            Statistics.collect("read");
        } catch (InvalidFilterException e) {
            Statistics.collect("refused: " + e.getMessage().replaceAll("“.*”|\\d+", "_"));
            return;
        }
        String link = cursor.link(filter);
        Map<String, List<String>> linked = parameters(link);

        assertThat(TimelineFilterParser.isCanonical(linked)).as(link).isTrue();
        assertThat(TimelineFilterParser.parse(linked)).as(link).isEqualTo(filter);
        assertThat(TimelineFilterParser.parseCursor(linked)).as(link).isEqualTo(cursor);
        Statistics.coverage(coverage -> coverage.check("read").percentage(percent -> percent > 50));
    }

    @Property(tries = 300)
    void everyFilterAndPageLinksToAnAddressThatReadsBackAsItself(@ForAll("filters") TimelineFilter filter,
                                                                @ForAll("cursors") TimelineCursor cursor) {
        String link = cursor.link(filter);
        Map<String, List<String>> params = parameters(link);

        assertThat(TimelineFilterParser.isCanonical(params)).as(link).isTrue();
        assertThat(TimelineFilterParser.parse(params)).as(link).isEqualTo(filter);
        assertThat(TimelineFilterParser.parseCursor(params)).as(link).isEqualTo(cursor);
    }

    @Property(tries = 1000)
    void anyPageCursorIsAPlaceInTheTimelineOrSaysWhatIsWrong(@ForAll("cursorParameters") Map<String, List<String>> params) {
        TimelineCursor cursor;
        try {
            cursor = TimelineFilterParser.parseCursor(params);
        } catch (InvalidFilterException e) {
            assertThat(e.hint()).isNotBlank();
            return;
        }
        assertThat(cursor.after() == null || cursor.before() == null).as("after and before at once").isTrue();
        for (Long id : new Long[] {cursor.after(), cursor.before()}) {
            if (id != null) {
                assertThat(id).isBetween(1L, LAST_ID);
            }
        }
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

    @Provide
    Arbitrary<Map<String, List<String>>> anyParameters() {
        Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(KNOWN)), Tuple.of(1, Texts.text(0, 10)));
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(3, Texts.text(0, 30)),
                Tuple.of(2, dateLike()),
                Tuple.of(2, Arbitraries.of("event", "published", "asc", "desc", "relevance", "space", "sergei-shoigu", "")),
                Tuple.of(2, numberLike()),
                Tuple.of(1, Texts.text(180, 1100)));
        return Arbitraries.maps(names, values.injectNull(0.02).list().ofMinSize(1).ofMaxSize(25)).ofMaxSize(8);
    }

    /** Parameters mostly as the site's own forms and links send them, untidied: most are read. */
    @Provide
    Arbitrary<Map<String, List<String>>> plausibleParameters() {
        Arbitrary<String> space = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(3, Arbitraries.just(" ")),
                Tuple.of(1, Arbitraries.of("  ", "\u00a0", "\t")));
        Arbitrary<String> id = Arbitraries.longs().between(1, LAST_ID).map(String::valueOf);
        Arbitrary<Map<String, List<String>>> page = Arbitraries.oneOf(Arbitraries.just(Map.of()),
                id.map(after -> Map.of("after", List.of(after))), id.map(before -> Map.of("before", List.of(before))));
        Arbitrary<Map<String, List<String>>> known = Combinators.combine(
                optional(plainText(60).map(List::of)),
                optional(Arbitraries.of("event", "published").map(List::of)),
                dateRange(),
                optional(Arbitraries.of("asc", "desc", "relevance").map(List::of)),
                optional(Arbitraries.frequencyOf(Tuple.of(6, plainText(40)), Tuple.of(1, plainText(TimelineFilterParser.MAX_VALUE_LENGTH)))
                        .list().ofMaxSize(TimelineFilterParser.MAX_TOPICS + 1)),
                optional(plainText(40).list().ofMaxSize(4)),
                page)
                .as((q, axis, dates, order, topics, entities, cursor) -> {
                    Map<String, List<String>> params = new LinkedHashMap<>(cursor);
                    params.putAll(dates);
                    put(params, "q", q);
                    put(params, "axis", axis);
                    put(params, "order", order);
                    put(params, "topic", topics);
                    put(params, "entity", entities);
                    return params;
                });
        return Combinators.combine(known, space, space).as((params, before, after) -> {
            params.replaceAll((name, values) -> values.stream().map(value -> before + value + after).toList());
            return params;
        });
    }

    /** From, to, both or neither; now and then the wrong way round. */
    private static Arbitrary<Map<String, List<String>>> dateRange() {
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(dates.injectNull(0.3), dates.injectNull(0.3), Arbitraries.integers().between(0, 9))
                .as((one, other, roll) -> {
                    boolean swap = one != null && other != null && one.isAfter(other) == (roll > 0);
                    Map<String, List<String>> params = new LinkedHashMap<>();
                    if (one != null) {
                        params.put(swap ? "to" : "from", List.of(one.toString()));
                    }
                    if (other != null) {
                        params.put(swap ? "from" : "to", List.of(other.toString()));
                    }
                    return params;
                });
    }

    /** Text without control characters, which no parameter may have. */
    private static Arbitrary<String> plainText(int maxCodePoints) {
        return Texts.text(0, maxCodePoints, codePoint -> !Character.isISOControl(codePoint));
    }

    private static Arbitrary<List<String>> optional(Arbitrary<List<String>> values) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(2, values));
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (!values.isEmpty()) {
            params.put(name, values);
        }
    }

    @Provide
    Arbitrary<Map<String, List<String>>> cursorParameters() {
        Arbitrary<String> values = Arbitraries.frequencyOf(Tuple.of(3, numberLike()), Tuple.of(1, Texts.text(0, 25)));
        return Arbitraries.maps(Arbitraries.of("after", "before"), values.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(2);
    }

    @Provide
    Arbitrary<TimelineFilter> filters() {
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
                .map(LocalDate::ofEpochDay).injectNull(0.4);
        Arbitrary<String> words = Texts.text(1, 12, codePoint -> !Character.isISOControl(codePoint)
                        && !Character.isWhitespace(codePoint) && !WHITE_SPACE.matcher(Character.toString(codePoint)).matches())
                .list().ofMinSize(1).ofMaxSize(5).map(list -> String.join(" ", list));
        Arbitrary<String> slugs = plainText(40)
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .filter(slug -> !slug.isBlank() && slug.equals(slug.strip().toLowerCase(Locale.ROOT)));
        return Combinators.combine(Arbitraries.of(Axis.class), dates, dates, Arbitraries.of(SortOrder.class),
                        slugs.list().uniqueElements().ofMaxSize(TimelineFilterParser.MAX_TOPICS), words.injectNull(0.4),
                        slugs.list().uniqueElements().ofMaxSize(TimelineFilterParser.MAX_ENTITIES))
                .as((axis, one, other, order, topics, query, entities) -> {
                    boolean ordered = one == null || other == null || !one.isAfter(other);
                    return new TimelineFilter(axis, ordered ? one : other, ordered ? other : one, order, topics, query, entities);
                })
                .filter(filter -> filter.order() != SortOrder.RELEVANCE || filter.hasQuery());
    }

    @Provide
    Arbitrary<TimelineCursor> cursors() {
        Arbitrary<Long> ids = Arbitraries.longs().between(1, LAST_ID);
        return Arbitraries.oneOf(Arbitraries.just(TimelineCursor.FIRST_PAGE),
                ids.map(id -> new TimelineCursor(id, null)), ids.map(id -> new TimelineCursor(null, id)));
    }

    /** The shape of a date, right or wrong: any number of digits, months and days that may not exist. */
    private static Arbitrary<String> dateLike() {
        return Combinators.combine(Arbitraries.integers().between(-99, 99_999), Arbitraries.integers().between(0, 19),
                        Arbitraries.integers().between(0, 39), Arbitraries.of("", " ", "\u2003"))
                .as((year, month, day, space) -> space + "%04d-%02d-%02d".formatted(year, month, day) + space);
    }

    /** Numbers at and beyond the ends of every integer type, negative, signed, fractional. */
    private static Arbitrary<String> numberLike() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(25))
                        .map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("0", "-0", "00", "+1", "1.5", "1e308", "0x10", "NaN", "١٢٣", " 42 ", "9223372036854775808")));
    }
}
