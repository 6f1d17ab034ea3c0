using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Nominees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AchievementSummary",
                table: "Nominee",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "Nominee",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoldedName",
                table: "Nominee",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Gender",
                table: "Nominee",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityNumber",
                table: "Nominee",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StaffCode",
                table: "Nominee",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsNumbered",
                table: "DossierDocument",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSigned",
                table: "DossierDocument",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Existing versions: an upload was the signed scan; a generated one is named "<form>[-n]-du-thao.docx" (a
            // draft) or "<form>[-n]-so-NN.docx" (numbered, not yet marked signed). Existing nominees keep an empty folded
            // name: they have no birth date either, so the name-and-birth-date lookup never needs it; an edit fills both.
            migrationBuilder.Sql("""
                UPDATE "DossierDocument" SET
                  "IsNumbered" = CASE WHEN "ContentType" = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                                       AND "FileName" LIKE '%-so-%.docx' THEN TRUE ELSE FALSE END,
                  "IsSigned" = CASE WHEN "ContentType" = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                                     AND ("FileName" LIKE '%-du-thao.docx' OR "FileName" LIKE '%-so-%.docx') THEN FALSE ELSE TRUE END
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Nominee_FoldedName_BirthDate",
                table: "Nominee",
                columns: new[] { "FoldedName", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominee_IdentityNumber",
                table: "Nominee",
                column: "IdentityNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominee_FoldedName_BirthDate",
                table: "Nominee");

            migrationBuilder.DropIndex(
                name: "IX_Nominee_IdentityNumber",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "AchievementSummary",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "FoldedName",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "IdentityNumber",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "StaffCode",
                table: "Nominee");

            migrationBuilder.DropColumn(
                name: "IsNumbered",
                table: "DossierDocument");

            migrationBuilder.DropColumn(
                name: "IsSigned",
                table: "DossierDocument");
        }
    }
}
