package org.nkrtimeline.editorial.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.TimelineApplication;
import org.nkrtimeline.support.Editorial;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The add-editor command, from a script (no console): the password is the first line of standard
 * input. A Spring Boot test only so that the command's own context finds the test database and this
 * one can look at what it wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AddEditorCommandTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void removeTheEditors() {
        Editorial.reset(jdbc);
    }

    private int run(String stdin, String... args) {
        return AddEditorCommand.run(
                TimelineApplication.class,
                args,
                null,
                new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private long editorCount() {
        return jdbc.sql("select count(*) from editor").query(Long.class).single();
    }

    @Test
    void aGoodPasswordOnStandardInputCreatesTheEditor() {
        int exit = run("correct horse battery\n", "Alice");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Created editor alice in jdbc:postgresql:")
                .contains("/editor/sign-in");
        String hash = jdbc.sql("select password_hash from editor where username = 'alice'")
                .query(String.class)
                .single();
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .as("the password is never echoed")
                .doesNotContain("correct horse battery");
    }

    @Test
    void onlyTheFirstLineIsThePassword() {
        assertThat(run("first line password\nsecond line\n", "alice")).isZero();

        String hash = jdbc.sql("select password_hash from editor where username = 'alice'")
                .query(String.class)
                .single();
        assertThat(encoder.matches("first line password", hash)).isTrue();
    }

    @Test
    void aTooShortPasswordIsRefusedWithTheReasonAndCreatesNothing() {
        int exit = run("short\n", "alice");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("No editor was created: A password needs at least 12 characters.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(editorCount()).isZero();
    }

    @Test
    void anExistingUsernameIsRefusedWithExitOne() {
        assertThat(run("correct horse battery\n", "alice")).isZero();

        int exit = run("another long password\n", "ALICE");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is already an editor called alice.");
        assertThat(editorCount()).isEqualTo(1);
    }

    @Test
    void noLineOnStandardInputCreatesNothing() {
        int exit = run("", "alice");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password on standard input.");
        assertThat(editorCount()).isZero();
    }

    @Test
    void noUsernameOrMoreThanOneIsAUsageErrorThatReadsNoPassword() {
        BufferedReader untouched = new BufferedReader(new StringReader("correct horse battery\n"));
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        int none = AddEditorCommand.run(TimelineApplication.class, new String[0], null, untouched, System.out, errors);
        int two = AddEditorCommand.run(
                TimelineApplication.class,
                new String[] {"alice", "correct horse battery"},
                null,
                untouched,
                System.out,
                errors);

        assertThat(none).isEqualTo(2);
        assertThat(two).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Usage: java -jar nkr-timeline.jar add-editor USERNAME");
        assertThat(untouched.lines().toList())
                .as("standard input is left unread")
                .containsExactly("correct horse battery");
        assertThat(editorCount()).isZero();
    }
}
