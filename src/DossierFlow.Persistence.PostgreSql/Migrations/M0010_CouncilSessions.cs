using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Council sessions, outbox attachments and central decisions. Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000010_CouncilSessions")]
public sealed class M0010_CouncilSessions : SqlFileMigration;
