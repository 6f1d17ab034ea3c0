using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Dossiers;

public sealed record UploadInput(int Revision, string Kind, string FileName, byte[] Content);

/// <summary>
/// Attaches a signed scan (PDF, PNG or JPEG, recognised by content, not by name) to a dossier or report the
/// actor's unit holds. The bytes are stored once per SHA-256; each upload of a kind adds a version.
/// </summary>
internal static class SubjectUpload
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public static async Task<DossierDocument> AttachAsync(IAppDb db, Actor actor, WorkflowSubject subject, UploadInput input, DateTime now, CancellationToken ct)
    {
        actor.RequireAny(Roles.UnitClerk);
        if (subject.OwnerOrganisationId != actor.OrganisationId)
            throw new ForbiddenException("Bạn không có quyền sửa hồ sơ của đơn vị khác.");
        var contentType = ScanType(input.Content)
            ?? throw new DomainException("upload-type", "Chỉ nhận bản quét dạng PDF, PNG hoặc JPEG (nhận biết theo nội dung tệp, không theo tên).");
        if (input.Content.Length > MaxBytes)
            throw new DomainException("upload-too-large", $"Tệp lớn hơn giới hạn {MaxBytes / 1024 / 1024} MB.");
        var content = DocumentContent.From(input.Content);
        var stored = await db.DocumentContents.FindAsync([content.Sha256], ct);
        if (stored is null) db.DocumentContents.Add(content);
        return subject.AttachDocument(input.Revision, input.Kind, input.FileName, contentType, stored ?? content, now, actor.DisplayName);
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
