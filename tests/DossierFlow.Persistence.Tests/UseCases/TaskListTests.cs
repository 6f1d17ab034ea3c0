using DossierFlow.Application.Tasks;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Movements;
using DossierFlow.Persistence.Tests.UseCases.Builders;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// "Việc cần làm" per role, counted by the database over dossiers taken along their workflows by the real use
/// cases at different days, so that the processing clocks stand at different points.
/// </summary>
public class TaskListTests : ProvinceTest
{
    private static DateTime Day(int month, int day) => new(2025, month, day, 2, 0, 0, DateTimeKind.Utc); // 09:00 in Việt Nam

    [Fact]
    public async Task Each_role_counts_what_waits_for_it()
    {
        await using (var db = _host.Database.NewContext())
        {
            var movement = await db.Movements.Include(m => m.Deadlines).SingleAsync(m => m.Id == _province.MovementId);
            movement.AddDeadline("unit-report", "Báo cáo kết quả thực hiện phong trào", 12, 1, null, LatePolicy.AcceptAndMarkLate);
            await db.SaveChangesAsync();
        }
        _host.Clock.Now = Day(10, 1);
        var overdue = await ReceivedAsync(_province.Union);
        _host.Clock.Now = Day(11, 20);
        var nearLimit = await ReceivedAsync(_province.Union);
        var returned = await SubmittedAsync(_province.School);
        await DossierBuilder.ActAsync(_host, returned, _province.Desk, "return", "Thiếu chữ ký trên Tờ trình");
        await SubmittedAsync(_province.School);
        await _province.Dossier().DraftAsync();
        _host.Clock.Now = Day(12, 1);
        await ReceivedAsync(_province.Union);
        await _province.Dossier().From(_province.Union).AtCouncilAsync();
        await _province.Dossier().From(_province.Union).WithNominees("Nguyễn Thị Hồng", "Trần Văn Bình").AtChairmanAsync();

        _host.Clock.Now = Day(12, 10);
        Assert.Equal(new Dictionary<string, int> { ["unit-returned"] = 1, ["unit-drafts-due"] = 1, ["unit-reports-due"] = 1 },
            await CountsAsync(_province.Clerk(_province.School)));
        Assert.Equal(new Dictionary<string, int> { ["unit-returned"] = 0, ["unit-drafts-due"] = 0, ["unit-reports-due"] = 1 },
            await CountsAsync(_province.Leader(_province.Union)));

        // 22/12: the dossier received on 01/10 is past its 25 working days, the one of 20/11 has 3 left, the one of 01/12 has 10.
        _host.Clock.Now = Day(12, 22);
        Assert.Equal(new Dictionary<string, int>
        {
            ["home-affairs-receive"] = 1, ["home-affairs-appraise"] = 3, ["home-affairs-overdue"] = 1, ["home-affairs-near-limit"] = 1,
        }, await CountsAsync(_province.Desk));
        Assert.Equal(new Dictionary<string, int> { ["council-waiting"] = 1, ["council-to-record"] = 1 }, await CountsAsync(_province.Secretary));
        Assert.Equal(new Dictionary<string, int> { ["chairman-nominees"] = 2 }, await CountsAsync(_province.Chairman));
        Assert.Empty(await CountsAsync(_province.Member));
        Assert.NotEqual(overdue, nearLimit);
    }

    [Fact]
    public async Task Every_count_links_to_a_list_filtered_by_the_query_string_names_of_the_lists()
    {
        var actor = new Actor("all", "Mọi vai trò", _province.HomeAffairs, Roles.All.ToHashSet());
        var tasks = await _host.RunAsync<ListTasks, IReadOnlyList<TaskCount>>(t => t.HandleAsync(actor));
        Assert.Equal(10, tasks.Count);
        Assert.Contains(tasks, t => t.Link == "/Dossiers?state=returned");
        Assert.Contains(tasks, t => t.Link == "/Inbox?overdue=true");
        Assert.All(tasks, t => Assert.StartsWith("/", t.Link));
    }

    private async Task<Dictionary<string, int>> CountsAsync(Actor actor) =>
        (await _host.RunAsync<ListTasks, IReadOnlyList<TaskCount>>(t => t.HandleAsync(actor))).ToDictionary(t => t.Key, t => t.Count);

    private async Task<Guid> SubmittedAsync(Guid unit)
    {
        var dossier = await _province.Dossier().From(unit).DraftAsync();
        await DossierBuilder.ActAsync(_host, dossier, _province.Leader(unit), "submit");
        return dossier;
    }

    private async Task<Guid> ReceivedAsync(Guid unit)
    {
        var dossier = await SubmittedAsync(unit);
        await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive");
        return dossier;
    }
}
