package dev.waypoint.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A VTIMEZONE written from the JDK's own rules for the zone: its yearly changes as recurring
 * observances, or one fixed offset. Not from ical4j's registry: loading that registers ical4j's
 * zones with java.time for the whole JVM, which fails when the app starts a second time in one
 * JVM (tests, dev mode) and, seen by the system class loader, breaks java.time altogether.
 */
final class ZoneDefinition {

    private ZoneDefinition() {}

    /** The zone as it has been since the start of {@code fromYear}, which should precede every event. */
    static VTimeZone of(ZoneId zone, int fromYear) {
        ZoneRules rules = zone.getRules();
        VTimeZone definition = new VTimeZone().add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(LocalDateTime.of(fromYear, 1, 1, 0, 0));
            Observance fixed = new Standard()
                    .add(new DtStart<>(LocalDateTime.of(fromYear, 1, 1, 0, 0)))
                    .add(new TzOffsetFrom(offset))
                    .add(new TzOffsetTo(offset));
            return definition.add(fixed);
        }
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(fromYear);
            Observance observance =
                    rule.getOffsetAfter().equals(rule.getStandardOffset()) ? new Standard() : new Daylight();
            observance
                    .add(new DtStart<>(first.getDateTimeBefore()))
                    .add(new TzOffsetFrom(rule.getOffsetBefore()))
                    .add(new TzOffsetTo(rule.getOffsetAfter()))
                    .add(new RRule<>(yearlyOn(rule)));
            definition.add(observance);
        }
        return definition;
    }

    /** The rule's day as a yearly recurrence: "last Sunday of March", "second Sunday of March". */
    private static Recur<LocalDateTime> yearlyOn(ZoneOffsetTransitionRule rule) {
        Recur.Builder<LocalDateTime> recur = new Recur.Builder<LocalDateTime>()
                .frequency(Frequency.YEARLY)
                .monthList(new Month(rule.getMonth().getValue()));
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return recur.monthDayList(day).build();
        }
        WeekDay weekDay = WeekDay.getWeekDay(rule.getDayOfWeek());
        if (day == -1) {
            return recur.dayList(new WeekDay(weekDay, -1)).build();
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return recur.dayList(new WeekDay(weekDay, (day - 1) / 7 + 1)).build();
        }
        // "The first Sunday on or after the 9th": that weekday among the seven days from there.
        List<Integer> days = new ArrayList<>();
        IntStream.range(0, 7).map(i -> day > 0 ? day + i : day - i).forEach(days::add);
        return recur.dayList(weekDay).monthDayList(days).build();
    }
}
