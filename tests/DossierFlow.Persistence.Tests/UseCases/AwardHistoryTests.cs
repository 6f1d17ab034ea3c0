using DossierFlow.Application.Awards;
using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Issue 18 item 3: a person's and a unit's award history. Awards decided here and imported past awards, found by a
/// name without diacritics or by a CCCD, shown on the person's page and counted by the duplicate warnings; the
/// import takes a whole file or nothing, naming each bad cell.
/// </summary>
public class AwardHistoryTests
{
    private static readonly NomineeDetails Lan = new(NomineeKind.Individual, "Trần Thị Lan", "Giáo viên", null, NomineeGender.Female,
        new DateOnly(1985, 3, 5), "001185012345");

    private const string Header = "kind,name,identity_number,birth_date,workplace,award,year,decision_number,decision_date\n";

    private static Actor Desk(Province p) => p.Desk;

    private static async Task<Guid> AwardedAsync(UseCaseHost host, Province province, Guid unit, params NomineeDetails[] people)
    {
        var dossier = await province.Dossier().From(unit).WithPeople(people).AtChairmanAsync();
        await using var db = host.Database.NewContext();
        var d = await db.Dossiers.Include(x => x.Nominees).SingleAsync(x => x.Id == dossier);
        d.RecordChairmanDecision(host.Workflows.Get(d.WorkflowId, d.WorkflowVersion), d.Revision, d.Nominees.Select(n => n.Id).ToList(), host.Clock.Now);
        await db.SaveChangesAsync();
        return dossier;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task History_finds_awards_decided_here_and_imported_by_a_name_without_diacritics_or_a_CCCD(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var awarded = await AwardedAsync(host, province, province.School, Lan);
        await province.Dossier().From(province.Union).WithNominees("Trần Thị Lanh").AtCouncilAsync();   // proposed, not awarded
        await host.RunAsync<ImportPastAwards, int>(i => i.HandleAsync(Desk(province), Header
            + "Cá nhân,Trần Thị Lan,001185012345,05/03/1985,Trường THPT Lê Lợi,Bằng khen của Chủ tịch UBND tỉnh,2021,1520/QĐ-UBND,16/05/2022\n"
            + "Tập thể,Trường THPT Lê Lợi,,,,Cờ thi đua của UBND tỉnh,2023,845/QĐ-UBND,02/04/2024\n"));

        var byName = await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(Desk(province), "tran thi lan"));
        var award = Assert.Single(byName!.Awards);
        Assert.Equal((awarded, "Bằng khen của Chủ tịch UBND tỉnh", 2025), (award.DossierId!.Value, award.AwardName, award.Year));
        var past = Assert.Single(byName.Past);
        Assert.Equal((2021, "Quyết định số 1520/QĐ-UBND ngày 16/05/2022"), (past.Year, past.Decision));

        var byIdentity = await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(Desk(province), "001185012345"));
        Assert.True(byIdentity!.ByIdentity);
        Assert.Equal((1, 1), (byIdentity.AwardCount, byIdentity.PastCount));
        Assert.Equal(["Trường THPT Lê Lợi"], (await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(Desk(province), "LÊ LỢI")))!
            .Past.Select(p => p.Name));

        // A unit's clerk sees its own unit's awards only, and not the imported records.
        var union = await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(province.Clerk(province.Union), "tran thi lan"));
        Assert.Equal((0, false), (union!.AwardCount, union.SeesPast));
        Assert.Equal(1, (await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(province.Clerk(province.School), "Lan")))!.AwardCount);
        Assert.Equal("history-query-short", (await Assert.ThrowsAsync<DomainException>(() =>
            host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(Desk(province), "đ")))).Code);
        Assert.Null(await host.RunAsync<SearchAwardHistory, AwardHistoryView?>(s => s.HandleAsync(Desk(province), "  ")));
    }

    [Fact]
    public async Task An_imported_past_award_of_the_same_award_and_year_warns_on_the_dossier_and_shows_on_the_persons_page()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        // Bình has no CCCD: recognised by his name and birth date, as a nominee would be.
        var binh = new NomineeDetails(NomineeKind.Individual, "Lê Văn Bình", null, null, NomineeGender.Male, new DateOnly(1979, 10, 12));
        await host.RunAsync<ImportPastAwards, int>(i => i.HandleAsync(Desk(province), Header
            + "ca nhan,Trần Thị Lan,001185012345,,,bang-khen-chu-tich-tinh,2025,99/QĐ-UBND,10/11/2025\n"
            + "Cá nhân,LE VAN BINH,,12/10/1979,,Bằng khen của Chủ tịch UBND tỉnh,2024,12/QĐ-UBND,10/01/2025\n"));
        var dossier = await province.Dossier().WithPeople(Lan, binh).DraftAsync();

        var warning = Assert.Single((await host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(province.Clerk(province.School), dossier))).Duplicates);
        Assert.Equal(("Trần Thị Lan", true, true), (warning.NomineeName, warning.AlreadyAwarded, warning.Other.Imported));
        Assert.Equal("Quyết định số 99/QĐ-UBND ngày 10/11/2025", warning.Other.Decision);

        var nominees = await DossierBuilder.NomineesAsync(host, dossier);
        var binhPage = await host.RunAsync<GetPerson, PersonView>(g => g.HandleAsync(province.Clerk(province.School), nominees[1]));
        var record = Assert.Single(binhPage.Records, r => r.Imported);
        Assert.Equal((2024, true), (record.Year, record.Awarded));
    }

    [Fact]
    public async Task A_file_with_bad_cells_imports_nothing_and_names_each_line_and_column()
    {
        await using var host = await UseCaseHost.CreateAsync();
        var province = await Province.CreateAsync(host);
        var failed = await Assert.ThrowsAsync<ImportFailedException>(() => host.RunAsync<ImportPastAwards, int>(i => i.HandleAsync(Desk(province), Header
            + "Cá nhân,Trần Thị Lan,001185012345,,,Bằng khen,2021,1/QĐ-UBND,16/05/2022\n"
            + "Cá nhân,Lê Văn Bình,12345,,,Bằng khen,2021,2/QĐ-UBND,16/05/2022\n"
            + "Đoàn thể,Nguyễn Văn An,,31/02/1980,,Bằng khen,hai nghìn,3/QĐ-UBND,32/05/2022\n"
            + ",,,,,,,,\n"
            + "Tập thể,Trường Tiểu học,,,,,2021,,16/05/2022\n")));
        Assert.Equal([
                (3, "identity_number"), (4, "birth_date"), (4, "decision_date"), (4, "kind"), (4, "year"), (6, "award"), (6, "decision_number"),
            ],
            failed.Problems.Select(p => (p.Line, p.Field)).OrderBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ToList());
        Assert.Contains(failed.Problems, p => p.Line == 3 && p.Message == "Số CCCD phải gồm đúng 12 chữ số.");
        Assert.Equal(0, await host.ReadAsync(db => db.PastAwards.CountAsync()));

        var missing = await Assert.ThrowsAsync<ImportFailedException>(() => host.RunAsync<ImportPastAwards, int>(i => i.HandleAsync(Desk(province),
            "kind,name,award\nCá nhân,An,Bằng khen\n")));
        Assert.Equal(["year", "decision_number", "decision_date"], missing.Problems.Select(p => p.Field));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<ImportPastAwards, int>(i => i.HandleAsync(province.Clerk(province.School), Header)));
    }
}
