using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Dossiers;

/// <param name="NomineeId">For a form filled per nominee: whose document it is.</param>
public sealed record UploadInput(int Revision, string Kind, string FileName, byte[] Content, Guid? NomineeId = null);

/// <summary>
/// Attaches an uploaded file (a signed scan, evidence) to a dossier or report the actor's unit holds, after the
/// inspector has decided from its content what it is. The bytes are stored once per SHA-256; each upload of a
/// kind adds a version.
/// </summary>
internal static class SubjectUpload
{
    public static async Task<DossierDocument> AttachAsync(IAppDb db, IUploadInspector inspector, Actor actor, WorkflowSubject subject,
        UploadInput input, DateTime now, CancellationToken ct)
    {
        RequireUploader(actor, subject);
        var contentType = inspector.Inspect(input.FileName, input.Content);
        return await StoreAsync(db, subject, input.Kind, input.FileName, contentType, input.Content, input.Revision, now, actor.DisplayName, ct);
    }

    /// <summary>Only a clerk of the unit that owns the subject uploads to it.</summary>
    public static void RequireUploader(Actor actor, WorkflowSubject subject)
    {
        actor.RequireAny(Roles.UnitClerk);
        if (subject.OwnerOrganisationId != actor.OrganisationId)
            throw new ForbiddenException("Bạn không có quyền sửa hồ sơ của đơn vị khác.");
    }

    /// <summary>Stores the bytes once per SHA-256 and adds the next version of the kind to the subject.</summary>
    public static async Task<DossierDocument> StoreAsync(IAppDb db, WorkflowSubject subject, string kind, string fileName, string contentType,
        byte[] bytes, int revision, DateTime now, string by, CancellationToken ct, bool issuedByProvince = false,
        DocumentOrigin origin = DocumentOrigin.SignedScan)
    {
        var content = await ContentAsync(db, bytes, ct);
        // A name typed on a decomposing keyboard or copied from macOS is stored composed, as every other text.
        fileName = fileName.Normalize(System.Text.NormalizationForm.FormC);
        return issuedByProvince
            ? subject.AttachIssuedDocument(revision, kind, fileName, contentType, content, now, by)
            : subject.AttachDocument(revision, kind, fileName, contentType, content, now, by, origin);
    }

    /// <summary>The stored content with these bytes, added (to be saved with the change) when it is new.</summary>
    public static async Task<DocumentContent> ContentAsync(IAppDb db, byte[] bytes, CancellationToken ct)
    {
        var content = DocumentContent.From(bytes);
        if (await db.DocumentContents.FindAsync([content.Sha256], ct) is { } stored) return stored;
        db.DocumentContents.Add(content);
        return content;
    }
}
