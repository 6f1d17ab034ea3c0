using DossierFlow.Application.Common;
using DossierFlow.Application.Organisations;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Dossiers;

namespace DossierFlow.Application.Dossiers;

public sealed record NomineeImportResult(int Added, int Updated);

/// <summary>
/// Imports the nominee spreadsheet into a dossier the clerk's unit may still edit: every cell of every row is
/// checked before anything changes, so a file with any problem changes nothing and the clerk sees all of its
/// problems at once, each with its row and column. A row describing a nominee already in the dossier (the same
/// CCCD, else the same name and date of birth) updates it; the others are added.
/// </summary>
public sealed class ImportNominees(IAppDb db, INomineeSheetFile sheet, TimeProvider clock) : IUseCase
{
    public async Task<NomineeImportResult> HandleAsync(Actor actor, Guid dossierId, int seenRevision, string fileName, byte[] content,
        CancellationToken ct = default)
    {
        var dossier = await EditNominees.LoadForChangeAsync(db, actor, dossierId, ct);
        // Refused before the file is read: a submitted dossier is not edited, whatever the file holds.
        dossier.ExpectRevision(seenRevision);
        if (!dossier.IsEditable) throw new DomainException("dossier-not-editable", "Hồ sơ đã được trình, không thể sửa đổi.");

        var today = VietnameseFormat.Today(clock);
        var rows = sheet.Read(fileName, content);
        if (rows.Count == 0)
            throw new DomainException("nominee-import-empty", "Tệp không có dòng đối tượng nào (dữ liệu bắt đầu từ dòng 2, dưới dòng tiêu đề).");
        var problems = new List<ImportProblem>();
        var valid = new List<NomineeDetails>();
        var seen = new List<(int Line, NomineeDetails Details)>();
        foreach (var row in rows)
        {
            var details = Parse(row, problems);
            if (details is null) continue;
            var (checkedDetails, found) = details.Validate(today);
            foreach (var problem in found) problems.Add(new ImportProblem(row.Line, NomineeSheet.LabelOf(ColumnOf(problem.Field)), problem.Message));
            if (checkedDetails is null) continue;
            if (seen.FirstOrDefault(s => NomineeDetails.SamePerson(s.Details, checkedDetails)) is { Details: not null } twin)
                problems.Add(new ImportProblem(row.Line, NomineeSheet.LabelOf(checkedDetails.IdentityNumber is null ? NomineeSheet.Name : NomineeSheet.Identity),
                    $"Trùng với dòng {twin.Line} (cùng {(checkedDetails.IdentityNumber is not null && twin.Details.IdentityNumber is not null ? "số CCCD" : checkedDetails.BirthDate is not null ? "họ tên và ngày sinh" : "loại và tên")})."));
            seen.Add((row.Line, checkedDetails));
            valid.Add(checkedDetails);
        }
        if (problems.Count > 0) throw new ImportFailedException(problems, "đối tượng");
        var (added, updated) = dossier.ImportNominees(seenRevision, valid, today, clock.GetUtcNow().UtcDateTime);
        return new NomineeImportResult(added, updated);
    }

    /// <summary>The row's text turned into details; the kind, gender and date are read here, the rest checked by the domain.</summary>
    private static NomineeDetails? Parse(NomineeSheetRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string letter, string message) => problems.Add(new ImportProblem(row.Line, NomineeSheet.LabelOf(letter), message));

        NomineeKind kind = default;
        switch (SearchText.Fold(row[NomineeSheet.Kind] ?? ""))
        {
            case "ca nhan": kind = NomineeKind.Individual; break;
            case "tap the": kind = NomineeKind.Collective; break;
            case "ho gia dinh" or "ho": kind = NomineeKind.Household; break;
            case "": Problem(NomineeSheet.Kind, "Chưa ghi loại đối tượng: \"Cá nhân\", \"Tập thể\" hoặc \"Hộ gia đình\"."); break;
            default: Problem(NomineeSheet.Kind, $"\"{Short(row[NomineeSheet.Kind]!)}\" không phải \"Cá nhân\", \"Tập thể\" hoặc \"Hộ gia đình\"."); break;
        }
        NomineeGender? gender = SearchText.Fold(row[NomineeSheet.Gender] ?? "") switch
        {
            "" => null,
            "nam" => NomineeGender.Male,
            "nu" => NomineeGender.Female,
            _ => Invalid<NomineeGender>(() => Problem(NomineeSheet.Gender, $"Giới tính \"{Short(row[NomineeSheet.Gender]!)}\" không hợp lệ: ghi \"Nam\" hoặc \"Nữ\".")),
        };
        DateOnly? born = null;
        if (row[NomineeSheet.BirthDate] is { } text)
        {
            if (VietnameseFormat.TryParseDate(text, out var date)) born = date;
            else Problem(NomineeSheet.BirthDate, $"Ngày sinh \"{Short(text)}\" không đúng dạng ngày/tháng/năm (dd/mm/yyyy).");
        }
        if (problems.Count > before) return null;
        return new NomineeDetails(kind, row[NomineeSheet.Name] ?? "", row[NomineeSheet.Position], row[NomineeSheet.Workplace], gender, born,
            row[NomineeSheet.Identity], null, row[NomineeSheet.Summary]);
    }

    private static T? Invalid<T>(Action report) where T : struct
    {
        report();
        return null;
    }

    private static string ColumnOf(string field) => field switch
    {
        NomineeDetails.Labels.Kind => NomineeSheet.Kind,
        NomineeDetails.Labels.Gender => NomineeSheet.Gender,
        NomineeDetails.Labels.BirthDate => NomineeSheet.BirthDate,
        NomineeDetails.Labels.Identity => NomineeSheet.Identity,
        NomineeDetails.Labels.Position => NomineeSheet.Position,
        NomineeDetails.Labels.Workplace => NomineeSheet.Workplace,
        NomineeDetails.Labels.Summary => NomineeSheet.Summary,
        _ => NomineeSheet.Name,
    };

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
