package dev.waypoint.mentoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A plain page with one message, for refusals that have no form to go back to. */
final class Messages {

    private Messages() {}

    @CheckedTemplate(basePath = "mentoring")
    static class Templates {
        static native TemplateInstance message(String title, String text);
    }

    static TemplateInstance page(String title, String text) {
        return Templates.message(title, text);
    }
}
