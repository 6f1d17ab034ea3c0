using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Publicity;

/// <summary>
/// Lấy ý kiến Nhân dân: a dossier for a national award shown on the public page (/cong-khai) for a period, during
/// which anyone may send an opinion. One consultation per dossier; Sở Nội vụ opens it and reads the opinions.
/// </summary>
public sealed class PublicConsultation
{
    /// <summary>The period NĐ 152/2025 gives a public consultation on a national award: 10 working days.</summary>
    public const int WorkingDays = 10;

    private PublicConsultation() { OpenedBy = ""; }

    public Guid Id { get; private set; }
    public Guid DossierId { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public string OpenedBy { get; private set; }
    public DateTime OpenedAt { get; private set; }

    public static PublicConsultation Open(Guid dossierId, DateOnly opensOn, DateOnly closesOn, DateOnly today, string by, DateTime now)
    {
        if (opensOn < today) throw new DomainException("consultation-opens-past", "Ngày bắt đầu lấy ý kiến không được trước ngày hôm nay.");
        if (closesOn < opensOn) throw new DomainException("consultation-closes-before", "Ngày kết thúc lấy ý kiến không được trước ngày bắt đầu.");
        if (closesOn > opensOn.AddDays(90)) throw new DomainException("consultation-too-long", "Thời gian lấy ý kiến không được quá 90 ngày.");
        return new PublicConsultation
        {
            Id = Ids.New(), DossierId = dossierId, OpensOn = opensOn, ClosesOn = closesOn,
            OpenedBy = Guard.Required(by, "consultation-opener", "Thiếu người mở lấy ý kiến."), OpenedAt = now,
        };
    }

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;
}
