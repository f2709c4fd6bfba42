package dev.waypoint.web;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A form that edits something another window may change too: it carries the version it was
 * loaded with, so a save that lost the race answers 409 with the text as typed.
 */
public abstract class VersionedForm extends FormInput {

    @RestForm
    public String version;

    /** The version the form was loaded with; -1 when it is missing or garbled. */
    public int loadedVersion() {
        return versionOf(version);
    }

    /** After a lost race: the form now edits the saved version, keeping what was typed. */
    public void reload(int savedVersion, String message) {
        reject(FORM, message);
        version = String.valueOf(savedVersion);
    }
}
