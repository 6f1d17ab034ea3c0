namespace DossierFlow.Web.Api;

/// <summary>The answer to a request that created something: its id (<c>{"id": "…"}</c>).</summary>
public sealed record CreatedId(Guid Id);
