using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Lists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Organisations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockDueOn",
                table: "MovementReports",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClockDueOn",
                table: "Dossiers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Dossiers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Dossiers",
                type: "character varying(200000)",
                maxLength: 200000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SearchName_Trigram",
                table: "Organisations",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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
                UPDATE "Dossiers" AS d SET "Code" = 'HS-' || n."Year" || '-' || lpad(n."Number"::text, 6, '0')
                FROM (SELECT "Id", "Year", row_number() OVER (PARTITION BY "Year" ORDER BY "CreatedAt", "Id") AS "Number"
                      FROM (SELECT "Id", "CreatedAt", extract(year FROM "CreatedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS "Year" FROM "Dossiers") AS y) AS n
                WHERE d."Id" = n."Id";
                INSERT INTO "DocumentNumberCounters" ("IssuerCode", "Symbol", "Year", "LastNumber")
                SELECT '#dossier', 'HS', CAST(substr("Code", 4, 4) AS integer), count(*) FROM "Dossiers" WHERE true GROUP BY substr("Code", 4, 4)
                ON CONFLICT ("IssuerCode", "Symbol", "Year")
                DO UPDATE SET "LastNumber" = GREATEST("DocumentNumberCounters"."LastNumber", excluded."LastNumber");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Code",
                table: "Dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_SearchText_Trigram",
                table: "Dossiers",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UpdatedAt",
                table: "Dossiers",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_WorkflowId_WorkflowVersion_State",
                table: "Dossiers",
                columns: new[] { "WorkflowId", "WorkflowVersion", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_SearchName_Trigram",
                table: "Organisations");

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
                name: "IX_Dossiers_SearchText_Trigram",
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

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
