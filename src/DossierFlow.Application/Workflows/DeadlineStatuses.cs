using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Workflows;

internal static class DeadlineStatuses
{
    /// <summary>
    /// Each deadline of the movement as it stands today for the given year. The due date itself is still on time
    /// ("trước ngày 01/12" is read as "by 01/12"; a province that means "by 30/11" sets 30/11).
    /// </summary>
    public static IReadOnlyDictionary<string, (DeadlineStatus, DateOnly?)> For(Movement movement, int year, DateOnly today) =>
        movement.Deadlines.ToDictionary(d => d.Code, d => d.DueIn(year) is { } due
            ? (today <= due ? DeadlineStatus.Open
                : d.LatePolicy == LatePolicy.AcceptAndMarkLate ? DeadlineStatus.LateAccepted : DeadlineStatus.LateRefused, (DateOnly?)due)
            : (DeadlineStatus.Unknown, null));
}
