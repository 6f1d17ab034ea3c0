using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DossierFlow.Web.Pages.Dossiers;

/// <summary>A nominee as typed on the dossier page (adding) and on the nominee's own page (editing).</summary>
public sealed class NomineeFields
{
    public NomineeKind Kind { get; set; } = NomineeKind.Individual;

    [Required(ErrorMessage = "Vui lòng nhập họ tên cá nhân hoặc tên tập thể, hộ gia đình.")]
    [StringLength(300, ErrorMessage = "Họ tên / tên tập thể dài quá 300 ký tự.")]
    public string Name { get; set; } = "";

    public string? Position { get; set; }
    public string? Workplace { get; set; }
    public NomineeGender? Gender { get; set; }
    /// <summary>dd/MM/yyyy, as the clerk types it.</summary>
    public string? BirthDate { get; set; }
    /// <summary>The CCCD's 12 digits or a Mã số CBCCVC.</summary>
    public string? Identity { get; set; }
    public string? Summary { get; set; }

    public static NomineeFields From(Nominee n) => new()
    {
        Kind = n.Kind, Name = n.Name, Position = n.Position, Workplace = n.Workplace, Gender = n.Gender,
        BirthDate = n.BirthDate is { } d ? VietnameseFormat.Date(d) : null, Identity = n.IdentityNumber ?? n.StaffCode, Summary = n.AchievementSummary,
    };

    /// <summary>The details to hand to the use case; a date that cannot be read is an error of the form.</summary>
    public NomineeDetails ToDetails(ModelStateDictionary modelState, string prefix)
    {
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(BirthDate))
        {
            if (VietnameseFormat.TryParseDate(BirthDate, out var date)) born = date;
            else modelState.AddModelError($"{prefix}.BirthDate", $"Ngày sinh \"{BirthDate.Trim()}\" không đúng dạng ngày/tháng/năm (dd/mm/yyyy).");
        }
        return new NomineeDetails(Kind, Name, Position, Workplace, Gender, born, Identity, null, Summary);
    }
}
