using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Movements;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Reports.Dashboard;

/// <summary>
/// The movement and year a dashboard figure or the list behind it is about, read from a link's text: an unknown
/// movement, a year that is not a number or lies outside the movement's period is refused with a Vietnamese message
/// (never clamped silently, so that a number and its list never speak of different years).
/// </summary>
public sealed record DashboardScope(Movement Movement, int Year, IReadOnlyList<Guid> Phases)
{
    /// <summary>Sở Nội vụ, the Chairman and the auditor read the movement dashboard.</summary>
    public static readonly string[] Readers = [Roles.HomeAffairsClerk, Roles.HomeAffairsReviewer, Roles.Chairman, Roles.Auditor];

    public static void RequireReader(Actor actor)
    {
        if (!actor.IsInAny(Readers))
            throw new ForbiddenException("Chỉ Sở Nội vụ, Chủ tịch UBND tỉnh và người kiểm tra, giám sát xem được bảng theo dõi phong trào.");
    }

    /// <param name="movement">The movement's id as the link gives it.</param>
    /// <param name="year">The year as the link gives it; empty means this year, or the nearest year of the period.</param>
    public static async Task<DashboardScope> ResolveAsync(IAppDb db, Actor actor, string? movement, string? year, DateOnly today, CancellationToken ct)
    {
        RequireReader(actor);
        if (!Guid.TryParse(movement, out var id))
            throw new DomainException("dashboard-movement-unknown", string.IsNullOrWhiteSpace(movement)
                ? "Vui lòng chọn phong trào thi đua."
                : "Không tìm thấy phong trào thi đua đã chọn. Vui lòng chọn một phong trào trong danh sách.");
        var found = await db.Movements.AsNoTracking().Include(m => m.Deadlines).Include(m => m.Phases).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new DomainException("dashboard-movement-unknown", "Không tìm thấy phong trào thi đua đã chọn. Vui lòng chọn một phong trào trong danh sách.");
        int chosen;
        if (string.IsNullOrWhiteSpace(year)) chosen = Math.Clamp(today.Year, found.StartYear, found.EndYear);
        else if (!int.TryParse(year.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out chosen))
            throw new DomainException("dashboard-year-invalid", $"Năm \"{Shorten(year)}\" không hợp lệ: nhập năm bằng chữ số, ví dụ {today.Year}.");
        if (chosen < found.StartYear || chosen > found.EndYear)
            throw new DomainException("dashboard-year-outside", found.StartYear == found.EndYear
                ? $"Năm {chosen} không thuộc phong trào \"{found.Title}\" (phong trào năm {found.StartYear})."
                : $"Năm {chosen} không thuộc giai đoạn {found.StartYear}–{found.EndYear} của phong trào \"{found.Title}\".");
        return new DashboardScope(found, chosen, found.Phases.Where(p => p.Year == chosen).Select(p => p.Id).ToList());
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
