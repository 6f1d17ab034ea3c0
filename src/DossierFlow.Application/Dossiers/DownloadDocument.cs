using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;


/// <summary>One document version's bytes, for whoever may see the dossier.</summary>
public sealed class DownloadDocument(IAppDb db) : IUseCase
{
    public async Task<Forms.ExportFile> HandleAsync(Actor actor, Guid dossierId, Guid documentId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Documents).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        var document = dossier.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("Không tìm thấy tài liệu.");
        var content = await db.DocumentContents.AsNoTracking().FirstAsync(c => c.Sha256 == document.Sha256, ct);
        return new Forms.ExportFile(document.FileName, document.ContentType, content.Bytes);
    }
}
