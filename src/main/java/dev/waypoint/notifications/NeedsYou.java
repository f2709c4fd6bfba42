package dev.waypoint.notifications;

import dev.waypoint.people.Person;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mentor's or lead's "needs you" list: what waits for them, to work down. Each page builds its
 * items from what its reader may see; an item leaves when its reader acts on it (the page's rule)
 * or says "not now", which puts it off until their next week.
 */
public record NeedsYou(List<Item> items) {

    /** How many items the list shows; "not now" or acting on one brings up the next. */
    static final int SHOWN = 10;

    /** What an item is about: a shared check-in, or a mentee who has been quiet. */
    public enum Subject {
        CHECK_IN,
        QUIET
    }

    /** An item's name, the same from one week to the next: "check-in-12", "quiet-7". */
    public record Key(Subject subject, Long id) {

        private static final Pattern TEXT = Pattern.compile("(check-in|quiet)-(\\d{1,18})");

        public String text() {
            return subject.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id;
        }

        public static Optional<Key> parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            Subject subject =
                    Subject.valueOf(matcher.group(1).toUpperCase(Locale.ROOT).replace('-', '_'));
            return Optional.of(new Key(subject, Long.parseLong(matcher.group(2))));
        }
    }

    /**
     * One item: whose it is ({@code aboutId}), what it says, a quote from the item (or null), where
     * acting on it happens and the word for that.
     */
    public record Item(Key key, Long aboutId, String sentence, String quote, String href, String act) {}

    /** {@code candidates} without those {@code reader} put off; one statement, none without candidates. */
    public static NeedsYou of(Long reader, List<Item> candidates, Clock clock) {
        if (candidates.isEmpty()) {
            return new NeedsYou(List.of());
        }
        Set<Key> putOff = NotNow.of(reader, clock.instant());
        return new NeedsYou(
                candidates.stream().filter(item -> !putOff.contains(item.key())).toList());
    }

    public List<Item> shown() {
        return items.subList(0, Math.min(SHOWN, items.size()));
    }

    /** How many wait beyond those shown. */
    public int more() {
        return items.size() - shown().size();
    }

    /** The list once {@code item} has left it. */
    public NeedsYou without(Item item) {
        return new NeedsYou(items.stream().filter(each -> !each.equals(item)).toList());
    }

    /** The item of this list named {@code key} ("check-in-12"), if it is on it. */
    public Optional<Item> find(String key) {
        return Key.parse(key)
                .flatMap(parsed ->
                        items.stream().filter(item -> item.key().equals(parsed)).findFirst());
    }

    /** "Not now": the item comes back at the start of the reader's next week, in their own zone. */
    public static void notNow(Person reader, Item item, Clock clock) {
        ZoneId zone = reader.zone();
        LocalDate nextMonday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant now = clock.instant();
        NotNow.put(reader.id, item, nextMonday.atStartOfDay(zone).toInstant(), now);
    }
}
