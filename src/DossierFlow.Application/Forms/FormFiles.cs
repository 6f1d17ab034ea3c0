using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace DossierFlow.Application.Forms;

/// <summary>Reads and checks the form definitions of forms/; a form with a problem is not loaded.</summary>
public static class FormFiles
{
    public static readonly IReadOnlySet<string> FieldTypes = new HashSet<string> { "text", "multiline", "number", "date", "lines", "table", "check" };
    public static readonly IReadOnlySet<string> SectionKinds = new HashSet<string>
    {
        "heading", "text", "lines", "paragraphs", "table", "nominee-summary", "nominee-list", "votes", "signature", "page-break", "facts",
    };
    public static readonly IReadOnlySet<string> Layouts = new HashSet<string> { "nd30", "minutes", "report", "list" };
    private static readonly IReadOnlySet<string> NomineeKinds = new HashSet<string> { "individual", "collective", "household" };

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance).WithTypeConverter(new FormDateConverter()).Build();

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
        foreach (var clash in Overlaps(forms).ToList())
        {
            problems.Add(clash.Problem);
            forms.Remove(clash.Form);
        }
        return (forms, problems);
    }

    /// <summary>
    /// Two forms that fill the same document kind for the same nominee kinds must not both be in force on one day,
    /// or a dossier would have two achievement-report forms: the later file (by name) is left out.
    /// </summary>
    private static IEnumerable<(FormDefinition Form, string Problem)> Overlaps(List<FormDefinition> forms)
    {
        var kept = new List<FormDefinition>();
        foreach (var form in forms)
        {
            var other = kept.FirstOrDefault(k => k.DocumentKind == form.DocumentKind && SameNominees(k, form) && SameDays(k, form));
            if (other is null) { kept.Add(form); continue; }
            var at = form.ValidFrom?.At ?? form.ValidUntil?.At ?? "1:1";
            var kinds = form.NomineeKinds.Count == 0 ? "" : $" for {string.Join(", ", form.NomineeKinds)}";
            yield return (form, $"{form.FileName}:{at}: document '{form.DocumentKind}'{kinds} is already filled by {other.FileName} on some of "
                + $"the same days ({Window(other)} and {Window(form)}); give the two forms valid-from/valid-until that do not overlap");
        }
    }

    private static bool SameNominees(FormDefinition a, FormDefinition b) =>
        a.NomineeKinds.Count == 0 || b.NomineeKinds.Count == 0 || a.NomineeKinds.Intersect(b.NomineeKinds).Any();

    private static bool SameDays(FormDefinition a, FormDefinition b) =>
        (a.ValidFrom?.Value ?? DateOnly.MinValue) <= (b.ValidUntil?.Value ?? DateOnly.MaxValue)
        && (b.ValidFrom?.Value ?? DateOnly.MinValue) <= (a.ValidUntil?.Value ?? DateOnly.MaxValue);

    private static string Window(FormDefinition form) =>
        $"{form.ValidFrom?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "always"}–{form.ValidUntil?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}";

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
            if (field.Columns.Any(c => c.Width is < 1 or > 100) || field.Columns.Sum(c => c.Width ?? 0) > 100)
                Problem($"field '{field.Key}': column widths are percentages from 1 to 100 that add up to 100 at most");
            foreach (var kind in field.When.Where(k => !NomineeKinds.Contains(k))) Problem($"field '{field.Key}': unknown nominee kind '{kind}'");
        }
        if (form.ValidFrom is { } from && form.ValidUntil is { } until && until.Value < from.Value)
            problems.Add($"{file}:{until.At}: valid-until {until.Value:yyyy-MM-dd} is before valid-from {from.Value:yyyy-MM-dd}");
        foreach (var kind in form.NomineeKinds.Where(k => !NomineeKinds.Contains(k))) Problem($"nominee-kinds: unknown nominee kind '{kind}'");
        if (form.NomineeKinds.Count > 0 && form.Per != "nominee") Problem("nominee-kinds is only for a form filled per nominee (per: nominee)");
        if (form.SignsAs is not ("body" or "head")) Problem($"signs-as must be 'body' or 'head', not '{form.SignsAs}'");
        if (form.DatedBy is { } datedBy && form.Fields.FirstOrDefault(f => f.Key == datedBy) is not { Type: "date" })
            Problem($"dated-by names '{datedBy}', which is not a date field of the form");
        foreach (var (section, index) in form.Sections.Select((s, i) => (s, i + 1)))
        {
            if (!SectionKinds.Contains(section.Kind)) Problem($"section {index}: unknown kind '{section.Kind}'");
            if (section.Kind is "lines" or "paragraphs" or "table" && (section.Field is null || !keys.Contains(section.Field)))
                Problem($"section {index} ({section.Kind}) names unknown field '{section.Field}'");
            foreach (var name in section.Fields.Where(f => !keys.Contains(f))) Problem($"section {index} ({section.Kind}) names unknown field '{name}'");
            if (section.Kind == "facts" && section.Fields.Count == 0) Problem($"section {index} (facts) names no fields");
            if (section.Kind is "text" or "heading" && string.IsNullOrEmpty(section.Text)) Problem($"section {index} ({section.Kind}) has no text");
            if (section.Kind == "table" && form.Fields.FirstOrDefault(f => f.Key == section.Field) is { Type: not "table" })
                Problem($"section {index} (table) names field '{section.Field}', which is not a table");
            if (section.Style is not (null or "centered" or "centered-bold" or "italic" or "bold"))
                Problem($"section {index}: unknown style '{section.Style}' (centered, centered-bold, italic, bold)");
            foreach (var kind in section.When.Where(k => !NomineeKinds.Contains(k))) Problem($"section {index}: unknown nominee kind '{kind}'");
        }
        return (problems.Count == 0 ? form : null, problems);
    }

    /// <summary>Reads valid-from and valid-until as yyyy-MM-dd and keeps where they stand, for messages that point at them.</summary>
    private sealed class FormDateConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(FormDate) || type == typeof(FormDate?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<Scalar>();
            if (!DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a date written yyyy-MM-dd (e.g. 2025-07-01)");
            return new FormDate(date, scalar.Start.Line, scalar.Start.Column);
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException("Form files are only read.");
    }
}
