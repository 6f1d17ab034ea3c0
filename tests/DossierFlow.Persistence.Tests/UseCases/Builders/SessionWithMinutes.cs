using DossierFlow.Application.Council;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Organisations;
using DossierFlow.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases.Builders;

/// <summary>
/// A council session whose results are final for the Chairman: scheduled for the given dossiers (at the council),
/// held, every nominee voted (those named in <c>failing</c> fail, the others pass), its minutes issued. Dossiers with
/// a passed nominee then wait for the Chairman, the others are refused. Reached through today's use cases in this
/// one place, so a change in how votes are recorded changes only this method.
/// </summary>
public static class SessionWithMinutes
{
    public static async Task<Guid> SessionWithMinutesAsync(this Province province, IReadOnlyList<Guid> dossiers, IReadOnlySet<string>? failing = null)
    {
        var host = province.Host;
        await CouncilOrganisationAsync(province);
        var session = await province.ScheduleAsync([.. dossiers]);
        // Attendance and votes are taken once the meeting has started.
        host.Clock.Now = await host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.StartsAt).SingleAsync()) + TimeSpan.FromHours(1);
        await province.AttendAsync(session);
        foreach (var dossier in dossiers)
        {
            var names = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Name).ToListAsync());
            await DossierBuilder.VoteAsync(province, session, dossier, names.Select(n => failing?.Contains(n) == true ? (2, 7) : (9, 0)).ToArray(), confirm: false);
        }
        await province.ConfirmAsync(session);
        var revision = await host.ReadAsync(db => db.CouncilSessions.Where(s => s.Id == session).Select(s => s.Revision).SingleAsync());
        await host.RunAsync<GenerateMinutes>(g => g.HandleAsync(province.Secretary, session, revision));
        return session;
    }

    /// <summary>The Hội đồng the minutes are issued by, added once.</summary>
    private static async Task CouncilOrganisationAsync(Province province)
    {
        await using var db = province.Host.Database.NewContext();
        var code = new ProvinceOptions().CouncilCode;
        if (await db.Organisations.AnyAsync(o => o.Code == code)) return;
        var committee = await db.Organisations.SingleAsync(o => o.Id == province.Committee);
        db.Organisations.Add(Organisation.Create(code, "Hội đồng Thi đua - Khen thưởng tỉnh", "HĐTĐKT", OrganisationKind.Council, committee,
            ["hoidong@tinh.test"], new DateOnly(2020, 1, 1)));
        await db.SaveChangesAsync();
    }

    /// <summary>The People's Committee's signing accounts: the Chairman (head) and a Vice-Chairman who signs "KT. CHỦ TỊCH".</summary>
    public static async Task<(string Chairman, string ViceChairman)> SignersAsync(this Province province)
    {
        await using var db = province.Host.Database.NewContext();
        var chairman = new ApplicationUser("chutich", "chutich@tinh.test", "Lâm Văn Mẫn", "Chủ tịch UBND tỉnh", province.Committee, SigningCapacity.Head);
        var vice = new ApplicationUser("phochutich", "phochutich@tinh.test", "Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch", province.Committee, SigningCapacity.Deputy);
        var clerk = new ApplicationUser("vanthu", "vanthu@tinh.test", "Trương Thị Kim Loan", "Văn thư", province.Committee);
        db.Users.AddRange(chairman, vice, clerk);
        await db.SaveChangesAsync();
        return (chairman.Id, vice.Id);
    }

    public static Actor DocumentOffice(this Province province) => Province.As(province.Committee, Roles.DocumentOffice);
}
