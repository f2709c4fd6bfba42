package dev.waypoint.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stylesheet, scripts and logo under URLs that change with their content ({@code ?v=} and a
 * digest), so browsers keep them for a year ({@link SecurityHeaders}) and still fetch a new
 * release at once.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    /** The query parameter that marks an asset URL as tied to one content. */
    public static final String VERSION = "v";

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public String css() {
        return versioned("/css/waypoint.css");
    }

    /** Rules for browsers without JavaScript: the top bar's menu stays open on narrow screens. */
    public String noScriptCss() {
        return versioned("/css/no-script.css");
    }

    public String js() {
        return versioned("/js/waypoint.js");
    }

    public String logo() {
        return versioned("/img/waypoint.svg");
    }

    /** htmx from its webjar, by the webjar's version (the path the webjar itself uses). */
    public String htmx() {
        return urls.computeIfAbsent("htmx", ignored -> {
            String version = webjarVersion("META-INF/maven/org.webjars.npm/htmx.org/pom.properties");
            return "/webjars/htmx.org/" + version + "/dist/htmx.min.js?" + VERSION + "=" + version;
        });
    }

    private String versioned(String path) {
        return urls.computeIfAbsent(
                path,
                ignored -> path + "?" + VERSION + "="
                        + Sha256.hex(read("META-INF/resources" + path)).substring(0, 12));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing asset " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String webjarVersion(String pomProperties) {
        Properties properties = new Properties();
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + pomProperties);
            }
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties.getProperty("version");
    }
}
