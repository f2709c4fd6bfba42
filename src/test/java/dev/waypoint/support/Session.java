package dev.waypoint.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A signed-in browser, as REST Assured sees it: its cookies, and the CSRF token its pages carry. */
public final class Session {

    private final CookieJar cookies;

    /** Where this browser's requests come from, as a trusted proxy forwards it; null for loopback. */
    private String address;

    Session(CookieJar cookies) {
        this.cookies = cookies;
    }

    /**
     * From now on this browser's requests come from {@code address}, forwarded by the proxy the
     * test profile trusts on loopback, so people in one test can have addresses of their own.
     */
    public Session comingFrom(String address) {
        this.address = address;
        return this;
    }

    /** A browser that has not signed in: no cookies yet. */
    public static Session anonymous() {
        return new Session(new CookieJar());
    }

    /** Another browser holding copies of this one's cookies, as if someone copied them. */
    public Session copy() {
        return new Session(cookies.copy());
    }

    /** The session's cookies, for handing this sign-in to a real browser. */
    public java.util.Map<String, String> cookies() {
        return cookies.all();
    }

    /** A request carrying this session's cookies; redirects are not followed. */
    public RequestSpecification request() {
        RequestSpecification request = given().filter(cookies).redirects().follow(false);
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    /** A request as htmx sends it to read a fragment: the HX-Request header, no CSRF token. */
    public RequestSpecification fragment() {
        return request().header("HX-Request", "true");
    }

    /** A request as htmx sends it: the HX-Request header and the page's CSRF token header. */
    public RequestSpecification htmx(String pagePath) {
        return fragment().header("X-CSRF-TOKEN", csrfToken(pagePath));
    }

    /** A plain form submit from the page at {@code pagePath}: its cookies and hidden CSRF field. */
    public RequestSpecification form(String pagePath) {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken(pagePath));
    }

    /**
     * Sends exactly these bytes with this content type, past REST Assured, which would refuse to
     * encode for a charset it does not know. Answers the status and the body.
     */
    public java.util.Map.Entry<Integer, String> rawPost(String path, String contentType, byte[] body) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                    .header("Content-Type", contentType)
                    .header("Cookie", cookies.header())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return java.util.Map.entry(response.statusCode(), response.body());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    public Document page(String path) {
        Response response = request().get(path);
        response.then().statusCode(200);
        return Jsoup.parse(response.asString());
    }

    public String csrfToken(String pagePath) {
        return page(pagePath).selectFirst("input[name=csrf-token]").attr("value");
    }
}
