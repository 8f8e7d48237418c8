package org.nkrtimeline.embed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkrtimeline.entity.EntityRepository;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.InvalidFilterException;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * oEmbed (https://oembed.com, version 1.0): a content system given the address of a timeline view, an
 * event or an entity's page on this site gets the iframe that embeds it ("rich"), so that pasting the
 * address is enough. JSON only (the format is optional in the specification; XML answers 501, as it
 * says). An address that is not one of these pages of this site answers 404, a malformed request 400.
 */
@RestController
class OEmbedController {

    private static final Pattern EVENT = Pattern.compile("/events/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern ENTITY = Pattern.compile("/entities/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern DIMENSION = Pattern.compile("[1-9][0-9]{0,4}");

    private final SiteUrl site;
    private final EmbedLinks links;
    private final EventService events;
    private final EntityRepository entities;
    private final SiteText text;

    OEmbedController(SiteUrl site, EmbedLinks links, EventService events, EntityRepository entities, SiteText text) {
        this.site = site;
        this.links = links;
        this.events = events;
        this.entities = entities;
        this.text = text;
    }

    /** The answer's fields, as the specification names them. */
    record OEmbed(
            String version,
            String type,
            @JsonProperty("provider_name") String providerName,
            @JsonProperty("provider_url") String providerUrl,
            String title,
            String html,
            int width,
            int height) {}

    private record Embed(String path, String title) {}

    /** JSON whatever the request accepts: consumers ask with all sorts of Accept headers, or none. */
    @GetMapping("/oembed")
    ResponseEntity<OEmbed> oembed(
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "maxwidth", required = false) String maxWidth,
            @RequestParam(name = "maxheight", required = false) String maxHeight) {
        if (format != null && !format.equals("json")) {
            throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "only format=json");
        }
        if (url == null || url.isBlank() || url.length() > 2000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "url is the address of a page of this site");
        }
        int width = dimension(maxWidth, EmbedLinks.WIDTH);
        int height = dimension(maxHeight, EmbedLinks.HEIGHT);
        Embed embed = embedOf(url.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "nothing to embed there"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new OEmbed(
                        "1.0",
                        "rich",
                        text.get("site.name"),
                        site.base() + "/",
                        embed.title(),
                        links.iframe(embed.path(), embed.title(), Integer.toString(width), height),
                        width,
                        height));
    }

    /** The smaller of the embed's own size and the consumer's largest ({@code null}: none). */
    private static int dimension(String largest, int own) {
        if (largest == null) {
            return own;
        }
        if (!DIMENSION.matcher(largest).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "maxwidth and maxheight are whole numbers");
        }
        return Math.min(own, Integer.parseInt(largest));
    }

    private Optional<Embed> embedOf(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String base = site.base();
        String rest = url.startsWith(base) ? url.substring(base.length()) : null;
        if (rest == null || !(rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?"))) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.equals("/")) {
            return timeline(uri);
        }
        Matcher event = EVENT.matcher(path);
        if (event.matches()) {
            try {
                String title = events.page(event.group(1)).event().title();
                return Optional.of(new Embed(links.event(event.group(1)), title));
            } catch (EventNotFoundException unknown) {
                return Optional.empty();
            }
        }
        Matcher entity = ENTITY.matcher(path);
        if (entity.matches()) {
            return entities.findSummaryBySlug(entity.group(1))
                    .map(summary -> new Embed(
                            links.timeline(
                                    TimelineFilter.ofEntityPage(summary.entity().slug())),
                            summary.entity().name()));
        }
        return Optional.empty();
    }

    private Optional<Embed> timeline(URI uri) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(uri)
                .build()
                .getQueryParams()
                .forEach((name, values) -> parameters.put(
                        UriUtils.decode(name, StandardCharsets.UTF_8),
                        values.stream()
                                .map(value -> value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8))
                                .toList()));
        parameters.remove("after");
        parameters.remove("before");
        try {
            TimelineFilter filter = TimelineFilter.fromParameters(parameters);
            return Optional.of(new Embed(links.timeline(filter), links.title(filter)));
        } catch (InvalidFilterException | IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
