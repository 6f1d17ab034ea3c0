namespace DossierFlow.Application.Forms;

/// <summary>The forms of forms/, loaded at start; a form with a problem is left out and its problems kept for the admin.</summary>
public sealed class FormCatalog
{
    private volatile IReadOnlyDictionary<string, FormDefinition> _forms = new Dictionary<string, FormDefinition>();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void Replace(IEnumerable<FormDefinition> forms, IReadOnlyList<string> problems)
    {
        _forms = forms.ToDictionary(f => f.Code);
        Problems = problems;
    }

    public IEnumerable<FormDefinition> All => _forms.Values.OrderBy(f => f.Code);

    /// <summary>The codes of the forms filled once per nominee: the dossier needs one signed document of each per nominee.</summary>
    public IReadOnlySet<string> PerNominee => _forms.Values.Where(f => f.Per == "nominee").Select(f => f.Code).ToHashSet();

    public FormDefinition? Find(string code) => _forms.GetValueOrDefault(code);

    public FormDefinition Get(string code) =>
        Find(code) ?? throw new Domain.Common.DomainException("form-unknown", $"Không có biểu mẫu \"{code}\".");
}
