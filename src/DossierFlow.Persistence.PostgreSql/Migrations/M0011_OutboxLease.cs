using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>Outbox claims: who is sending a mail and until when (status 4 = Sending). Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261205000011_OutboxLease")]
public sealed class M0011_OutboxLease : SqlFileMigration;
