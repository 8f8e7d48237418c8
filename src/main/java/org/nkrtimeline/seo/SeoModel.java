package org.nkrtimeline.seo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link Seo} into every page's model as {@code seo}. Thymeleaf 3.1 refuses bean references
 * ({@code @seo}) in attribute expressions such as {@code th:href}, but not a model attribute's methods.
 */
@ControllerAdvice
class SeoModel {

    private final Seo seo;

    SeoModel(Seo seo) {
        this.seo = seo;
    }

    @ModelAttribute("seo")
    Seo seo() {
        return seo;
    }
}
