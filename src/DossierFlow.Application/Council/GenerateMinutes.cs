using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council;

/// <summary>
/// Once every dossier on the agenda is voted, the secretary generates the session's minutes with the
/// bien-ban-hoi-dong form: numbered …/BB-HĐTĐKT (the number is kept when the minutes are generated again), the
/// attendance, the tally and result per nominee, the conclusion, signed by the secretary and the chair. The file
/// is kept on the session and attached to each dossier of the agenda.
/// </summary>
public sealed class GenerateMinutes(IAppDb db, FormCatalog forms, IDocumentRenderer renderer, IDocumentNumbers numbers,
    IOptions<ProvinceOptions> province, TimeProvider clock) : IUseCase
{
    public const string Form = "bien-ban-hoi-dong";
    public const string DocumentKind = "bien-ban-hop-hoi-dong-tinh";

    public async Task HandleAsync(Actor actor, Guid sessionId, int revision, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        session.ExpectRevision(revision);
        var council = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == province.Value.CouncilCode, ct)
            ?? throw new DomainException("council-organisation-missing", $"Chưa có đơn vị mã \"{province.Value.CouncilCode}\" (Hội đồng Thi đua - Khen thưởng tỉnh).");
        var parent = council.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var ids = session.Items.OrderBy(i => i.Order).Select(i => i.DossierId).ToList();
        var agenda = await AgendaLines.ForAsync(db, ids, ct);
        var local = VietnameseFormat.Local(session.StartsAt);
        var date = DateOnly.FromDateTime(local);
        var number = session.MinutesNumber ?? await numbers.NextAsync(council.Code, "BB", date.Year, ct);

        var form = forms.Get(Form);
        var model = MinutesModel.Build(session, agenda, council, parent, province.Value.Name, number, local);
        var bytes = renderer.RenderDocx(form, model);
        var content = await SubjectUpload.ContentAsync(db, bytes, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        session.MinutesIssued(number, date, content.Sha256, now);

        var fileName = $"bien-ban-hop-hoi-dong-so-{number:00}.docx";
        var dossiers = await db.Dossiers.Include(d => d.Documents).Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        foreach (var dossier in dossiers)
            dossier.AttachIssuedDocument(dossier.Revision, DocumentKind, fileName, IDocumentRenderer.DocxContentType, content, now, actor.DisplayName);
    }
}
