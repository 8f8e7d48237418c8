package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.EntityNotFoundException;
import org.nkrtimeline.entity.EntityRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people, places and organisations. The list is complete, not paged: it is the gazetteer, which
 * migrations curate, so it grows with editorial work and not with the number of articles.
 */
@RestController
@Tag(name = "Entities")
class EntityApiController {

    private final EntityRepository entities;
    private final ApiLinks links;

    EntityApiController(EntityRepository entities, ApiLinks links) {
        this.entities = entities;
        this.links = links;
    }

    @GetMapping(path = ApiLinks.V1 + "/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listEntities",
            summary = "Every person, place and organisation, in the most articles first",
            description = "The complete list, in one response: it is a curated gazetteer, not one entry per article.")
    @ApiResponse(responseCode = "200", description = "The entities")
    @ApiResponse(
            responseCode = "400",
            description = "kind is not one of the three",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    EntityItem.EntityList list(
            @Parameter(
                            description = "Only this kind",
                            schema = @Schema(allowableValues = {"person", "place", "organisation"}))
                    @RequestParam(required = false)
                    String kind) {
        EntityKind only = parseKind(kind);
        return new EntityItem.EntityList(entities.findAllSummaries().stream()
                .filter(summary -> only == null || summary.entity().kind() == only)
                .map(summary -> EntityItem.of(summary, links))
                .toList());
    }

    @GetMapping(path = ApiLinks.V1 + "/entities/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getEntity",
            summary = "One person, place or organisation",
            description = "Its articles are at articlesUrl.")
    @ApiResponse(responseCode = "200", description = "The entity")
    @ApiResponse(
            responseCode = "404",
            description = "No entity has this slug",
            content = @Content(mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    EntityItem entity(
            @Parameter(description = "The entity's slug", example = "sergei-shoigu") @PathVariable String slug) {
        return EntityItem.of(
                entities.findSummaryBySlug(slug).orElseThrow(() -> new EntityNotFoundException(slug)), links);
    }

    private static EntityKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (EntityKind known : EntityKind.values()) {
            if (known.name().toLowerCase(Locale.ROOT).equals(kind.strip())) {
                return known;
            }
        }
        throw new ApiParameterException(
                "“kind” must be person, place or organisation.", "Leave it out for all three.", "kind");
    }
}
