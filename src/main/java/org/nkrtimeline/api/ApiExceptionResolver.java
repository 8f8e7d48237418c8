package org.nkrtimeline.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.entity.EntityNotFoundException;
import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.timeline.InvalidFilterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The API's errors as problem details, ahead of the site's error pages (web.ErrorPageAdvice), for
 * every request under /api: a bad parameter, an unknown article or entity, and what Spring MVC
 * refuses before a controller runs (unknown path, wrong method, unacceptable Accept). Anything else
 * goes on as before: a database outage to the 503 filter, the unexpected to the error dispatch,
 * where {@link ApiErrorFilter} answers with problem details too.
 */
class ApiExceptionResolver implements HandlerExceptionResolver {

    private final ApiProblems problems;

    ApiExceptionResolver(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!ApiPaths.isApi(request)) {
            return null;
        }
        String instance = request.getRequestURI();
        ApiProblem problem;
        if (exception instanceof InvalidFilterException invalid) {
            // The API speaks English whatever the site's locale: the English of the timeline's messages.
            problem = badRequest(invalid.getMessage(), invalid.hint(), invalid.parameters(), instance);
        } else if (exception instanceof ApiParameterException invalid) {
            problem = badRequest(invalid.getMessage(), invalid.hint(), invalid.parameters(), instance);
        } else if (exception instanceof ArticleNotFoundException) {
            problem = ApiProblems.of(
                    404,
                    "No article has this slug.",
                    instance,
                    "The list at /api/v1/articles gives every article's slug.",
                    null);
        } else if (exception instanceof EntityNotFoundException) {
            problem = ApiProblems.of(
                    404,
                    "No person, place or organisation has this slug.",
                    instance,
                    "The list at /api/v1/entities gives every one.",
                    null);
        } else if (exception instanceof EventNotFoundException) {
            problem = ApiProblems.of(
                    404,
                    "No event readers may see has this slug.",
                    instance,
                    "The list at /api/v1/events gives every event's slug.",
                    null);
        } else if (exception instanceof ErrorResponse refused) {
            int status = refused.getStatusCode().value();
            problem = ApiProblems.of(status, ApiProblems.detailFor(status), instance);
            Set<HttpMethod> allowed = refused.getHeaders().getAllow();
            if (!allowed.isEmpty()) {
                // Spring lists GET alone; every GET here answers HEAD too.
                Set<HttpMethod> withHead = new LinkedHashSet<>(allowed);
                if (allowed.contains(HttpMethod.GET)) {
                    withHead.add(HttpMethod.HEAD);
                }
                response.setHeader(
                        HttpHeaders.ALLOW,
                        String.join(
                                ", ", withHead.stream().map(HttpMethod::name).toList()));
            }
        } else {
            return null;
        }
        try {
            problems.write(response, problem);
        } catch (IOException e) {
            // The client has gone: there is no one left to tell.
        }
        return new ModelAndView();
    }

    private static ApiProblem badRequest(String detail, String hint, List<String> parameters, String instance) {
        return ApiProblems.of(
                400,
                detail,
                instance,
                hint,
                parameters.stream()
                        .map(name -> new ApiProblem.InvalidParam(name, detail))
                        .toList());
    }
}
