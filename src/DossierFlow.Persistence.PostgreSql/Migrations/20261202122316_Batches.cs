using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Batches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubmissionBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ListVersion = table.Column<int>(type: "integer", nullable: false),
                    SubmissionListVersion = table.Column<int>(type: "integer", nullable: true),
                    SubmissionNumber = table.Column<int>(type: "integer", nullable: true),
                    SubmissionIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmissionGeneratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmissionSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ForwardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ForwardedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionBatches_DocumentContents_SubmissionSha256",
                        column: x => x.SubmissionSha256,
                        principalTable: "DocumentContents",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionBatches_Movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "Movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionBatchAward",
                columns: table => new
                {
                    AwardTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionBatchId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatchAward", x => new { x.SubmissionBatchId, x.AwardTypeId });
                    table.ForeignKey(
                        name: "FK_SubmissionBatchAward_AwardTypes_AwardTypeId",
                        column: x => x.AwardTypeId,
                        principalTable: "AwardTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionBatchAward_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionBatchChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    DossierCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmissionBatchId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatchChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionBatchChange_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionBatchEntry",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionBatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppraisalNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatchEntry", x => new { x.SubmissionBatchId, x.DossierId });
                    table.ForeignKey(
                        name: "FK_SubmissionBatchEntry_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionBatchEntry_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatchAward_AwardTypeId",
                table: "SubmissionBatchAward",
                column: "AwardTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatchChange_SubmissionBatchId",
                table: "SubmissionBatchChange",
                column: "SubmissionBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatchEntry_DossierId",
                table: "SubmissionBatchEntry",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_MovementId",
                table: "SubmissionBatches",
                column: "MovementId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_SessionId",
                table: "SubmissionBatches",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_Status_CreatedAt",
                table: "SubmissionBatches",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionBatches_SubmissionSha256",
                table: "SubmissionBatches",
                column: "SubmissionSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubmissionBatchAward");

            migrationBuilder.DropTable(
                name: "SubmissionBatchChange");

            migrationBuilder.DropTable(
                name: "SubmissionBatchEntry");

            migrationBuilder.DropTable(
                name: "SubmissionBatches");
        }
    }
}
