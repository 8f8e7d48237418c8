package org.nkrtimeline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses as a bad address (400) a path whose parameters, what follows a ";" in a segment, are not
 * valid percent-encoding, such as {@code /topics;%zz}. Tomcat leaves path parameters undecoded and
 * lets them through; Spring's path parser, which runs before Spring Security's firewall can refuse
 * the ";", throws on them, and the reader would get a server error.
 */
class UndecodablePathFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.indexOf(';') >= 0 && !decodable(uri, request.getContextPath())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean decodable(String uri, String contextPath) {
        try {
            RequestPath.parse(uri, contextPath);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
