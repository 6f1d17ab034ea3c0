namespace DossierFlow.Domain.Common;

/// <summary>
/// The longest text each kind of field holds, in characters. The domain refuses longer text with a Vietnamese
/// message, the database columns have the same length (Persistence configurations), and forms set maxlength
/// from here. Sized for Vietnamese administrative names, which run long ("Phòng Tổ chức cán bộ, Sở Lao động -
/// Thương binh và Xã hội tỉnh …"), with room to spare, but far from what an abuser could store.
/// </summary>
public static class TextLimits
{
    /// <summary>A person's full name (a user, a council member).</summary>
    public const int PersonName = 200;
    /// <summary>A nominee: a person, a collective's full name, or "Hộ ông/bà …".</summary>
    public const int NomineeName = 300;
    /// <summary>Chức vụ (position) of a nominee, a user or a council member.</summary>
    public const int Position = 300;
    /// <summary>Đơn vị công tác (workplace) of a nominee, with the units above it.</summary>
    public const int Workplace = 500;
    public const int OrganisationName = 300;
    /// <summary>A name or title of one line: a phase, a deadline, an award type, the deciding authority, a meeting place.</summary>
    public const int Title = 300;
    public const int MovementTitle = 500;
    /// <summary>A code typed by an administrator: organisation code, plan number ("146/KH-UBND").</summary>
    public const int Code = 50;
    /// <summary>A code of lower-case words: award type, workflow, deadline, document kind.</summary>
    public const int Slug = 100;
    /// <summary>A document's number and symbol ("125/QĐ-TTg").</summary>
    public const int DocumentNumber = 100;
    public const int FileName = 255;
    /// <summary>The id of a DossierFlow account another record links to (the length ASP.NET Core Identity keys it with).</summary>
    public const int AccountId = 450;
    /// <summary>Ý kiến, lý do: a comment on a workflow step.</summary>
    public const int Comment = 4000;
    /// <summary>Tóm tắt thành tích of a nominee: a paragraph, the report itself is a document.</summary>
    public const int NomineeSummary = 2000;
    /// <summary>Tóm tắt: the summary of a yearly report.</summary>
    public const int Summary = 4000;
    /// <summary>An opinion sent from the public page on a dossier under consultation.</summary>
    public const int Opinion = 4000;
    /// <summary>A list of codes or addresses kept in one column (";" between them).</summary>
    public const int List = 1000;

    /// <summary>One value of a one-line form field (text, number, date).</summary>
    public const int FormLine = 1000;
    /// <summary>One value of a multi-line form field (multiline, lines): a few pages of text.</summary>
    public const int FormText = 20000;
    /// <summary>One cell of a form table.</summary>
    public const int FormCell = 2000;
    /// <summary>Rows of one form table.</summary>
    public const int FormRows = 500;

    /// <summary>
    /// The text composed (Unicode NFC, so "ế" is one letter and not "e" with two combining marks), or a
    /// DomainException saying "{what} dài quá {max} ký tự." Every limited text of the domain passes here on its way in.
    /// </summary>
    public static string Check(string value, int max, string code, string what)
    {
        var composed = value.Normalize(System.Text.NormalizationForm.FormC);
        return composed.Length > max ? throw new DomainException(code, $"{what} dài quá {max.ToString("N0", Vietnamese)} ký tự.") : composed;
    }

    public static string? CheckOptional(string? value, int max, string code, string what) =>
        value is null ? null : Check(value, max, code, what);

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
