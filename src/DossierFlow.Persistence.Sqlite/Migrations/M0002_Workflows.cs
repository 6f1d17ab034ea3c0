using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>Published workflow versions, the outbox, the journal and the dossier's workflow columns. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000002_Workflows")]
public sealed class M0002_Workflows : SqlFileMigration;
