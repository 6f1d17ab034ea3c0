using System.ComponentModel.DataAnnotations;
using DossierFlow.Application.Common;
using DossierFlow.Domain.Council;
using Microsoft.AspNetCore.Mvc;

namespace DossierFlow.Web.Pages.Council.Sessions;

/// <summary>
/// What both ways of scheduling a session ask (from waiting dossiers, or from Sở Nội vụ's batches): time, place, chair,
/// secretary and members, offered with the same defaults: a week from today, every active member invited, the first
/// chairing, the secretary who signed in keeping the minutes.
/// </summary>
public abstract class SessionFormPage(string time, int durationMinutes) : AppPageModel
{
    [BindProperty] public string? Date { get; set; } = "";
    [BindProperty] public string? Time { get; set; } = time;
    [BindProperty, Display(Name = "Thời lượng họp (phút)")] public int DurationMinutes { get; set; } = durationMinutes;
    [BindProperty] public string? Place { get; set; } = "Phòng họp số 1, Ủy ban nhân dân tỉnh";
    [BindProperty] public Guid ChairId { get; set; }
    [BindProperty] public Guid SecretaryId { get; set; }
    [BindProperty] public List<Guid> MemberIds { get; set; } = [];

    public IReadOnlyList<CouncilMember> Members { get; protected set; } = [];

    protected void OfferDefaults()
    {
        Date = VietnameseFormat.Date(VietnameseFormat.Today(TimeProvider.System).AddDays(7));
        MemberIds = Members.Select(m => m.Id).ToList();
        ChairId = Members.FirstOrDefault()?.Id ?? Guid.Empty;
        SecretaryId = Members.FirstOrDefault(m => m.UserId == Actor.UserId)?.Id ?? Guid.Empty;
    }
}
