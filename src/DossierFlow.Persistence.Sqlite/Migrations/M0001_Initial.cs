using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>Organisations, movements, award types, dossiers and the Identity tables. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000001_Initial")]
public sealed class M0001_Initial : SqlFileMigration;
