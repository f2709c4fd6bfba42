package dev.waypoint.search;

import dev.waypoint.search.Filter.Kind;
import dev.waypoint.search.Filter.Whose;
import java.util.ArrayList;
import java.util.List;

/** What the reader's active mentees shared with mentors: goals, check-ins and milestones. */
final class MenteeItems {

    private MenteeItems() {}

    static List<Hit> find(Matching matching, Filter filter) {
        List<Hit> hits = new ArrayList<>();
        if (filter.covers(Kind.GOAL, Whose.MENTEES)) {
            hits.addAll(PersonItems.goals(matching, matching.mentees("g")));
        }
        if (filter.covers(Kind.CHECK_IN, Whose.MENTEES)) {
            hits.addAll(PersonItems.checkIns(matching, matching.mentees("c")));
        }
        if (filter.covers(Kind.MILESTONE, Whose.MENTEES)) {
            hits.addAll(PersonItems.milestones(matching, matching.mentees("m")));
        }
        return hits;
    }
}
