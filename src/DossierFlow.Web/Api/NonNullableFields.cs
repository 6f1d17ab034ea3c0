using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace DossierFlow.Web.Api;

/// <summary>
/// Minimal APIs read a JSON null (or a missing field) into a non-nullable string or list without complaint, and the
/// use case then fails on it with a NullReferenceException: a 500 for <c>{"action": null}</c>. This marks each
/// non-nullable reference-type property of the application's own request types as required and not nullable, so
/// such a body is refused as invalid JSON (400, see <see cref="ProblemExceptionHandler"/>) before a use case runs.
/// Only reading is affected; answers are written as before.
/// </summary>
internal static class NonNullableFields
{
    public static void Require(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Assembly.GetName().Name?.StartsWith("DossierFlow", StringComparison.Ordinal) != true)
            return;
        var nullability = new NullabilityInfoContext();   // not thread-safe: one per type, and a type is configured once
        foreach (var property in type.Properties)
        {
            if (property.PropertyType.IsValueType || property.AttributeProvider is not PropertyInfo info) continue;
            if (property.Set is null && property.AssociatedParameter is null) continue;   // never read from a request
            var declared = nullability.Create(info);
            if ((info.CanWrite ? declared.WriteState : declared.ReadState) != NullabilityState.NotNull) continue;
            property.IsRequired = true;
            property.IsSetNullable = false;
        }
    }
}
