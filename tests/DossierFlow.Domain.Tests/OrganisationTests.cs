using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Domain.Tests;

public class OrganisationTests
{
    [Theory]
    [InlineData("SNV")]
    [InlineData("UBND")]
    [InlineData("TT.HĐTĐKT")]
    public void Accepts_document_symbol_short_codes(string shortCode)
    {
        var organisation = Build.Organisation();
        organisation.Update("Sở Nội vụ", shortCode, OrganisationKind.Department, []);
        Assert.Equal(shortCode, organisation.ShortCode);
    }

    [Theory]
    [InlineData("snv")]
    [InlineData("S N V")]
    [InlineData("")]
    public void Refuses_a_short_code_that_cannot_stand_in_a_symbol(string shortCode)
    {
        var organisation = Build.Organisation();
        var error = Assert.Throws<DomainException>(() =>
            organisation.Update("Sở Nội vụ", shortCode, OrganisationKind.Department, []));
        Assert.StartsWith("organisation-short-code", error.Code);
        Assert.Equal("SNV", organisation.ShortCode);
    }

    [Fact]
    public void Refuses_an_invalid_email_and_keeps_the_old_ones()
    {
        var organisation = Build.Organisation();
        var error = Assert.Throws<DomainException>(() =>
            organisation.Update("Sở Nội vụ", "SNV", OrganisationKind.Department, ["ok@example.vn", "không-phải-email"]));
        Assert.Equal("organisation-email-invalid", error.Code);
        Assert.Equal(["vanthu.snv@example.gov.vn"], organisation.ContactEmails);
    }

    [Fact]
    public void Cannot_be_moved_under_its_own_descendant()
    {
        var province = Build.Organisation("UBND-TINH");
        var department = Build.Organisation("SNV", province);
        var error = Assert.Throws<DomainException>(() => province.MoveUnder(department, [province.Id]));
        Assert.Equal("organisation-cycle", error.Code);
        Assert.Null(province.ParentId);
    }

    [Fact]
    public void Closing_with_a_successor_records_the_merger()
    {
        var old = Build.Organisation("STV-SNV");
        var merged = Domain.Organisations.Organisation.Create("VL-SNV", "Sở Nội vụ tỉnh Vĩnh Long", "SNV",
            OrganisationKind.Department, null, [], new DateOnly(2025, 7, 1));

        old.Close(new DateOnly(2025, 6, 30), merged);

        Assert.Equal(merged.Id, old.SuccessorId);
        Assert.True(old.IsActiveOn(new DateOnly(2025, 6, 30)));
        Assert.False(old.IsActiveOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void A_successor_must_exist_when_the_old_organisation_ends()
    {
        var old = Build.Organisation("OLD");
        var later = Domain.Organisations.Organisation.Create("NEW", "Đơn vị mới", "DVM",
            OrganisationKind.Department, null, [], new DateOnly(2026, 1, 1));
        var error = Assert.Throws<DomainException>(() => old.Close(new DateOnly(2025, 6, 30), later));
        Assert.Equal("organisation-successor-inactive", error.Code);
        Assert.Null(old.ValidTo);
    }

    [Theory]
    [InlineData("vanthu.snv@soctrang.gov.vn", true)]
    [InlineData("thi-dua_2026+snv@example.vn", true)]
    [InlineData("không-phải-email", false)]
    [InlineData("vanthu@localhost", false)]
    [InlineData("Văn thư <vanthu@example.vn>", false)]
    [InlineData("a@@example.vn", false)]
    [InlineData("a b@example.vn", false)]
    [InlineData(".a@example.vn", false)]
    [InlineData("a@-example.vn", false)]
    [InlineData("a@example..vn", false)]
    [InlineData("a@example.vn;b@example.vn", false)]
    public void Takes_a_contact_email_only_when_it_is_one_plain_address(string email, bool accepted)
    {
        var organisation = Build.Organisation();
        var attempt = Record.Exception(() => organisation.Update("Sở Nội vụ", "SNV", OrganisationKind.Department, [email]));
        Assert.Equal(accepted, attempt is null);
        Assert.Equal(accepted ? [email] : ["vanthu.snv@example.gov.vn"], organisation.ContactEmails);
    }
}
