package org.nkrtimeline.seo;

import java.nio.charset.StandardCharsets;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: crawlers may read every public page, but not the editors' pages or Actuator,
 * and find the sitemap at its absolute address.
 */
@RestController
class RobotsController {

    private final String robots;

    RobotsController(SiteUrl site) {
        this.robots = """
                User-agent: *
                Disallow: /editor
                Disallow: /actuator
                Allow: /

                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
    }

    /** Plain text whatever the client accepts: crawlers ask with all sorts of Accept headers. */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(robots);
    }
}
