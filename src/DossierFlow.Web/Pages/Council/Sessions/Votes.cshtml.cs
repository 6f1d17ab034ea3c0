using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Application.Council;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>The secretary records the votes on each nominee of one dossier of the session's agenda.</summary>
public sealed class VotesModel(GetSessions sessions, RecordCouncilVotes record) : AppPageModel
{
    [BindProperty] public int SessionRevision { get; set; }
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public Guid OperationId { get; set; }
    [BindProperty] public List<VoteLine> Lines { get; set; } = [];

    public sealed class VoteLine
    {
        public Guid NomineeId { get; set; }
        [Display(Name = "Số phiếu đồng ý")] public int For { get; set; }
        [Display(Name = "Số phiếu không đồng ý")] public int Against { get; set; }
        [Display(Name = "Số phiếu không biểu quyết")] public int Abstain { get; set; }
        [Display(Name = "Số ý kiến đồng ý bằng văn bản")] public int WrittenFor { get; set; }
    }

    public SessionView View { get; private set; } = null!;
    public AgendaLine Item { get; private set; } = null!;
    public Dossier Dossier { get; private set; } = null!;
    public VotingRule Rule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        await LoadAsync(id, dossierId, ct);
        SessionRevision = View.Session.Revision;
        Revision = Dossier.Revision;
        OperationId = Guid.NewGuid();
        Lines = Dossier.Nominees.OrderBy(n => n.Order).Select(n => new VoteLine { NomineeId = n.Id }).ToList();
        return Page();
    }

    protected internal override Task ReloadAsync(CancellationToken ct) => LoadAsync(RouteGuid(), RouteGuid("dossierId"), ct);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        ThrowIfInvalid();
        await record.HandleAsync(Actor, id, dossierId, new CouncilVotesInput(SessionRevision, Revision, OperationId,
            Lines.Select(l => new NomineeVotes(l.NomineeId, l.For, l.Against, l.Abstain, l.WrittenFor)).ToList()), ct);
        return Done("Đã ghi kết quả biểu quyết; hồ sơ đã được chuyển tiếp theo kết quả.", "Details", new { id });
    }

    private async Task LoadAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        View = await sessions.GetAsync(Actor, id, ct);
        Item = View.Agenda.FirstOrDefault(a => a.DossierId == dossierId) ?? throw new NotFoundException("Hồ sơ không có trong chương trình họp.");
        Dossier = View.Dossiers[dossierId];
        Rule = View.Rules[Item.AwardCode];
    }
}
