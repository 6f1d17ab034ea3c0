using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>The council's outcome per nominee. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000008_CouncilVotes")]
public sealed class M0008_CouncilVotes : SqlFileMigration;
