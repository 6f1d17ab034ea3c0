using System.IO.Compression;
using CsvHelper;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Forms;

/// <summary>A file to hand to the browser: a download, an export.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The dossier as a package to hand over: every current document (of each kind, the latest signed version, else
/// the latest), the nominee list as .xlsx, and a manifest (document, the nominee it belongs to by name, version,
/// signed or not, SHA-256, and the number of copies the regime in force on the submission date asks for).
/// </summary>
public sealed class ExportDossierBundle(IAppDb db, IDocumentRenderer renderer, FormCatalog forms, IOptions<ProvinceOptions> province, TimeProvider clock) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var proposer = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct);
        var current = dossier.Documents.GroupBy(d => d.Kind)
            .Select(g => g.Where(d => d.IsSigned).MaxBy(d => d.Version) ?? g.MaxBy(d => d.Version)!)
            .OrderBy(d => d.Kind, StringComparer.Ordinal).ToList();
        var hashes = current.Select(d => d.Sha256).Distinct().ToList();
        var contents = await db.DocumentContents.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToDictionaryAsync(c => c.Sha256, c => c.Bytes, ct);
        var submitted = dossier.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnameseFormat.Local(at)) : VietnameseFormat.Today(clock);
        var copies = award.CopiesOn(submitted);

        using var zipStream = new MemoryStream();
        using (var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifest = new MemoryStream();
            // With a byte-order mark, so that Excel opens the Vietnamese names as UTF-8.
            await using (var csv = CsvWriter.Create(manifest, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
            {
                csv.WriteHeader(["ma_ho_so", "tai_lieu", "loai", "doi_tuong", "phien_ban", "da_ky", "sha256", "so_bo"]);
                foreach (var document in current)
                {
                    var nominee = NomineeOf(dossier, document.Kind);
                    var stem = nominee is null ? document.Kind : $"{document.Kind.Split('#')[0]}-{nominee.Order:00}-{Slug(nominee.Name)}";
                    var name = $"tai-lieu/{stem}-v{document.Version}-{document.FileName}";
                    await using (var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open())
                        await entry.WriteAsync(contents[document.Sha256], ct);
                    csv.WriteRecord([dossier.Code, name, VietnameseLabels.DocumentKind(document.Kind.Split('#')[0]), nominee?.Name ?? "", document.Version.ToString(),
                        document.IsSigned ? "có" : "không", document.Sha256, $"{copies:00}"]);
                }
            }
            var nominees = await NomineeListLines.BuildAsync(db, forms, province.Value, dossier, award, ct);
            await using (var list = zip.CreateEntry("danh-sach-de-nghi.xlsx").Open())
                await list.WriteAsync(renderer.RenderNomineeWorkbook($"Danh sách đề nghị tặng {award.Name} - {proposer.Name}", nominees), ct);
            await using (var entry = zip.CreateEntry("manifest.csv").Open())
                await entry.WriteAsync(manifest.ToArray(), ct);
        }
        return new ExportFile($"{dossier.Code}-{proposer.Code}.zip", "application/zip", zipStream.ToArray());
    }

    private static Nominee? NomineeOf(Dossier dossier, string kind) =>
        kind.Split('#') is [_, var order] ? dossier.Nominees.FirstOrDefault(n => n.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) == order) : null;

    /// <summary>A name as it can stand in a file name inside the ZIP: folded, words joined by dashes.</summary>
    private static string Slug(string name)
    {
        var folded = new string(SearchText.Fold(name).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        var joined = string.Join('-', folded.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return joined.Length <= 60 ? joined : joined[..60];
    }
}

/// <summary>The nominee list of a dossier as .xlsx.</summary>
public sealed class ExportNomineeList(IAppDb db, IDocumentRenderer renderer, FormCatalog forms, IOptions<ProvinceOptions> province) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var nominees = await NomineeListLines.BuildAsync(db, forms, province.Value, dossier, award, ct);
        return new ExportFile("danh-sach-de-nghi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            renderer.RenderNomineeWorkbook($"Danh sách đề nghị tặng {award.Name}", nominees));
    }
}
