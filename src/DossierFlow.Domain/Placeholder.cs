namespace DossierFlow.Domain; public sealed class Placeholder {}
