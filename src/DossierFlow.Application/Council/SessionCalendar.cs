using System.Text;
using DossierFlow.Domain.Council;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DossierFlow.Application.Council;

/// <summary>
/// The iCalendar (RFC 5545) file of a council session, built with Ical.Net: METHOD:REQUEST for the invitation and
/// each update (same UID, higher SEQUENCE, so calendars replace the event), METHOD:CANCEL when cancelled. Times are
/// local (TZID=Asia/Ho_Chi_Minh, with its VTIMEZONE), so a calendar shows the hour the members were told.
/// </summary>
public static class SessionCalendar
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public static byte[] Build(CouncilSession session, string summary, string description, string organizerEmail, DateTime now)
    {
        var cancelled = session.Status == SessionStatus.Cancelled;
        var calendar = new Calendar { ProductId = "-//DossierFlow//Council sessions//VI", Method = Method(session) };
        calendar.AddTimeZone(TimeZoneId);
        // Stored times are UTC; the library converts them to the session's zone and writes TZID with local times.
        var start = new CalDateTime(session.StartsAt, CalDateTime.UtcTzId).ToTimeZone(TimeZoneId);
        var meeting = new CalendarEvent
        {
            Uid = $"{session.Id:N}@dossierflow",
            Sequence = session.Sequence,
            DtStamp = new CalDateTime(now, CalDateTime.UtcTzId),
            DtStart = start,
            DtEnd = start.AddMinutes(session.DurationMinutes),
            Summary = summary,
            Location = session.Place,
            Description = description,
            Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = session.Secretary.FullName },
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        foreach (var attendee in session.Attendees)
            meeting.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.FullName,
                Role = attendee.MemberId == session.ChairMemberId ? ParticipationRole.Chair : ParticipationRole.RequiredParticipant,
                ParticipationStatus = EventParticipationStatus.NeedsAction,
                Rsvp = true,
            });
        calendar.Events.Add(meeting);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    public static string ContentType(CouncilSession session) => $"text/calendar; method={Method(session)}; charset=utf-8";

    private static string Method(CouncilSession session) =>
        session.Status == SessionStatus.Cancelled ? CalendarMethods.Cancel : CalendarMethods.Request;
}
