namespace DossierFlow.Application.Mail;

/// <summary>
/// Told after a transaction that queued mail has committed, so the mail can leave now rather than at the
/// dispatcher's next pass. A lost signal loses no mail: the mail is in the outbox and the next pass sends it.
/// </summary>
public interface IOutboxSignal
{
    void MailQueued();
}
