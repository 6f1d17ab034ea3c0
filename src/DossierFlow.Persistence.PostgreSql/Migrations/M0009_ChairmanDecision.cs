using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>The Chairman's decision per nominee. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000009_ChairmanDecision")]
public sealed class M0009_ChairmanDecision : SqlFileMigration;
