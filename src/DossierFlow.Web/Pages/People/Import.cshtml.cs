using System.Text;
using DossierFlow.Application.Awards;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.People;

/// <summary>Sở Nội vụ imports past awards (khen thưởng trước đây) from a CSV: all rows or none.</summary>
public sealed class ImportModel(ImportPastAwards import) : AppPageModel
{
    [BindProperty] public IFormFile? CsvFile { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CsvFile is null || CsvFile.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp CSV cần nhập.");
        else if (CsvFile.Length > 5_000_000) ModelState.AddModelError("", "Tệp lớn quá 5 MB; hãy chia tệp.");
        ThrowIfInvalid();
        using var reader = new StreamReader(CsvFile!.OpenReadStream(), Encoding.UTF8);
        var count = await import.HandleAsync(Actor, await reader.ReadToEndAsync(ct), ct);
        return Done($"Đã nhập {count} khen thưởng trước đây.", "Index");
    }
}
