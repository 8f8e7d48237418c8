package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;

/** Signs the browser in through the sign-in form, as an editor does. */
final class EditorSignIn {

    private EditorSignIn() {}

    static void signIn(Browser browser, int port, String username, String password) {
        browser.open("http://localhost:" + port + "/editor/sign-in");
        browser.typeInto("username", username);
        browser.typeInto("password", password);
        browser.followLink(browser.driver().findElement(By.xpath("//main//button[normalize-space()='Sign in']")));
        assertThat(browser.path()).as("signed in as " + username).isEqualTo("/editor");
    }
}
