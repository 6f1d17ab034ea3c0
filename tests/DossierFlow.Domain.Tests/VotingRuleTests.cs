using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;

namespace DossierFlow.Domain.Tests;

public class VotingRuleTests
{
    private static readonly VotingRule OfAllMembers = VotingRule.Default;                 // 70% of all members, show of hands
    private static readonly VotingRule SecretNinety = new(BallotType.SecretBallot, 50m, VoteDenominator.AllMembers, 90m, false);
    private static readonly VotingRule OfPresent = new(BallotType.ShowOfHands, 50m, VoteDenominator.MembersPresent, 70m, false);

    [Theory]
    [InlineData(10, 9, 7, true, 70.0)]    // exactly 70% of all members
    [InlineData(10, 10, 6, false, 60.0)]
    [InlineData(9, 9, 7, true, 77.78)]
    [InlineData(9, 8, 6, false, 66.67)]   // 6 of 9 members is below 70% even though 6 of 8 present is 75%
    public void Seventy_percent_of_all_members(int members, int present, int votesFor, bool passed, double percent)
    {
        var outcome = OfAllMembers.Evaluate(new VoteCount(members, present, votesFor, present - votesFor, 0));
        Assert.Equal((true, passed, (decimal)percent), (outcome.QuorumMet, outcome.Passed, outcome.Percent));
    }

    [Fact]
    public void The_denominator_decides_when_members_are_absent()
    {
        var count = new VoteCount(9, 8, 6, 2, 0);
        Assert.False(OfAllMembers.Evaluate(count).Passed);
        Assert.True(OfPresent.Evaluate(count).Passed); // 75% of those present
    }

    [Theory]
    [InlineData(10, 9, true)]   // 90% exactly
    [InlineData(10, 8, false)]
    public void Ninety_percent_by_secret_ballot_for_the_highest_titles(int members, int votesFor, bool passed)
    {
        var outcome = SecretNinety.Evaluate(new VoteCount(members, members, votesFor, members - votesFor, 0));
        Assert.Equal(passed, outcome.Passed);
        Assert.Contains("bỏ phiếu kín", outcome.Explanation);
    }

    [Fact]
    public void Without_quorum_no_nominee_is_decided_and_the_reason_is_said()
    {
        var outcome = OfAllMembers.Evaluate(new VoteCount(11, 5, 5, 0, 0));
        Assert.False(outcome.QuorumMet);
        Assert.False(outcome.Passed);
        Assert.Contains("Không đủ túc số: có 5/11 thành viên tham gia, cần ít nhất 6", outcome.Explanation);
    }

    [Fact]
    public void Written_opinions_of_absent_members_count_where_the_rule_allows()
    {
        var count = new VoteCount(10, 6, 5, 1, 0, WrittenOpinions: 3, WrittenFor: 2);
        Assert.True(OfAllMembers.Evaluate(count).Passed);   // 5 + 2 = 7 of 10
        Assert.False(SecretNinety.Evaluate(count).Passed);
    }

    [Fact]
    public void More_votes_than_members_present_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => OfAllMembers.Evaluate(new VoteCount(10, 8, 6, 2, 1)));
        Assert.Equal("votes-sum", error.Code);
    }

    [Fact]
    public void Counts_that_overflow_an_int_are_refused_with_their_true_sum()
    {
        // 2147483647 + 2147483647 + 2 wraps to 0 in int arithmetic, which once passed as "at most 5 present".
        var error = Assert.Throws<DomainException>(() => OfAllMembers.Evaluate(new VoteCount(9, 5, int.MaxValue, int.MaxValue, 2)));
        Assert.Equal("votes-sum", error.Code);
        Assert.Contains("(4294967296)", error.Message);   // the true sum, as the user typed it
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, "(-1)")]
    [InlineData(3, -2, 0, 0, "(-2)")]
    [InlineData(3, 0, -1, 0, "(-1)")]
    [InlineData(3, 0, 0, -1, "(-1)")]
    public void A_negative_count_is_refused_as_negative_not_as_a_wrong_total(int votesFor, int against, int abstain, int writtenFor, string value)
    {
        var error = Assert.Throws<DomainException>(() => OfAllMembers.Evaluate(new VoteCount(9, 5, votesFor, against, abstain, 2, writtenFor)));
        Assert.Equal("votes-negative", error.Code);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void Written_votes_in_favour_cannot_exceed_the_written_opinions_sent()
    {
        var error = Assert.Throws<DomainException>(() => OfAllMembers.Evaluate(new VoteCount(9, 5, 3, 0, 0, 2, int.MaxValue)));
        Assert.Equal("votes-written", error.Code);
        Assert.Contains("(2)", error.Message);   // the written opinions actually sent
    }

    [Fact]
    public void The_explanation_shows_the_count_the_share_and_the_threshold()
    {
        var outcome = OfAllMembers.Evaluate(new VoteCount(9, 9, 7, 2, 0));
        Assert.Equal("7/9 phiếu đồng ý (77,78% tổng số thành viên Hội đồng, biểu quyết); cần từ 70% trở lên: đạt.", outcome.Explanation);
    }
}
