package org.nkrtimeline.editorial.account;

import org.nkrtimeline.i18n.SiteText;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. */
@Controller
class SignInController {

    private final SiteText text;

    SignInController(SiteText text) {
        this.text = text;
    }

    /** Spring Security handles the form's POST; this only shows it, with why the last attempt failed. */
    @GetMapping(SecurityConfiguration.SIGN_IN)
    String signIn(@RequestParam(name = "error", required = false) String error, Authentication signedIn, Model model) {
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return "redirect:/editor";
        }
        // Only known values are shown: the parameter itself never reaches the page.
        model.addAttribute(
                "problem",
                switch (error == null ? "" : error) {
                    case "credentials" -> text.get("signIn.error.credentials");
                    case "locked" -> text.get("signIn.error.locked", String.valueOf(LoginThrottle.WINDOW.toMinutes()));
                    default -> null;
                });
        return "editor/sign-in";
    }
}
