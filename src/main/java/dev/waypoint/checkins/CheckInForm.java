package dev.waypoint.checkins;

import dev.waypoint.web.VersionedForm;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;

/** What the check-in form sends, kept as typed so nothing is lost when it is refused. */
public class CheckInForm extends VersionedForm {

    private static final String TOO_LONG = "That's more than {max} characters. Please shorten it a little.";

    @RestForm
    @Size(max = CheckIn.WINS_MAX, message = TOO_LONG)
    public String wins;

    @RestForm
    @Size(max = CheckIn.ROADBLOCKS_MAX, message = TOO_LONG)
    public String roadblocks;

    @RestForm
    @Size(max = CheckIn.FOCUS_MAX, message = TOO_LONG)
    public String focus;

    @RestForm
    public String confidence;

    @RestForm
    public String shareWithMentors;

    /** The ids of the teams this check-in is shared with. */
    @RestForm
    public List<String> teams = new ArrayList<>();

    /** Goal ids, paired by position with {@link #note}. */
    @RestForm
    public List<String> noteGoal = new ArrayList<>();

    @RestForm
    public List<String> note = new ArrayList<>();

    static CheckInForm of(CheckIn checkIn, Map<Long, String> notes) {
        CheckInForm form = new CheckInForm();
        form.wins = checkIn.wins;
        form.roadblocks = checkIn.roadblocks;
        form.focus = checkIn.focus;
        form.confidence = checkIn.confidence == null ? null : checkIn.confidence.toString();
        form.shareWithMentors = checkIn.sharedWithMentors ? "on" : null;
        form.version = String.valueOf(checkIn.version);
        notes.forEach((goal, text) -> {
            form.noteGoal.add(goal.toString());
            form.note.add(text);
        });
        return form;
    }

    /** A fresh draft: wins from this week's finished steps, focus carried over from last week. */
    static CheckInForm draft(List<String> finishedThisWeek, List<String> carriedFocus, boolean share) {
        CheckInForm form = new CheckInForm();
        form.wins = bullets(finishedThisWeek);
        form.focus = bullets(carriedFocus);
        form.shareWithMentors = share ? "on" : null;
        return form;
    }

    /** Checks the fields; a submitted check-in also needs a confidence. */
    boolean validate(boolean submitting) {
        checkConstraints();
        for (String text : note) {
            if (text != null && text.length() > CheckInNote.NOTE_MAX) {
                errors.put("notes", "Please keep each goal note to " + CheckInNote.NOTE_MAX + " characters or fewer.");
            }
        }
        String value = clean(confidence);
        if (value == null) {
            if (submitting) {
                errors.put("confidence", "How confident do you feel about next week? Pick 1 to 5.");
            }
        } else if (parseConfidence() == null) {
            errors.put("confidence", "Confidence goes from 1 (shaky) to 5 (sure). Pick one of those.");
        }
        return errors.isEmpty();
    }

    void applyTo(CheckIn checkIn) {
        checkIn.wins = clean(wins);
        checkIn.roadblocks = clean(roadblocks);
        checkIn.focus = clean(focus);
        checkIn.confidence = parseConfidence();
        checkIn.sharedWithMentors = shareWithMentors != null;
    }

    /** The goal notes as typed, by goal id; blank notes are left out. */
    Map<Long, String> notesByGoal() {
        Map<Long, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(noteGoal.size(), note.size()); i++) {
            String text = clean(note.get(i));
            try {
                if (text != null) {
                    notes.put(Long.valueOf(noteGoal.get(i)), text);
                }
            } catch (NumberFormatException notAGoal) {
                // A tampered field: ignore it rather than fail the whole check-in.
            }
        }
        return notes;
    }

    public String noteFor(Long goalId) {
        for (int i = 0; i < Math.min(noteGoal.size(), note.size()); i++) {
            if (goalId.toString().equals(noteGoal.get(i))) {
                return note.get(i);
            }
        }
        return "";
    }

    public boolean sharedWithTeam(Long teamId) {
        return teams.contains(teamId.toString());
    }

    public boolean sharing() {
        return shareWithMentors != null;
    }

    public boolean confidenceIs(int value) {
        return String.valueOf(value).equals(clean(confidence));
    }

    private Integer parseConfidence() {
        try {
            int value = Integer.parseInt(Objects.requireNonNullElse(clean(confidence), ""));
            return value >= 1 && value <= 5 ? value : null;
        } catch (NumberFormatException garbled) {
            return null;
        }
    }

    private static String bullets(List<String> lines) {
        return lines.isEmpty() ? null : "- " + String.join("\n- ", lines);
    }
}
