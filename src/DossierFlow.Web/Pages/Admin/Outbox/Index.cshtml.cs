using DossierFlow.Application.Common;
using DossierFlow.Application.Mail;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Outbox;

public sealed class IndexModel(ListOutbox outbox) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public OutboxStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    /// <summary>Part of the mails' key, e.g. ":SYT:" for one organisation's deadline mails.</summary>
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public Page<OutboxRow> Mails { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public async Task OnGetAsync(CancellationToken ct) => (Mails, Counts) = await outbox.HandleAsync(Actor, Status, To, PageNumber, ct, Key);

    protected internal override Task ReloadAsync(CancellationToken ct) => OnGetAsync(ct);

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken ct)
    {
        ThrowIfInvalid();
        await outbox.ResendAsync(Actor, id, ct);
        return Done("Thư sẽ được gửi lại trong lần gửi tiếp theo.", new { Status, To, Key });
    }

    /// <summary>The statuses in the order a mail passes through them.</summary>
    public static readonly OutboxStatus[] Statuses = [OutboxStatus.Pending, OutboxStatus.Sending, OutboxStatus.Sent, OutboxStatus.Dead];

    public static string StatusTitle(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Chờ gửi",
        OutboxStatus.Sending => "Đang gửi",
        OutboxStatus.Sent => "Đã gửi",
        _ => "Thất bại",
    };
}
