using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence;

/// <summary>
/// A forward-only migration whose SQL is the embedded file named after the class without its leading "M"
/// (M0010_CouncilSessions runs 0010_CouncilSessions.sql from its provider's assembly).
/// </summary>
public abstract class SqlFileMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationSql.Read(GetType().Assembly, GetType().Name[1..] + ".sql"));
}
