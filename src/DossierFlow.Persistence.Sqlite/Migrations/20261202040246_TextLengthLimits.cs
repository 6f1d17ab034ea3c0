using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TextLengthLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
