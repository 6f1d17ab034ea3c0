using DossierFlow.Tests.Shared;
using DossierFlow.Application.Workflows;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DossierFlow.Persistence.Tests.Workflows;

/// <summary>Publishing a workflows folder into a real database, with a copy of the shipped files to break.</summary>
public sealed class WorkflowPublisherTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"dossierflow-workflows-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(RepositoryFolders.Workflows, "*.yaml")) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await _database.MigratedContextAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(WorkflowCatalog Catalog, IReadOnlyList<WorkflowProblem> Problems)> PublishAsync()
    {
        await using var db = _database.NewContext();
        var catalog = new WorkflowCatalog();
        var publisher = new WorkflowPublisher(db, catalog, Options.Create(new WorkflowOptions { Folder = _folder }), TimeProvider.System);
        return (catalog, await publisher.PublishAsync());
    }

    private string PathOf(string id) => Path.Combine(_folder, id + ".yaml");

    [Fact]
    public async Task The_shipped_folder_publishes_four_workflows_once()
    {
        var (catalog, problems) = await PublishAsync();
        await PublishAsync();

        Assert.Empty(problems);
        Assert.Equal(4, catalog.All.Count());
        await using var db = _database.NewContext();
        Assert.Equal(4, await db.PublishedWorkflows.CountAsync());
    }

    [Fact]
    public async Task A_changed_file_without_a_new_version_is_refused_and_the_published_version_stays()
    {
        await PublishAsync();
        File.WriteAllText(PathOf("giay-khen"), File.ReadAllText(PathOf("giay-khen")).Replace("title: Tặng Giấy khen của thủ trưởng đơn vị", "title: Đổi tên lén"));

        var (catalog, problems) = await PublishAsync();

        Assert.Contains(problems, p => p.File == "giay-khen.yaml" && p.Message.Contains("already published"));
        Assert.Equal("Tặng Giấy khen của thủ trưởng đơn vị", catalog.Latest("giay-khen").Title);
    }

    [Fact]
    public async Task A_broken_file_is_reported_and_the_published_version_stays_in_use()
    {
        await PublishAsync();
        File.WriteAllText(PathOf("giay-khen"), File.ReadAllText(PathOf("giay-khen")).Replace("version: 1", "version: 2").Replace("to: awarded", "to: awardedd"));

        var (catalog, problems) = await PublishAsync();

        Assert.Contains(problems, p => p.File.EndsWith("giay-khen.yaml") && p.Message.Contains("unknown state 'awardedd'"));
        Assert.Equal(1, catalog.Latest("giay-khen").Version);
    }

    [Fact]
    public async Task A_new_version_is_published_beside_the_old_one()
    {
        await PublishAsync();
        File.Copy(PathOf("giay-khen"), Path.Combine(_folder, "giay-khen.v2.yaml"));
        File.WriteAllText(Path.Combine(_folder, "giay-khen.v2.yaml"), File.ReadAllText(PathOf("giay-khen")).Replace("version: 1", "version: 2"));

        var (catalog, problems) = await PublishAsync();

        Assert.Empty(problems);
        Assert.Equal(2, catalog.Latest("giay-khen").Version);
        Assert.NotNull(catalog.Find("giay-khen", 1));
    }

    [Fact]
    public async Task Two_files_with_the_same_id_and_version_are_both_refused_and_the_published_one_stays()
    {
        await PublishAsync();
        File.WriteAllText(Path.Combine(_folder, "giay-khen.v2.yaml"), File.ReadAllText(PathOf("giay-khen")).Replace("version: 1", "version: 2"));
        File.WriteAllText(PathOf("giay-khen"), File.ReadAllText(PathOf("giay-khen")).Replace("version: 1", "version: 2").Replace("Tặng Giấy khen", "Giấy khen"));

        var (catalog, problems) = await PublishAsync();

        Assert.Equal(2, problems.Count(p => p.Message.Contains("also holds 'giay-khen' version 2")));
        Assert.Equal(1, catalog.Latest("giay-khen").Version);
    }

    [Fact]
    public async Task Without_any_valid_version_of_a_needed_workflow_the_application_cannot_start()
    {
        File.WriteAllText(PathOf("bao-cao-phong-trao-hang-nam"), "id: bao-cao-phong-trao-hang-nam\nversion: 1\n");

        var error = await Assert.ThrowsAsync<WorkflowStartupException>(PublishAsync);

        Assert.Contains("bao-cao-phong-trao-hang-nam", error.Message);
        Assert.Contains("bao-cao-phong-trao-hang-nam.yaml:", error.Message);
    }
}
