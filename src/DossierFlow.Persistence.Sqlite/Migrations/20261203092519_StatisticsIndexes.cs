using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_ToState_At",
                table: "JournalEntries",
                columns: new[] { "ToState", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CentralDecisionDate",
                table: "Dossiers",
                column: "CentralDecisionDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_ToState_At",
                table: "JournalEntries");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CentralDecisionDate",
                table: "Dossiers");
        }
    }
}
