package dev.waypoint.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A signed-in browser, as REST Assured sees it: its cookies, and the CSRF token its pages carry. */
public final class Session {

    private final CookieFilter cookies;

    Session(CookieFilter cookies) {
        this.cookies = cookies;
    }

    /** A request carrying this session's cookies; redirects are not followed. */
    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    /** A request as htmx sends it: the HX-Request header and the page's CSRF token header. */
    public RequestSpecification htmx(String pagePath) {
        return request().header("HX-Request", "true").header("X-CSRF-TOKEN", csrfToken(pagePath));
    }

    /** A plain form submit from the page at {@code pagePath}: its cookies and hidden CSRF field. */
    public RequestSpecification form(String pagePath) {
        return request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken(pagePath));
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
