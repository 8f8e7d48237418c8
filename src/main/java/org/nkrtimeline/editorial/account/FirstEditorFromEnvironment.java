package org.nkrtimeline.editorial.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Creates an editor account at startup from {@code TIMELINE_EDITOR_USERNAME} and
 * {@code TIMELINE_EDITOR_PASSWORD}, for deployments that configure everything through the
 * environment (docker-compose.yml). An existing account is left as it is: the variables never reset a
 * password. Without both variables nothing happens; there is no default account.
 */
@Component
@ConditionalOnWebApplication
class FirstEditorFromEnvironment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstEditorFromEnvironment.class);

    private final EditorAccounts accounts;
    private final String username;
    private final String password;

    FirstEditorFromEnvironment(
            EditorAccounts accounts,
            @Value("${TIMELINE_EDITOR_USERNAME:}") String username,
            @Value("${TIMELINE_EDITOR_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isEmpty()) {
            return;
        }
        if (accounts.find(username).isPresent()) {
            log.info(
                    "Editor {} already exists; TIMELINE_EDITOR_PASSWORD was not applied to it.",
                    EditorAccounts.normalise(username));
            return;
        }
        try {
            accounts.create(username, password);
            log.info(
                    "Created editor {} from the environment. You can now remove TIMELINE_EDITOR_PASSWORD.",
                    EditorAccounts.normalise(username));
        } catch (EditorAccounts.InvalidAccountException e) {
            // A bad password must not stop the public site from starting; the log says what to fix.
            log.error("No editor was created from the environment: {}", e.getMessage());
        }
    }
}
