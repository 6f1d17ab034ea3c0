using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;

namespace DossierFlow.Domain.Tests;

/// <summary>The session decision's own rules: a signer, a reason per exception, a date between the minutes and today, issued once.</summary>
public class SessionDecisionTests
{
    private static readonly DateTime Now = new(2026, 1, 10, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Minutes = new(2026, 1, 5), Today = new(2026, 1, 10);

    private static SessionDecision Approved(string? signer = "u1", SigningCapacity capacity = SigningCapacity.Deputy, params DecisionExclusion[] exclusions) =>
        SessionDecision.Approve(Guid.NewGuid(), Guid.NewGuid(), SessionDecisionKind.Decision, "QĐ", signer, "Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch",
            capacity, exclusions, "u1", "Huỳnh Thị Diễm Ngọc", Now);

    [Fact]
    public void A_decision_needs_a_signer_who_signs()
    {
        Assert.Equal("decision-signer", Assert.Throws<DomainException>(() => Approved(signer: null)).Code);
        Assert.Equal("decision-signer", Assert.Throws<DomainException>(() => Approved(capacity: SigningCapacity.None)).Code);
    }

    [Fact]
    public void Each_exception_needs_a_reason()
    {
        var error = Assert.Throws<DomainException>(() => Approved(exclusions: new DecisionExclusion(Guid.NewGuid(), Guid.NewGuid(), "Võ Minh Tâm", "  ")));
        Assert.Equal("decision-exclusion-reason", error.Code);
        Assert.Contains("Võ Minh Tâm", error.Message);
    }

    [Theory]
    [InlineData(2026, 1, 4, "decision-date-before-minutes")]
    [InlineData(2026, 1, 11, "decision-date-future")]
    public void The_date_is_between_the_minutes_and_today(int year, int month, int day, string code)
    {
        var decision = Approved();
        var error = Assert.Throws<DomainException>(() => decision.Issue(1, 3, new DateOnly(year, month, day), Minutes, Today, "sha", "vanthu", Now));
        Assert.Equal(code, error.Code);
        Assert.Equal((SessionDecisionStatus.AwaitingNumber, null), (decision.Status, decision.Number));
    }

    [Fact]
    public void Issued_once_on_the_minutes_day_at_the_earliest()
    {
        var decision = Approved();
        decision.Issue(1, 3, Minutes, Minutes, Today, "sha", "vanthu", Now);
        Assert.Equal((SessionDecisionStatus.Issued, 3, 2026, 2), (decision.Status, decision.Number, decision.Year, decision.Revision));
        Assert.Equal("decision-issued", Assert.Throws<DomainException>(() => decision.Issue(2, 4, Today, Minutes, Today, "sha", "vanthu", Now)).Code);
        Assert.Equal("stale-revision", Assert.Throws<ConcurrencyConflictException>(() => decision.Issue(1, 4, Today, Minutes, Today, "sha", "vanthu", Now)).Code);
    }
}
