using DossierFlow.Application.Council;
using DossierFlow.Application.Council.Votes;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Council;
using DossierFlow.Domain.Movements;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Persistence.Tests.UseCases.Builders;

/// <summary>
/// The smallest province the council and Chairman rules need, built by the test rather than read from the demo:
/// the People's Committee, Sở Nội vụ (the mail code the application expects), two units, one movement open for
/// 2025, the three award kinds the shipped workflows serve and a council of nine. Each role's actor is at hand.
/// </summary>
public sealed class Province
{
    public const string ProvincialAward = "bang-khen-chu-tich-tinh";
    public const string NationalAward = "bang-khen-thu-tuong";
    public const string UnitAward = "giay-khen";
    public static readonly string[] Documents = ["to-trinh", "bien-ban-hoi-dong", "bao-cao-thanh-tich-mau-07"];

    private Province(UseCaseHost host) => Host = host;

    public UseCaseHost Host { get; }
    public Guid School { get; private set; }
    public Guid Union { get; private set; }
    public Guid HomeAffairs { get; private set; }
    public Guid Committee { get; private set; }
    public Guid MovementId { get; private set; }
    public Guid PhaseId { get; private set; }
    public IReadOnlyList<Guid> Members { get; private set; } = [];

    public static async Task<Province> CreateAsync(UseCaseHost host, int councilSize = 9)
    {
        var province = new Province(host);
        await using var db = host.Database.NewContext();
        var from = new DateOnly(2020, 1, 1);
        var committee = Organisation.Create("UBND-TINH", "Ủy ban nhân dân tỉnh", "UBND", OrganisationKind.ProvincialPeopleCommittee, null, ["ubnd@tinh.test"], from);
        var home = Organisation.Create("SNV", "Sở Nội vụ", "SNV", OrganisationKind.Department, committee, ["snv@tinh.test"], from);
        var school = Organisation.Create("SGDDT", "Sở Giáo dục và Đào tạo", "SGDĐT", OrganisationKind.Department, committee, ["sgddt@tinh.test"], from);
        var union = Organisation.Create("LDLD", "Liên đoàn Lao động tỉnh", "LĐLĐ", OrganisationKind.MassOrganisation, committee, ["ldld@tinh.test"], from);
        // The council's own organisation heads its minutes and ballot papers.
        var council = Organisation.Create("HDTDKT", "Hội đồng Thi đua - Khen thưởng tỉnh", "HĐTĐKT", OrganisationKind.Department, committee, ["hdtdkt@tinh.test"], from);
        db.Organisations.AddRange(committee, home, school, union, council);

        AwardType[] awards =
        [
            AwardType.Create(UnitAward, "Giấy khen", AwardLevel.Unit, "Thủ trưởng cơ quan, đơn vị", Documents, 1, 0.3m, "giay-khen"),
            AwardType.Create(ProvincialAward, "Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.Provincial, "Chủ tịch UBND tỉnh", Documents, 1, 1.5m, "bang-khen-chu-tich-tinh"),
            AwardType.Create(NationalAward, "Bằng khen của Thủ tướng Chính phủ", AwardLevel.National, "Thủ tướng Chính phủ", Documents, 3, 3.0m, "khen-thuong-cap-nha-nuoc"),
        ];
        db.AwardTypes.AddRange(awards);

        var movement = Movement.Create("Phong trào thi đua thử nghiệm", "01/KH-UBND", new DateOnly(2025, 1, 5), 2025, 2025);
        var phase = movement.AddPhase(PhaseKind.Yearly, 2025, "Khen thưởng năm 2025");
        movement.AddDeadline("dossier-submission", "Nộp hồ sơ đề nghị khen thưởng", 12, 15, null, LatePolicy.Refuse);
        movement.SetParticipants([school.Id, union.Id]);
        movement.OfferAwards(awards.Select(a => a.Id));
        db.Movements.Add(movement);

        var members = Enumerable.Range(1, councilSize)
            .Select(i => CouncilMember.Create($"Thành viên số {i}", "Ủy viên Hội đồng", $"thanhvien{i}@tinh.test", null, i)).ToList();
        db.CouncilMembers.AddRange(members);
        await db.SaveChangesAsync();

        (province.Committee, province.HomeAffairs, province.School, province.Union) = (committee.Id, home.Id, school.Id, union.Id);
        (province.MovementId, province.PhaseId, province.Members) = (movement.Id, phase.Id, members.Select(m => m.Id).ToList());
        return province;
    }

    public DossierBuilder Dossier(string award = ProvincialAward) => new(this, award);

    public static Actor As(Guid organisation, string role) => new($"{role}-{organisation:N}", "Người dùng thử", organisation, new HashSet<string> { role });
    public Actor Leader(Guid unit) => As(unit, Roles.UnitLeader);
    public Actor Clerk(Guid unit) => As(unit, Roles.UnitClerk);
    public Actor Desk => As(HomeAffairs, Roles.HomeAffairsClerk);
    public Actor Reviewer => As(HomeAffairs, Roles.HomeAffairsReviewer);
    public Actor Secretary => As(HomeAffairs, Roles.CouncilSecretary);
    public Actor Member => As(HomeAffairs, Roles.CouncilMember);
    public Actor Chairman => As(Committee, Roles.Chairman);

    /// <summary>A session ten days ahead with every member invited, its agenda the given dossiers.</summary>
    public Task<Guid> ScheduleAsync(params Guid[] dossiers)
    {
        var day = Host.Clock.Now.AddHours(7).AddDays(10).ToString("dd/MM/yyyy");
        return Host.RunAsync<ScheduleSession, Guid>(s => s.HandleAsync(Secretary,
            new SessionInput(day, "14:30", 120, "Phòng họp số 1", Members[0], Members[1], Members, dossiers)));
    }

    /// <summary>
    /// Moves the clock to the session's start (attendance and votes are taken from then on), then records who
    /// attended (all but the absent ones given) and the written opinions of the absent.
    /// </summary>
    public async Task AttendAsync(Guid session, IReadOnlyList<Guid>? absent = null, IReadOnlyList<Guid>? written = null)
    {
        await StartAsync(session);
        var revision = await SessionRevisionAsync(session);
        await Host.RunAsync<ChangeSession>(c => c.RecordAttendanceAsync(Secretary, session,
            new AttendanceInput(revision, Members.Except(absent ?? []).Except(written ?? []).ToList(), written ?? [])));
    }

    /// <summary>The test's clock at the session's start time, when it is still ahead.</summary>
    public async Task StartAsync(Guid session)
    {
        var starts = await Host.ReadAsync(db => Task.FromResult(db.CouncilSessions.Single(s => s.Id == session).StartsAt));
        if (Host.Clock.Now < starts) Host.Clock.Now = starts;
    }

    public Task<int> SessionRevisionAsync(Guid session) =>
        Host.ReadAsync(db => Task.FromResult(db.CouncilSessions.Single(s => s.Id == session).Revision));

    /// <summary>"Tạm lưu" of these rows of the grid.</summary>
    public async Task<int> DraftAsync(Guid session, params NomineeCounts[] rows)
    {
        var revision = await SessionRevisionAsync(session);
        return await Host.RunAsync<SaveVoteDraft, int>(s => s.HandleAsync(Secretary, session, new VoteDraftInput(revision, rows)));
    }

    /// <summary>"Xác nhận kết quả biểu quyết".</summary>
    public async Task<VoteSummary> ConfirmAsync(Guid session)
    {
        var revision = await SessionRevisionAsync(session);
        return await Host.RunAsync<ConfirmVotes, VoteSummary>(c => c.HandleAsync(Secretary, session, new ConfirmVotesInput(revision, Guid.NewGuid())));
    }
}
