package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A topic an article is filed under. */
record TopicLink(
        @Schema(example = "space", requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(example = "Space", requiredMode = Schema.RequiredMode.REQUIRED)
        String name) {}
