using DossierFlow.Application.Publicity;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Publicity;

/// <summary>What the public page shows, per award type: consultation of its dossiers, publication of its decisions.</summary>
public sealed class IndexModel(ListAwardPublicity list, SetAwardPublicity set) : AppPageModel
{
    public IReadOnlyList<AwardPublicityRow> Awards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Awards = await list.HandleAsync(Actor, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => Awards = await list.HandleAsync(Actor, ct);

    [BindProperty] public Guid AwardTypeId { get; set; }
    [BindProperty] public bool Consultation { get; set; }
    [BindProperty] public bool Decisions { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await set.HandleAsync(Actor, AwardTypeId, Consultation, Decisions, ct);
        return Done("Đã lưu nội dung công khai của hình thức khen thưởng.");
    }
}
