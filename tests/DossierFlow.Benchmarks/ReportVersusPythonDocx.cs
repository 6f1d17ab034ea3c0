using System.Diagnostics;
using DossierFlow.Application.Forms;
using DossierFlow.Documents;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Benchmarks;

/// <summary>
/// The same achievement report (three pages of text, a 20-row past-awards table, the signature block) rendered by
/// DossierFlow and by python-docx (Debian python3-docx) in one run, in alternating batches so that both meet the same
/// load on a shared machine; prints the median rate of each and the median ratio, by CPU time (what the work costs,
/// robust when other processes compete for the cores) and by wall-clock time. Python's start-up is outside its timing:
/// the script stays up and times each batch it is asked for.
/// </summary>
public static class ReportVersusPythonDocx
{
    /// <summary>The achievement report of dossiers submitted from 01/7/2025 (NĐ 152/2025).</summary>
    public const string Form = "bao-cao-thanh-tich-nd152";

    private const string Script = """
        import sys, time, docx
        from docx.shared import Pt, Cm
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        text = open(sys.argv[1], encoding='utf-8').read().split('\n')
        rows = [l.split('|') for l in open(sys.argv[2], encoding='utf-8').read().split('\n')]
        def report():
            d = docx.Document()
            s = d.sections[0]; s.page_width, s.page_height = Cm(21), Cm(29.7)
            s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
            d.styles['Normal'].font.name = 'Times New Roman'; d.styles['Normal'].font.size = Pt(14)
            h = d.add_table(rows=2, cols=2)
            h.cell(0, 0).text = 'ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nSỞ NỘI VỤ'; h.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
            h.cell(1, 1).text = 'Sóc Trăng, ngày 05 tháng 01 năm 2026'
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run('BÁO CÁO THÀNH TÍCH').bold = True
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run('Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh').bold = True
            d.add_paragraph('I. THÔNG TIN CHUNG').runs[0].bold = True
            for fact in ['Họ và tên: Nguyễn Thị Hồng Nhung', 'Quê quán: xã Đại Ân 2', 'Đơn vị công tác: Phòng Tổ chức, biên chế', 'Chức vụ: Trưởng phòng']:
                d.add_paragraph('- ' + fact)
            d.add_paragraph('II. THÀNH TÍCH ĐẠT ĐƯỢC').runs[0].bold = True
            for line in text:
                p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Cm(1)
            d.add_paragraph('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG').runs[0].bold = True
            t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
            for c, label in zip(t.rows[0].cells, ['STT', 'Năm', 'Danh hiệu thi đua, hình thức khen thưởng', 'Số, ngày quyết định', 'Cơ quan ban hành quyết định']): c.text = label
            for i, r in enumerate(rows, 1):
                cells = t.add_row().cells; cells[0].text = str(i)
                for c, v in zip(cells[1:], r): c.text = v
            d.add_paragraph()
            s = d.add_table(rows=2, cols=2)
            s.cell(0, 0).text = 'THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ\n(Ký, đóng dấu)'; s.cell(0, 1).text = 'NGƯỜI BÁO CÁO THÀNH TÍCH\n(Ký, ghi rõ họ và tên)'
            s.cell(1, 0).text = 'Trần Quốc Việt'
            s.cell(1, 1).text = 'Nguyễn Thị Hồng Nhung'
            import io; b = io.BytesIO(); d.save(b); return b.getvalue()
        report()
        for line in sys.stdin:
            n = int(line); cpu, wall = time.process_time(), time.perf_counter()
            for _ in range(n): report()
            print(n / (time.process_time() - cpu), n / (time.perf_counter() - wall), flush=True)
        """;

    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 200;
        var forms = FormFiles.Read(RepositoryRoot.Combine("forms")).Forms;
        var form = forms.Single(f => f.Code == Form);
        var nominee = new NomineeLine("individual", "Nguyễn Thị Hồng Nhung", "Trưởng phòng", "Phòng Tổ chức, biên chế");
        // A report has no "Số:" line; only the achievements run to pages, the other fields hold a line each.
        var model = new DocumentModel("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "", "Sóc Trăng, ngày 05 tháng 01 năm 2026",
            form.Fields.Where(f => f.Type != "table").ToDictionary(f => f.Key, f => f.Key switch
            {
                "achievements" => DocumentBenchmark.ReportText,
                "summary" => "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "reporter-name" or "full-name" => "Nguyễn Thị Hồng Nhung",
                "confirmer-name" => "Trần Quốc Việt",
                "hometown" => "xã Đại Ân 2",
                "workplace" => "Phòng Tổ chức, biên chế",
                "position" => "Trưởng phòng",
                _ => "",
            }),
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["past-awards"] = DocumentBenchmark.PastAwards },
            [nominee], "individual");
        var renderer = new DocxRenderer();
        for (var i = 0; i < 20; i++) renderer.RenderDocx(form, model);

        var folder = Directory.CreateTempSubdirectory("dossierflow-pydocx").FullName;
        File.WriteAllText(Path.Combine(folder, "text.txt"), DocumentBenchmark.ReportText);
        File.WriteAllText(Path.Combine(folder, "rows.txt"), string.Join("\n", DocumentBenchmark.PastAwards.Select(r => $"{r["year"]}|{r["award"]}|{r["decision"]}|{r["issuer"]}")));
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-c", Script, Path.Combine(folder, "text.txt"), Path.Combine(folder, "rows.txt") })
            start.ArgumentList.Add(arg);
        using var python = Process.Start(start)!;
        var self = Process.GetCurrentProcess();
        var ours = new List<(double Cpu, double Wall)>();
        var theirs = new List<(double Cpu, double Wall)>();
        const int Batches = 7;
        for (var batch = 0; batch < Batches; batch++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < rounds / Batches; i++) renderer.RenderDocx(form, model);
            self.Refresh();
            ours.Add(((rounds / Batches) / (self.TotalProcessorTime - cpu).TotalSeconds, (rounds / Batches) / wall.Elapsed.TotalSeconds));
            // python-docx is slower: a quarter of the reports keeps its batch about as long as ours.
            python.StandardInput.WriteLine(Math.Max(1, rounds / Batches / 4));
            var rates = python.StandardOutput.ReadLine()!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            theirs.Add((rates[0], rates[1]));
        }
        python.StandardInput.Close();
        python.WaitForExit();
        Directory.Delete(folder, true);
        static double Median(IEnumerable<double> values) { var sorted = values.Order().ToList(); return sorted[sorted.Count / 2]; }
        Console.WriteLine($"{rounds / Batches * Batches} reports by DossierFlow, {Math.Max(1, rounds / Batches / 4) * Batches} by python-docx, {Batches} alternating batches");
        Console.WriteLine($"CPU time:  DossierFlow {Median(ours.Select(o => o.Cpu)):0} reports/s, python-docx {Median(theirs.Select(t => t.Cpu)):0} reports/s, "
            + $"ratio {Median(ours.Zip(theirs, (o, t) => o.Cpu / t.Cpu)):0.0}");
        Console.WriteLine($"Wall time: DossierFlow {Median(ours.Select(o => o.Wall)):0} reports/s, python-docx {Median(theirs.Select(t => t.Wall)):0} reports/s, "
            + $"ratio {Median(ours.Zip(theirs, (o, t) => o.Wall / t.Wall)):0.0}");
        return 0;
    }
}
