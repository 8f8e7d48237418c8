package org.nkrtimeline.support;

import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text for property tests: anything a request or a UTF-8 file can carry, which is any Unicode but
 * a lone surrogate, weighted towards the characters that trip up text handling.
 */
public final class Texts {

    /**
     * Characters that change length when lowercased (İ), are white space to one API and not to
     * another (no-break and em spaces, NEL), mark a highlight in this app (U+E000, U+E001), turn
     * text around (U+202E), or mean something in a URL, in HTML or in a search.
     */
    private static final String TRICKY = "İıßﬃΣσςǅ\u00a0\u2003\u2028\u0085\u200b\u202e\ufeff\ue000\ue001"
            + "%+&=#?/<>\"'\\.!?,;:-–—“”‘’()…\t ";

    private Texts() {
    }

    /** Code points: mostly printable ASCII, then the tricky ones, controls, the rest of the BMP and beyond. */
    public static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(4, Arbitraries.of(TRICKY.codePoints().boxed().toList())),
                Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(3, Arbitraries.integers().between(0xA0, 0xFFFD)
                        .filter(codePoint -> !Character.isSurrogate((char) codePoint.intValue()))),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    }

    /** Text of {@code min} to {@code max} code points (so up to twice as many chars). */
    public static Arbitrary<String> text(int min, int max) {
        return text(min, max, codePoint -> true);
    }

    /** Text of {@code min} to {@code max} code points, each {@code allowed}. */
    public static Arbitrary<String> text(int min, int max, IntPredicate allowed) {
        return codePoints().filter(allowed::test).list().ofMinSize(min).ofMaxSize(max)
                .map(codePoints -> codePoints.stream().map(Character::toString).collect(Collectors.joining()));
    }
}
