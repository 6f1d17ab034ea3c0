namespace DossierFlow.Domain.Common;

internal static class Ids
{
    // Version 7 GUIDs are time-ordered, so new rows append to indexes instead of scattering.
    public static Guid New() => Guid.CreateVersion7();
}
