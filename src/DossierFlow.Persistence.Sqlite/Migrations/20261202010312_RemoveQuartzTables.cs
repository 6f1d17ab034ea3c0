using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFlow.Persistence.Sqlite.Migrations
{
    /// <summary>
    /// Drops the tables that Quartz.NET, the scheduler of earlier releases, created for itself in the application's
    /// database: on SQLite the QRTZ_ tables. A database that never had them is left as it is.
    /// </summary>
    public partial class RemoveQuartzTables : Migration
    {
        // Tables that other tables reference come after them.
        private static readonly string[] QuartzTables =
        [
            "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS",
            "TRIGGERS", "JOB_DETAILS", "CALENDARS", "PAUSED_TRIGGER_GRPS",
            "PAUSED_JOB_GRPS", "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS",
            "EXECUTION_HISTORY", "MISFIRE_HISTORY", "JOB_STATUS",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QuartzTables)
                migrationBuilder.Sql($"""DROP TABLE IF EXISTS "QRTZ_{table}";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing reads those tables any more; they are not recreated.
        }
    }
}
