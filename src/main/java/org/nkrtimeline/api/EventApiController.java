package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.event.EventSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The events: what happened, as the editors dated and summarised it, with the articles that report it. */
@RestController
@Tag(name = "Events")
class EventApiController {

    private final EventService events;
    private final ApiLinks links;

    EventApiController(EventService events, ApiLinks links) {
        this.events = events;
        this.links = links;
    }

    @GetMapping(path = ApiLinks.V1 + "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listEvents",
            summary = "The events readers may see, a page at a time, in the order of their first day",
            description = "Undated events come last. Pages are keyset pages: follow next until it is null. An "
                    + "event none of whose reports readers may see is not listed.")
    @Parameter(
            in = ParameterIn.QUERY,
            name = "limit",
            description = "Events a page",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ApiResponse(
            responseCode = "400",
            description = "limit is out of range, or after names no event",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    EventItem.EventList list(
            @Parameter(
                            description = "The page after this event (a slug, from next)",
                            example = "kim-jong-un-visits-russia-2023")
                    @RequestParam(required = false)
                    String after,
            @Parameter(hidden = true) PageLimit limit) {
        List<EventSummary> page;
        try {
            page = events.list(after, limit.size() + 1);
        } catch (EventNotFoundException e) {
            throw new ApiParameterException(
                    "No event has the slug “%s”.".formatted(after), "Follow next from the first page.", "after");
        }
        boolean more = page.size() > limit.size();
        List<EventSummary> shown = more ? page.subList(0, limit.size()) : page;
        return new EventItem.EventList(
                shown.stream().map(summary -> EventItem.of(summary, links)).toList(),
                more ? links.events(shown.get(shown.size() - 1).event().slug(), limit.size()) : null);
    }

    @GetMapping(path = ApiLinks.V1 + "/events/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEvent",
            summary = "One event with its reports",
            description =
                    "Each report with its role, its lag from the event and what no other report of the event has.")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(
            responseCode = "301",
            description = "The slug is that of an event an editor merged into another: Location is that event's URL "
                    + "in this API",
            headers =
                    @Header(
                            name = "Location",
                            description = "The event it was merged into",
                            schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(
            responseCode = "404",
            description = "No event readers may see has this slug",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<EventDetail> event(
            @Parameter(description = "The event's slug", example = "kim-jong-un-visits-russia-2023") @PathVariable
                    String slug) {
        try {
            return ResponseEntity.ok(EventDetail.of(events.page(slug), links));
        } catch (EventNotFoundException notFound) {
            String into = events.mergedInto(slug).orElseThrow(() -> notFound);
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(links.event(into)))
                    .build();
        }
    }
}
