using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reorg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeactivatedReason",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AbsorbingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Effective = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Accounts = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccountsAffected = table.Column<int>(type: "INTEGER", nullable: false),
                    DossiersPassed = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsPassed = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationMerges_Organisations_AbsorbedId",
                        column: x => x.AbsorbedId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganisationMerges_Organisations_AbsorbingId",
                        column: x => x.AbsorbingId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationMerges_AbsorbedId",
                table: "OrganisationMerges",
                column: "AbsorbedId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationMerges_AbsorbingId",
                table: "OrganisationMerges",
                column: "AbsorbingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationMerges");

            migrationBuilder.DropColumn(
                name: "DeactivatedReason",
                table: "AspNetUsers");
        }
    }
}
