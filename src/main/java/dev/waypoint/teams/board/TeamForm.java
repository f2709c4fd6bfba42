package dev.waypoint.teams.board;

import dev.waypoint.teams.Team;
import dev.waypoint.web.FormInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What the "start a team" form sends, kept as typed. */
public class TeamForm extends FormInput {

    @RestForm
    @NotBlank(message = "Give the team a name.")
    @Size(max = Team.NAME_MAX, message = "Please keep the name to {max} characters.")
    public String name;

    @RestForm
    @Size(max = Team.PURPOSE_MAX, message = "Please keep the purpose to {max} characters.")
    public String purpose;

    boolean validate() {
        return checkConstraints();
    }

    void applyTo(Team team) {
        team.name = oneLine(name);
        team.purpose = clean(purpose);
    }
}
