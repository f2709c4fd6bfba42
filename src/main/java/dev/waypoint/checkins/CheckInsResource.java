package dev.waypoint.checkins;

import dev.waypoint.people.CurrentPerson;
import dev.waypoint.people.Person;
import dev.waypoint.web.Answer;
import dev.waypoint.web.Confirmation;
import dev.waypoint.web.FormInput;
import dev.waypoint.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The weeks at a glance, the way to this week's check-in, and pausing a week. */
@Path("/check-ins")
@Authenticated
@Blocking
public class CheckInsResource {

    @TemplateGlobal(name = "calendarWeeks")
    static final int CALENDAR_WEEKS = 26;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Week current,
                List<Week> pausedAhead,
                List<Consistency.WeekState> weeks,
                Consistency consistency,
                PauseForm pause);
    }

    @Inject
    CurrentPerson currentPerson;

    @Inject
    Clock clock;

    @GET
    @Transactional
    public TemplateInstance list() {
        return render(currentPerson.get(), new PauseForm());
    }

    @GET
    @Path("this-week")
    public Response thisWeek() {
        Week current = Week.current(clock, currentPerson.get().zone());
        return Response.seeOther(URI.create("/check-ins/" + current.id())).build();
    }

    /** Pauses this week or next (holiday, illness): consistency neither counts nor misses it. */
    @POST
    @Path("pauses")
    @Transactional
    public Response pause(@BeanParam PauseForm form) {
        Person person = currentPerson.get();
        if (!form.validate(
                Week.current(clock, person.zone()),
                week -> CheckIn.of(person.id, week)
                        .filter(checkIn -> checkIn.submitted)
                        .isPresent())) {
            return Answer.refused(Refusal.INVALID, render(person, form));
        }
        Week chosen = form.chosen().orElseThrow();
        if (WeekPause.count("owner.id = ?1 and weekStart = ?2", person.id, chosen.start()) == 0) {
            WeekPause pause = new WeekPause();
            pause.owner = person;
            pause.weekStart = chosen.start();
            pause.reason = FormInput.oneLine(form.reason);
            pause.persist();
        }
        return Answer.seeOther("/check-ins", Confirmation.WEEK_PAUSED);
    }

    @POST
    @Path("pauses/{week: \\d{4}-W\\d{2}}/delete")
    @Transactional
    public Response resume(@PathParam("week") String weekId) {
        Week week = Week.parse(weekId).orElseThrow(NotFoundException::new);
        long removed = WeekPause.delete("owner.id = ?1 and weekStart = ?2", currentPerson.id(), week.start());
        if (removed == 0) {
            throw new NotFoundException();
        }
        return Answer.seeOther("/check-ins", Confirmation.WEEK_RESUMED);
    }

    private TemplateInstance render(Person person, PauseForm typed) {
        Week current = Week.current(clock, person.zone());
        Week since = current.minusWeeks(CALENDAR_WEEKS - 1L);
        List<CheckIn> checkIns = CheckIn.since(person.id, since);
        List<WeekPause> pauses = WeekPause.since(person.id, since);
        Week joined = Week.of(person.createdAt, person.zone());
        List<Consistency.WeekState> newestFirst =
                new ArrayList<>(Consistency.weeks(current, CALENDAR_WEEKS, joined, checkIns, pauses));
        Collections.reverse(newestFirst);
        List<Week> pausedAhead = pauses.stream()
                .map(pause -> new Week(pause.weekStart))
                .filter(week -> week.compareTo(current) > 0)
                .sorted(Comparator.reverseOrder())
                .toList();
        return Templates.list(
                current, pausedAhead, newestFirst, Consistency.of(current, joined, checkIns, pauses), typed);
    }
}
