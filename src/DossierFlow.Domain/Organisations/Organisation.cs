using System.Text.RegularExpressions;
using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Organisations;

/// <summary>
/// A node of the province's organisation tree. <see cref="Code"/> identifies it uniquely (used by imports and
/// the API); <see cref="ShortCode"/> is the abbreviation printed in document symbols ("05/TTr-SNV") and is
/// not unique: every commune's People's Committee signs as "UBND".
/// </summary>
public sealed partial class Organisation
{
    private string _contactEmails = "";

    private Organisation() { Code = Name = ShortCode = ""; }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string ShortCode { get; private set; }
    /// <summary>The name folded for search (<see cref="SearchText"/>), kept with every change of the name.</summary>
    public string? SearchName { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public Guid? SuccessorId { get; private set; }

    public IReadOnlyList<string> ContactEmails =>
        _contactEmails.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public static Organisation Create(string code, string name, string shortCode, OrganisationKind kind,
        Organisation? parent, IEnumerable<string> contactEmails, DateOnly validFrom)
    {
        var organisation = new Organisation
        {
            Id = Ids.New(),
            Code = ValidCode(code),
            ValidFrom = validFrom,
            ParentId = parent?.Id, // a new node has no descendants, so no cycle is possible
        };
        organisation.Update(name, shortCode, kind, contactEmails);
        return organisation;
    }

    public void Update(string name, string shortCode, OrganisationKind kind, IEnumerable<string> contactEmails)
    {
        var (validName, validShortCode) = (ValidName(name), ValidShortCode(shortCode));
        var validKind = Enum.IsDefined(kind) ? kind
            : throw new DomainException("organisation-kind-invalid", "Loại đơn vị không hợp lệ.");
        if (ValidFrom != default) OrganisationKinds.CheckValidFrom(validKind, ValidFrom);
        var emails = TextLimits.Check(string.Join(';', ValidEmails(contactEmails)), TextLimits.List, "organisation-emails-too-long",
            "Danh sách địa chỉ email");
        (Name, ShortCode, Kind, _contactEmails) = (validName, validShortCode, validKind, emails);
        RefreshSearchName();
    }

    /// <summary>Recomputes <see cref="SearchName"/> from the name (also for a row stored before it existed).</summary>
    public void RefreshSearchName() => SearchName = SearchText.Fold(Name);

    /// <param name="parent">The new parent, or null for a root.</param>
    /// <param name="parentAncestorIds">Ids of the parent's ancestors, so that a move cannot create a cycle.</param>
    public void MoveUnder(Organisation? parent, IReadOnlyCollection<Guid> parentAncestorIds)
    {
        if (parent is not null && (parent.Id == Id || parentAncestorIds.Contains(Id))) throw ParentCycle();
        ParentId = parent?.Id;
    }

    /// <summary>The refusal of a parent that is the organisation itself or one of its descendants.</summary>
    public static DomainException ParentCycle() =>
        new("organisation-cycle", "Không thể đặt đơn vị trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.");

    /// <summary>Ends the organisation's validity, e.g. on the 2025 mergers, naming who takes over its work.</summary>
    public void Close(DateOnly validTo, Organisation? successor)
    {
        CheckValidTo(ValidFrom, validTo);
        if (successor is not null) CheckSuccessor(Code, validTo, successor.Code, successor.ValidFrom, successor.ValidTo);
        ValidTo = validTo;
        SuccessorId = successor?.Id;
    }

    public static void CheckValidTo(DateOnly validFrom, DateOnly validTo)
    {
        if (validTo < validFrom)
            throw new DomainException("organisation-validity-order",
                "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
    }

    /// <summary>The successor of an organisation ending on <paramref name="validTo"/> is another one, valid the day after.</summary>
    public static void CheckSuccessor(string code, DateOnly validTo, string successorCode, DateOnly successorValidFrom, DateOnly? successorValidTo)
    {
        if (successorCode == code)
            throw new DomainException("organisation-successor-self", "Đơn vị kế thừa không thể là chính đơn vị này.");
        var dayAfter = validTo.AddDays(1);
        if (successorValidFrom > dayAfter || successorValidTo < dayAfter)
            throw new DomainException("organisation-successor-inactive",
                "Đơn vị kế thừa phải còn hiệu lực sau ngày đơn vị này hết hiệu lực.");
    }

    public void Reopen()
    {
        ValidTo = null;
        SuccessorId = null;
    }

    /// <summary>Valid on that day: within its own validity and its kind's (no district committee after 30/06/2025).</summary>
    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo)
        && (OrganisationKinds.LastDay(Kind) is not { } last || date <= last);

    /// <summary>
    /// Ends the organisation on the day before <paramref name="effective"/> because <paramref name="absorbing"/>
    /// takes it over (a merger, sáp nhập): refused when the merger would date from before the organisation began,
    /// when it already ended, or when the absorbing organisation is not valid on that day.
    /// </summary>
    public void MergeInto(Organisation absorbing, DateOnly effective)
    {
        if (absorbing.Id == Id)
            throw new DomainException("merge-into-itself", $"Đơn vị \"{Name}\" không thể sáp nhập vào chính nó.");
        if (effective <= ValidFrom)
            throw new DomainException("merge-before-creation",
                $"Ngày sáp nhập {effective:dd/MM/yyyy} không sau ngày bắt đầu hiệu lực của \"{Name}\" ({ValidFrom:dd/MM/yyyy}).");
        if (ValidTo is { } end && end < effective.AddDays(-1))
            throw new DomainException("merge-already-ended",
                $"Đơn vị \"{Name}\" đã hết hiệu lực từ ngày {end.AddDays(1):dd/MM/yyyy}, trước ngày sáp nhập.");
        if (!absorbing.IsActiveOn(effective))
            throw new DomainException("merge-absorbing-inactive",
                $"Đơn vị tiếp nhận \"{absorbing.Name}\" không có hiệu lực vào ngày sáp nhập {effective:dd/MM/yyyy}.");
        Close(effective.AddDays(-1), absorbing);
    }

    // The single-value rules are public so that an import can check every field of a row, not only the first wrong one.

    public static string ValidCode(string code)
    {
        var value = Guard.Required(code, "organisation-code-required", "Mã đơn vị là bắt buộc.");
        return CodePattern().IsMatch(value) ? value
            : throw new DomainException("organisation-code-invalid",
                "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, tối đa 50 ký tự.");
    }

    public static string ValidName(string name) =>
        TextLimits.Check(Guard.Required(name, "organisation-name-required", "Tên đơn vị là bắt buộc."),
            TextLimits.OrganisationName, "organisation-name-too-long", "Tên đơn vị");

    public static string ValidShortCode(string shortCode)
    {
        var value = Guard.Required(shortCode, "organisation-short-code-required",
            "Ký hiệu viết tắt (dùng trong số, ký hiệu văn bản) là bắt buộc.");
        return ShortCodePattern().IsMatch(value) ? value
            : throw new DomainException("organisation-short-code-invalid",
                "Ký hiệu viết tắt chỉ gồm chữ in hoa (có thể có dấu), chữ số và dấu chấm, tối đa 20 ký tự, ví dụ SNV, UBND, TT.HĐTĐKT.");
    }

    private static IEnumerable<string> ValidEmails(IEnumerable<string> emails)
    {
        var result = new List<string>();
        foreach (var raw in emails.Select(e => e.Trim()).Where(e => e.Length > 0))
            if (!result.Contains(ValidEmail(raw), StringComparer.OrdinalIgnoreCase)) result.Add(raw);
        return result;
    }

    public static string ValidEmail(string email) =>
        Guard.Email(email, "organisation-email-invalid", $"Địa chỉ email \"{email}\" không hợp lệ.");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9.\-]{0,49}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[\p{Lu}0-9][\p{Lu}0-9.]{0,19}$")]
    private static partial Regex ShortCodePattern();
}
