using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class @public : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PublicConsultation",
                table: "AwardTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PublishDecisions",
                table: "AwardTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PastAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FoldedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Workplace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AwardTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AwardName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PastAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PastAwards_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicConsultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicConsultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicConsultations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicOpinions_PublicConsultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "PublicConsultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_AwardTypeId",
                table: "PastAwards",
                column: "AwardTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_FoldedName_BirthDate",
                table: "PastAwards",
                columns: new[] { "FoldedName", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PastAwards_IdentityNumber",
                table: "PastAwards",
                column: "IdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PublicConsultations_ClosesOn_OpensOn",
                table: "PublicConsultations",
                columns: new[] { "ClosesOn", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicConsultations_DossierId",
                table: "PublicConsultations",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicOpinions_ClientKey_ReceivedAt",
                table: "PublicOpinions",
                columns: new[] { "ClientKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicOpinions_ConsultationId",
                table: "PublicOpinions",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicOpinions_DossierId_ReceivedAt",
                table: "PublicOpinions",
                columns: new[] { "DossierId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PastAwards");

            migrationBuilder.DropTable(
                name: "PublicOpinions");

            migrationBuilder.DropTable(
                name: "PublicConsultations");

            migrationBuilder.DropColumn(
                name: "PublicConsultation",
                table: "AwardTypes");

            migrationBuilder.DropColumn(
                name: "PublishDecisions",
                table: "AwardTypes");
        }
    }
}
