package org.nkrtimeline.help;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The help page: keyboard shortcuts, the switch that turns them off, and the privacy promise. */
@Controller
class HelpController {

    @GetMapping("/help")
    String help() {
        return "help";
    }
}
