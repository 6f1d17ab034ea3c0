using DossierFlow.Application.Council;
using DossierFlow.Domain.Council;

namespace DossierFlow.Persistence.Tests.Workflows;

public class VotingRulesTests
{
    [Fact]
    public void The_shipped_rules_give_70_percent_of_all_members_and_90_by_secret_ballot_for_the_medal()
    {
        var path = Path.Combine(RepositoryFolders.Workflows, "council", "voting-rules.yaml");
        var rules = VotingRules.Parse("voting-rules.yaml", File.ReadAllText(path));

        Assert.Equal(VotingRule.Default, rules.For("bang-khen-chu-tich-tinh"));
        var medal = rules.For("huan-chuong-lao-dong-hang-ba");
        Assert.Equal((BallotType.SecretBallot, 90m, VoteDenominator.AllMembers), (medal.Ballot, medal.ThresholdPercent, medal.Denominator));
    }

    [Theory]
    [InlineData("default:\n  ballot: raise-hands\n", "'ballot': 'raise-hands' is not show-of-hands or secret")]
    [InlineData("default:\n  threshold: nhiều\n", "'threshold': 'nhiều' is not a percentage")]
    [InlineData("default:\n  threshold: 120\n", "0 - 100%")]
    [InlineData("awards:\n  giay-khen:\n    colour: red\n", "'colour': unknown key")]
    public void A_wrong_rule_is_refused_with_its_position(string yaml, string message)
    {
        var error = Assert.ThrowsAny<Exception>(() => VotingRules.Parse("voting-rules.yaml", yaml));
        Assert.Contains(message, error.Message);
    }
}
