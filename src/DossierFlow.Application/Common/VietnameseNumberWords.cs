namespace DossierFlow.Application.Common;

/// <summary>
/// An amount in Vietnamese words, as a decision writes its total ("Mười triệu năm trăm ba mươi nghìn đồng"):
/// groups of three digits named nghìn, triệu, tỷ; "không trăm" and "linh" inside a number where a group or
/// its tens are zero; "mốt", "lăm" and "mười" where the units follow tens.
/// </summary>
public static class VietnameseNumberWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Scales = ["", "nghìn", "triệu"];

    /// <summary>"Mười triệu năm trăm ba mươi nghìn đồng": the words with a capital first letter and "đồng".</summary>
    public static string Dong(decimal amount)
    {
        var words = Words((long)Math.Round(amount, 0));
        return char.ToUpper(words[0], VietnameseFormat.Culture) + words[1..] + " đồng";
    }

    /// <summary>The whole number in words, lower case: 1005 is "một nghìn không trăm linh năm".</summary>
    public static string Words(long number)
    {
        if (number < 0) return "âm " + Words(-number);
        if (number == 0) return Digits[0];
        var parts = new List<string>();
        Append(parts, number, leading: true);
        return string.Join(" ", parts);
    }

    // Numbers of a billion and more repeat the scale: 1 000 000 000 000 is "một nghìn tỷ".
    private static void Append(List<string> parts, long number, bool leading)
    {
        const long Billion = 1_000_000_000;
        if (number >= Billion)
        {
            Append(parts, number / Billion, leading);
            parts.Add("tỷ");
            number %= Billion;
            if (number == 0) return;
            leading = false;
        }
        var groups = new List<int>();
        for (var rest = number; rest > 0 || groups.Count == 0; rest /= 1000) groups.Add((int)(rest % 1000));
        if (!leading) while (groups.Count < 3) groups.Add(0);
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i] == 0) continue;
            Group(parts, groups[i], leading && i == groups.Count - 1);
            if (Scales[i].Length > 0) parts.Add(Scales[i]);
        }
    }

    private static void Group(List<string> parts, int group, bool leading)
    {
        int hundreds = group / 100, tens = group / 10 % 10, units = group % 10;
        if (hundreds > 0 || !leading) parts.AddRange([Digits[hundreds], "trăm"]);
        if (tens == 0 && units > 0 && (hundreds > 0 || !leading)) parts.Add("linh");
        if (tens == 1) parts.Add("mười");
        else if (tens > 1) parts.AddRange([Digits[tens], "mươi"]);
        if (units == 0) return;
        parts.Add(units switch
        {
            1 when tens > 1 => "mốt",
            5 when tens > 0 => "lăm",
            _ => Digits[units],
        });
    }
}
