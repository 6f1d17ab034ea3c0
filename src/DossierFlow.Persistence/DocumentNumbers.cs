using DossierFlow.Application.Forms;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence;

/// <summary>
/// One statement that inserts the counter or raises it and returns the new value: both SQLite and PostgreSQL
/// run it atomically, so concurrent requests (or several web nodes) never get the same number. It runs on the
/// request's context, inside the use case's unit of work: the counter row stays locked until the document is
/// committed, and a use case that fails rolls the counter back, so a failure never burns a number.
/// </summary>
public sealed class DocumentNumbers(AppDbContext db) : IDocumentNumbers
{
    public async Task<int> NextAsync(string issuerCode, string symbol, int year, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO "DocumentNumberCounters" ("IssuerCode", "Symbol", "Year", "LastNumber") VALUES ({issuerCode}, {symbol}, {year}, 1)
            ON CONFLICT ("IssuerCode", "Symbol", "Year") DO UPDATE SET "LastNumber" = "DocumentNumberCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(ct)).Single();

    public async Task<int> LastAsync(string issuerCode, string symbol, int year, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""
            SELECT "LastNumber" AS "Value" FROM "DocumentNumberCounters"
            WHERE "IssuerCode" = {issuerCode} AND "Symbol" = {symbol} AND "Year" = {year}
            """).ToListAsync(ct)).SingleOrDefault();

    public async Task RaiseToAsync(string issuerCode, string symbol, int year, int number, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DocumentNumberCounters" ("IssuerCode", "Symbol", "Year", "LastNumber") VALUES ({issuerCode}, {symbol}, {year}, {number})
            ON CONFLICT ("IssuerCode", "Symbol", "Year") DO UPDATE SET "LastNumber" =
                CASE WHEN "DocumentNumberCounters"."LastNumber" < {number} THEN {number} ELSE "DocumentNumberCounters"."LastNumber" END
            """, ct);
}
