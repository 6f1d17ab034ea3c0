using DossierFlow.Application.Forms;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Dossiers.Forms;

/// <summary>A form of a dossier: the fields of the definition, saved as structured data, and the document generated from them.</summary>
public sealed class EditModel(DossierForms forms) : AppPageModel
{
    public FormPage? View { get; private set; }

    [BindProperty(SupportsGet = true)] public Guid? NomineeId { get; set; }
    [BindProperty] public int Revision { get; set; }

    /// <summary>Empty rows shown under a table field's saved ones, to fill in.</summary>
    public int SpareRows(bool canEdit) => canEdit ? 3 : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, string code, CancellationToken ct)
    {
        View = await forms.GetAsync(Actor, id, code, NomineeId, ct);
        return Page();
    }

    protected internal override async Task ReloadAsync(CancellationToken ct) =>
        View = await forms.GetAsync(Actor, RouteGuid(), RouteData.Values["code"]?.ToString() ?? "", NomineeId, ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string code, CancellationToken ct)
    {
        ThrowIfInvalid();
        await forms.SaveAsync(Actor, id, code, NomineeId, ReadForm(), ct);
        return Done("Đã lưu nội dung biểu mẫu.", new { id, code, nomineeId = NomineeId });
    }

    /// <param name="issuedOn">The issue date a numberer may set (today when empty); checked by the use case.</param>
    public async Task<IActionResult> OnPostGenerateAsync(Guid id, string code, bool assignNumber, DateOnly? issuedOn, CancellationToken ct)
    {
        ThrowIfInvalid();
        await forms.SaveAsync(Actor, id, code, NomineeId, ReadForm(), ct);
        await forms.GenerateAsync(Actor, id, code, NomineeId, assignNumber, Revision, ct, issuedOn);
        return Done(assignNumber ? "Đã cấp số và tạo văn bản; văn bản được lưu vào hồ sơ." : "Đã tạo bản dự thảo; văn bản được lưu vào hồ sơ.",
            new { id, code, nomineeId = NomineeId });
    }

    /// <summary>Reads "v.{field}" inputs and "t.{table}.{row}.{column}" cells; empty table rows are dropped.</summary>
    private FormValues ReadForm()
    {
        var values = new Dictionary<string, string>();
        var tables = new Dictionary<string, SortedDictionary<int, Dictionary<string, string>>>();
        foreach (var (key, value) in Request.Form)
        {
            if (key.StartsWith("v.")) values[key[2..]] = value.ToString();
            else if (key.StartsWith("t.") && key.Split('.') is [_, var table, var row, var column] && int.TryParse(row, out var index))
            {
                var rows = tables.TryGetValue(table, out var r) ? r : tables[table] = new();
                (rows.TryGetValue(index, out var cells) ? cells : rows[index] = new())[column] = value.ToString().Trim();
            }
        }
        return new FormValues(values, tables.ToDictionary(t => t.Key,
            t => t.Value.Values.Where(row => row.Values.Any(v => v.Length > 0)).ToList()));
    }
}
