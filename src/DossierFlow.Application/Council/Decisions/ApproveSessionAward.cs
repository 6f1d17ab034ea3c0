using DossierFlow.Application.Common;
using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Application.Council.Decisions;

/// <summary>A nominee the Chairman does not award, and why.</summary>
public sealed record ExclusionInput(Guid NomineeId, string? Reason);

/// <param name="SignerUserId">The account that signs the document: the Chairman, or a Vice-Chairman signing "KT. CHỦ TỊCH".</param>
public sealed record ApproveAwardInput(Guid AwardTypeId, string? SignerUserId, IReadOnlyList<ExclusionInput> Exclusions);

/// <summary>
/// The Chairman approves one award type of a session whose minutes are issued: every nominee the council
/// recommended for it, except those left out with a reason, under the signer chosen among the People's Committee's
/// signing accounts. The nominees' outcomes are recorded on their dossiers, which stay with the Chairman until the
/// document office numbers and dates the document (<see cref="IssueSessionDecision"/>); a provincial award becomes
/// a Quyết định (…/QĐ-UBND), a national one the province's Tờ trình upward (…/TTr-UBND).
/// </summary>
public sealed class ApproveSessionAward(IAppDb db, WorkflowCatalog workflows, ISignerDirectory signers, IOptions<ProvinceOptions> province,
    TimeProvider clock) : IUseCase
{
    public const string DecisionSymbol = "QĐ";
    public const string ProposalSymbol = "TTr";

    public async Task<Guid> HandleAsync(Actor actor, Guid sessionId, ApproveAwardInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Chairman);
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.MinutesNumber, Dossiers = s.Items.Select(i => i.DossierId).ToList() }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Không tìm thấy phiên họp.");
        if (session.MinutesNumber is null)
            throw new DomainException("session-minutes-missing", "Phiên họp chưa có biên bản: kết quả biểu quyết chưa chính thức, chưa thể quyết định khen thưởng.");
        var award = await db.AwardTypes.AsNoTracking().FirstOrDefaultAsync(a => a.Id == input.AwardTypeId, ct)
            ?? throw new NotFoundException("Không tìm thấy loại hình khen thưởng.");
        if (await db.SessionDecisions.AnyAsync(d => d.SessionId == sessionId && d.AwardTypeId == award.Id, ct))
            throw new DomainException("decision-exists", $"{award.Name} của phiên họp này đã được phê duyệt.");
        var committee = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == province.Value.CommitteeCode, ct)
            ?? throw new DomainException("committee-missing", $"Chưa có đơn vị mã \"{province.Value.CommitteeCode}\" (Ủy ban nhân dân tỉnh).");
        var signer = string.IsNullOrWhiteSpace(input.SignerUserId) ? null
            : (await signers.HeadSignersAsync(committee.Id, ct)).FirstOrDefault(s => s.UserId == input.SignerUserId);
        if (!string.IsNullOrWhiteSpace(input.SignerUserId) && signer is null)
            throw new DomainException("decision-signer", "Người được chọn không có thẩm quyền ký văn bản của Chủ tịch UBND tỉnh.");

        var dossiers = await db.Dossiers.Include(d => d.Nominees)
            .Where(d => session.Dossiers.Contains(d.Id) && d.AwardTypeId == award.Id).ToListAsync(ct);
        dossiers = dossiers.Where(d => workflows.Get(d.WorkflowId, d.WorkflowVersion).State(d.State).IsHeldBy(Vocabulary.Holder.Chairman)).ToList();
        var recommended = dossiers.SelectMany(d => d.Nominees.Where(n => n.CouncilRecommended == true).Select(n => (Dossier: d, Nominee: n)))
            .ToDictionary(x => x.Nominee.Id);
        if (recommended.Count == 0)
            throw new DomainException("decision-nothing", $"Phiên họp không có đối tượng {award.Name} nào đang chờ Chủ tịch quyết định.");
        if (input.Exclusions.FirstOrDefault(e => !recommended.ContainsKey(e.NomineeId)) is { } unknown)
            throw new DomainException("decision-exclusion-unknown", "Chỉ loại trừ tập thể, cá nhân được Hội đồng đề nghị tại phiên họp này.");
        var excluded = input.Exclusions.DistinctBy(e => e.NomineeId)
            .Select(e => new DecisionExclusion(e.NomineeId, recommended[e.NomineeId].Dossier.Id, recommended[e.NomineeId].Nominee.Name, e.Reason ?? ""))
            .ToList();
        if (excluded.Count == recommended.Count)
            throw new DomainException("decision-nobody",
                "Không còn tập thể, cá nhân nào được khen thưởng. Hãy để lại ít nhất một người, hoặc bỏ bớt các trường hợp không khen thưởng.");

        var now = clock.GetUtcNow().UtcDateTime;
        var national = award.Level == AwardLevel.National;
        var decision = SessionDecision.Approve(sessionId, award.Id, national ? SessionDecisionKind.UpwardProposal : SessionDecisionKind.Decision,
            national ? ProposalSymbol : DecisionSymbol, signer?.UserId, signer?.Signer.FullName, signer?.Signer.Position,
            signer?.Signer.Capacity ?? SigningCapacity.None, excluded, actor.UserId, actor.DisplayName, now);
        var left = excluded.Select(e => e.NomineeId).ToHashSet();
        foreach (var dossier in dossiers)
            dossier.RecordChairmanDecision(workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion), dossier.Revision,
                dossier.Nominees.Where(n => n.CouncilRecommended == true && !left.Contains(n.Id)).Select(n => n.Id).ToList(), now);
        db.SessionDecisions.Add(decision);
        return decision.Id;
    }
}
