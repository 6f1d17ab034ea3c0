using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// A dossier is complete only with signed documents, the achievement report once per nominee; the page's checklist
/// and the submit guard apply the same rule, and the bundle names each nominee's report by the nominee's name.
/// </summary>
public class SignedDocumentsTests : ProvinceTest
{
    private const string Report = "bao-cao-thanh-tich-mau-07";

    private async Task<Guid> UploadAsync(Guid dossier, string kind, Guid? nominee, string fileName = "scan.pdf")
    {
        var revision = await DossierBuilder.RevisionAsync(_host, dossier);
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n{Guid.NewGuid()}\n%%EOF");
        return await _host.RunAsync<UploadDocument, Guid>(u => u.HandleAsync(_province.Clerk(_province.School), dossier,
            new UploadInput(revision, kind, fileName, pdf, nominee)));
    }

    private Task<DossierView> ViewAsync(Guid dossier) =>
        _host.RunAsync<GetDossier, DossierView>(g => g.HandleAsync(_province.Clerk(_province.School), dossier));

    [Fact]
    public async Task Each_nominee_needs_a_signed_report_and_the_checklist_says_exactly_what_the_submit_guard_refuses()
    {
        var dossier = await _province.Dossier().WithNominees("Trần Thị Lan", "Lê Văn Bình").WithoutDocuments().DraftAsync();
        var nominees = (await ViewAsync(dossier)).Dossier.Nominees.OrderBy(n => n.Order).ToList();
        await UploadAsync(dossier, "to-trinh", null);
        await UploadAsync(dossier, "bien-ban-hoi-dong", null);
        await UploadAsync(dossier, Report, nominees[0].Id, "bao-cao-lan.pdf");

        // Which nominee's report is not a guess once the dossier has two.
        Assert.Equal("document-nominee-required", (await Assert.ThrowsAsync<DomainException>(() => UploadAsync(dossier, Report, null))).Code);
        var view = await ViewAsync(dossier);
        Assert.Equal([true, true, true, false], view.Checklist.Select(i => i.Done));
        Assert.Equal("Lê Văn Bình", view.Checklist[3].Nominee!.Name);
        Assert.Equal([Report], view.MissingDocuments);
        var refused = await Assert.ThrowsAsync<GuardFailedException>(() => DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit"));
        Assert.Equal([Vocabulary.DocumentsPresent], refused.Guards);
        Assert.Contains(Report, refused.Message);

        await UploadAsync(dossier, Report, nominees[1].Id, "bao-cao-binh.pdf");
        Assert.All((await ViewAsync(dossier)).Checklist, i => Assert.True(i.Done));
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
    }

    [Fact]
    public async Task A_generated_draft_never_counts_and_a_numbered_one_counts_once_marked_signed()
    {
        var dossier = await _province.Dossier().WithoutDocuments().DraftAsync();
        var nominee = (await ViewAsync(dossier)).Dossier.Nominees.Single();
        await UploadAsync(dossier, "to-trinh", null);
        await UploadAsync(dossier, Report, null); // one nominee: the report is hers
        Guid draft, numbered;
        await using (var db = _host.Database.NewContext())
        {
            var d = await db.Dossiers.Include(x => x.Documents).SingleAsync(x => x.Id == dossier);
            var content = DocumentContent.From("bien ban"u8.ToArray());
            db.DocumentContents.Add(content);
            draft = d.AttachDocument(d.Revision, "bien-ban-hoi-dong", "bien-ban-hoi-dong-du-thao.docx", IDocumentRenderer.DocxContentType, content, _host.Clock.Now, "clerk", DocumentOrigin.Draft).Id;
            numbered = d.AttachDocument(d.Revision, "bien-ban-hoi-dong", "bien-ban-hoi-dong-so-01.docx", IDocumentRenderer.DocxContentType, content, _host.Clock.Now, "clerk", DocumentOrigin.Numbered).Id;
            await db.SaveChangesAsync();
        }
        Assert.Equal(["bien-ban-hoi-dong"], (await ViewAsync(dossier)).MissingDocuments);
        await Assert.ThrowsAsync<GuardFailedException>(() => DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit"));

        Task Mark(Guid document) => _host.RunAsync<MarkDocumentSigned>(async m =>
            await m.HandleAsync(_province.Clerk(_province.School), dossier, await DossierBuilder.RevisionAsync(_host, dossier), document));
        Assert.Equal("document-not-numbered", (await Assert.ThrowsAsync<DomainException>(() => Mark(draft))).Code);
        await Mark(numbered);

        Assert.Empty((await ViewAsync(dossier)).MissingDocuments);
        Assert.Equal(nominee.Id, (await ViewAsync(dossier)).Checklist.Single(i => i.FormCode == Report).Nominee!.Id);
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
    }

    [Fact]
    public async Task The_bundle_names_each_nominees_report_by_name_and_asks_for_one_copy_under_the_2025_decree()
    {
        var dossier = await _province.Dossier(Province.NationalAward).WithNominees("Trần Thị Lan", "Lê Văn Bình").DraftAsync();
        var bundle = await _host.RunAsync<ExportDossierBundle, ExportFile>(b => b.HandleAsync(_province.Clerk(_province.School), dossier));

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bundle.Content));
        using var manifest = new StreamReader(zip.GetEntry("manifest.csv")!.Open());
        var lines = (await manifest.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reports = lines.Where(l => l.Contains(Report)).ToList();
        Assert.Equal(2, reports.Count);
        Assert.Contains(reports, l => l.Contains("tai-lieu/bao-cao-thanh-tich-mau-07-01-tran-thi-lan-") && l.Contains(",Trần Thị Lan,"));
        Assert.Contains(reports, l => l.Contains("-02-le-van-binh-") && l.Contains(",Lê Văn Bình,"));
        // The catalogue says 03 bộ for this award (NĐ 91/2017); a dossier of 2025 after 01/7 is handed in as 01 bộ.
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",01", l));
        Assert.Equal(1, (await ViewAsync(dossier)).Copies);
    }
}
