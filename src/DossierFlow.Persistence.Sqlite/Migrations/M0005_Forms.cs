using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>Form data and document number counters. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000005_Forms")]
public sealed class M0005_Forms : SqlFileMigration;
