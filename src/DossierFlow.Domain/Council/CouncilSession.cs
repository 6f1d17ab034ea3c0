using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Council;

public enum SessionStatus { Scheduled = 1, Held = 2, Cancelled = 3 }

/// <summary>
/// A meeting of the provincial Hội đồng Thi đua - Khen thưởng: when and where, who chairs and who keeps the minutes,
/// the members invited (copied from the membership list, so the minutes keep their names), the dossiers on the
/// agenda, who attended, the votes per nominee and the minutes. Each change of time or place raises the
/// calendar sequence, so the members' calendars replace the earlier invitation.
/// </summary>
public sealed class CouncilSession
{
    private readonly List<SessionAttendee> _attendees = [];
    private readonly List<SessionItem> _items = [];
    private readonly List<SessionVote> _votes = [];
    private readonly List<VoteCorrection> _corrections = [];

    private CouncilSession() { Place = CreatedBy = ""; }

    public Guid Id { get; private set; }
    public DateTime StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string Place { get; private set; }
    public Guid ChairMemberId { get; private set; }
    public Guid SecretaryMemberId { get; private set; }
    /// <summary>Members of the council when the session was scheduled: the "tổng số thành viên Hội đồng" of the voting rules.</summary>
    public int CouncilSize { get; private set; }
    public SessionStatus Status { get; private set; }
    /// <summary>The iCalendar SEQUENCE: 0 for the invitation, +1 for each update and for the cancellation.</summary>
    public int Sequence { get; private set; }
    public bool AttendanceRecorded { get; private set; }
    public int Revision { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int? MinutesNumber { get; private set; }
    public DateOnly? MinutesIssuedOn { get; private set; }
    public string? MinutesSha256 { get; private set; }
    /// <summary>When the secretary confirmed the results ("Xác nhận kết quả biểu quyết"); until then the votes are a draft.</summary>
    public DateTime? ResultsConfirmedAt { get; private set; }
    public string? ResultsConfirmedBy { get; private set; }
    public bool ResultsConfirmed => ResultsConfirmedAt is not null;

    public IReadOnlyList<SessionAttendee> Attendees => _attendees;
    public IReadOnlyList<SessionItem> Items => _items;
    public IReadOnlyList<SessionVote> Votes => _votes;
    /// <summary>Corrections of confirmed results, oldest first: append-only, each with its reason, who and when.</summary>
    public IReadOnlyList<VoteCorrection> Corrections => _corrections;

    public SessionAttendee Chair => _attendees.First(a => a.MemberId == ChairMemberId);
    public SessionAttendee Secretary => _attendees.First(a => a.MemberId == SecretaryMemberId);
    public int Present => _attendees.Count(a => a.Attended);
    public int WrittenOpinions => _attendees.Count(a => !a.Attended && a.WrittenOpinion);
    public bool AllVoted => _items.Count > 0 && _items.All(i => i.VotedAt is not null);

    public static CouncilSession Schedule(DateTime startsAtUtc, int durationMinutes, string place, CouncilMember chair, CouncilMember secretary,
        IReadOnlyCollection<CouncilMember> members, int councilSize, IReadOnlyList<Guid> dossierIds, DateTime now, string by)
    {
        if (members.Count == 0) throw new DomainException("session-members", "Hãy chọn thành viên Hội đồng được mời họp.");
        if (members.All(m => m.Id != chair.Id)) throw new DomainException("session-chair", "Người chủ trì phải là thành viên được mời họp.");
        if (members.All(m => m.Id != secretary.Id)) throw new DomainException("session-secretary", "Thư ký phải là thành viên được mời họp.");
        if (dossierIds.Count == 0) throw new DomainException("session-agenda", "Hãy chọn ít nhất một hồ sơ đưa vào chương trình họp.");
        if (dossierIds.Distinct().Count() != dossierIds.Count) throw new DomainException("session-agenda-duplicate", "Một hồ sơ chỉ được đưa vào chương trình một lần.");
        if (councilSize < members.Count) throw new DomainException("session-size", "Số thành viên Hội đồng không được nhỏ hơn số thành viên được mời.");
        var session = new CouncilSession
        {
            Id = Ids.New(),
            ChairMemberId = chair.Id,
            SecretaryMemberId = secretary.Id,
            CouncilSize = councilSize,
            Status = SessionStatus.Scheduled,
            CreatedAt = now,
            CreatedBy = Guard.Required(by, "session-creator", "Thiếu người lập phiên họp."),
            Revision = 1,
        };
        session.SetTimeAndPlace(startsAtUtc, durationMinutes, place, now);
        foreach (var member in members.OrderBy(m => m.Order))
            session._attendees.Add(new SessionAttendee(member.Id, member.FullName, member.Position, member.Email, member.UserId));
        for (var i = 0; i < dossierIds.Count; i++) session._items.Add(new SessionItem(dossierIds[i], i + 1));
        return session;
    }

    /// <summary>A new time or place: the members get an updated invitation (the sequence goes up).</summary>
    public void Reschedule(int seenRevision, DateTime startsAtUtc, int durationMinutes, string place, DateTime now)
    {
        ExpectChangeable(seenRevision);
        if (AttendanceRecorded) throw new DomainException("session-held", "Phiên họp đã diễn ra (đã điểm danh), không thể đổi lịch.");
        SetTimeAndPlace(startsAtUtc, durationMinutes, place, now);
        Sequence++;
        Touch(now);
    }

    public void Cancel(int seenRevision, DateTime now)
    {
        ExpectChangeable(seenRevision);
        if (_votes.Count > 0 || ResultsConfirmed) throw new DomainException("session-voted", "Phiên họp đã có kết quả biểu quyết, không thể hủy.");
        Status = SessionStatus.Cancelled;
        Sequence++;
        Touch(now);
    }

    /// <summary>
    /// Who came, and which absent members sent a written opinion: each member is present, or absent with or without a
    /// written opinion, never both. Only from the session's start time, and until the results are confirmed (the draft
    /// votes are judged again against the new attendance when they are confirmed).
    /// </summary>
    public void RecordAttendance(int seenRevision, IReadOnlySet<Guid> attended, IReadOnlySet<Guid> writtenOpinions, DateTime now)
    {
        ExpectChangeable(seenRevision);
        ExpectStarted(now);
        if (ResultsConfirmed) throw Confirmed();
        var unknown = attended.Concat(writtenOpinions).FirstOrDefault(id => _attendees.All(a => a.MemberId != id));
        if (unknown != Guid.Empty) throw new DomainException("session-attendee-unknown", "Người được điểm danh không có trong danh sách mời họp.");
        var both = _attendees.Where(a => attended.Contains(a.MemberId) && writtenOpinions.Contains(a.MemberId)).Select(a => a.FullName).ToList();
        if (both.Count > 0)
            throw new DomainException("session-attendance-both",
                $"{string.Join(", ", both)}: một thành viên hoặc có mặt, hoặc vắng mặt (có hoặc không có ý kiến bằng văn bản), không thể vừa có mặt vừa vắng có ý kiến bằng văn bản.");
        if (attended.Count == 0)
            throw new DomainException("session-attendance-empty",
                "Không có thành viên nào có mặt: phiên họp không thể biểu quyết. Hãy đánh dấu thành viên có mặt, hoặc đổi lịch họp nếu cuộc họp không diễn ra.");
        foreach (var attendee in _attendees)
            attendee.Mark(attended.Contains(attendee.MemberId), writtenOpinions.Contains(attendee.MemberId));
        AttendanceRecorded = true;
        Touch(now);
    }

    /// <summary>
    /// "Tạm lưu": the counts typed so far, as a draft. Replaces the draft of each nominee given; a nominee given
    /// without a vote (a row left blank) has its draft removed. Moves no dossier.
    /// </summary>
    public void SaveDraft(int seenRevision, IReadOnlyList<SessionVote> votes, IReadOnlyCollection<Guid> cleared, DateTime now)
    {
        ExpectChangeable(seenRevision);
        ExpectVotingOpen(now);
        var changed = votes.Select(v => v.NomineeId).Concat(cleared).ToHashSet();
        _votes.RemoveAll(v => changed.Contains(v.NomineeId));
        _votes.AddRange(votes);
        Touch(now);
    }

    /// <summary>
    /// "Xác nhận kết quả biểu quyết": the judged result of every nominee of the agenda becomes the session's; the
    /// dossiers move afterwards (the use case), and from now on a result changes only by a <see cref="Correct"/>.
    /// </summary>
    public void ConfirmResults(int seenRevision, IReadOnlyList<SessionVote> votes, DateTime now, string by)
    {
        ExpectChangeable(seenRevision);
        ExpectVotingOpen(now);
        if (Present == 0) throw new DomainException("session-attendance-empty", "Không có thành viên nào có mặt: không thể xác nhận kết quả biểu quyết.");
        _votes.Clear();
        _votes.AddRange(votes);
        foreach (var item in _items) item.VotedAt = now;
        ResultsConfirmedAt = now;
        ResultsConfirmedBy = Guard.Required(by, "session-confirmed-by", "Thiếu người xác nhận kết quả.");
        Status = SessionStatus.Held;
        Touch(now);
    }

    /// <summary>
    /// A confirmed result corrected before the minutes are issued: the new tally replaces the old one and the
    /// change is journalled with its reason, who and when, and the old and new values.
    /// </summary>
    public VoteCorrection Correct(int seenRevision, SessionVote corrected, string reason, DateTime now, string by)
    {
        ExpectChangeable(seenRevision);
        if (!ResultsConfirmed)
            throw new DomainException("session-not-confirmed", "Kết quả biểu quyết chưa được xác nhận: hãy sửa trực tiếp trên bảng biểu quyết rồi bấm \"Tạm lưu\".");
        if (MinutesNumber is not null)
            throw new DomainException("session-minutes-issued", "Biên bản họp đã được lập: kết quả biểu quyết không còn được sửa.");
        var old = _votes.FirstOrDefault(v => v.NomineeId == corrected.NomineeId)
            ?? throw new DomainException("vote-not-found", "Tập thể, cá nhân này không có kết quả biểu quyết trong phiên họp.");
        var why = TextLimits.Check(Guard.Required(reason, "vote-correction-reason", $"Vui lòng nhập lý do sửa kết quả của {old.NomineeName}."),
            TextLimits.Comment, "vote-correction-reason", "Lý do sửa");
        if (old with { Passed = corrected.Passed, Percent = corrected.Percent, Explanation = corrected.Explanation } == corrected)
            throw new DomainException("vote-correction-unchanged", $"Số phiếu của {old.NomineeName} không thay đổi so với kết quả đã xác nhận.");
        var correction = new VoteCorrection(corrected.NomineeId, corrected.DossierId, old.NomineeName, old.For, old.Against, old.Abstain, old.WrittenFor,
            old.Passed, corrected.For, corrected.Against, corrected.Abstain, corrected.WrittenFor, corrected.Passed, why, by, now);
        _votes.Remove(old);
        _votes.Add(corrected);
        _corrections.Add(correction);
        Touch(now);
        return correction;
    }

    /// <summary>Attendance recorded, the session started, the results not confirmed yet: votes may be typed or imported.</summary>
    public void ExpectVotingOpen(DateTime now)
    {
        if (Status == SessionStatus.Cancelled) throw new DomainException("session-cancelled", "Phiên họp đã bị hủy.");
        ExpectStarted(now);
        if (!AttendanceRecorded) throw new DomainException("session-attendance-missing", "Hãy điểm danh thành viên có mặt trước khi ghi kết quả biểu quyết.");
        if (ResultsConfirmed) throw Confirmed();
    }

    /// <summary>Attendance and votes exist only once the meeting has begun: nothing may be dated before it.</summary>
    public void ExpectStarted(DateTime now)
    {
        // Việt Nam keeps UTC+7 all year, so the local time needs no time-zone database here.
        if (now < StartsAt)
            throw new DomainException("session-not-started",
                $"Phiên họp bắt đầu lúc {StartsAt.AddHours(7):HH:mm} ngày {StartsAt.AddHours(7):dd/MM/yyyy}: chỉ ghi điểm danh và kết quả biểu quyết từ thời điểm đó.");
    }

    private static DomainException Confirmed() =>
        new("session-confirmed", "Kết quả biểu quyết đã được xác nhận: chỉ sửa từng kết quả kèm lý do (trước khi lập biên bản).");

    public void MinutesIssued(int number, DateOnly issuedOn, string sha256, DateTime now)
    {
        if (!ResultsConfirmed) throw new DomainException("session-minutes-early", "Chỉ lập biên bản sau khi kết quả biểu quyết đã được xác nhận.");
        MinutesNumber = number;
        MinutesIssuedOn = issuedOn;
        MinutesSha256 = sha256;
        Touch(now);
    }

    public bool Invites(string userId) => _attendees.Any(a => a.UserId == userId);

    private void SetTimeAndPlace(DateTime startsAtUtc, int durationMinutes, string place, DateTime now)
    {
        if (startsAtUtc <= now) throw new DomainException("session-past", "Thời gian họp phải sau thời điểm hiện tại.");
        // A session is planned weeks ahead, not years; the bound also keeps its end and the invitation's dates representable.
        if (startsAtUtc > now.AddYears(1)) throw new DomainException("session-too-far", "Thời gian họp phải trong vòng một năm kể từ hôm nay.");
        if (durationMinutes is < 15 or > 720) throw new DomainException("session-duration", "Thời lượng họp phải từ 15 phút đến 12 giờ.");
        StartsAt = startsAtUtc;
        DurationMinutes = durationMinutes;
        Place = TextLimits.Check(Guard.Required(place, "session-place", "Vui lòng nhập địa điểm họp."), TextLimits.Title, "session-place", "Địa điểm");
    }

    public void ExpectRevision(int seenRevision)
    {
        if (seenRevision != Revision)
            throw new ConcurrencyConflictException("Phiên họp đã được người khác cập nhật. Vui lòng tải lại trang và thực hiện lại.");
    }

    private void ExpectChangeable(int seenRevision)
    {
        ExpectRevision(seenRevision);
        if (Status == SessionStatus.Cancelled) throw new DomainException("session-cancelled", "Phiên họp đã bị hủy.");
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>A member invited to a session, with the name and office they had then; attendance once recorded.</summary>
public sealed class SessionAttendee
{
    private SessionAttendee() { FullName = Position = Email = ""; }

    internal SessionAttendee(Guid memberId, string fullName, string position, string email, string? userId)
    {
        MemberId = memberId;
        FullName = fullName;
        Position = position;
        Email = email;
        UserId = userId;
    }

    public Guid MemberId { get; private set; }
    public string FullName { get; private set; }
    public string Position { get; private set; }
    public string Email { get; private set; }
    public string? UserId { get; private set; }
    public bool Attended { get; private set; }
    /// <summary>Absent, but sent a written opinion (counted where the voting rule allows).</summary>
    public bool WrittenOpinion { get; private set; }

    internal void Mark(bool attended, bool writtenOpinion)
    {
        Attended = attended;
        WrittenOpinion = writtenOpinion;
    }
}

/// <summary>A dossier on a session's agenda.</summary>
public sealed class SessionItem
{
    private SessionItem() { }

    internal SessionItem(Guid dossierId, int order)
    {
        DossierId = dossierId;
        Order = order;
    }

    public Guid DossierId { get; private set; }
    public int Order { get; private set; }
    public DateTime? VotedAt { get; internal set; }
}

/// <summary>
/// The tally for one nominee at a session and what the voting rule made of it (for the minutes): a draft until the
/// session's results are confirmed.
/// </summary>
public sealed record SessionVote(Guid DossierId, Guid NomineeId, string NomineeName, int For, int Against, int Abstain, int WrittenFor,
    bool Passed, decimal Percent, string Explanation);

/// <summary>One correction of a confirmed result: the old and new counts and outcomes, the reason, who and when.</summary>
public sealed record VoteCorrection(Guid NomineeId, Guid DossierId, string NomineeName, int OldFor, int OldAgainst, int OldAbstain, int OldWrittenFor,
    bool OldPassed, int NewFor, int NewAgainst, int NewAbstain, int NewWrittenFor, bool NewPassed, string Reason, string By, DateTime At);
