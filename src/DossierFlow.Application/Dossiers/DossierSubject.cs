using DossierFlow.Application.Workflows;
using DossierFlow.Domain.Awards;
using DossierFlow.Domain.Dossiers;
using DossierFlow.Domain.Workflows;

namespace DossierFlow.Application.Dossiers;

/// <summary>What every dossier action tells the engine and the notification mail: its facts and its description.</summary>
internal static class DossierSubject
{
    public static GuardFacts Facts(Dossier dossier, AwardType award,
        IReadOnlyDictionary<string, (DeadlineStatus Status, DateOnly? DueOn)>? deadlines = null, bool criteriaConfirmed = false) =>
        new(dossier.Nominees.Count, award.RequiredDocuments, dossier.PresentDocumentKinds,
            deadlines ?? new Dictionary<string, (DeadlineStatus, DateOnly?)>(), criteriaConfirmed, dossier.CouncilVotesRecorded);

    public static SubjectDescription Describe(Dossier dossier, string proposerName, AwardType award, string movementTitle) =>
        new("dossier", "Hồ sơ", proposerName, $"đề nghị {award.Name}", movementTitle, $"/Dossiers/Details/{dossier.Id}");
}
