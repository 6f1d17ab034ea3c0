using DossierFlow.Application.Common;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Calendar;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <param name="Actions">The plain actions the actor may take now (the guards are checked when one is taken).</param>
/// <param name="Screens">Where the actor takes the dedicated actions open to them (votes, the Chairman's decision, the central decision).</param>
/// <param name="DaysLeft">Working days left on the processing clock; negative when overdue; null without a limit.</param>
/// <param name="Returned">Why the dossier is back with the unit, when it was sent back (shown as a banner at the top).</param>
/// <param name="DueOn">While the unit drafts it before its first submission: the day the movement's deadline falls.</param>
/// <param name="Forms">The forms in force for the dossier's date, a per-nominee form once per nominee (FormCatalog.ForDossier).</param>
public sealed record DossierView(Dossier Dossier, string MovementTitle, string PhaseTitle, string ProposerName,
    AwardType Award, IReadOnlyList<string> MissingDocuments, WorkflowDefinition Workflow,
    IReadOnlyList<TransitionDefinition> Actions, int? DaysLeft, IReadOnlyList<(string Title, string Path)> Screens,
    IReadOnlyList<ChecklistItem> Checklist, IReadOnlyList<DuplicateWarning> Duplicates, int Copies,
    JournalEntry? Returned = null, DateOnly? DueOn = null, IReadOnlyList<(Forms.FormDefinition Form, Nominee? Nominee)>? Forms = null)
{
    public string StateTitle => Workflow.State(Dossier.State).Title;
}

/// <summary>One dossier with its journal, if the actor may see the proposing unit's data.</summary>
/// <remarks>
/// The checklist is <see cref="DossierChecklist"/>, the rule the documents-present guard applies on submission; the
/// duplicates are warnings (<see cref="NomineeHistory"/>), shown to the clerk and the reviewer, never a block.
/// </remarks>
public sealed class GetDossier(IAppDb db, WorkflowCatalog workflows, Forms.FormCatalog forms, WorkingCalendar calendar, TimeProvider clock) : IUseCase
{
    public async Task<DossierView> HandleAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Include(d => d.Nominees).Include(d => d.Documents).Include(d => d.Journal)
            .FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.");
        await Council.SessionAccess.RequireDossierVisibleAsync(db, actor, dossier.Id, dossier.ProposingOrganisationId, ct);

        var movement = await db.Movements.AsNoTracking().Include(m => m.Phases).Include(m => m.Deadlines).FirstAsync(m => m.Id == dossier.MovementId, ct);
        var proposer = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == dossier.ProposingOrganisationId, ct);
        var award = await db.AwardTypes.AsNoTracking().FirstAsync(a => a.Id == dossier.AwardTypeId, ct);
        var workflow = workflows.Get(dossier.WorkflowId, dossier.WorkflowVersion);
        var available = WorkflowEngine.Available(workflow, dossier.State, dossier.ProposingOrganisationId, actor)
            .Select(a => a.Transition).ToList(); // no user holds "system", so system-only transitions never appear
        var current = workflow.State(dossier.State);
        var actions = available.Where(a => !Council.DedicatedActions.Contains(current, a.Action)).ToList();
        var screens = available.Where(a => Council.DedicatedActions.Contains(current, a.Action))
            .Select(a => (a.Title, Council.DedicatedActions.Screen(a.Action, dossier.Id))).DistinctBy(s => s.Item2).ToList();
        var checklist = DossierChecklist.For(dossier, award.RequiredDocuments, forms.PerNominee);
        var complete = DossierChecklist.CompleteForms(checklist);
        var phase = movement.Phases.First(p => p.Id == dossier.PhaseId);
        var duplicates = await NomineeHistory.WarningsAsync(db, workflows, dossier, phase.Year, ct);
        // Back with the unit after it had left it: the entry that brought it back carries the reason.
        var returned = dossier.HeldByProposer && dossier.SubmittedAt is not null
            ? dossier.Journal.Where(e => e.ToState == dossier.State).MaxBy(e => e.At) : null;
        var dueOn = dossier.HeldByProposer && dossier.SubmittedAt is null ? Tasks.ListTasks.DossierDue(movement, phase.Year) : null;
        return new DossierView(dossier, movement.Title, phase.Title,
            proposer.Name, award, award.RequiredDocuments.Where(k => !complete.Contains(k)).ToList(), workflow, actions,
            dossier.Clock.DaysLeft(VietnameseFormat.Today(clock), calendar), screens, checklist, duplicates,
            award.CopiesOn(dossier.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnameseFormat.Local(at)) : VietnameseFormat.Today(clock)),
            returned, dueOn, forms.ForDossier(dossier, VietnameseFormat.Today(clock)));
    }
}
