using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Criteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CriteriaEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomineeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommuneArea = table.Column<int>(type: "integer", nullable: true),
                    EthnicMinorityArea = table.Column<bool>(type: "boolean", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Verdict = table.Column<int>(type: "integer", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Missing = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RuleSet = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EvaluatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OverrideVerdict = table.Column<int>(type: "integer", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverriddenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverriddenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaEvaluations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CriteriaEvaluations_Nominee_NomineeId",
                        column: x => x.NomineeId,
                        principalTable: "Nominee",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CriteriaEvaluations_Organisations_SubjectOrganisationId",
                        column: x => x.SubjectOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FoldedPersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IdentityNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    StaffCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedCriteria",
                columns: table => new
                {
                    CriteriaId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Yaml = table.Column<string>(type: "text", nullable: false),
                    SourceFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedCriteria", x => new { x.CriteriaId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "ReportIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ReportRevision = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportIndicators_MovementReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "MovementReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportIndicatorValues",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportIndicatorsId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIndicatorValues", x => new { x.ReportIndicatorsId, x.Code });
                    table.ForeignKey(
                        name: "FK_ReportIndicatorValues_ReportIndicators_ReportIndicatorsId",
                        column: x => x.ReportIndicatorsId,
                        principalTable: "ReportIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaEvaluations_DossierId",
                table: "CriteriaEvaluations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaEvaluations_NomineeId",
                table: "CriteriaEvaluations",
                column: "NomineeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaEvaluations_SubjectOrganisationId",
                table: "CriteriaEvaluations",
                column: "SubjectOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_FoldedPersonName_BirthDate",
                table: "DisciplineRecords",
                columns: new[] { "FoldedPersonName", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_IdentityNumber",
                table: "DisciplineRecords",
                column: "IdentityNumber");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_OrganisationId_DecidedOn",
                table: "DisciplineRecords",
                columns: new[] { "OrganisationId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportIndicators_ReportId_Version",
                table: "ReportIndicators",
                columns: new[] { "ReportId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriteriaEvaluations");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "PublishedCriteria");

            migrationBuilder.DropTable(
                name: "ReportIndicatorValues");

            migrationBuilder.DropTable(
                name: "ReportIndicators");
        }
    }
}
