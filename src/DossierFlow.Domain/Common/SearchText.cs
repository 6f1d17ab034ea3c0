using System.Globalization;
using System.Text;

namespace DossierFlow.Domain.Common;

/// <summary>
/// The folded form of a text that search compares: without diacritics ("Nguyễn" and "nguyen" fold alike,
/// "Đ" folds to "d", which Unicode does not decompose), lower-case, with single spaces. Stored beside the
/// text it folds, so that the database compares keys and an index can serve the search.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace) folded.Append(' ');
            pendingSpace = false;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
