using DossierFlow.Application.Dossiers;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Rows stored before the list keys existed (the state a migration that adds them leaves) get them from
/// <see cref="FillListKeys"/>, which the <c>migrate</c> verb runs: the search finds the dossier again and the
/// inbox orders it by its due date. A second run finds nothing to fill.
/// </summary>
public class FillListKeysTests : ProvinceTest
{
    [Fact]
    public async Task Dossiers_and_units_stored_without_keys_get_them_and_a_second_run_fills_nothing()
    {
        var dossier = await _province.Dossier().WithNominees("Phạm Thị Ngọc Ánh").DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive");
        var due = await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Clock.DueOn).SingleAsync());
        await _host.ReadAsync(db => db.Database.ExecuteSqlRawAsync(
            """UPDATE "Dossiers" SET "SearchText" = NULL, "ClockDueOn" = NULL; UPDATE "Organisations" SET "SearchName" = NULL;"""));

        var filled = await _host.RunAsync<FillListKeys, int>(f => f.RunAsync());
        var again = await _host.RunAsync<FillListKeys, int>(f => f.RunAsync());

        Assert.Equal(5 + 1, filled);
        Assert.Equal(0, again);
        Assert.NotNull(due);
        Assert.Equal(due, await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).Select(d => d.Clock.DueOn).SingleAsync()));
        var list = await _host.RunAsync<ListDossiers, Application.Common.Page<DossierRow>>(l =>
            l.HandleAsync(_province.Clerk(_province.School), new DossierFilter("pham thi ngoc anh")));
        Assert.Equal([dossier], list.Items.Select(r => r.Id));
        Assert.Equal("so giao duc va dao tao", await _host.ReadAsync(db =>
            db.Organisations.Where(o => o.Id == _province.School).Select(o => o.SearchName).SingleAsync()));
    }
}
