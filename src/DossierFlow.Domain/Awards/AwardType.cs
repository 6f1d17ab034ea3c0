using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Awards;

/// <summary>
/// An entry of the award catalogue. Required documents name form codes in <c>forms/</c>; the bonus multiplier
/// is applied to the base salary (lương cơ sở) in force on the decision date.
/// </summary>
public sealed class AwardType
{
    private string _requiredDocuments = "";

    private AwardType() { Code = Name = DecidingAuthority = WorkflowId = ""; }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public AwardLevel Level { get; private set; }
    public string DecidingAuthority { get; private set; }
    /// <summary>The number of copies (bộ hồ sơ) the catalogue gives, which applied before NĐ 152/2025: see <see cref="CopiesOn"/>.</summary>
    public int Copies { get; private set; }

    /// <summary>NĐ 152/2025/NĐ-CP, in force from this day, asks for one original set (01 bộ bản chính) of every dossier.</summary>
    public static readonly DateOnly SingleCopyFrom = new(2025, 7, 1);

    /// <summary>The copies a dossier submitted on this day is handed over in: one under NĐ 152/2025, the catalogue's count before it.</summary>
    public int CopiesOn(DateOnly submitted) => submitted >= SingleCopyFrom ? 1 : Copies;
    public decimal BonusMultiplier { get; private set; }
    /// <summary>Id of the workflow definition in <c>workflows/</c> that dossiers for this award follow.</summary>
    public string WorkflowId { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Its dossiers may be put to public consultation on the public page (a national award's, by law).</summary>
    public bool PublicConsultation { get; private set; }
    /// <summary>Its issued decisions are listed, with the awarded names and units, on the public page.</summary>
    public bool PublishDecisions { get; private set; }

    /// <summary>What of this award the public page shows; consultation only for a national award, which the law puts to it.</summary>
    public void SetPublicity(bool consultation, bool decisions)
    {
        if (consultation && Level != AwardLevel.National)
            throw new DomainException("award-consultation-national", "Chỉ hình thức khen thưởng cấp Nhà nước mới được lấy ý kiến Nhân dân trên trang công khai.");
        PublicConsultation = consultation;
        PublishDecisions = decisions;
    }

    public IReadOnlyList<string> RequiredDocuments => _requiredDocuments.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static AwardType Create(string code, string name, AwardLevel level, string decidingAuthority,
        IEnumerable<string> requiredDocuments, int copies, decimal bonusMultiplier, string workflowId)
    {
        var code_ = TextLimits.Check(Guard.Required(code, "award-code-required", "Mã hình thức khen thưởng là bắt buộc."),
            TextLimits.Slug, "award-code-too-long", "Mã hình thức khen thưởng");
        if (!Slug.IsValid(code_))
            throw new DomainException("award-code-invalid", "Mã hình thức khen thưởng chỉ gồm chữ thường không dấu, chữ số và gạch ngang.");
        var award = new AwardType { Id = Ids.New(), Code = code_, IsActive = true };
        award.Update(name, level, decidingAuthority, requiredDocuments, copies, bonusMultiplier, workflowId);
        return award;
    }

    public void Update(string name, AwardLevel level, string decidingAuthority, IEnumerable<string> requiredDocuments,
        int copies, decimal bonusMultiplier, string workflowId)
    {
        var validName = TextLimits.Check(Guard.Required(name, "award-name-required", "Tên hình thức khen thưởng là bắt buộc."),
            TextLimits.Title, "award-name-too-long", "Tên hình thức khen thưởng");
        Level = Enum.IsDefined(level) ? level : throw new DomainException("award-level-invalid", "Cấp khen thưởng không hợp lệ.");
        var validAuthority = TextLimits.Check(Guard.Required(decidingAuthority, "award-authority-required", "Cấp có thẩm quyền quyết định là bắt buộc."),
            TextLimits.Title, "award-authority-too-long", "Cấp có thẩm quyền quyết định");
        var documents = requiredDocuments.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct().ToList();
        if (documents.Count == 0)
            throw new DomainException("award-documents-required", "Phải nêu ít nhất một thành phần hồ sơ.");
        if (documents.FirstOrDefault(d => !Slug.IsValid(d)) is { } bad)
            throw new DomainException("award-document-invalid", $"Mã thành phần hồ sơ \"{bad}\" không hợp lệ.");
        var joined = TextLimits.Check(string.Join(';', documents), TextLimits.List, "award-documents-too-long", "Danh sách thành phần hồ sơ");
        Copies = copies is >= 1 and <= 20 ? copies
            : throw new DomainException("award-copies-invalid", "Số bộ hồ sơ phải từ 1 đến 20.");
        BonusMultiplier = bonusMultiplier is >= 0 and <= 100 ? bonusMultiplier
            : throw new DomainException("award-multiplier-invalid", "Hệ số tiền thưởng phải từ 0 đến 100.");
        var workflow = TextLimits.Check(Guard.Required(workflowId, "award-workflow-required", "Quy trình xử lý là bắt buộc."),
            TextLimits.Slug, "award-workflow-too-long", "Mã quy trình");
        WorkflowId = Slug.IsValid(workflow) ? workflow
            : throw new DomainException("award-workflow-invalid", "Mã quy trình chỉ gồm chữ thường không dấu, chữ số và gạch ngang.");
        // Assigned last, so that a refused value leaves the award type as it was.
        Name = validName;
        DecidingAuthority = validAuthority;
        _requiredDocuments = joined;
    }

    public void Deactivate() => IsActive = false;
    public void Activate() => IsActive = true;

}
