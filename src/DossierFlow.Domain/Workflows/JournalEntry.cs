namespace DossierFlow.Domain.Workflows;

/// <summary>
/// One line of a subject's legal record: who did what, in which role and organisation, from which state to
/// which, with what comment, at which revision, with which documents. Entries are only ever appended.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry() { UserId = UserName = Role = Action = ActionTitle = FromState = ToState = Documents = ""; }

    internal JournalEntry(Guid operationId, DateTime at, string userId, string userName, string role, Guid organisationId,
        string action, string actionTitle, string fromState, string toState, string? comment, int revision, string documents)
    {
        Id = Common.Ids.New();
        OperationId = operationId;
        At = at;
        UserId = userId;
        UserName = userName;
        Role = role;
        OrganisationId = organisationId;
        Action = action;
        ActionTitle = actionTitle;
        FromState = fromState;
        ToState = toState;
        Comment = comment;
        Revision = revision;
        Documents = documents;
    }

    public Guid Id { get; private set; }
    /// <summary>The id the client sent with the action; a repeated id finds this entry instead of acting twice.</summary>
    public Guid OperationId { get; private set; }
    public DateTime At { get; private set; }
    public string UserId { get; private set; }
    public string UserName { get; private set; }
    public string Role { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Action { get; private set; }
    public string ActionTitle { get; private set; }
    public string FromState { get; private set; }
    public string ToState { get; private set; }
    public string? Comment { get; private set; }
    /// <summary>The subject's revision after the action.</summary>
    public int Revision { get; private set; }
    /// <summary>The current documents at that moment, as "kind v{version} {sha256}" lines.</summary>
    public string Documents { get; private set; }
}
