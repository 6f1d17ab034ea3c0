using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PublishDecisions",
                table: "AwardTypes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PastAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FoldedName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Workplace = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AwardTypeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AwardName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
