using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.Sqlite.Migrations;

/// <summary>Reminder days per deadline. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000007_ReminderDays")]
public sealed class M0007_ReminderDays : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationSql.Read(typeof(M0007_ReminderDays).Assembly, "0007_ReminderDays.sql"));
}
