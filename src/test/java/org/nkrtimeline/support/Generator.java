package org.nkrtimeline.support;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Input for property tests, drawn from a seeded {@link Random}, so that a seed always gives the same
 * input. Text is anything a request or a UTF-8 file can carry, which is any Unicode but a lone
 * surrogate, weighted towards the characters that trip up text handling. Numbers, dates and sizes
 * fall on the ends of their range more often than their share, as that is where code goes wrong;
 * and sizes are mostly small, as a long input mostly fails for its first flaw, hiding the rest.
 */
public final class Generator {

    /**
     * Characters that change length when lowercased (İ), are white space to one API and not to
     * another (no-break and em spaces, NEL), mark a highlight in this app (U+E000, U+E001), turn
     * text around (U+202E), or mean something in a URL, in HTML or in a search.
     */
    private static final List<Integer> TRICKY = ("İıßﬃΣσςǅ\u00a0\u2003\u2028\u0085\u200b\u202e\ufeff\ue000\ue001"
                    + "%+&=#?/<>\"'\\.!?,;:-–—“”‘’()…\t ")
            .codePoints()
            .boxed()
            .toList();

    /** Draws in a row that a generator may discard before it is taken to have run dry. */
    private static final int MAX_DISCARDS = 10_000;

    private final Random random;

    public Generator(long seed) {
        random = new Random(seed);
    }

    /** One of several ways to draw a value, taken in proportion to its weight by {@link #oneOf}. */
    public record Choice<T>(int weight, Supplier<T> draw) {}

    public static <T> Choice<T> choice(int weight, Supplier<T> draw) {
        return new Choice<>(weight, draw);
    }

    @SafeVarargs
    public final <T> T oneOf(Choice<T>... choices) {
        int total = 0;
        for (Choice<T> choice : choices) {
            total += choice.weight();
        }
        int roll = random.nextInt(total);
        int chosen = 0;
        while (roll >= choices[chosen].weight()) {
            roll -= choices[chosen].weight();
            chosen++;
        }
        return choices[chosen].draw().get();
    }

    @SafeVarargs
    public final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Null with the given probability, else a drawn value. */
    public <T> T orNull(double probability, Supplier<T> draw) {
        return chance(probability) ? null : draw.get();
    }

    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    public long between(long min, long max) {
        return switch (random.nextInt(16)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextLong(min, max + 1);
        };
    }

    /** Any long, every number of digits about as likely as any other, and now and then either end. */
    public long anyLong() {
        return random.nextInt(16) == 0 ? pick(Long.MIN_VALUE, Long.MAX_VALUE) : random.nextLong() >> random.nextInt(64);
    }

    /** A whole number of up to {@code maxBits} bits, every number of digits about as likely. */
    public BigInteger bigInteger(int maxBits) {
        return new BigInteger(between(0, maxBits), random);
    }

    public LocalDate date(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(between(first.toEpochDay(), last.toEpochDay()));
    }

    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[size(0, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * A size from {@code min} to {@code max}: half the time as {@link #between} draws it, else each
     * order of magnitude about as likely as another, so that small sizes are common.
     */
    private int size(int min, int max) {
        return random.nextBoolean()
                ? between(min, max)
                : min + (int) Math.expm1(random.nextDouble() * Math.log(max - min + 2));
    }

    /** A drawn value that is {@code wanted}, drawing again as often as it takes. */
    public <T> T such(Supplier<T> draw, Predicate<T> wanted) {
        for (int discarded = 0; discarded < MAX_DISCARDS; discarded++) {
            T value = draw.get();
            if (wanted.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("%,d values drawn in a row were all unwanted".formatted(MAX_DISCARDS));
    }

    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = size(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Up to {@code maxSize} different elements. */
    public <T> List<T> distinct(int maxSize, Supplier<T> element) {
        int size = size(0, maxSize);
        Set<T> distinct = new LinkedHashSet<>();
        while (distinct.size() < size) {
            distinct.add(such(element, value -> !distinct.contains(value)));
        }
        return new ArrayList<>(distinct);
    }

    /** Up to {@code maxSize} entries. */
    public <K, V> Map<K, V> map(int maxSize, Supplier<K> key, Supplier<V> value) {
        Map<K, V> map = new LinkedHashMap<>();
        for (K each : distinct(maxSize, key)) {
            map.put(each, value.get());
        }
        return map;
    }

    /** Code points: mostly printable ASCII, then the tricky ones, controls, the rest of the BMP and beyond. */
    public int codePoint() {
        return oneOf(
                choice(10, () -> between(0x20, 0x7E)),
                choice(4, () -> pick(TRICKY)),
                choice(1, () -> between(0x00, 0x1F)),
                choice(
                        3,
                        () -> such(
                                () -> between(0xA0, 0xFFFD),
                                codePoint -> !Character.isSurrogate((char) codePoint.intValue()))),
                choice(1, () -> between(0x10000, 0x10FFFF)));
    }

    /** Text of {@code min} to {@code max} code points (so up to twice as many chars). */
    public String text(int min, int max) {
        return text(min, max, codePoint -> true);
    }

    /** Text of {@code min} to {@code max} code points, each {@code allowed}. */
    public String text(int min, int max, IntPredicate allowed) {
        int length = size(min, max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(such(this::codePoint, allowed::test));
        }
        return text.toString();
    }

    /** Text of exactly {@code length} chars, as limits on length count them, each code point {@code allowed}. */
    public String textOfLength(int length, IntPredicate allowed) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int room = length - text.length();
            text.appendCodePoint(such(
                    this::codePoint, codePoint -> allowed.test(codePoint) && Character.charCount(codePoint) <= room));
        }
        return text.toString();
    }
}
