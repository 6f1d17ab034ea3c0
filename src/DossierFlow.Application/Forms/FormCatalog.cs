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

    public FormDefinition? Find(string code) => _forms.GetValueOrDefault(code);

    public FormDefinition Get(string code) =>
        Find(code) ?? throw new Domain.Common.DomainException("form-unknown", $"Không có biểu mẫu \"{code}\".");
}
