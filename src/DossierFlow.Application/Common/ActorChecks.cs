using DossierFlow.Domain.Access;

namespace DossierFlow.Application.Common;

internal static class ActorChecks
{
    public static void RequireAny(this Actor actor, params string[] roles)
    {
        if (!actor.IsInAny(roles))
            throw new ForbiddenException("Bạn không có quyền thực hiện thao tác này.");
    }

    public static void RequireVisible(this Actor actor, Guid organisationId)
    {
        if (!actor.CanSee(organisationId))
            throw new ForbiddenException("Bạn không có quyền xem dữ liệu của đơn vị khác.");
    }
}
