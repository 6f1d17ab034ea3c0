using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Docs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Signing",
                table: "AspNetUsers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None"); // existing accounts do not sign until an admin says how
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Signing",
                table: "AspNetUsers");
        }
    }
}
