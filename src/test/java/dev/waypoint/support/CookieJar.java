package dev.waypoint.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser's cookies for one host: sent with every request, updated from every answer. Unlike
 * REST Assured's own filter it can be copied, the way someone could copy a cookie out of a browser,
 * and it sends Secure cookies over plain http to this machine, as browsers do for loopback.
 */
public final class CookieJar implements Filter {

    private final Map<String, String> cookies;

    public CookieJar() {
        this(new LinkedHashMap<>());
    }

    private CookieJar(Map<String, String> cookies) {
        this.cookies = cookies;
    }

    CookieJar copy() {
        return new CookieJar(new LinkedHashMap<>(cookies));
    }

    /** The cookies as they are now, name to value. */
    Map<String, String> all() {
        synchronized (cookies) {
            return new LinkedHashMap<>(cookies);
        }
    }

    /** The Cookie header a browser would send. */
    String header() {
        synchronized (cookies) {
            return cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                request.cookies(new LinkedHashMap<>(cookies));
            }
        }
        Response answer = context.next(request, response);
        synchronized (cookies) {
            for (Cookie cookie : answer.getDetailedCookies()) {
                boolean removed = cookie.getValue() == null
                        || cookie.getValue().isEmpty()
                        || (cookie.hasMaxAge() && cookie.getMaxAge() <= 0)
                        || (cookie.hasExpiryDate() && cookie.getExpiryDate().before(new java.util.Date()));
                if (removed) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return answer;
    }
}
