using System.Text;
using DossierFlow.Application.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Admin.Organisations;

public sealed class ImportModel(ImportOrganisations import) : AppPageModel
{
    [BindProperty] public IFormFile? CsvFile { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (CsvFile is null || CsvFile.Length == 0) ModelState.AddModelError("", "Vui lòng chọn tệp CSV cần nhập.");
        ThrowIfInvalid();
        using var reader = new StreamReader(CsvFile!.OpenReadStream(), Encoding.UTF8);
        var count = await import.HandleAsync(Actor, reader, ct);
        return Done($"Đã nhập {count} đơn vị.", "Index");
    }
}
