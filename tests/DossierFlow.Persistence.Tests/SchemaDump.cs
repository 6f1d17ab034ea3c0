using System.Data.Common;
using DossierFlow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Tests;

/// <summary>
/// Reads a database's tables, columns, types, keys and indexes, and its triggers and functions (lines starting
/// "trigger " and "function ", which the EF model does not know), back as sorted text lines.
/// </summary>
internal static class SchemaDump
{
    private const string History = "__EFMigrationsHistory";

    public static async Task<IReadOnlyList<string>> ReadAsync(AppDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var lines = provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
        return lines.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'");
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} {f[3]}");
            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} ({string.Join(",", columns.Select(c => c[0]))})");
            }
        }
        foreach (var t in await QueryAsync(connection, "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'"))
            lines.Add($"trigger {t[0]}.{t[1]} {OneLine(t[2])}");
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''),
                   coalesce(numeric_precision::text, ''), coalesce(numeric_scale::text, ''), is_nullable
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '{History}'
            """))
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]},{c[4]},{c[5]}) nullable={c[6]}");
        foreach (var i in await QueryAsync(connection,
            $"SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '{History}'"))
            lines.Add($"index {i[0]} {i[1]}");
        foreach (var k in await QueryAsync(connection, $"""
            SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"{History}"'
            """))
            lines.Add($"constraint {k[0]} {k[1]} {k[2]} {k[3]}");
        foreach (var t in await QueryAsync(connection,
            "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"))
            lines.Add($"trigger {t[0]}.{t[1]} {t[2]}");
        foreach (var f in await QueryAsync(connection,
            "SELECT proname, pg_get_function_result(oid), prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace"))
            lines.Add($"function {f[0]} returns {f[1]} {OneLine(f[2])}");
        return lines;
    }

    private static string OneLine(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Tables whose name starts with "qrtz" in any case: what Quartz.NET created in earlier releases.</summary>
    public static async Task<IReadOnlyList<string>> QuartzTablesAsync(AppDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var rows = await QueryAsync(connection, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) LIKE 'qrtz%'"
            : "SELECT table_name FROM information_schema.tables WHERE lower(table_name) LIKE 'qrtz%'");
        return rows.Select(r => r[0]).ToList();
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i)) ?? "").ToArray());
        return rows;
    }
}
