using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace DossierFlow.Web.Api;

/// <summary>
/// Minimal APIs read a JSON null (or a missing field) into a non-nullable string or list without complaint, and the
/// use case then fails on it with a NullReferenceException: a 500 for <c>{"action": null}</c>. With the serializer's
/// <c>RespectNullableAnnotations</c> on, a null for a non-nullable property is invalid JSON; this modifier adds that a
/// missing one is too (for the application's own types), and keeps writing as before: an answer is never refused
/// because a value the annotations call non-nullable happens to be null.
/// </summary>
internal static class NonNullableFields
{
    public static void Apply(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType)) property.IsGetNullable = true;
        if (type.Type.Assembly.GetName().Name?.StartsWith("DossierFlow", StringComparison.Ordinal) != true) return;
        var nullability = new NullabilityInfoContext();   // not thread-safe: one per type, and a type is configured once
        foreach (var property in type.Properties)
        {
            if (property.PropertyType.IsValueType || property.AttributeProvider is not PropertyInfo info) continue;
            if (property.Set is null && property.AssociatedParameter is null) continue;   // never read from a request
            var declared = nullability.Create(info);
            if ((info.CanWrite ? declared.WriteState : declared.ReadState) == NullabilityState.NotNull) property.IsRequired = true;
        }
    }
}
