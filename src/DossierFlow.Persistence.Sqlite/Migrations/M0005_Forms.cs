using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>Form data and document number counters. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000005_Forms")]
public sealed class M0005_Forms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationSql.Read(typeof(M0005_Forms).Assembly, "0005_Forms.sql"));
}
