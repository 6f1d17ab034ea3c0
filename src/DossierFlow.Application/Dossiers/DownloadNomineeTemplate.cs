using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>The nominee spreadsheet to fill, with the dossier's current nominees in it so that importing it back updates them.</summary>
public sealed class DownloadNomineeTemplate(IAppDb db, INomineeSheetFile sheet) : IUseCase
{
    public async Task<ExportFile> HandleAsync(Actor actor, Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominees).FirstOrDefaultAsync(d => d.Id == dossierId, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);
        return new ExportFile("mau-danh-sach-doi-tuong.xlsx", NomineeSheet.ContentType,
            sheet.Template("Danh sách đối tượng đề nghị khen thưởng", dossier.Nominees.OrderBy(n => n.Order).ToList()));
    }
}
