package dev.studyportal.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login posted by a page of another origin, token or not (ASVS 3.5.1): the token stops a
 * forged login, and a browser's Origin header names the page that sent it, so a foreign one is refused
 * before the password is even looked at. A request without Origin (older browsers, curl) still needs the
 * token. "null", what sandboxed frames and some redirects send, is never the portal's own page.
 */
final class ForeignOriginLoginRefusal extends OncePerRequestFilter {

    private final RequestMatcher loginPost;

    ForeignOriginLoginRefusal(RequestMatcher loginPost) {
        this.loginPost = loginPost;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Log in from the portal's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The origin the browser sees the portal at. Behind a proxy, the forwarded-header settings
     * (docs/security.md) make the scheme, host and port those of the proxy.
     */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
