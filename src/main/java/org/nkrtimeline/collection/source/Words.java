package org.nkrtimeline.collection.source;

import java.util.regex.Pattern;

final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

    private Words() {}

    static int count(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
