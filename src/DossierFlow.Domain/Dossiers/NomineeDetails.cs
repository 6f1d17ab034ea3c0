using DossierFlow.Domain.Common;

namespace DossierFlow.Domain.Dossiers;

/// <summary>
/// What a clerk states about a nominee, typed on the page or read from a row of the imported spreadsheet.
/// <see cref="Validate"/> trims and checks every field and names each problem with the field's Vietnamese label,
/// so the import can report all of a row's problems at once.
/// </summary>
public sealed record NomineeDetails(NomineeKind Kind, string Name, string? Position = null, string? Workplace = null,
    NomineeGender? Gender = null, DateOnly? BirthDate = null, string? IdentityNumber = null, string? StaffCode = null,
    string? Summary = null)
{
    /// <summary>Labels of the fields, as the page and the spreadsheet's headers name them.</summary>
    public static class Labels
    {
        public const string Kind = "Loại";
        public const string Name = "Họ và tên / Tên tập thể";
        public const string Gender = "Giới tính";
        public const string BirthDate = "Ngày sinh";
        public const string Identity = "Số định danh cá nhân (CCCD) hoặc Mã số CBCCVC";
        public const string Position = "Chức vụ";
        public const string Workplace = "Đơn vị công tác";
        public const string Summary = "Tóm tắt thành tích";
    }

    /// <summary>The details trimmed and checked, or every problem found.</summary>
    public (NomineeDetails? Valid, IReadOnlyList<NomineeProblem> Problems) Validate(DateOnly today)
    {
        var problems = new List<NomineeProblem>();
        void Check(string field, Action check)
        {
            try { check(); }
            catch (DomainException e) { problems.Add(new(field, e.Code, e.Message)); }
        }
        void Add(string field, string code, string message) => problems.Add(new(field, code, message));
        string name = "", identity = "";
        string? position = null, workplace = null, summary = null, staffCode = null;
        if (!Enum.IsDefined(Kind)) Add(Labels.Kind, "nominee-kind-invalid", "Loại đối tượng không hợp lệ (cá nhân, tập thể hoặc hộ gia đình).");
        Check(Labels.Name, () => name = TextLimits.Check(Guard.Required(Name, "nominee-name-required", "Họ tên / tên tập thể là bắt buộc."),
            TextLimits.NomineeName, "nominee-name-too-long", Labels.Name));
        Check(Labels.Position, () => position = TextLimits.CheckOptional(Guard.Optional(Position), TextLimits.Position, "nominee-position-too-long", Labels.Position));
        Check(Labels.Workplace, () => workplace = TextLimits.CheckOptional(Guard.Optional(Workplace), TextLimits.Workplace, "nominee-workplace-too-long", Labels.Workplace));
        Check(Labels.Summary, () => summary = TextLimits.CheckOptional(Guard.Optional(Summary), TextLimits.NomineeSummary, "nominee-summary-too-long", Labels.Summary));
        if (Gender is { } g && !Enum.IsDefined(g)) Add(Labels.Gender, "nominee-gender-invalid", "Giới tính chỉ nhận \"Nam\" hoặc \"Nữ\".");
        if (Gender is not null && Kind != NomineeKind.Individual) Add(Labels.Gender, "nominee-gender-individual", "Chỉ cá nhân mới ghi giới tính.");
        if (BirthDate is { } born)
        {
            if (Kind != NomineeKind.Individual) Add(Labels.BirthDate, "nominee-birth-individual", "Chỉ cá nhân mới ghi ngày sinh.");
            else if (born > today) Add(Labels.BirthDate, "nominee-birth-future", $"Ngày sinh {born:dd'/'MM'/'yyyy} ở tương lai.");
            else if (born < today.AddYears(-120)) Add(Labels.BirthDate, "nominee-birth-invalid", $"Ngày sinh {born:dd'/'MM'/'yyyy} không hợp lý.");
        }
        var number = Guard.Optional(IdentityNumber);
        if (number is not null)
        {
            if (Kind != NomineeKind.Individual) Add(Labels.Identity, "nominee-identity-individual", "Chỉ cá nhân mới có số định danh cá nhân.");
            else if (number.All(char.IsAsciiDigit) && number.Length != 12)
                Add(Labels.Identity, "nominee-identity-length", $"Số định danh cá nhân (CCCD) phải có đúng 12 chữ số; \"{number}\" có {number.Length} chữ số.");
            else if (number.All(char.IsAsciiDigit)) identity = number;
            else Check(Labels.Identity, () => staffCode = StaffCodeOf(number));
        }
        if (Guard.Optional(StaffCode) is { } code) Check(Labels.Identity, () => staffCode = StaffCodeOf(code));
        if (problems.Count > 0) return (null, problems);
        return (new NomineeDetails(Kind, name, position, workplace, Gender, BirthDate, identity.Length == 0 ? null : identity, staffCode, summary), []);
    }

    /// <summary>
    /// Whether two sets of details describe the same nominee: the same CCCD when both have one; else the same folded
    /// name and birth date when both have a birth date; else, with neither a CCCD nor a birth date on either side (a
    /// collective, a household, a person listed without them), the same kind and folded name. The last rule is meant
    /// for one dossier, where a list is imported again; across dossiers only the first two are looked up.
    /// </summary>
    public static bool SamePerson(NomineeDetails a, NomineeDetails b)
    {
        if (a.IdentityNumber is not null && b.IdentityNumber is not null) return a.IdentityNumber == b.IdentityNumber;
        if (a.BirthDate is not null || b.BirthDate is not null)
            return a.BirthDate == b.BirthDate && SearchText.Fold(a.Name) == SearchText.Fold(b.Name);
        return a.IdentityNumber is null && b.IdentityNumber is null && a.Kind == b.Kind && SearchText.Fold(a.Name) == SearchText.Fold(b.Name);
    }

    /// <summary>Mã số CBCCVC: letters, digits and dashes, as the civil service database issues them.</summary>
    private static string StaffCodeOf(string code) =>
        code.Length <= TextLimits.Code && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/')
            ? code
            : throw new DomainException("nominee-identity-invalid",
                $"\"{(code.Length > 30 ? code[..30] + "…" : code)}\" không phải số CCCD (12 chữ số) hay mã số CBCCVC (chữ, số, dấu gạch, tối đa {TextLimits.Code} ký tự).");

    /// <summary>The same details, already valid, or a DomainException with the first problem.</summary>
    public NomineeDetails Checked(DateOnly today)
    {
        var (valid, problems) = Validate(today);
        return valid ?? throw new DomainException(problems[0].Code, problems[0].Message);
    }
}

/// <summary>One problem with a nominee's details: the field's label, a stable code, the Vietnamese message.</summary>
public sealed record NomineeProblem(string Field, string Code, string Message);
