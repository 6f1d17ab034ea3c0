using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationMerges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Effective = table.Column<DateOnly>(type: "date", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Accounts = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccountsAffected = table.Column<int>(type: "integer", nullable: false),
                    DossiersPassed = table.Column<int>(type: "integer", nullable: false),
                    ReportsPassed = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
