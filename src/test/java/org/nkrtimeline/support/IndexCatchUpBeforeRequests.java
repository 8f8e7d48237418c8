package org.nkrtimeline.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nkrtimeline.index.ArticleIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In tests only: before each request, the app applies the changes tests made with SQL of their own,
 * as it does at once for changes made through it (an edit announces itself). Outside the page cache,
 * whose version then includes the change. Otherwise a test that
 * hides an article by SQL and then asks for a page would race the read index's poll (250 ms).
 * Freshness itself, without this, is tested in IndexLifecycleTest. (None where pages read OpenSearch:
 * there, the app has no read index of its own.)
 */
@AutoConfiguration
@ConditionalOnWebApplication
public class IndexCatchUpBeforeRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> indexCatchUpFilter(ObjectProvider<ArticleIndex> index) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        index.ifAvailable(ArticleIndex::catchUp);
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
