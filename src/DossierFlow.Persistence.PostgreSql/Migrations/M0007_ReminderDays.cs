using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Reminder days per deadline. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000007_ReminderDays")]
public sealed class M0007_ReminderDays : SqlFileMigration;
