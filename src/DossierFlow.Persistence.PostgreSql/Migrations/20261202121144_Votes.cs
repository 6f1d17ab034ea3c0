using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Votes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ResultsConfirmedAt",
                table: "CouncilSessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultsConfirmedBy",
                table: "CouncilSessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Sessions voted dossier by dossier before the confirmation step existed moved their dossiers at once: their
            // results count as confirmed when the session was held (every dossier voted), by the secretary (the person is not known).
            migrationBuilder.Sql("UPDATE \"CouncilSessions\" SET \"ResultsConfirmedAt\" = \"UpdatedAt\", \"ResultsConfirmedBy\" = 'Thư ký Hội đồng' WHERE \"Status\" = 2;");

            migrationBuilder.CreateTable(
                name: "CouncilSessionVoteCorrection",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NomineeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OldFor = table.Column<int>(type: "integer", nullable: false),
                    OldAgainst = table.Column<int>(type: "integer", nullable: false),
                    OldAbstain = table.Column<int>(type: "integer", nullable: false),
                    OldWrittenFor = table.Column<int>(type: "integer", nullable: false),
                    OldPassed = table.Column<bool>(type: "boolean", nullable: false),
                    NewFor = table.Column<int>(type: "integer", nullable: false),
                    NewAgainst = table.Column<int>(type: "integer", nullable: false),
                    NewAbstain = table.Column<int>(type: "integer", nullable: false),
                    NewWrittenFor = table.Column<int>(type: "integer", nullable: false),
                    NewPassed = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CouncilSessionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessionVoteCorrection", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSessionVoteCorrection_CouncilSessions_CouncilSession~",
                        column: x => x.CouncilSessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessionVoteCorrection_CouncilSessionId",
                table: "CouncilSessionVoteCorrection",
                column: "CouncilSessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilSessionVoteCorrection");

            migrationBuilder.DropColumn(
                name: "ResultsConfirmedAt",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "ResultsConfirmedBy",
                table: "CouncilSessions");
        }
    }
}
