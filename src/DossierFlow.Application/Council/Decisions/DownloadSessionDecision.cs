using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>An issued session document as it was issued (.docx), for the province's roles; units find it on their dossiers.</summary>
public sealed class DownloadSessionDecision(IAppDb db) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid decisionId, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman, Roles.DocumentOffice, Roles.HomeAffairsReviewer, Roles.Admin, Roles.Auditor);
        var decision = await db.SessionDecisions.AsNoTracking().Where(d => d.Id == decisionId && d.Sha256 != null)
            .Select(d => new { d.Kind, d.Number, d.Year, d.Sha256 }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Văn bản chưa được ban hành.");
        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.Sha256 == decision.Sha256).Select(c => c.Bytes).FirstAsync(ct);
        var name = $"{(decision.Kind == SessionDecisionKind.Decision ? "quyet-dinh" : "to-trinh")}-so-{decision.Number:00}-{decision.Year}.docx";
        return new ExportFile(name, IDocumentRenderer.DocxContentType, bytes);
    }
}
