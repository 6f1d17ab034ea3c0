namespace DossierFlow.Web;

/// <summary>Which requests run a use case that may change something: all but the safe methods.</summary>
internal static class UnitOfWorkRequests
{
    public static bool Changes(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}

/// <summary>
/// A page whose handlers save through ASP.NET Core Identity's own managers (sign-in and sign-out: a failed
/// password is counted even though the page shows an error), so the pages' unit of work leaves it alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class SavesItselfAttribute : Attribute;
