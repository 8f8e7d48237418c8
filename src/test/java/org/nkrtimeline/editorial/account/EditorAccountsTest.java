package org.nkrtimeline.editorial.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.Editorial;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Editor accounts against real PostgreSQL; every test leaves no editors behind. */
@JdbcTest
// Each call commits as in the application: a refused insert must not abort the test's own transaction.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EditorAccounts.class)
class EditorAccountsTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    EditorAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheEditors() {
        Editorial.reset(jdbc);
    }

    private String storedHash(String username) {
        return jdbc.sql("select password_hash from editor where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private long editorCount() {
        return jdbc.sql("select count(*) from editor").query(Long.class).single();
    }

    @Test
    void aNewAccountIsStoredUnderItsLowerCaseNameWithABcryptHash() {
        EditorAccounts.Editor created = accounts.create("  Alice.Smith ", PASSWORD);

        assertThat(created.username()).isEqualTo("alice.smith");
        assertThat(created.passwordHash()).as("the hash is not handed around").isNull();
        String hash = storedHash("alice.smith");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThat(encoder.matches(PASSWORD + "x", hash)).isFalse();
    }

    @Test
    void findIgnoresCaseAndSurroundingSpaces() {
        long id = accounts.create("alice", PASSWORD).id();

        EditorAccounts.Editor found = accounts.find(" ALICE ").orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.username()).isEqualTo("alice");
        assertThat(encoder.matches(PASSWORD, found.passwordHash())).isTrue();
    }

    @Test
    void findOfAnUnknownOrMissingNameIsEmpty() {
        accounts.create("alice", PASSWORD);

        assertThat(accounts.find("bob")).isEmpty();
        assertThat(accounts.find(null)).isEmpty();
    }

    @Test
    void findOfANameNoAccountCanHaveIsEmptyWithoutAskingTheDatabase() {
        // PostgreSQL refuses a NUL in text with an error, which sign-in turned into a logged internal error.
        assertThat(accounts.find("alice\u0000")).isEmpty();
        assertThat(accounts.find("a".repeat(41))).isEmpty();
    }

    @Test
    void aUsernameTakenInAnyCaseIsRefused() {
        accounts.create("alice", PASSWORD);

        assertThatThrownBy(() -> accounts.create("ALICE", "another long password"))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class)
                .hasMessage("There is already an editor called alice.");
        assertThat(editorCount()).isEqualTo(1);
        assertThat(encoder.matches(PASSWORD, storedHash("alice")))
                .as("the first account's password stands")
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a",
                "-alice",
                ".alice",
                "alice smith",
                "alice@example.org",
                "élodie",
                "a2345678901234567890123456789012345678901"
            })
    void aUsernameOutsideThePatternIsRefused(String username) {
        assertThatThrownBy(() -> accounts.create(username, PASSWORD))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class)
                .hasMessageStartingWith("A username is 2 to 40 characters");
        assertThat(editorCount()).isZero();
    }

    @Test
    void usernamesOfTwoAndFortyCharactersAreAccepted() {
        accounts.create("al", PASSWORD);
        accounts.create("a".repeat(40), PASSWORD);

        assertThat(editorCount()).isEqualTo(2);
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThatThrownBy(() -> accounts.create("alice", "elevenchars"))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class)
                .hasMessage("A password needs at least 12 characters.");
        assertThatThrownBy(() -> accounts.create("alice", null))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class);
        assertThat(editorCount()).isZero();
    }

    @Test
    void passwordLengthIsCountedInCharactersNotCodeUnits() {
        // Eleven emoji are 22 UTF-16 units but eleven characters: too short. Twelve are enough.
        String elevenEmoji = "😀".repeat(11);

        assertThat(EditorAccounts.passwordProblem(elevenEmoji)).startsWith("A password needs at least 12");
        assertThat(EditorAccounts.passwordProblem(elevenEmoji + "😀")).isNull();
        assertThat(EditorAccounts.passwordProblem("twelve chars")).isNull();
    }

    @Test
    void aPasswordOverSeventyTwoUtf8BytesIsRefusedSinceBcryptWouldIgnoreTheRest() {
        // 36 two-byte letters are 72 bytes; one more is 74, though only 37 characters.
        String seventyTwoBytes = "é".repeat(36);

        assertThat(EditorAccounts.passwordProblem(seventyTwoBytes)).isNull();
        assertThatThrownBy(() -> accounts.create("alice", seventyTwoBytes + "é"))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class)
                .hasMessageStartingWith("A password can be at most 72 bytes");
        assertThat(editorCount()).isZero();
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        assertThatThrownBy(() -> accounts.create("alice", " ".repeat(20)))
                .isInstanceOf(EditorAccounts.InvalidAccountException.class)
                .hasMessage("A password cannot be only spaces.");
        assertThat(editorCount()).isZero();
    }

    @Test
    void twoAccountsWithTheSamePasswordGetDifferentHashes() {
        // bcrypt salts each hash, so a leaked table does not show who shares a password.
        accounts.create("alice", PASSWORD);
        accounts.create("bob", PASSWORD);

        assertThat(storedHash("alice")).isNotEqualTo(storedHash("bob"));
    }

    private FirstEditorFromEnvironment fromEnvironment(String username, String password) {
        return new FirstEditorFromEnvironment(accounts, username, password);
    }

    @Test
    void theEnvironmentCreatesTheFirstEditor() {
        fromEnvironment("Admin", PASSWORD).run(new DefaultApplicationArguments());

        assertThat(encoder.matches(
                        PASSWORD, accounts.find("admin").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void theEnvironmentNeverResetsAnExistingEditorsPassword() {
        accounts.create("admin", PASSWORD);
        String before = storedHash("admin");

        fromEnvironment("ADMIN", "a different password").run(new DefaultApplicationArguments());

        assertThat(storedHash("admin")).isEqualTo(before);
        assertThat(editorCount()).isEqualTo(1);
    }

    @Test
    void theEnvironmentDoesNothingWithoutBothValues() {
        fromEnvironment("", PASSWORD).run(new DefaultApplicationArguments());
        fromEnvironment("   ", PASSWORD).run(new DefaultApplicationArguments());
        fromEnvironment("admin", "").run(new DefaultApplicationArguments());

        assertThat(editorCount()).isZero();
    }

    @Test
    void aBadPasswordFromTheEnvironmentCreatesNothingAndDoesNotStopStartup() {
        FirstEditorFromEnvironment tooShort = fromEnvironment("admin", "short");

        assertThatNoException().isThrownBy(() -> tooShort.run(new DefaultApplicationArguments()));
        assertThat(editorCount()).isZero();
    }
}
