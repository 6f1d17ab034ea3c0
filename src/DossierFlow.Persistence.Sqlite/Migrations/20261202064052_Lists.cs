using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockDueOn",
                table: "MovementReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockDueOn",
                table: "Dossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 200000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MovementReports_ClockDueOn",
                table: "MovementReports",
                column: "ClockDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ClockDueOn",
                table: "Dossiers",
                column: "ClockDueOn");

            // Every dossier stored before codes existed gets one: numbered per year of creation (Việt Nam time) in the
            // order of creation; the counters continue from there (the issuer of DossierCodes.CounterIssuer).
            migrationBuilder.Sql("""
                UPDATE "Dossiers" SET "Code" = 'HS-' || n."Year" || '-' || printf('%06d', n."Number")
                FROM (SELECT "Id", "Year", row_number() OVER (PARTITION BY "Year" ORDER BY "CreatedAt", "Id") AS "Number"
                      FROM (SELECT "Id", "CreatedAt", CAST(strftime('%Y', "CreatedAt", '+7 hours') AS INTEGER) AS "Year" FROM "Dossiers")) AS n
                WHERE "Dossiers"."Id" = n."Id";
                INSERT INTO "DocumentNumberCounters" ("IssuerCode", "Symbol", "Year", "LastNumber")
                SELECT '#dossier', 'HS', CAST(substr("Code", 4, 4) AS INTEGER), count(*) FROM "Dossiers" WHERE true GROUP BY substr("Code", 4, 4)
                ON CONFLICT ("IssuerCode", "Symbol", "Year")
                DO UPDATE SET "LastNumber" = max("DocumentNumberCounters"."LastNumber", excluded."LastNumber");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Code",
                table: "Dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UpdatedAt",
                table: "Dossiers",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_WorkflowId_WorkflowVersion_State",
                table: "Dossiers",
                columns: new[] { "WorkflowId", "WorkflowVersion", "State" });

            // The search index SQLite cannot model (ADR 0027): an FTS5 trigram table kept by triggers.
            migrationBuilder.Sql(DossierFlow.Persistence.Configurations.SqliteDossierSearchSql.CreateTable);
            migrationBuilder.Sql(DossierFlow.Persistence.Configurations.SqliteDossierSearchSql.CreateTriggers);
            migrationBuilder.Sql(DossierFlow.Persistence.Configurations.SqliteDossierSearchSql.Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DossierFlow.Persistence.Configurations.SqliteDossierSearchSql.Drop);
            migrationBuilder.DropIndex(
                name: "IX_MovementReports_ClockDueOn",
                table: "MovementReports");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ClockDueOn",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_Code",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_UpdatedAt",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_WorkflowId_WorkflowVersion_State",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ClockDueOn",
                table: "MovementReports");

            migrationBuilder.DropColumn(
                name: "ClockDueOn",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Dossiers");
        }
    }
}
