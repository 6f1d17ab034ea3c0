using System.Globalization;
using System.Text;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Council;

namespace DossierFlow.Application.Council;

/// <summary>
/// The iCalendar (RFC 5545) file of a council session: METHOD:REQUEST for the invitation and each update (same UID,
/// higher SEQUENCE, so calendars replace the event), METHOD:CANCEL when cancelled. Times are local
/// (TZID=Asia/Ho_Chi_Minh, with its VTIMEZONE: UTC+7 all year), so a calendar shows the hour the members were told.
/// </summary>
public static class SessionCalendar
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public static byte[] Build(CouncilSession session, string summary, string description, string organizerEmail, DateTime now)
    {
        var cancelled = session.Status == SessionStatus.Cancelled;
        var start = VietnameseFormat.Local(session.StartsAt);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:-//DossierFlow//Council sessions//VI",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            $"METHOD:{(cancelled ? "CANCEL" : "REQUEST")}",
            "BEGIN:VTIMEZONE",
            $"TZID:{TimeZoneId}",
            "BEGIN:STANDARD",
            "DTSTART:19750613T000000",
            "TZOFFSETFROM:+0700",
            "TZOFFSETTO:+0700",
            "TZNAME:+07",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:{session.Id:N}@dossierflow",
            $"SEQUENCE:{session.Sequence}",
            $"DTSTAMP:{now:yyyyMMdd'T'HHmmss'Z'}",
            $"DTSTART;TZID={TimeZoneId}:{Local(start)}",
            $"DTEND;TZID={TimeZoneId}:{Local(start.AddMinutes(session.DurationMinutes))}",
            $"SUMMARY:{Text(summary)}",
            $"LOCATION:{Text(session.Place)}",
            $"DESCRIPTION:{Text(description)}",
            $"ORGANIZER;CN={Parameter(session.Secretary.FullName)}:mailto:{organizerEmail}",
        };
        foreach (var attendee in session.Attendees)
            lines.Add($"ATTENDEE;CN={Parameter(attendee.FullName)};ROLE={(attendee.MemberId == session.ChairMemberId ? "CHAIR" : "REQ-PARTICIPANT")};" +
                      $"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee.Email}");
        lines.Add($"STATUS:{(cancelled ? "CANCELLED" : "CONFIRMED")}");
        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string ContentType(CouncilSession session) =>
        $"text/calendar; method={(session.Status == SessionStatus.Cancelled ? "CANCEL" : "REQUEST")}; charset=utf-8";

    private static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).</summary>
    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Parameter values with separators are quoted; quotes themselves are not allowed.</summary>
    private static string Parameter(string value) => "\"" + value.Replace("\"", "'") + "\"";

    /// <summary>Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
