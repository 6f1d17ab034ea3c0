using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DossierFlow.Persistence.PostgreSql.Migrations;

/// <summary>The table of data-protection keys (sign-in cookies shared by every node). Forward-only.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261205000012_DataProtectionKeys")]
public sealed class M0012_DataProtectionKeys : SqlFileMigration;
