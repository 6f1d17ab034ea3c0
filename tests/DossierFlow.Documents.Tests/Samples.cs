using DossierFlow.Application.Forms;
using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;
using DossierFlow.Tests.Shared;

namespace DossierFlow.Documents.Tests;

/// <summary>A Vietnamese dossier to render every form with: a collective, an individual and a household nominee, a numbered (or, for a report, dated) document.</summary>
internal static class Samples
{
    public static readonly DateOnly Today = new(2026, 1, 5);
    public static readonly IReadOnlyList<FormDefinition> Forms = FormFiles.Read(RepositoryRoot.Combine("forms")).Forms;

    /// <summary>
    /// Who signs each form in the samples: the Sở's director (head) for the unit's documents, a deputy chairman for
    /// the decision (the Chairman's own power), the Chairman for the upward Tờ trình (the People's Committee's).
    /// </summary>
    public static Signer? SignerFor(FormDefinition form) => form.Code switch
    {
        "quyet-dinh-khen-thuong" => new Signer("Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch", Domain.Access.SigningCapacity.Deputy),
        _ when form.Issuer == "province" => new Signer("Lâm Văn Mẫn", "Chủ tịch", Domain.Access.SigningCapacity.Head),
        _ => new Signer("Trần Quốc Việt", "Giám đốc Sở", Domain.Access.SigningCapacity.Head),
    };

    /// <summary>The sample dossier, numbered on <paramref name="issuedOn"/> (by default today, which decides the base salary of a decision's amounts); <paramref name="length"/> "long" adds 30 nominees and pages of text (a five-page report).</summary>
    public static DocumentModel Model(FormDefinition form, NomineeKind focus, string length = "short", bool numbered = true, DateOnly? issuedOn = null,
        bool posthumous = false, bool typedReporter = true)
    {
        var province = Organisation.Create("UBND-TINH", "Ủy ban nhân dân tỉnh Sóc Trăng", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, [], new DateOnly(2020, 1, 1));
        var snv = Organisation.Create("SNV", "Sở Nội vụ", "SNV", OrganisationKind.Department, province, [], new DateOnly(2020, 1, 1));
        var award = AwardType.Create("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial, "Chủ tịch UBND tỉnh",
            ["to-trinh"], 1, 1.5m, "bang-khen-chu-tich-tinh");
        var movement = Movement.Create("Vì người nghèo - Không để ai bị bỏ lại phía sau", "146/KH-UBND", new DateOnly(2022, 10, 12), 2021, 2025);
        var phase = movement.AddPhase(PhaseKind.Final, 2025, "Tổng kết giai đoạn 2021 - 2025");
        movement.SetParticipants([snv.Id]);
        movement.OfferAwards([award.Id]);
        var workflow = WorkflowFile.Parse("bang-khen-chu-tich-tinh.yaml", File.ReadAllText(RepositoryRoot.Combine("workflows", "bang-khen-chu-tich-tinh.yaml"))).Definition!;
        var now = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        var dossier = Dossier.Create(movement, phase.Id, snv, award, workflow, CommendationType.Movement, now, "clerk", "HS-2026-000001");
        dossier.AddNominee(1, NomineeKind.Collective, "Phòng Công tác thanh niên và Bình đẳng giới", null, "Sở Nội vụ tỉnh Sóc Trăng", now);
        dossier.AddNominee(2, NomineeKind.Individual, "Nguyễn Thị Hồng Nhung", "Trưởng phòng", "Phòng Tổ chức, biên chế", now);
        dossier.AddNominee(3, NomineeKind.Household, "Hộ ông Lý Văn Tư", null, "Ấp Phước Hòa, xã Đại Ân 2", now);
        if (length == "long")
            for (var i = 3; i <= 32; i++)
                dossier.AddNominee(i + 1, i % 4 == 0 ? NomineeKind.Collective : NomineeKind.Individual,
                    i % 4 == 0 ? $"Phòng Bảo trợ xã hội số {i}" : $"Lê Thị Thu Trang {i}", i % 4 == 0 ? null : "Chuyên viên chính",
                    "Sở Lao động - Thương binh và Xã hội tỉnh Sóc Trăng", now);
        var nominee = dossier.Nominees.First(n => n.Kind == focus);
        var data = new FormData(dossier.Id, form.Code, form.Per == "nominee" ? nominee.Id : null, now);
        data.Change(Values(form, length == "long", focus, posthumous, typedReporter).ToJson(), now);
        // An achievement report takes no number: issuing it dates it for signing.
        if (numbered && form.Numbered) data.Numbered(5, issuedOn ?? Today);
        else if (numbered) data.Dated(issuedOn ?? Today);
        var issuer = form.Issuer == "province" ? province : snv;
        var facts = new FormContext.Facts(dossier, movement, award, issuer, issuer == snv ? province : null, new ProvinceOptions(), Today,
            form.Per == "nominee" ? nominee : null, SignerFor(form));
        return FormContext.Build(form, data, facts);
    }

