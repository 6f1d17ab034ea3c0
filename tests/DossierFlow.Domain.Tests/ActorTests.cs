using DossierFlow.Domain.Access;

namespace DossierFlow.Domain.Tests;

public class ActorTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static Actor With(params string[] roles) => new("u", "U", Own, roles.ToHashSet());

    [Fact]
    public void A_unit_clerk_sees_only_their_own_unit() =>
        Assert.Equal((true, false), (With(Roles.UnitClerk).CanSee(Own), With(Roles.UnitClerk).CanSee(Other)));

    [Fact]
    public void A_user_without_roles_sees_no_other_unit() => Assert.False(With().CanSee(Other));

    [Theory]
    [InlineData(Roles.HomeAffairsReviewer)]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.Auditor)]
    public void Province_wide_roles_see_every_unit(string role) => Assert.True(With(Roles.UnitClerk, role).CanSee(Other));
}
