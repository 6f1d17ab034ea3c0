using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council.Votes;

/// <summary>
/// The files the secretary takes from a session to count votes: the ballot-counting spreadsheet (every nominee,
/// the draft's counts, to fill and import) and, for the awards voted by secret ballot, the ballot paper (Phiếu bầu,
/// every such nominee with a column to tick for and one against). Neither is numbered nor kept: both are made
/// afresh from the agenda on each download.
/// </summary>
public sealed class SessionVoteFiles(IAppDb db, IBallotSheetFile sheet, IDocumentRenderer renderer, FormCatalog forms, VotingRules rules,
    IOptions<ProvinceOptions> province)
{
    public const string BallotForm = "phieu-bau";

    public async Task<ExportFile> BallotSheetAsync(Actor actor, Guid sessionId, CancellationToken ct = default)
    {
        var session = await LoadAsync(actor, sessionId, ct);
        var lines = await NomineeLines.AllAsync(db, sessionId, ct);
        var title = $"Bảng kiểm phiếu phiên họp Hội đồng Thi đua - Khen thưởng ngày {VietnameseFormat.DateTime(session.StartsAt)}";
        var bytes = sheet.Template(title, lines, session.Votes.ToDictionary(v => v.NomineeId));
        return new ExportFile($"bang-kiem-phieu-{VietnameseFormat.Local(session.StartsAt):yyyy-MM-dd}.xlsx", Dossiers.NomineeSheet.ContentType, bytes);
    }

    public async Task<ExportFile> BallotPaperAsync(Actor actor, Guid sessionId, CancellationToken ct = default)
    {
        var session = await LoadAsync(actor, sessionId, ct);
        var lines = (await NomineeLines.AllAsync(db, sessionId, ct)).Where(l => rules.For(l.AwardCode).Ballot == BallotType.SecretBallot).ToList();
        if (lines.Count == 0)
            // Not a refused input: the document does not exist for this session (the page offers no link to it).
            throw new NotFoundException("Không có hình thức khen thưởng nào trong chương trình họp được biểu quyết bằng bỏ phiếu kín, nên không có phiếu bầu.");
        var council = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == province.Value.CouncilCode, ct)
            ?? throw new DomainException("council-organisation-missing", $"Chưa có đơn vị mã \"{province.Value.CouncilCode}\" (Hội đồng Thi đua - Khen thưởng tỉnh).");
        var parent = council.ParentId is { } p ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == p, ct) : null;
        var date = DateOnly.FromDateTime(VietnameseFormat.Local(session.StartsAt));
        var rows = lines.Select(l => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["nominee"] = $"{l.Name} ({l.UnitName})", ["award"] = l.AwardName, ["for"] = "", ["against"] = "",
        }).ToList();
        var values = new Dictionary<string, string>
        {
            ["summary"] = $"Biểu quyết đề nghị khen thưởng tại phiên họp ngày {VietnameseFormat.Date(date)}",
            ["meeting-date"] = VietnameseFormat.Date(date),
            ["instructions"] = $"Mỗi dòng là một tập thể, cá nhân ({lines.Count} dòng). Đồng ý thì đánh dấu X vào cột \"Đồng ý\", không đồng ý thì đánh dấu X vào cột \"Không đồng ý\"; để trống cả hai cột là không biểu quyết.",
        };
        var model = new DocumentModel(parent?.Name.ToUpper(VietnameseFormat.Culture) ?? "", council.Name.ToUpper(VietnameseFormat.Culture), "",
            DocumentDates.PlaceDate(province.Value.Name, date), values,
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["ballot"] = rows }, []);
        return new ExportFile($"phieu-bau-{date:yyyy-MM-dd}.docx", IDocumentRenderer.DocxContentType, renderer.RenderDocx(forms.Get(BallotForm), model));
    }

    private async Task<CouncilSession> LoadAsync(Actor actor, Guid sessionId, CancellationToken ct)
    {
        actor.RequireAny(Roles.CouncilSecretary);
        return await db.CouncilSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("Không tìm thấy phiên họp.");
    }
}
