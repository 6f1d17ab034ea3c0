using System.IO.Compression;
using CsvHelper;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Forms;

/// <summary>A file to hand to the browser: a download, an export.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The dossier as a package to hand over: every current document, the nominee list as .xlsx, and a manifest
/// (document, version, SHA-256, and the number of copies the award requires).
/// </summary>
public sealed class ExportDossierBundle(IAppDb db, IDocumentRenderer renderer) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var proposer = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct);
        var current = dossier.CurrentDocuments.OrderBy(d => d.Kind, StringComparer.Ordinal).ToList();
        var hashes = current.Select(d => d.Sha256).Distinct().ToList();
        var contents = await db.DocumentContents.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToDictionaryAsync(c => c.Sha256, c => c.Bytes, ct);

        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifest = new MemoryStream();
            // With a byte-order mark, so that Excel opens the Vietnamese names as UTF-8.
            await using (var csv = CsvWriter.Create(manifest, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
            {
                csv.WriteHeader(["ma_ho_so", "tai_lieu", "loai", "phien_ban", "sha256", "so_bo"]);
                foreach (var document in current)
                {
                    var name = $"tai-lieu/{document.Kind.Replace('#', '-')}-v{document.Version}-{document.FileName}";
                    await using (var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open())
                        await entry.WriteAsync(contents[document.Sha256], ct);
                    csv.WriteRecord([dossier.Code, name, VietnameseLabels.DocumentKind(document.Kind), document.Version.ToString(), document.Sha256, $"{award.Copies:00}"]);
                }
            }
            var nominees = FormContext.NomineeLines(dossier);
            await using (var list = zip.CreateEntry("danh-sach-de-nghi.xlsx").Open())
                await list.WriteAsync(renderer.RenderNomineeWorkbook($"Danh sách đề nghị tặng {award.Name} - {proposer.Name}", nominees), ct);
            await using (var entry = zip.CreateEntry("manifest.csv").Open())
                await entry.WriteAsync(manifest.ToArray(), ct);
        }
        return new ExportFile($"{dossier.Code}-{proposer.Code}.zip", "application/zip", zipStream.ToArray());
    }
}

/// <summary>The nominee list of a dossier as .xlsx.</summary>
public sealed class ExportNomineeList(IAppDb db, IDocumentRenderer renderer) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var nominees = FormContext.NomineeLines(dossier);
        return new ExportFile("danh-sach-de-nghi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            renderer.RenderNomineeWorkbook($"Danh sách đề nghị tặng {award.Name}", nominees));
    }
}
