package dev.waypoint.meetings;

import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A session's notes as typed: the shared ones, or the typist's own private ones. */
public class NotesForm extends VersionedForm {

    @RestForm
    @Size(max = Meeting.NOTES_MAX, message = "Please keep notes to {max} characters or fewer.")
    public String notes;

    static NotesForm of(String notes, int version) {
        NotesForm form = new NotesForm();
        form.notes = notes;
        form.version = String.valueOf(version);
        return form;
    }

    boolean validate() {
        return checkConstraints();
    }

    String cleanNotes() {
        return clean(notes);
    }
}
