using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Workflows;

internal static class DeadlineStatuses
{
    /// <summary>
    /// Each deadline of the movement as it stands today for the given year. The due date itself is still on time
    /// ("trước ngày 01/12" is read as "by 01/12"; a province that means "by 30/11" sets 30/11).
    /// </summary>
    /// <param name="asOf">Today, or the day of the subject's first submission: a dossier returned for supplements and
    /// sent back after the deadline was still submitted on time.</param>
    public static IReadOnlyDictionary<string, (DeadlineStatus, DateOnly?)> For(Movement movement, int year, DateOnly asOf) =>
        movement.Deadlines.ToDictionary(d => d.Code, d => d.DueIn(year) is { } due
            ? (asOf <= due ? DeadlineStatus.Open
                : d.LatePolicy == LatePolicy.AcceptAndMarkLate ? DeadlineStatus.LateAccepted : DeadlineStatus.LateRefused, (DateOnly?)due)
            : (DeadlineStatus.Unknown, null));
}
