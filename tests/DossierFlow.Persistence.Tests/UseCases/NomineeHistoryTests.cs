using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using DossierFlow.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The same person in two dossiers: flagged to the clerk and the reviewer (a warning, not a block), and a person's
/// history across dossiers; on SQLite and on PostgreSQL, whose indexed lookups these are.
/// </summary>
public class NomineeHistoryTests
{
    private static readonly NomineeDetails Lan = new(NomineeKind.Individual, "Trần Thị Lan", "Giáo viên", null, NomineeGender.Female,
        new DateOnly(1985, 3, 5), "001185012345");
    private static readonly NomineeDetails Binh = new(NomineeKind.Individual, "Lê Văn Bình", null, null, NomineeGender.Male, new DateOnly(1979, 10, 12));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_same_person_in_another_open_dossier_is_flagged_to_the_clerk_and_the_reviewer_with_a_link(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var school = await province.Dossier().WithPeople(Lan, Binh).DraftAsync();
        // The union proposes Lan by her CCCD under another spelling, and Bình without a CCCD, unaccented, by name and birth date.
        var union = await province.Dossier().From(province.Union)
            .WithPeople(Lan with { Name = "Trần Thị Lan (Công đoàn)" }, Binh with { Name = "le van  binh" },
                new NomineeDetails(NomineeKind.Individual, "Lê Văn Bình", BirthDate: new DateOnly(1980, 1, 1))).AtCouncilAsync();

        var clerkView = await host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(province.Clerk(province.School), school));
        Assert.Equal(["Trần Thị Lan", "Lê Văn Bình"], clerkView.Duplicates.Select(w => w.NomineeName));
        Assert.All(clerkView.Duplicates, w => Assert.Equal((union, "Liên đoàn Lao động tỉnh", false), (w.Other.DossierId, w.Other.ProposerName, w.AlreadyAwarded)));

        var reviewerView = await host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(province.Reviewer, union));
        Assert.Equal(2, reviewerView.Duplicates.Count);
        Assert.All(reviewerView.Duplicates, w => Assert.Equal(school, w.Other.DossierId));

        // A warning, not a block: the school still submits.
        await DossierBuilder.ActAsync(host, school, province.Leader(province.School), "submit");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_award_already_decided_is_flagged_and_the_persons_page_lists_every_proposal(DatabaseProvider provider)
    {
        await using var host = await UseCaseHost.CreateAsync(provider);
        var province = await Province.CreateAsync(host);
        var awarded = await province.Dossier().From(province.Union).WithPeople(Lan).AtChairmanAsync();
        await using (var db = host.Database.NewContext())
        {
            var dossier = await db.Dossiers.Include(d => d.Nominees).SingleAsync(d => d.Id == awarded);
            dossier.RecordChairmanDecision(host.Workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion), dossier.Revision,
                dossier.Nominees.Select(n => n.Id).ToList(), host.Clock.Now);
            await db.SaveChangesAsync();
        }
        var school = await province.Dossier().WithPeople(Lan with { Name = "TRẦN THỊ LAN" }).DraftAsync();

        var warning = Assert.Single((await host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(province.Clerk(province.School), school))).Duplicates);
        Assert.True(warning.AlreadyAwarded);
        Assert.Equal(awarded, warning.Other.DossierId);

        var nominee = await host.ReadAsync(db => db.Dossiers.Where(d => d.Id == school).SelectMany(d => d.Nominees).Select(n => n.Id).SingleAsync());
        var person = await host.RunAsync<GetPerson, PersonView>(g => g.HandleAsync(province.Clerk(province.School), nominee));
        Assert.Equal([(school, false), (awarded, true)], person.Records.OrderBy(r => r.Awarded).Select(r => (r.DossierId, r.Awarded)));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.RunAsync<GetPerson, PersonView>(g => g.HandleAsync(province.Clerk(province.Union), nominee)));
    }
}
