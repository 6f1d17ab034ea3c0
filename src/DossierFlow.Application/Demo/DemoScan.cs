using System.Text;

namespace DossierFlow.Application.Demo;

/// <summary>
/// A one-page PDF standing in for a signed scan in the demo. Plain ASCII text in a standard font, because a
/// real scan is an image anyway; the demo only needs a file that passes the upload's content check.
/// </summary>
public static class DemoScan
{
    /// <summary>The achievement report, filed once per nominee (forms/bao-cao-thanh-tich-mau-07.yaml, per: nominee).</summary>
    private const string PerNomineeForm = "bao-cao-thanh-tich-mau-07";

    /// <summary>The kinds a complete demo dossier holds a signed scan of: the per-nominee report once for each nominee.</summary>
    public static IEnumerable<string> SignedKinds(Domain.Awards.AwardType award, Domain.Dossiers.Dossier dossier) =>
        award.RequiredDocuments.SelectMany(kind => kind == PerNomineeForm
            ? dossier.Nominees.Select(n => Domain.Dossiers.DossierChecklist.KindFor(kind, n))
            : [kind]);

    public static byte[] Pdf(string line)
    {
        var text = new string(line.Where(c => c is >= ' ' and <= '~' and not '(' and not ')' and not '\\').ToArray());
        var stream = $"BT /F1 16 Tf 72 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
