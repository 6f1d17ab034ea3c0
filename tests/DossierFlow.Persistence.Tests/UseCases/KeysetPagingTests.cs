using DossierFlow.Application.Common;
using DossierFlow.Application.Dossiers;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Workflows;
using DossierFlow.Persistence.Tests.UseCases.Builders;

namespace DossierFlow.Persistence.Tests.UseCases;

/// <summary>
/// The inbox and the dossier list page by key for the API: following each page's <c>next</c> token gives the same
/// rows, in the same order and with the same page numbers, as asking for pages 1, 2… by number, through ties of
/// the due date and the submission instant and dossiers without a running clock; the last page has no token.
/// </summary>
public class KeysetPagingTests : ProvinceTest
{
    [Fact]
    public async Task Following_next_tokens_walks_the_inbox_and_the_dossier_list_as_numbered_pages_do()
    {
        // 20 received (a due date; many share one, and one instant of submission), 12 only submitted (no clock).
        for (var i = 0; i < 32; i++)
        {
            var dossier = await _province.Dossier().DraftAsync();
            await DossierBuilder.ActAsync(_host, dossier, _province.Leader(_province.School), "submit");
            if (i < 20) await DossierBuilder.ActAsync(_host, dossier, _province.Desk, "receive");
            if (i % 7 == 0) _host.Clock.Now = _host.Clock.Now.AddDays(1);
        }

        var byNumber = new List<Guid>();
        var byKey = new List<Guid>();
        string? after = null;
        for (var page = 1; page <= 2; page++)
        {
            var numbered = await InboxAsync(new DossierFilter(Page: page));
            var keyed = await InboxAsync(new DossierFilter(After: after));
            byNumber.AddRange(numbered.Items.Select(r => r.Id));
            byKey.AddRange(keyed.Items.Select(r => r.Id));
            Assert.Equal((page, 32), (keyed.PageNumber, keyed.TotalCount));
            after = keyed.Next;
        }
        Assert.Null(after);
        Assert.Equal(32, byKey.Distinct().Count());
        Assert.Equal(byNumber, byKey);

        var clerk = _province.Clerk(_province.School);
        var first = await _host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(clerk, new DossierFilter()));
        var second = await _host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(clerk, new DossierFilter(After: first.Next)));
        var secondByNumber = await _host.RunAsync<ListDossiers, Page<DossierRow>>(l => l.HandleAsync(clerk, new DossierFilter(Page: 2)));
        Assert.Equal(secondByNumber.Items.Select(r => r.Id), second.Items.Select(r => r.Id));
        Assert.Equal((2, 7, (string?)null), (second.PageNumber, second.Items.Count, second.Next));
        Assert.Empty(first.Items.Select(r => r.Id).Intersect(second.Items.Select(r => r.Id)));
    }

    [Fact]
    public async Task A_token_that_no_list_gave_is_refused_with_its_own_code()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => InboxAsync(new DossierFilter(After: "không-phải-token")));
        Assert.Equal("invalid-cursor", refusal.Code);
        var cut = new ListCursor(3, null, DateTime.UtcNow, Guid.NewGuid()).Encode()[..10];
        Assert.Equal("invalid-cursor", (await Assert.ThrowsAsync<DomainException>(() => InboxAsync(new DossierFilter(After: cut)))).Code);
    }

    private Task<Page<InboxRow>> InboxAsync(DossierFilter filter) =>
        _host.RunAsync<ListInbox, Page<InboxRow>>(l => l.HandleAsync(_province.Reviewer, Vocabulary.Holder.HomeAffairs, filter));
}
