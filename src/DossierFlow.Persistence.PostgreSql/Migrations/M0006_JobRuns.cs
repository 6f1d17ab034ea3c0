using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Job runs for the jobs dashboard. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000006_JobRuns")]
public sealed class M0006_JobRuns : SqlFileMigration;
