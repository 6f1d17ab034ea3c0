using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "Outbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Deadline mails already sent get their series: "deadline:" + the movement (32 hex digits) + ":" + the
            // deadline code + ":" + the four-digit year. Digests have none.
            migrationBuilder.Sql("""
                UPDATE "Outbox" SET "Series" = substr("IdempotencyKey", 1, 42 + strpos(substr("IdempotencyKey", 43), ':') + 4)
                WHERE "IdempotencyKey" LIKE 'deadline:%' AND "IdempotencyKey" NOT LIKE 'deadline:digest:%';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Series_IdempotencyKey",
                table: "Outbox",
                columns: new[] { "Series", "IdempotencyKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Series_IdempotencyKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "Outbox");
        }
    }
}
