using DossierFlow.Application.Common;
using DossierFlow.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Dossiers;

/// <summary>
/// Fills the keys the lists and lookups use for rows stored before they existed: the folded search text of dossiers
/// and organisations, the folded name of nominees (the duplicate check's name + birth date) and the due date of
/// running clocks. SQL cannot fold Vietnamese or count working days, so the migration leaves them empty and the
/// <c>migrate</c> verb (or a demo start that migrated) fills them, a batch at a time; afterwards each save keeps
/// them, so an ordinary start does not look (looking reads the dossiers table).
/// It saves for itself, batch by batch, like the other start-up steps.
/// </summary>
public sealed class FillListKeys(IAppDb db, WorkingCalendar calendar)
{
    private const int Batch = 500;

    /// <returns>How many rows were filled.</returns>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var filled = 0;
        while (true)
        {
            var organisations = await db.Organisations.Where(o => o.SearchName == null).OrderBy(o => o.Id).Take(Batch).ToListAsync(ct);
            foreach (var organisation in organisations) organisation.RefreshSearchName();
            var dossiers = await db.Dossiers.Include(d => d.Nominees)
                .Where(d => d.SearchText == null || (d.Clock.RunningSince != null && d.Clock.LimitWorkingDays != null && d.Clock.DueOn == null))
                .OrderBy(d => d.Id).Take(Batch).ToListAsync(ct);
            foreach (var dossier in dossiers)
            {
                dossier.RefreshSearchText();
                dossier.Clock.RefreshDueOn(calendar);
            }
            var reports = await db.MovementReports
                .Where(r => r.Clock.RunningSince != null && r.Clock.LimitWorkingDays != null && r.Clock.DueOn == null).OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            foreach (var report in reports) report.Clock.RefreshDueOn(calendar);
            // Read through the index on the folded name, so a start with nothing to fill costs one index probe.
            var nominees = await db.Dossiers.SelectMany(d => d.Nominees).Where(n => n.FoldedName == "").OrderBy(n => n.Id).Take(Batch).ToListAsync(ct);
            foreach (var nominee in nominees) nominee.RefreshFoldedName();
            // A name that folds to nothing stays empty; counting only the filled ones ends the loop on it.
            var count = organisations.Count + dossiers.Count + reports.Count + nominees.Count(n => n.FoldedName.Length > 0);
            if (count == 0) return filled;
            await db.SaveChangesAsync(ct);
            filled += count;
        }
    }
}
