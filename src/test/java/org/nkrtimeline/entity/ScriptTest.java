package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void aSpellingIsInTheOneScriptOfItsLetters() {
        assertThat(Script.of("Kim Il-sung's")).contains(Script.LATIN);
        assertThat(Script.of("Kim Chŏng-ŭn")).contains(Script.LATIN);
        assertThat(Script.of("김정은")).contains(Script.HANGUL);
        assertThat(Script.of("Шойгу\u0301"))
                .as("a stress mark belongs to every script")
                .contains(Script.CYRILLIC);
    }

    @Test
    void mixedScriptsOtherScriptsAndNoLettersHaveNone() {
        assertThat(Script.of("Ким Jong")).isEmpty();
        assertThat(Script.of("金正恩")).isEmpty();
        assertThat(Script.of("- '")).isEmpty();
        assertThat(Script.of("")).isEmpty();
    }
}
