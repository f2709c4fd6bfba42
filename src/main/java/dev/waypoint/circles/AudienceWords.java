package dev.waypoint.circles;

import dev.waypoint.people.Person;
import dev.waypoint.teams.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * How pages and the audit log say who can see an item, in words, apart from the rule itself
 * ({@link Audience}): the names come from {@link Audience#of}.
 */
public final class AudienceWords {

    private AudienceWords() {}

    /**
     * For the audit log: who sees an item now, by kind of audience and team name, never by the item's
     * text ("the check-in of Week 49: now shared with mentors and the team Platform").
     */
    public static String sharingNow(String item, boolean withMentors, List<String> teams) {
        List<String> who = new ArrayList<>();
        if (withMentors) {
            who.add("mentors");
        }
        if (!teams.isEmpty()) {
            who.add((teams.size() == 1 ? "the team " : "the teams ") + names(teams));
        }
        return item + (who.isEmpty() ? ": now private" : ": now shared with " + names(who));
    }

    /** What a private item's page says about who can see it. */
    public static String describePrivate(String noun) {
        return "Only you can see this " + noun + ".";
    }

    /** What the owner reads about an item the audience of which is {@code names}. */
    public static String describe(String noun, boolean sharedWithMentors, Audience.Names names) {
        return describe(noun, sharedWithMentors, names.mentors(), names.teams());
    }

    /** For mentors only: "Only you can see this milestone." or "You and Bob (your mentor) can see …". */
    public static String describe(String noun, boolean sharedWithMentors, List<Person> mentors) {
        return describe(
                noun,
                sharedWithMentors,
                mentors.stream().map(p -> p.displayName).toList(),
                List.of());
    }

    /**
     * What the owner reads: everyone who can see the item now, by name. {@code mentors} are the
     * owner's active mentors, {@code teams} the teams it is shared with where the owner is a
     * current member (the only teams whose members can see it).
     */
    public static String describe(String noun, boolean sharedWithMentors, List<String> mentors, List<String> teams) {
        List<String> who = new ArrayList<>();
        if (sharedWithMentors && !mentors.isEmpty()) {
            who.add(names(mentors) + (mentors.size() == 1 ? " (your mentor)" : " (your mentors)"));
        }
        if (!teams.isEmpty()) {
            who.add("the members of " + names(teams));
        }
        if (who.isEmpty()) {
            return sharedWithMentors
                    ? "Shared with your mentors; you have none yet, so only you can see this " + noun + "."
                    : describePrivate(noun);
        }
        return (who.size() == 1 ? "You and " : "You, ") + names(who) + " can see this " + noun + ".";
    }

    /**
     * What someone it is shared with reads: how it reached them. {@code asMentor} when they are an
     * active mentor and it is shared with mentors; {@code viaTeams} the teams they see it through.
     */
    public static String describeForViewer(String noun, Person owner, boolean asMentor, List<Team> viaTeams) {
        List<String> how = new ArrayList<>();
        if (asMentor) {
            how.add("you as a mentor");
        }
        if (!viaTeams.isEmpty()) {
            how.add("the team " + names(viaTeams.stream().map(t -> t.name).toList()));
        }
        return owner.displayName + " shared this " + noun + " with " + (how.isEmpty() ? "you" : names(how)) + ".";
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
