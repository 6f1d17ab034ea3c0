using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>The proposing unit's clerk attaches a signed scan to a dossier it holds.</summary>
public sealed class UploadDocument(IAppDb db, Forms.IUploadInspector inspector, TimeProvider clock) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, Guid dossierId, UploadInput input, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.Include(d => d.Documents).Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        SubjectUpload.RequireUploader(actor, dossier);
        dossier.ExpectUploadableKind(await db.AwardTypes.FirstAsync(a => a.Id == dossier.AwardTypeId, ct), input.Kind);
        var document = await SubjectUpload.AttachAsync(db, inspector, actor, dossier, input, clock.GetUtcNow().UtcDateTime, ct);
        return document.Id;
    }
}
