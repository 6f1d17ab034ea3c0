using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Job runs for the jobs dashboard. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000006_JobRuns")]
public sealed class M0006_JobRuns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationSql.Read(typeof(M0006_JobRuns).Assembly, "0006_JobRuns.sql"));
}
