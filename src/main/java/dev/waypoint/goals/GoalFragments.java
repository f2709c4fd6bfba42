package dev.waypoint.goals;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Out-of-band pieces that follow a change: every place a goal's progress shows updates with it. */
final class GoalFragments {

    private GoalFragments() {}

    @CheckedTemplate(basePath = "GoalFragments")
    static class Templates {
        /** The goal's bar, and its north star's roll-up, wherever they are on the page. */
        static native TemplateInstance progress(Goal goal, int northStarPercent);

        /** A step ticked from the dashboard: its row, its goal's bars and the counters. */
        static native TemplateInstance dueStep(Step step, Goal goal, int northStarPercent, ProgressCounters counters);
    }
}
