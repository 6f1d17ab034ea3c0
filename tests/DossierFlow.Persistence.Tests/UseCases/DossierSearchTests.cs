using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Finding dossiers as Sở Nội vụ and the units do: by code, unit and nominee name, without diacritics or case, with
/// the filters and the paging, on both providers (each has its own search index, ADR 0027).
/// </summary>
public class DossierSearchTests
{
    private static async Task<(UseCaseHost Host, Province Province, Guid Hong, Guid Union)> SeededAsync(DatabaseProvider provider)
    {
        var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var hong = await province.Dossier().WithNominees("Nguyễn Thị Hồng", "Trần Văn Đức").DraftAsync();
        var union = await province.Dossier().From(province.Union).WithNominees("Lê 100% Hoàng_Anh [A]").DraftAsync();
        return (host, province, hong, union);
    }

    private static Task<Page<DossierRow>> ListAsync(UseCaseHost host, Domain.Access.Actor actor, DossierFilter filter) =>
        host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(actor, filter));

    private static async Task<List<Guid>> FoundAsync(UseCaseHost host, Province province, string search) =>
        (await ListAsync(host, province.Reviewer, new DossierFilter(search))).Items.Select(r => r.Id).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_nominee_is_found_without_diacritics_or_case_and_d_stands_for_đ(DatabaseProvider provider)
    {
        var (host, province, hong, _) = await SeededAsync(provider);
        await using var _h = host;

        Assert.Equal([hong], await FoundAsync(host, province, "nguyen thi hong"));
        Assert.Equal([hong], await FoundAsync(host, province, "  NGUYEN   thi  HỒNG "));
        Assert.Equal([hong], await FoundAsync(host, province, "tran van duc"));
        Assert.Equal([hong], await FoundAsync(host, province, "Đức"));
        Assert.Empty(await FoundAsync(host, province, "nguyen van hong"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_dossier_is_found_by_its_code_and_by_its_units_name(DatabaseProvider provider)
    {
        var (host, province, hong, union) = await SeededAsync(provider);
        await using var _h = host;
        var code = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == union).Select(d => d.Code).SingleAsync());

        Assert.Matches(@"^HS-2025-\d{6}$", code);
        Assert.Equal([union], await FoundAsync(host, province, code));
        Assert.Equal([union], await FoundAsync(host, province, code.ToLowerInvariant()));
        Assert.Equal([hong], await FoundAsync(host, province, "so giao duc"));
        Assert.Equal([union], await FoundAsync(host, province, "lien doan lao dong"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Wildcards_quotes_and_a_pasted_page_of_text_are_searched_as_text(DatabaseProvider provider)
    {
        var (host, province, _, union) = await SeededAsync(provider);
        await using var _h = host;

        Assert.Equal([union], await FoundAsync(host, province, "100%"));
        Assert.Equal([union], await FoundAsync(host, province, "hoang_anh"));
        Assert.Equal([union], await FoundAsync(host, province, "[a]"));
        Assert.Empty(await FoundAsync(host, province, "hoang%anh"));
        Assert.Empty(await FoundAsync(host, province, "le_100"));
        Assert.Empty(await FoundAsync(host, province, "\"nguyen\" OR hong"));
        Assert.Empty(await FoundAsync(host, province, new string('x', 10_000)));
        Assert.Empty(await FoundAsync(host, province, string.Concat(Enumerable.Repeat("nguyễn thị hồng ", 700))));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Renaming_a_nominee_changes_what_finds_the_dossier(DatabaseProvider provider)
    {
        var (host, province, hong, _) = await SeededAsync(provider);
        await using var _h = host;
        var nominee = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == hong).SelectMany(d => d.Nominees).OrderBy(n => n.Order).Select(n => n.Id).FirstAsync());
        var revision = await DossierBuilder.RevisionAsync(host, hong);

        await host.RunAsync<EditNominees>(e => e.RemoveAsync(province.Clerk(province.School), hong, revision, nominee));

        Assert.Empty(await FoundAsync(host, province, "nguyen thi hong"));
        Assert.Equal([hong], await FoundAsync(host, province, "tran van duc"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Nominees_imported_from_the_spreadsheet_find_their_dossier_and_a_name_changed_by_import_no_longer_does(DatabaseProvider provider)
    {
        var (host, province, hong, _) = await SeededAsync(provider);
        await using var _h = host;
        async Task ImportAsync(params string[][] rows)
        {
            var revision = await DossierBuilder.RevisionAsync(host, hong);
            await host.RunAsync<ImportNominees, NomineeImportResult>(i =>
                i.HandleAsync(province.Clerk(province.School), hong, revision, "danh-sach.xlsx", TestSheet.Build(rows)));
        }

        await ImportAsync(TestSheet.Person(1, "Đỗ Thị Phượng", "05/03/1985", "094185000001"));
        Assert.Equal([hong], await FoundAsync(host, province, "do thi phuong"));

        // The same CCCD: the import updates the nominee, and its old name no longer finds the dossier.
        await ImportAsync(TestSheet.Person(1, "Đỗ Thị Hạnh", "05/03/1985", "094185000001"));
        Assert.Equal([hong], await FoundAsync(host, province, "do thi hanh"));
        Assert.Empty(await FoundAsync(host, province, "do thi phuong"));
    }

    [Fact]
    public async Task A_unit_searches_only_its_own_dossiers_and_filters_page_in_the_database()
    {
        var (host, province, hong, union) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var _h = host;

        Assert.Empty((await ListAsync(host, province.Clerk(province.School), new DossierFilter("lien doan"))).Items);
        Assert.Equal([union], (await ListAsync(host, province.Clerk(province.Union), new DossierFilter("hoang"))).Items.Select(r => r.Id));
        Assert.Equal(2, (await ListAsync(host, province.Reviewer, new DossierFilter(Year: 2025))).TotalCount);
        Assert.Equal(0, (await ListAsync(host, province.Reviewer, new DossierFilter(Year: 2024))).TotalCount);
        Assert.Equal(0, (await ListAsync(host, province.Reviewer, new DossierFilter(Late: true))).TotalCount);
        Assert.Equal(2, (await ListAsync(host, province.Reviewer, new DossierFilter(State: "drafting", Movement: province.MovementId))).TotalCount);
        var second = await ListAsync(host, province.Reviewer, new DossierFilter(Page: 2));
        Assert.Equal((2, 0, 2), (second.PageNumber, second.Items.Count, second.TotalCount));
        Assert.Equal(hong, (await ListAsync(host, province.Reviewer, new DossierFilter(Organisation: province.School))).Items.Single().Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_inbox_orders_by_the_stored_due_date_and_finds_overdue_dossiers(DatabaseProvider provider)
    {
        var host = await UseCaseHost.CreateAsync(provider);
        await using var _h = host;
        var province = await Province.CreateAsync(host);
        var first = await province.Dossier().WithNominees("Phạm Thị Lan").DraftAsync();
        var second = await province.Dossier().From(province.Union).WithNominees("Võ Văn Kiệt").DraftAsync();
        foreach (var dossier in new[] { second, first })
        {
            await DossierBuilder.ActAsync(host, dossier, province.Leader(await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.ProposingOrganisationId).SingleAsync())), "submit");
            await DossierBuilder.ActAsync(host, dossier, province.Desk, "receive");
            host.Clock.Now = host.Clock.Now.AddDays(3);
        }
        Task<Page<InboxRow>> InboxAsync(DossierFilter filter) =>
            host.RunAsync<ListInbox, Page<InboxRow>>(i => i.HandleAsync(province.Reviewer, Vocabulary.Holder.HomeAffairs, filter));

        var dueDates = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == first || d.Id == second).Select(d => d.Clock.DueOn).ToListAsync());
        Assert.All(dueDates, due => Assert.NotNull(due));
        Assert.Equal([second, first], (await InboxAsync(new DossierFilter())).Items.Select(r => r.Id));
        Assert.Empty((await InboxAsync(new DossierFilter(Overdue: true))).Items);
        Assert.Equal([first], (await InboxAsync(new DossierFilter("pham thi lan"))).Items.Select(r => r.Id));

        host.Clock.Now = host.Clock.Now.AddDays(120);
        Assert.Equal([second, first], (await InboxAsync(new DossierFilter(Overdue: true))).Items.Select(r => r.Id));
        Assert.All((await InboxAsync(new DossierFilter())).Items, r => Assert.True(r.DaysLeft < 0));
    }

    [Fact]
    public void Folding_removes_marks_and_case_and_collapses_spaces()
    {
        Assert.Equal("nguyen thi hong", SearchText.Fold("  Nguyễn\tThị   HỒNG "));
        Assert.Equal("so y te dong thap", SearchText.Fold("Sở Y tế Đồng Tháp"));
        Assert.Equal("", SearchText.Fold(null));
    }
}
