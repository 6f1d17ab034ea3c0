using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using DossierFlow.Application.Forms;
using DossierFlow.Documents;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Benchmarks;

/// <summary>
/// Rendering for a dossier of 20 nominees: one achievement report (the form of NĐ 152/2025), and the whole bundle the export
/// builds — Tờ trình, minutes, list, decision, 20 achievement reports, the .xlsx list, zipped.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmark
{
    private readonly DocxRenderer _renderer = new();
    private IReadOnlyList<FormDefinition> _forms = [];
    private List<NomineeLine> _nominees = [];

    [GlobalSetup]
    public void Setup()
    {
        _forms = FormFiles.Read(RepositoryRoot.Combine("forms")).Forms;
        _nominees = Enumerable.Range(1, 20).Select(i => i % 3 == 0
            ? new NomineeLine("collective", $"Phòng Bảo trợ xã hội số {i}", null, "Sở Lao động - Thương binh và Xã hội", 7_020_000m)
            : new NomineeLine("individual", $"Nguyễn Thị Hồng Nhung {i}", "Chuyên viên chính", "Phòng Tổ chức, biên chế", 3_510_000m)).ToList();
    }

    /// <summary>Three pages of achievements (18 paragraphs of about 90 words) and 20 past awards, as a real report has.</summary>
    public static readonly string ReportText = string.Join("\n", Enumerable.Repeat(
        "Đơn vị đã chủ động tham mưu, ban hành kế hoạch thực hiện phong trào thi đua, phân công trách nhiệm rõ ràng cho từng phòng, " +
        "gắn chỉ tiêu thi đua với nhiệm vụ chuyên môn; phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể vận động doanh nghiệp, nhà hảo tâm " +
        "hỗ trợ hộ nghèo, hộ cận nghèo về nhà ở, sinh kế, học bổng; kết quả tỷ lệ hộ nghèo giảm bình quân 1,2% mỗi năm, vượt chỉ tiêu đề ra.", 18));

    public static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> PastAwards = [.. Enumerable.Range(0, 20).Select(i =>
        (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["year"] = (2005 + i).ToString(), ["award"] = i % 2 == 0 ? "Giấy khen của Giám đốc Sở" : "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            ["decision"] = $"Số {12 + i}/QĐ-SNV ngày 05/01/{2006 + i}", ["issuer"] = i % 2 == 0 ? "Sở Nội vụ" : "Ủy ban nhân dân tỉnh",
        })];

    private DocumentModel Model(FormDefinition form, NomineeLine? nominee = null) => new(
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 05/TTr-SLĐTBXH", "Sóc Trăng, ngày 05 tháng 01 năm 2026",
        form.Fields.Where(f => f.Type != "table").ToDictionary(f => f.Key, f => f.Key == "achievements" ? ReportText
            : f.Default ?? "Nội dung có dấu tiếng Việt: thành tích xuất sắc trong phong trào."),
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
        {
            ["past-awards"] = PastAwards,
            ["votes"] = _nominees.Select(n => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["nominee"] = n.Name, ["for"] = "8" }).ToList(),
        },
        _nominees, nominee?.Kind);

    [Benchmark]
    public byte[] AchievementReport()
    {
        var form = _forms.Single(f => f.Code == ReportVersusPythonDocx.Form);
        return _renderer.RenderDocx(form, Model(form, _nominees[0]));
    }

    [Benchmark]
    public byte[] BundleOf20Nominees()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes) { using var entry = zip.CreateEntry(name).Open(); entry.Write(bytes); }
            foreach (var form in _forms.Where(f => f.Per == "dossier")) Add(form.Code + ".docx", _renderer.RenderDocx(form, Model(form)));
            var report = _forms.Single(f => f.Code == ReportVersusPythonDocx.Form);
            foreach (var (nominee, i) in _nominees.Select((n, i) => (n, i))) Add($"bao-cao-{i}.docx", _renderer.RenderDocx(report, Model(report, nominee)));
            Add("danh-sach.xlsx", _renderer.RenderNomineeWorkbook("Danh sách", _nominees));
        }
        return stream.ToArray();
    }
}
