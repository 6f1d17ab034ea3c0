using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DossierFlow.Application.Forms;

/// <summary>Reads and checks the form definitions of forms/; a form with a problem is not loaded.</summary>
public static class FormFiles
{
    public static readonly IReadOnlySet<string> FieldTypes = new HashSet<string> { "text", "multiline", "number", "date", "lines", "table" };
    public static readonly IReadOnlySet<string> SectionKinds = new HashSet<string>
    {
        "heading", "text", "lines", "paragraphs", "table", "nominee-summary", "nominee-list", "votes", "signature", "page-break",
    };
    public static readonly IReadOnlySet<string> Layouts = new HashSet<string> { "nd30", "minutes", "report", "list" };
    private static readonly IReadOnlySet<string> NomineeKinds = new HashSet<string> { "individual", "collective", "household" };

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance).Build();

    public static (IReadOnlyList<FormDefinition> Forms, IReadOnlyList<string> Problems) Read(string folder)
    {
        var forms = new List<FormDefinition>();
        var problems = new List<string>();
        if (!Directory.Exists(folder)) return (forms, [$"{folder}: the forms folder does not exist"]);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var (form, fileProblems) = Parse(Path.GetFileName(path), File.ReadAllText(path));
            problems.AddRange(fileProblems);
            if (form is not null) forms.Add(form);
        }
        return (forms, problems);
    }

    public static (FormDefinition? Form, IReadOnlyList<string> Problems) Parse(string file, string text)
    {
        FormDefinition form;
        try
        {
            form = Deserializer.Deserialize<FormDefinition>(text) ?? new FormDefinition();
        }
        catch (YamlException e)
        {
            return (null, [$"{file}:{e.Start.Line}:{e.Start.Column}: {e.InnerException?.Message ?? e.Message}"]);
        }
        form.FileName = file;
        var problems = new List<string>();
        void Problem(string message) => problems.Add($"{file}: {message}");
        if (string.IsNullOrWhiteSpace(form.Code)) Problem("missing 'code'");
        else if (file != $"{form.Code}.yaml") Problem($"form '{form.Code}' must be in {form.Code}.yaml");
        if (form.Version < 1) Problem("version must be a whole number from 1");
        if (string.IsNullOrWhiteSpace(form.Title)) Problem("missing 'title'");
        if (string.IsNullOrWhiteSpace(form.Symbol)) Problem("missing 'symbol' (ký hiệu tên loại, e.g. TTr)");
        if (string.IsNullOrWhiteSpace(form.LegalBasis)) Problem("missing 'legal-basis'");
        if (!Layouts.Contains(form.Layout)) Problem($"unknown layout '{form.Layout}' ({string.Join(", ", Layouts)})");
        if (form.Per is not ("dossier" or "nominee")) Problem($"per must be 'dossier' or 'nominee', not '{form.Per}'");
        if (form.Issuer is not ("proposer" or "province" or DossierForms.HomeAffairsIssuer))
            Problem($"issuer must be 'proposer', 'province' or '{DossierForms.HomeAffairsIssuer}', not '{form.Issuer}'");
        if (form.Issuer == DossierForms.HomeAffairsIssuer)
        {
            // Sở Nội vụ's documents are filled by nobody: the action that issues them (DossierNotices) makes them.
            if (form.IssuedAt.Count == 0) Problem($"a form issued by '{DossierForms.HomeAffairsIssuer}' needs issued-at: the action that issues it");
        }
        else
        {
            // A numbered document is issued by the Chairman's own use case (DecideAward), which generates it in the same transaction.
            var issuing = Domain.Workflows.Vocabulary.DedicatedActions[Domain.Workflows.Vocabulary.Holder.Chairman];
            foreach (var action in form.IssuedAt.Where(a => !issuing.Contains(a)))
                Problem($"issued-at: '{action}' is not an action of the Chairman's decision screen ({string.Join(", ", issuing)})");
        }
        if (string.IsNullOrWhiteSpace(form.TypeName)) Problem("missing 'type-name' (tên loại văn bản, e.g. Tờ trình)");
        if (!form.OfficialLayoutVerified && string.IsNullOrWhiteSpace(form.Note))
            Problem("an unverified layout needs a 'note' saying what could not be confirmed");
        var keys = new HashSet<string>();
        foreach (var field in form.Fields)
        {
            if (!keys.Add(field.Key)) Problem($"duplicate field '{field.Key}'");
            if (string.IsNullOrWhiteSpace(field.Label)) Problem($"field '{field.Key}' has no label");
            if (!FieldTypes.Contains(field.Type)) Problem($"field '{field.Key}': unknown type '{field.Type}'");
            if (field.Type == "table" && field.Columns.Count == 0) Problem($"field '{field.Key}': a table needs columns");
            foreach (var kind in field.When.Where(k => !NomineeKinds.Contains(k))) Problem($"field '{field.Key}': unknown nominee kind '{kind}'");
        }
        if (form.SignsAs is not ("body" or "head")) Problem($"signs-as must be 'body' or 'head', not '{form.SignsAs}'");
        if (form.DatedBy is { } datedBy && form.Fields.FirstOrDefault(f => f.Key == datedBy) is not { Type: "date" })
            Problem($"dated-by names '{datedBy}', which is not a date field of the form");
        foreach (var (section, index) in form.Sections.Select((s, i) => (s, i + 1)))
        {
            if (!SectionKinds.Contains(section.Kind)) Problem($"section {index}: unknown kind '{section.Kind}'");
            if (section.Kind is "lines" or "paragraphs" or "table" && (section.Field is null || !keys.Contains(section.Field)))
                Problem($"section {index} ({section.Kind}) names unknown field '{section.Field}'");
            if (section.Kind is "text" or "heading" && string.IsNullOrEmpty(section.Text)) Problem($"section {index} ({section.Kind}) has no text");
            if (section.Kind == "table" && form.Fields.FirstOrDefault(f => f.Key == section.Field) is { Type: not "table" })
                Problem($"section {index} (table) names field '{section.Field}', which is not a table");
            if (section.Style is not (null or "centered" or "centered-bold" or "italic" or "bold"))
                Problem($"section {index}: unknown style '{section.Style}' (centered, centered-bold, italic, bold)");
            foreach (var kind in section.When.Where(k => !NomineeKinds.Contains(k))) Problem($"section {index}: unknown nominee kind '{kind}'");
        }
        return (problems.Count == 0 ? form : null, problems);
    }
}
