using DossierFlow.Application.Council.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.DocumentOffice;

/// <summary>
/// The document office of the People's Committee: what the Chairman approved waits here for its number (the next
/// free one offered, editable) and its date; issuing it decides the dossiers and mails the units.
/// </summary>
public sealed class IndexModel(DocumentOfficeQueue queue, IssueSessionDecision issue) : AppPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Date { get; set; }

    public IReadOnlyList<AwaitingNumber> Waiting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ReloadAsync(ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) => Waiting = await queue.HandleAsync(Actor, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        var issued = await issue.HandleAsync(Actor, id, new IssueDecisionInput(Revision, Number, Date), ct);
        return Done($"Đã cấp số {issued.NumberText} ngày {Application.Common.VietnameseFormat.Date(issued.Date)} và ban hành: "
            + $"{issued.Awarded} đối tượng được khen thưởng, {issued.Dossiers} hồ sơ đã được cập nhật và thông báo cho đơn vị.", "/DocumentOffice/Index");
    }
}
