using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DossierFlow.Persistence;

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    toDatabase => toDatabase.Kind == DateTimeKind.Utc ? toDatabase : toDatabase.ToUniversalTime(),
    fromDatabase => DateTime.SpecifyKind(fromDatabase, DateTimeKind.Utc));
