package org.nkrtimeline.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Set;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.web.SiteUrl;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description, served by springdoc at /api/v1/openapi.json (application.properties).
 * The server is the configured site address: springdoc would otherwise take it from the first
 * request's Host header and keep it for everyone.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenAPI timelineApi(SiteUrl site) {
        return new OpenAPI()
                .info(new Info()
                        .title("North Korea–Russia relations timeline API")
                        .version("1")
                        .description("Read-only JSON access to the timeline's articles (with their full text), topics, "
                                + "and the people, places and organisations they mention. Errors are RFC 9457 problem "
                                + "details. Version 1 only ever grows: breaking changes would come as /api/v2."))
                .servers(List.of(new Server().url(site.base()).description("This site")));
    }

    /**
     * Every operation can answer 406 (JSON only) and 503 (database unreachable), as problem details
     * (the Problem schema is there from the operations' own 400 and 404 responses). And a property
     * that is an object or null is written as "either the object or null": swagger-core would put
     * {@code type: null} beside the {@code $ref}, which no value can satisfy.
     */
    @Bean
    OpenApiCustomizer problemResponsesAndNullableObjects() {
        return openApi -> {
            Content problem = new Content()
                    .addMediaType(ApiProblems.MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations()
                            .forEach(operation -> operation
                                    .getResponses()
                                    .addApiResponse(
                                            "406",
                                            new ApiResponse()
                                                    .description("The client accepts no JSON")
                                                    .content(problem))
                                    .addApiResponse(
                                            "503",
                                            new ApiResponse()
                                                    .description("The database cannot be reached; see Retry-After")
                                                    .content(problem))));
            openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::nullableReferences);
        };
    }

    /** The list's default limit is the site's page size, a setting, which an annotation could only repeat. */
    @Bean
    OpenApiCustomizer defaultLimit(@Value(TimelineService.PAGE_SIZE) int pageSize) {
        return openApi -> openApi.getPaths().get(ApiLinks.V1 + "/articles").getGet().getParameters().stream()
                .filter(parameter -> parameter.getName().equals("limit"))
                .forEach(parameter -> parameter.getSchema().setDefault(pageSize));
    }

    private static void nullableReferences(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().replaceAll((name, property) -> {
            if (property.get$ref() == null
                    || property.getTypes() == null
                    || !property.getTypes().contains("null")) {
                return property;
            }
            return new Schema<>()
                    .description(property.getDescription())
                    .anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
        });
    }
}
