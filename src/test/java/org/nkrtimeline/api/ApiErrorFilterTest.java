package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The error dispatch of a failed API request (a database outage's 503, anything unexpected) answers
 * with problem details; other requests' errors go on to the site's error page.
 */
class ApiErrorFilterTest {

    private final ApiErrorFilter filter = new ApiErrorFilter(new ApiProblems(new ObjectMapper()));

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 400, 403})
    void aFailedApiRequestGetsProblemDetailsForItsStatus(int status) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(errorDispatch("/api/v1/articles", status), response, chain);

        assertThat(chain.getRequest()).as("the error page is not rendered").isNull();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(ApiProblems.MEDIA_TYPE);
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/articles");
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aFailedPageRequestGoesOnToTheErrorPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(errorDispatch("/apis-are-not-here", 404), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private static MockHttpServletRequest errorDispatch(String failedUri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
