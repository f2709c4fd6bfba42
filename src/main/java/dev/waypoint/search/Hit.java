package dev.waypoint.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One item a search found, as its reader may see it.
 *
 * @param title what the item is called (a check-in by its week)
 * @param texts the item's other words, where the snippet comes from
 * @param whose whose it is, for this reader ("Yours", "Dana Lee's · your mentee")
 * @param place where it lives ("Step of Learn Go")
 * @param href the page that opens it
 */
record Hit(
        Filter.Kind kind,
        Filter.Whose from,
        Long id,
        String title,
        List<String> texts,
        LocalDate day,
        String whose,
        String place,
        String href) {}
