using BenchmarkDotNet.Attributes;
using DossierFlow.Application.Council.Decisions;
using DossierFlow.Application.Forms;
using DossierFlow.Documents;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Organisations;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Benchmarks;

/// <summary>
/// One session's Quyết định (issue 14): the document with every approved nominee of the session grouped by unit,
/// each amount, the total and the total in words, built from the form and rendered to .docx. 850 nominees of 85
/// units against a decision of 20 nominees of one dossier (the baseline), in the same run.
/// </summary>
[MemoryDiagnoser]
public class SessionDecisionBenchmark
{
    private readonly DocxRenderer _renderer = new();
    private readonly ProvinceOptions _province = new();
    private FormDefinition _form = null!;
    private Organisation _committee = null!;
    private AwardType _award = null!;
    private List<NomineeLine> _session = [];
    private List<NomineeLine> _dossier = [];

    [GlobalSetup]
    public void Setup()
    {
        _form = FormFiles.Read(RepositoryRoot.Combine("forms")).Forms.Single(f => f.Code == IssueSessionDecision.DecisionForm);
        _committee = Organisation.Create("UBND-TINH", "Ủy ban nhân dân tỉnh Sóc Trăng", "UBND", OrganisationKind.ProvincialPeopleCommittee, null,
            ["ubnd@soctrang.gov.vn"], new DateOnly(2020, 1, 1));
        _award = AwardType.Create("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial, "Chủ tịch UBND tỉnh",
            ["to-trinh"], 1, 1.5m, "bang-khen-chu-tich-tinh");
        _session = Lines(850, units: 85);
        _dossier = Lines(20, units: 1);
    }

    private List<NomineeLine> Lines(int count, int units) => Enumerable.Range(1, count).Select(i => i % 10 == 0
            ? new NomineeLine("collective", $"Phòng Bảo trợ xã hội - Giảm nghèo số {i}", null, $"Đơn vị số {i % units + 1}",
                FormContext.AmountOn(_award, _province, Domain.Dossiers.NomineeKind.Collective, new DateOnly(2026, 1, 5)), Unit: $"Sở, ban, ngành số {i % units + 1}")
            : new NomineeLine("individual", $"Nguyễn Thị Hồng Nhung {i}", "Chuyên viên chính", $"Phòng Tổ chức, biên chế số {i % units + 1}",
                FormContext.AmountOn(_award, _province, Domain.Dossiers.NomineeKind.Individual, new DateOnly(2026, 1, 5)), Unit: $"Sở, ban, ngành số {i % units + 1}"))
        .OrderBy(n => n.Unit, StringComparer.Ordinal).ToList();

    private byte[] Render(IReadOnlyList<NomineeLine> nominees) => _renderer.RenderDocx(_form, SessionDecisionDocument.Build(_form, _province, _committee, null,
        _award, [("Vì người nghèo - Không để ai bị bỏ lại phía sau", "01/KH-UBND ngày 05/01/2026")], nominees, 125, new DateOnly(2026, 1, 5),
        new Signer("Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch", SigningCapacity.Deputy)));

    [Benchmark(Baseline = true)]
    public byte[] DecisionOf20Nominees() => Render(_dossier);

    [Benchmark]
    public byte[] SessionDecisionOf850Nominees() => Render(_session);
}
