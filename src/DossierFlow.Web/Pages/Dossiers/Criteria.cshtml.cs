using DossierFlow.Application.Criteria;
using DossierFlow.Domain.Criteria;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>A dossier's nominees against its movement's criteria: the verdicts and reasons, and for Sở Nội vụ's reviewer the evaluation, the subject and the override.</summary>
public sealed class CriteriaModel(GetDossierCriteria get, EvaluateDossierCriteria evaluate, SetCriteriaSubject subject, OverrideCriteria @override)
    : AppPageModel
{
    public DossierCriteriaView? View { get; private set; }

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public string? SubjectType { get; set; }
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public int? CommuneArea { get; set; }
    [BindProperty] public bool EthnicMinorityArea { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Verdict { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Guid NewOperationId { get; } = Guid.NewGuid();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await get.HandleAsync(Actor, id, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => View = await get.HandleAsync(Actor, RouteGuid(), ct);

    public async Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct)
    {
        var evaluations = await evaluate.HandleAsync(Actor, id, ct);
        return Done($"Đã đánh giá tiêu chuẩn của {evaluations.Count} đối tượng theo số liệu hiện có.", new { id });
    }

    public async Task<IActionResult> OnPostSubjectAsync(Guid id, Guid nomineeId, CancellationToken ct)
    {
        var result = await subject.HandleAsync(Actor, id, nomineeId,
            new CriteriaSubjectInput(SubjectType ?? "", UnitCode, CommuneArea, EthnicMinorityArea, Category), ct);
        return Done($"Đã cập nhật đối tượng đánh giá; kết quả: {CriteriaVerdicts.Name(result.Verdict)}.", new { id });
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid nomineeId, CancellationToken ct)
    {
        CriteriaVerdict? verdict = Verdict switch
        {
            "met" => CriteriaVerdict.Met,
            "not-met" => CriteriaVerdict.NotMet,
            "clear" => null,
            _ => throw new Domain.Common.DomainException("criteria-override-invalid", "Hãy chọn kết luận \"Đạt\", \"Không đạt\" hoặc bỏ điều chỉnh."),
        };
        await @override.HandleAsync(Actor, id, nomineeId, new CriteriaOverrideInput(verdict, Reason ?? "", Revision, OperationId), ct);
        return Done(verdict is null ? "Đã bỏ điều chỉnh kết quả đánh giá." : "Đã điều chỉnh kết quả đánh giá và ghi vào nhật ký hồ sơ.", new { id });
    }
}
