using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Yearly movement reports with their documents and journal. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000003_MovementReports")]
public sealed class M0003_MovementReports : SqlFileMigration;
