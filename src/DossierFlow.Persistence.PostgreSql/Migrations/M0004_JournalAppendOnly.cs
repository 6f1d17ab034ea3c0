using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Triggers that keep the journal append-only. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000004_JournalAppendOnly")]
public sealed class M0004_JournalAppendOnly : SqlFileMigration;
