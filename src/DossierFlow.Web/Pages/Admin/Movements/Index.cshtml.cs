using DossierFlow.Application.Movements;

namespace DossierFlow.Web.Pages.Admin.Movements;

public sealed class IndexModel(ListMovements list) : AppPageModel
{
    public IReadOnlyList<MovementRow> Movements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Movements = await list.HandleAsync(ct);
}
