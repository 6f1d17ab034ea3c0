using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

public sealed record UploadInput(int Revision, string Kind, string FileName, byte[] Content);

/// <summary>
/// The proposing unit's clerk attaches a signed scan (PDF, PNG or JPEG, recognised by content, not by name) to
/// a dossier it holds. The bytes are stored once per SHA-256; each upload of a kind adds a version.
/// </summary>
public sealed class UploadDocument(IAppDb db, TimeProvider clock)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public async Task<Guid> HandleAsync(Actor actor, Guid dossierId, UploadInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.UnitClerk);
        var contentType = ScanType(input.Content)
            ?? throw new DomainException("upload-type", "Chỉ nhận bản quét dạng PDF, PNG hoặc JPEG (nhận biết theo nội dung tệp, không theo tên).");
        if (input.Content.Length > MaxBytes)
            throw new DomainException("upload-too-large", $"Tệp lớn hơn giới hạn {MaxBytes / 1024 / 1024} MB.");
        var dossier = await db.Dossiers.Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        if (dossier.ProposingOrganisationId != actor.OrganisationId)
            throw new ForbiddenException("Bạn không có quyền sửa hồ sơ của đơn vị khác.");

        var content = DocumentContent.From(input.Content);
        var stored = await db.DocumentContents.FindAsync([content.Sha256], ct);
        if (stored is null) db.DocumentContents.Add(content);
        var document = dossier.AttachDocument(input.Revision, input.Kind, input.FileName, contentType, stored ?? content,
            clock.GetUtcNow().UtcDateTime, actor.DisplayName);
        await db.SaveChangesAsync(ct);
        return document.Id;
    }

    /// <summary>The type the bytes actually are, from their signature.</summary>
    public static string? ScanType(byte[] bytes) => bytes switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",          // %PDF-
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}
