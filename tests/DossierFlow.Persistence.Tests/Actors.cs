using DossierFlow.Domain.Access;

namespace DossierFlow.Persistence.Tests;

internal static class Actors
{
    public static Actor Admin { get; } = new("admin", "Quản trị", Guid.NewGuid(), new HashSet<string> { Roles.Admin });

    public static Actor Clerk(Guid organisationId) =>
        new("clerk-" + organisationId, "Cán bộ", organisationId, new HashSet<string> { Roles.UnitClerk });
}
