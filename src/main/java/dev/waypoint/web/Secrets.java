package dev.waypoint.web;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets put in links (invitations, calendar feeds): shown once, only their hash is stored. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 256 random bits, URL-safe: 43 characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} could be a token made here; anything else is not looked up at all. */
    public static boolean couldBeToken(String text) {
        return text != null && text.length() == 43 && text.chars().allMatch(Secrets::isUrlSafe);
    }

    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
