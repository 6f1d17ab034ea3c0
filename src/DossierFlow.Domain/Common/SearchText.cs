using System.Globalization;
using System.Text;

namespace DossierFlow.Domain.Common;

/// <summary>
/// Vietnamese text folded for matching: what a user types without diacritics ("nguyen thi hong") and what is
/// stored with them ("Nguyễn Thị Hồng") fold to the same string. Stored beside the text it folds, so that
/// lookups compare folded columns with an index instead of folding every row.
/// </summary>
public static class SearchText
{
    /// <summary>NFD, combining marks removed, đ/Đ to d, lower case (invariant), runs of white space to one space, trimmed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space) folded.Append(' ');
            space = false;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
