package org.nkrtimeline.editorial.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The editors' accounts. Passwords are kept only as hashes (bcrypt, in Spring Security's delegating
 * format, so a stronger scheme can take over later without a migration of the stored hashes).
 */
@Service
public class EditorAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** bcrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    static final int MAX_USERNAME_LENGTH = 40;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (MAX_USERNAME_LENGTH - 1) + "}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    EditorAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Also for the command line, which has no web security but makes accounts. */
    @Configuration(proxyBeanMethods = false)
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }

    /**
     * A username as stored: sign-in ignores case, so "Alice" and "alice" are one account. Text too
     * long to be a username, as a sign-in form can carry, is only stripped. Lowercasing letters that
     * grow when lowercased ("İ") takes time that grows with the square of their number, seconds of
     * CPU for the 100,000 that a 600 kB form holds, and a sign-in normalises three times. No account
     * has such a name either way.
     */
    static String normalise(String username) {
        if (username == null) {
            return "";
        }
        String stripped = username.strip();
        return stripped.length() > MAX_USERNAME_LENGTH ? stripped : stripped.toLowerCase(Locale.ROOT);
    }

    /** The account of that name; none, without asking the database, for a name no account can have. */
    public Optional<Editor> find(String username) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            // Such as one with a NUL, which PostgreSQL would refuse with an error rather than find nothing.
            return Optional.empty();
        }
        return jdbc.sql("select id, username, password_hash from editor where username = ?")
                .param(name)
                .query((rs, n) -> new Editor(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash")))
                .optional();
    }

    /**
     * Creates an account.
     *
     * @throws InvalidAccountException naming what is wrong with the username or password, or that the
     *                                 username is taken
     */
    public Editor create(String username, String password) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidAccountException("A username is 2 to 40 characters: letters a–z, digits, '.', '_' or '-', "
                    + "starting with a letter or digit.");
        }
        String problem = passwordProblem(password);
        if (problem != null) {
            throw new InvalidAccountException(problem);
        }
        try {
            long id = jdbc.sql("insert into editor (username, password_hash) values (?, ?) returning id")
                    .param(name)
                    .param(passwords.encode(password))
                    .query(Long.class)
                    .single();
            return new Editor(id, name, null);
        } catch (DuplicateKeyException e) {
            throw new InvalidAccountException("There is already an editor called " + name + ".");
        }
    }

    static String passwordProblem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "A password can be at most " + MAX_PASSWORD_BYTES + " bytes long (bcrypt ignores the rest).";
        }
        if (password.isBlank()) {
            return "A password cannot be only spaces.";
        }
        return null;
    }

    /** An editor's account; the hash is null where it is not needed. */
    public record Editor(long id, String username, String passwordHash) {}

    public static final class InvalidAccountException extends RuntimeException {
        InvalidAccountException(String message) {
            super(message);
        }
    }
}