    /// <summary>What a clerk would type: every required field, with diacritics.</summary>
    private static FormValues Values(FormDefinition form, bool long_, NomineeKind focus, bool posthumous, bool typedReporter)
    {
        // About three pages of achievements: 24 paragraphs of some 90 words each.
        var paragraph = "Đơn vị đã chủ động tham mưu, ban hành kế hoạch thực hiện phong trào thi đua, phân công trách nhiệm rõ ràng cho từng phòng, " +
            "gắn chỉ tiêu thi đua với nhiệm vụ chuyên môn; phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể vận động doanh nghiệp, nhà hảo tâm " +
            "hỗ trợ hộ nghèo, hộ cận nghèo về nhà ở, sinh kế, học bổng; kết quả tỷ lệ hộ nghèo giảm bình quân 1,2% mỗi năm, vượt chỉ tiêu đề ra.";
        var values = new Dictionary<string, string>
        {
            ["signer-name"] = "Lâm Văn Mẫn",
            ["time"] = "14 giờ 00",
            ["meeting-date"] = "28/11/2025",
            ["present-names"] = "- Trần Văn Lâu - Chủ tịch Hội đồng\n- Võ Thị Mỹ Linh - Thư ký",
            ["absent-names"] = "- Đặng Hoàng Phúc (có ý kiến bằng văn bản)",
            ["place"] = "Phòng họp số 2, Sở Nội vụ",
            ["chair-name"] = "Trần Văn Lâu",
            ["secretary-name"] = "Võ Thị Mỹ Linh",
            ["members-total"] = "9",
            ["members-present"] = "8",
            ["conclusion"] = long_ ? string.Join("\n", Enumerable.Repeat(paragraph, 14)) : "Hội đồng thống nhất đề nghị tặng Bằng khen cho các tập thể, cá nhân đạt tỷ lệ đồng ý từ 70% trở lên.",
            ["achievements"] = long_ ? string.Join("\n", Enumerable.Repeat(paragraph, 24))
                : "Hoàn thành xuất sắc chỉ tiêu giảm nghèo; vận động 1.250 triệu đồng hỗ trợ hộ nghèo xây nhà.",
            ["overview"] = "Phòng có 12 công chức, trong đó 7 nữ.",
            ["biography"] = "Sinh ngày 12/3/1980; quê quán: xã Đại Ân 2.\nTrình độ: Thạc sĩ Quản lý công.",
            ["hometown"] = "xã Đại Ân 2, tỉnh Sóc Trăng",
            ["residence"] = "phường 6, thành phố Sóc Trăng",
            ["qualification"] = "Thạc sĩ Quản lý công",
            ["assignments"] = "Phụ trách công tác tổ chức, biên chế và thi đua, khen thưởng của Sở.",
            ["address"] = "Số 6 Lê Lợi, phường 6, thành phố Sóc Trăng",
            ["phone"] = "0299 3821 456",
            ["staff"] = "12 công chức, trong đó 7 nữ, 9 đảng viên",
            ["duties"] = "Tham mưu về công tác thanh niên và bình đẳng giới trên địa bàn tỉnh.",
            ["measures"] = long_ ? string.Join("\n", Enumerable.Repeat(paragraph, 4)) : "Giao chỉ tiêu đến từng công chức, kiểm tra hằng quý.",
            ["household-head"] = "Lý Văn Tư",
            ["household-members"] = "05",
            ["confirmation"] = "Xác nhận báo cáo đúng sự thật; đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, khen thưởng.",
            ["confirmer-name"] = "Trần Quốc Việt",
            // An individual's report is signed by the individual (the form's default); a collective's by its head, a household's by its head.
            ["reporter-name"] = focus switch
            {
                NomineeKind.Collective => "Trần Minh Khoa",
                NomineeKind.Household => "Lý Văn Tư",
                _ when posthumous => typedReporter ? "Nguyễn Văn Hùng" : null!,
                _ when form.Layout == "report" => null!,
                _ => "Nguyễn Thị Hồng Nhung",
            },
        };
        if (posthumous) { values["posthumous"] = FormContext.Checked; values["death-date"] = "20/10/2025"; }
        foreach (var key in values.Where(v => v.Value is null).Select(v => v.Key).ToList()) values.Remove(key);
        if (long_) values["content"] = string.Join("\n", Enumerable.Repeat(paragraph, 12));
        // Sở Nội vụ's consolidated yearly report (bao-cao-tong-hop-phong-trao), as GenerateConsolidatedReport fills it.
        values["reporting"] = "Phong trào có 120 cơ quan, đơn vị tham gia; 100 đơn vị gửi báo cáo đúng hạn, 12 đơn vị gửi muộn; 08 đơn vị chưa gửi báo cáo.";
        values["missing-units"] = "Các đơn vị chưa gửi báo cáo:\n- Ủy ban nhân dân xã Đại Ân 2.";
        values["awards-note"] = "Sở Nội vụ tiếp nhận 12 hồ sơ đề nghị khen thưởng cho 05 tập thể, 30 cá nhân.";
        values["units-title"] = "TÌNH HÌNH GỬI BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO NĂM 2025";
        values["units-reference"] = "(Kèm theo Báo cáo số 05/BC-SNV ngày 05/01/2026 của Sở Nội vụ)";
        var tables = new Dictionary<string, List<Dictionary<string, string>>>
        {
            ["votes"] =
            [
                new() { ["nominee"] = "Phòng Công tác thanh niên và Bình đẳng giới", ["for"] = "8", ["against"] = "0", ["abstain"] = "0" },
                new() { ["nominee"] = "Nguyễn Thị Hồng Nhung", ["for"] = "6", ["against"] = "2", ["abstain"] = "0" },
            ],
            // A secret ballot lists every nominee so voted: a season's session, over a hundred.
            ["ballot"] = [.. Enumerable.Range(1, long_ ? 120 : 3).Select(i => new Dictionary<string, string>
                { ["nominee"] = i == 1 ? "Nguyễn Thị Hồng Nhung" : $"Nguyễn Văn Hùng {i} (Sở Lao động - Thương binh và Xã hội)", ["award"] = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ["for"] = "", ["against"] = "" })],
            ["past-awards"] = long_
                ? [.. Enumerable.Range(0, 20).Select(i => new Dictionary<string, string> { ["year"] = (2005 + i).ToString(), ["award"] = i % 2 == 0 ? "Giấy khen của Giám đốc Sở" : "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ["decision"] = $"Số {12 + i}/QĐ-SNV ngày 05/01/{2006 + i}", ["issuer"] = i % 2 == 0 ? "Sở Nội vụ" : "Ủy ban nhân dân tỉnh" })]
                : [new() { ["year"] = "2023", ["award"] = "Giấy khen của Giám đốc Sở", ["decision"] = "Số 12/QĐ-SNV ngày 05/01/2024", ["issuer"] = "Sở Nội vụ" }],
            ["units"] = [.. Enumerable.Range(1, long_ ? 120 : 3).Select(i => new Dictionary<string, string>
                { ["unit"] = $"Ủy ban nhân dân xã Đại Ân {i}", ["standing"] = i % 10 == 0 ? "Chưa gửi" : "Đúng hạn", ["submitted"] = i % 10 == 0 ? "" : "28/11/2025", ["state"] = "Sở Nội vụ đã tiếp nhận báo cáo" })],
            ["awards"] = [new() { ["award"] = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", ["dossiers"] = "12", ["proposed"] = "5 / 30 / 0", ["awarded"] = "5 / 28 / 0" }],
            ["indicators"] = [new() { ["subject"] = "Xã", ["indicator"] = "Tỷ lệ hộ nghèo giảm (điểm %)", ["units"] = "40", ["total"] = "", ["mean"] = "2,8", ["range"] = "1,2 - 4,1" }],
            // Sở Nội vụ's consolidated list of a batch (to-trinh-so-noi-vu), as GenerateBatchSubmission fills it: by unit, collectives first.
            ["list"] = [.. Enumerable.Range(0, long_ ? 120 : 1).SelectMany(i => new Dictionary<string, string>[]
            {
                new() { ["nominee"] = i == 0 ? "Phòng Công tác thanh niên và Bình đẳng giới" : $"Phòng Bảo trợ xã hội số {i}", ["unit"] = "Sở Nội vụ",
                    ["award"] = "Bằng khen của Chủ tịch UBND tỉnh", ["note"] = "Đủ điều kiện, tiêu chuẩn theo quy định." },
                new() { ["nominee"] = i == 0 ? "Nguyễn Thị Hồng Nhung" : $"Lê Thị Thu Trang {i}", ["position"] = "Trưởng phòng", ["unit"] = "Sở Nội vụ",
                    ["award"] = "Bằng khen của Chủ tịch UBND tỉnh", ["note"] = "Đủ điều kiện, tiêu chuẩn theo quy định." },
            })],
        };
        return new FormValues(values.Where(v => form.Fields.Any(f => f.Key == v.Key)).ToDictionary(), tables.Where(t => form.Fields.Any(f => f.Key == t.Key)).ToDictionary());
    }
}
