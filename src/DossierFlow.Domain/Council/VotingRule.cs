using System.Globalization;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Council;

public enum BallotType { ShowOfHands = 1, SecretBallot = 2 }

/// <summary>Whose share the threshold is measured against: every member of the council, or those present.</summary>
public enum VoteDenominator { AllMembers = 1, MembersPresent = 2 }

/// <param name="QuorumPercent">The share of all members that must be present (or have sent written opinions where allowed).</param>
/// <param name="ThresholdPercent">The share of "for" votes, against the denominator, a nominee needs.</param>
/// <param name="CountWrittenOpinions">Whether absent members' written opinions count as votes (the 2017 rules allowed it).</param>
public sealed record VotingRule(BallotType Ballot, decimal QuorumPercent, VoteDenominator Denominator, decimal ThresholdPercent, bool CountWrittenOpinions)
{
    /// <summary>The defaults of the sources found (docs/legal-basis.md §6): 70% of all members by show of hands — to be confirmed by the province.</summary>
    public static VotingRule Default { get; } = new(BallotType.ShowOfHands, 50m, VoteDenominator.AllMembers, 70m, true);

    public VotingRule Validate()
    {
        if (QuorumPercent is < 0 or > 100 || ThresholdPercent is <= 0 or > 100)
            throw new DomainException("voting-rule-invalid", "Tỷ lệ túc số và ngưỡng biểu quyết phải nằm trong khoảng 0 - 100%.");
        return this;
    }

    /// <summary>Decides one nominee's result and says why, in Vietnamese, for the screen and the minutes.</summary>
    /// <param name="nominee">Named in the message when a count is refused.</param>
    public VoteOutcome Evaluate(VoteCount count, string? nominee = null)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN"); // "77,78%": the explanation goes on screen and into the minutes
        count.Validate(nominee);
        var attending = count.Present + (CountWrittenOpinions ? count.WrittenOpinions : 0);
        var quorumNeeded = (int)Math.Ceiling(count.Members * QuorumPercent / 100m);
        if (attending < quorumNeeded)
            return new VoteOutcome(false, false, 0m,
                string.Create(vi, $"Không đủ túc số: có {attending}/{count.Members} thành viên tham gia, cần ít nhất {quorumNeeded} ({QuorumPercent:0.##}%)."));
        var votesFor = count.For + (CountWrittenOpinions ? count.WrittenFor : 0);
        var denominator = Denominator == VoteDenominator.AllMembers ? count.Members : attending;
        var percent = denominator == 0 ? 0m : Math.Round(votesFor * 100m / denominator, 2);
        var basis = Denominator == VoteDenominator.AllMembers ? "tổng số thành viên Hội đồng" : "số thành viên tham gia";
        var ballot = Ballot == BallotType.SecretBallot ? "bỏ phiếu kín" : "biểu quyết";
        var passed = percent >= ThresholdPercent;
        return new VoteOutcome(true, passed, percent,
            string.Create(vi, $"{votesFor}/{denominator} phiếu đồng ý ({percent:0.##}% {basis}, {ballot}); cần từ {ThresholdPercent:0.##}% trở lên: {(passed ? "đạt" : "không đạt")}."));
    }
}

/// <param name="WrittenOpinions">Absent members who sent a written opinion; <paramref name="WrittenFor"/> of them in favour.</param>
public sealed record VoteCount(int Members, int Present, int For, int Against, int Abstain, int WrittenOpinions = 0, int WrittenFor = 0)
{
    /// <summary>
    /// Refuses a count the council cannot have cast. Sums are taken in <see cref="long"/>: counts typed by a person can be
    /// as large as <see cref="int.MaxValue"/>, and an overflowing sum once let an impossible count through.
    /// </summary>
    /// <param name="nominee">Named in the message, so the secretary knows which line to correct.</param>
    public void Validate(string? nominee = null)
    {
        var of = nominee is null ? "" : $" của {nominee}";
        if (Members <= 0) throw new DomainException("votes-members", "Số thành viên Hội đồng phải lớn hơn 0.");
        if (Present < 0 || Present > Members) throw new DomainException("votes-present", "Số thành viên có mặt không hợp lệ.");
        if (WrittenOpinions < 0 || (long)Present + WrittenOpinions > Members)
            throw new DomainException("votes-written", "Số ý kiến bằng văn bản không hợp lệ.");
        foreach (var (value, name) in new[] { (For, "đồng ý"), (Against, "không đồng ý"), (Abstain, "không biểu quyết"), (WrittenFor, "ý kiến bằng văn bản đồng ý") })
            if (value < 0)
                throw new DomainException("votes-negative", $"Số phiếu {name}{of} không được là số âm ({value}).");
        var cast = (long)For + Against + Abstain;
        if (cast > Present)
            throw new DomainException("votes-sum", $"Tổng số phiếu{of} ({cast}) vượt quá số thành viên có mặt ({Present}).");
        if (WrittenFor > WrittenOpinions)
            throw new DomainException("votes-written",
                $"Số ý kiến bằng văn bản đồng ý{of} ({WrittenFor}) vượt quá số thành viên vắng mặt có ý kiến bằng văn bản ({WrittenOpinions}).");
    }
}

/// <param name="QuorumMet">False when too few members took part; the nominee is then not decided.</param>
public sealed record VoteOutcome(bool QuorumMet, bool Passed, decimal Percent, string Explanation);
