"""Reads the calendar invitations in .eml files the way a calendar program would (Python's email + icalendar)
and prints, as JSON, one entry per file: the part's content type and the event's fields."""
import email
import json
import sys

import icalendar

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f)
    for part in message.walk():
        if part.get_content_type() != "text/calendar":
            continue
        calendar = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        event = next(c for c in calendar.walk() if c.name == "VEVENT")
        start = event.decoded("DTSTART")
        tzid = event["DTSTART"].params.get("TZID")
        zones = [z for z in calendar.walk("VTIMEZONE") if str(z.get("TZID")) == tzid]
        attendees = event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list) else [event.get("ATTENDEE")]
        out.append({
            "file": path,
            "subject": str(email.header.make_header(email.header.decode_header(message["Subject"]))),
            "to": message["To"],
            "contentType": part.get("Content-Type"),
            "filename": part.get_filename(),
            "method": str(calendar.get("METHOD")),
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE")),
            "status": str(event.get("STATUS")),
            "start": start.isoformat(),
            "startUtc": start.astimezone(__import__("datetime").timezone.utc).isoformat(),
            "tzid": tzid,
            # The UTC offsets the file's own VTIMEZONE gives that zone: calendars without a zone database rely on them.
            "zoneOffsetsHours": sorted({o.decoded("TZOFFSETTO").total_seconds() / 3600 for z in zones for o in z.subcomponents}),
            "summary": str(event.get("SUMMARY")),
            "location": str(event.get("LOCATION")),
            "description": str(event.get("DESCRIPTION")),
            "organizer": event["ORGANIZER"].params.get("CN") + " <" + str(event["ORGANIZER"]) + ">",
            "attendees": len(attendees),
            "chairs": [a.params.get("CN") for a in attendees if a.params.get("ROLE") == "CHAIR"],
        })
print(json.dumps(out, ensure_ascii=False))
