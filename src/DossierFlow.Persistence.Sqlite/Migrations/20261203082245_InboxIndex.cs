using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_State_MovementId_AwardTypeId_ProposingOrganisationId_Id",
                table: "Dossiers",
                columns: new[] { "State", "MovementId", "AwardTypeId", "ProposingOrganisationId", "Id" });

            // The inbox's page of ids (ListInbox) from this index alone. Not in the model: EF cannot put an owned
            // type's column (the clock's due date) and its owner's in one index. The same SQL on both providers.
            migrationBuilder.Sql("CREATE INDEX \"IX_Dossiers_State_ClockDueOn_SubmittedAt_Id\" ON \"Dossiers\" (\"State\", \"ClockDueOn\", \"SubmittedAt\", \"Id\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_Dossiers_State_ClockDueOn_SubmittedAt_Id\";");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_State_MovementId_AwardTypeId_ProposingOrganisationId_Id",
                table: "Dossiers");
        }
    }
}
