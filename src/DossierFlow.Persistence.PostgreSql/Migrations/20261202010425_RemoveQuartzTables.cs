using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.PostgreSql.Migrations
{
    /// <summary>
    /// Drops the tables that Quartz.NET, the scheduler of earlier releases, created for itself in the application's
    /// database: on PostgreSQL the qrtz_ tables of the default schema (created unquoted, so in lower case). A
    /// database that never had them is left as it is.
    /// </summary>
    public partial class RemoveQuartzTables : Migration
    {
        // Tables that other tables reference come after them.
        private static readonly string[] QuartzTables =
        [
            "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers",
            "triggers", "job_details", "calendars", "paused_trigger_grps",
            "paused_job_grps", "fired_triggers", "scheduler_state", "locks",
            "execution_history", "misfire_history", "job_status",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QuartzTables)
                migrationBuilder.Sql($"DROP TABLE IF EXISTS qrtz_{table};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing reads those tables any more; they are not recreated.
        }
    }
}
