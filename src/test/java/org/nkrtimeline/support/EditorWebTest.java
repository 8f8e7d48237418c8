package org.nkrtimeline.support;

import org.junit.jupiter.api.AfterEach;
import org.nkrtimeline.editorial.account.EditorAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base for tests of the editors' pages: accounts made for the test, and the editorial state (seed
 * articles only, no editors, no history, the seeded rules) put back after each test.
 */
public abstract class EditorWebTest extends WebTest {

    protected static final String PASSWORD = "a long enough password";

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EditorAccounts accounts;

    @AfterEach
    void resetEditorialState() {
        Editorial.reset(jdbc);
    }

    /** A new editor account, signed in through the sign-in form. */
    protected EditorSession newEditor(String username) {
        accounts.create(username, PASSWORD);
        return EditorSession.signedIn(port, username, PASSWORD);
    }
}
