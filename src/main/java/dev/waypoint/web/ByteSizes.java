package dev.waypoint.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Sizes on disk as people read them ("412 MB"); in templates {@code bytes.readable}. */
@TemplateExtension
public final class ByteSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private ByteSizes() {}

    public static String readable(long bytes) {
        if (bytes < MB) {
            return Math.max(1, bytes / KB) + " KB";
        }
        if (bytes < GB) {
            return bytes / MB + " MB";
        }
        return String.format(Locale.ENGLISH, "%.1f GB", bytes / (double) GB);
    }
}
