using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Decision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SessionDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Symbol = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerPosition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SignerCapacity = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CentralNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CentralDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionDecisions_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionDecisions_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionDecisions_DocumentContents_Sha256",
                        column: x => x.Sha256,
                        principalTable: "DocumentContents",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionDecisionExclusion",
                columns: table => new
                {
                    NomineeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionDecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionDecisionExclusion", x => new { x.SessionDecisionId, x.NomineeId });
                    table.ForeignKey(
                        name: "FK_SessionDecisionExclusion_SessionDecisions_SessionDecisionId",
                        column: x => x.SessionDecisionId,
                        principalTable: "SessionDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionDecisions_AwardTypeId",
                table: "SessionDecisions",
                column: "AwardTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionDecisions_SessionId_AwardTypeId",
                table: "SessionDecisions",
                columns: new[] { "SessionId", "AwardTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionDecisions_Sha256",
                table: "SessionDecisions",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_SessionDecisions_Status",
                table: "SessionDecisions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SessionDecisions_Symbol_Year_Number",
                table: "SessionDecisions",
                columns: new[] { "Symbol", "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionDecisionExclusion");

            migrationBuilder.DropTable(
                name: "SessionDecisions");
        }
    }
}
