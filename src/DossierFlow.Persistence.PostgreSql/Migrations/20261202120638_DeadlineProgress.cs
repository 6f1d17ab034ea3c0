using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_PhaseId",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_PhaseId_ProposingOrganisationId_SubmittedAt_Submit~",
                table: "Dossiers",
                columns: new[] { "PhaseId", "ProposingOrganisationId", "SubmittedAt", "SubmittedLate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_PhaseId_ProposingOrganisationId_SubmittedAt_Submit~",
                table: "Dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_PhaseId",
                table: "Dossiers",
                column: "PhaseId");
        }
    }
}
