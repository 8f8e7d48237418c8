package org.nkrtimeline.api;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method its {@link PageLimit}, as the timeline's resolver gives it the filter and cursor. */
final class PageLimitArgument implements HandlerMethodArgumentResolver {

    private final int pageSize;

    PageLimitArgument(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageLimit.class;
    }

    @Override
    public PageLimit resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String[] values = request.getParameterValues("limit");
        return PageLimit.parse(values == null ? List.of() : List.of(values), pageSize);
    }
}
