package dev.waypoint.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue before anyone searches: a few ideas from each category, and how many more
 * there are, so the page is a short tour rather than every idea at once.
 */
public record IdeaGroup(Category category, List<Idea> first, int total) {

    static final int SHOWN = 3;

    public int more() {
        return total - first.size();
    }

    /** {@code ideas} by category, in the order of the categories. */
    static List<IdeaGroup> of(List<Idea> ideas) {
        Map<Category, List<Idea>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category, new ArrayList<>());
        }
        ideas.forEach(idea -> byCategory.get(idea.category).add(idea));
        List<IdeaGroup> groups = new ArrayList<>();
        byCategory.forEach((category, inIt) -> {
            if (!inIt.isEmpty()) {
                groups.add(new IdeaGroup(category, inIt.subList(0, Math.min(SHOWN, inIt.size())), inIt.size()));
            }
        });
        return groups;
    }
}
