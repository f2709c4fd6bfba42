"""Reads an iCalendar feed from stdin with Python's icalendar (a parser independent of ical4j) and
prints what a calendar app would show, one line a component, for CalendarFeedTest to check."""
import sys

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.read())
for zone in calendar.walk("VTIMEZONE"):
    print("VTIMEZONE|" + str(zone.get("tzid")))
for event in calendar.walk("VEVENT"):
    start = event.get("dtstart")
    decoded = event.decoded("dtstart")
    rrule = event.get("rrule")
    print("|".join([
        "VEVENT",
        str(event.get("summary")),
        decoded.isoformat(),
        str(start.params.get("TZID", "")),
        rrule.to_ical().decode() if rrule else "",
    ]))
