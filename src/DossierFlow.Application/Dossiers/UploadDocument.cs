using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// The proposing unit's clerk attaches a signed scan to a dossier it holds. A form filled per nominee (the
/// achievement report) is uploaded for one nominee, named by <see cref="UploadInput.NomineeId"/>, and filed under
/// that nominee so it never replaces another nominee's scan.
/// </summary>
public sealed class UploadDocument(IAppDb db, Forms.IUploadInspector inspector, Forms.FormCatalog forms, TimeProvider clock) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, Guid dossierId, UploadInput input, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.Include(d => d.Documents).Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        SubjectUpload.RequireUploader(actor, dossier);
        var kind = KindFor(dossier, input);
        dossier.ExpectUploadableKind(await db.AwardTypes.FirstAsync(a => a.Id == dossier.AwardTypeId, ct), kind);
        var document = await SubjectUpload.AttachAsync(db, inspector, actor, dossier, input with { Kind = kind }, clock.GetUtcNow().UtcDateTime, ct);
        return document.Id;
    }

    private string KindFor(Dossier dossier, UploadInput input)
    {
        var perNominee = forms.PerNominee.Contains(input.Kind ?? "");
        if (input.NomineeId is { } id)
        {
            if (!perNominee)
                throw new DomainException("document-not-per-nominee", $"{VietnameseLabels.DocumentKind(input.Kind ?? "")} là tài liệu chung của hồ sơ, không chọn đối tượng.");
            var nominee = dossier.Nominees.FirstOrDefault(n => n.Id == id)
                ?? throw new DomainException("nominee-not-found", "Không tìm thấy người/tập thể được đề nghị trong hồ sơ.");
            return DossierChecklist.KindFor(input.Kind!, nominee);
        }
        if (!perNominee) return input.Kind!;
        // A dossier of one nominee leaves no doubt whose report it is.
        if (dossier.Nominees.Count == 1) return DossierChecklist.KindFor(input.Kind!, dossier.Nominees[0]);
        throw new DomainException("document-nominee-required",
            $"{VietnameseLabels.DocumentKind(input.Kind!)} được lập cho từng đối tượng: hãy chọn bản quét này thuộc về ai.");
    }
}

/// <summary>The unit states that the paper of a numbered document it generated was signed, so that version completes the dossier.</summary>
public sealed class MarkDocumentSigned(IAppDb db, TimeProvider clock) : IUseCase
{
    public async Task HandleAsync(Actor actor, Guid dossierId, int seenRevision, Guid documentId, CancellationToken ct = default)
    {
        var dossier = await EditNominees.LoadForChangeAsync(db, actor, dossierId, ct);
        dossier.MarkDocumentSigned(seenRevision, documentId, clock.GetUtcNow().UtcDateTime);
    }
}
