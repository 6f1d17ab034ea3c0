using System.Text;
using DossierFlow.Application.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Organisations;

public sealed class ImportModel(ImportOrganisations import) : AppPageModel
{
    [BindProperty] public IFormFile? CsvFile { get; set; }

    public void OnGet() { }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CsvFile is null || CsvFile.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp CSV cần nhập.");
        var count = 0;
        return RunAsync(async () =>
            {
                using var reader = new StreamReader(CsvFile!.OpenReadStream(), Encoding.UTF8);
                count = await import.HandleAsync(Actor, reader, ct);
            },
            () => { TempData["Message"] = $"Đã nhập {count} đơn vị."; return RedirectToPage("Index"); },
            () => Task.FromResult<IActionResult>(Page()));
    }
}
