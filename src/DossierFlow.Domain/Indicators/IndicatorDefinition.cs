namespace DossierFlow.Domain.Indicators;

/// <summary>One indicator a yearly report can carry: its stable code (used by criteria files and the .xlsx
/// template), its Vietnamese name and its unit.</summary>
public sealed record IndicatorDefinition(string Code, string Name, IndicatorUnit Unit);
