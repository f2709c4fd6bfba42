package dev.waypoint.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A plain page with one message, for refusals that have no form to go back to. */
public final class Messages {

    private Messages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance message(String title, String text);
    }

    public static TemplateInstance page(String title, String text) {
        return Templates.message(title, text);
    }
}
