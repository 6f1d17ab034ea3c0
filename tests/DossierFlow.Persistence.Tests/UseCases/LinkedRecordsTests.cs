using DossierFlow.Application.Council;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Common;
using DossierFlow.Persistence.Identity;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// Values that name something else must name something that exists: a council member's account decides who reads
/// the dossiers of the member's sessions, an upload's kind decides where the checklist and the export file it.
/// Anything else is refused with a stable code and nothing is stored.
/// </summary>
public class LinkedRecordsTests : ProvinceTest
{
    private static CouncilMemberInput Member(string? userId) => new("Nguyễn Thị Hoa", "Ủy viên Hội đồng", "hoa@tinh.test", userId, 10, true);

    [Theory]
    [InlineData("khong-co-tai-khoan-nay", "member-account-unknown")]
    [InlineData(null, "member-account-too-long")]
    public async Task A_member_linked_to_an_account_that_does_not_exist_is_refused_and_nothing_is_stored(string? userId, string code)
    {
        var members = await _host.ReadAsync(db => db.CouncilMembers.CountAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => _host.RunAsync<CouncilMembers, Guid>(m =>
            m.SaveAsync(_province.Secretary, null, Member(userId ?? new string('a', 1_000_000)))));

        Assert.Equal(code, error.Code);
        Assert.Equal(members, await _host.ReadAsync(db => db.CouncilMembers.CountAsync()));
    }

    [Fact]
    public async Task A_member_linked_to_an_existing_account_is_stored_with_it()
    {
        var account = new ApplicationUser("hoa.hdtdkt", "hoa@tinh.test", "Nguyễn Thị Hoa", "Ủy viên Hội đồng", _province.HomeAffairs);
        await _host.ReadAsync(async db => { db.Users.Add(account); return await db.SaveChangesAsync(); });

        var id = await _host.RunAsync<CouncilMembers, Guid>(m => m.SaveAsync(_province.Secretary, null, Member(account.Id)));

        Assert.Equal(account.Id, await _host.ReadAsync(db => db.CouncilMembers.Where(m => m.Id == id).Select(m => m.UserId).SingleAsync()));
    }

    private Task<Guid> UploadAsync(Guid dossier, string kind, int revision) =>
        _host.RunAsync<UploadDocument, Guid>(u => u.HandleAsync(_province.Clerk(_province.School), dossier,
            new UploadInput(revision, kind, "ho-so.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())));

    [Theory]
    [InlineData("ban-quet")]           // no form of that name
    [InlineData("to-trinh#7")]         // no nominee 7
    [InlineData("evidence#1")]         // evidence is not per nominee
    [InlineData("quyet-dinh-khen-thuong")] // issued by the province, not uploaded by the unit
    public async Task An_upload_of_a_kind_the_dossier_has_no_place_for_is_refused_and_nothing_is_stored(string kind)
    {
        var dossier = await _province.Dossier().WithoutDocuments().DraftAsync();
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);

        var error = await Assert.ThrowsAsync<DomainException>(() => UploadAsync(dossier, kind, revision));

        Assert.Equal("document-kind-unknown", error.Code);
        Assert.Equal(revision, await DossierBuilder.RevisionAsync(_host, dossier));
        Assert.Equal(0, await _host.ReadAsync(db => db.DocumentContents.CountAsync()));
    }

    [Theory]
    [InlineData("to-trinh")]
    [InlineData("bao-cao-thanh-tich-mau-07#1")]
    [InlineData("evidence")]
    public async Task An_upload_of_a_required_document_or_evidence_is_stored(string kind)
    {
        var dossier = await _province.Dossier().WithoutDocuments().DraftAsync();

        await UploadAsync(dossier, kind, await DossierBuilder.RevisionAsync(_host, dossier));

        Assert.Equal([kind], await _host.ReadAsync(db => db.Dossiers.Where(d => d.Id == dossier).SelectMany(d => d.Documents).Select(d => d.Kind).ToListAsync()));
    }
}
