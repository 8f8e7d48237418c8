package org.nkrtimeline.timeline;

import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the timeline's URL parameters into a {@link TimelineFilter}, a {@link TimelineCursor} or a
 * {@link ParameterForm} wherever a controller declares one, through {@link TimelineFilterParser}: every
 * view of the timeline (page, article, feed, files, API) reads its address by the same rules and
 * refuses it with the same {@link InvalidFilterException}. Arguments are resolved in the order the
 * method declares them, so a filter declared first is checked first, as the parser's tests expect.
 */
final class TimelineArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == TimelineFilter.class || type == TimelineCursor.class || type == ParameterForm.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Map<String, List<String>> params = parameters(request);
        Class<?> type = parameter.getParameterType();
        if (type == TimelineCursor.class) {
            return TimelineFilterParser.parseCursor(params);
        }
        if (type == ParameterForm.class) {
            return TimelineFilterParser.isCanonical(params) ? ParameterForm.CANONICAL : ParameterForm.NOT_CANONICAL;
        }
        TimelineFilter filter = TimelineFilterParser.parse(params);
        if (parameter.hasParameterAnnotation(WholeView.class)) {
            TimelineFilterParser.parseCursor(params);
        }
        return filter;
    }

    /** As {@code @RequestParam MultiValueMap} reads them: in the order the address gives them. */
    private static Map<String, List<String>> parameters(NativeWebRequest request) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                params.add(name, value);
            }
        });
        return params;
    }
}
