using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Domain.Tests;

/// <summary>The district level ended on 30/06/2025: its kind cannot begin after, nor act after, that day.</summary>
public class OrganisationKindValidityTests
{
    private static Organisation District(DateOnly from) => Organisation.Create("UBND-H-TD", "Ủy ban nhân dân huyện Trần Đề", "UBND",
        OrganisationKind.DistrictPeopleCommittee, null, [], from);

    [Fact]
    public void A_district_committee_is_active_until_30_06_2025_even_without_an_end_date()
    {
        var district = District(new DateOnly(2020, 1, 1));
        Assert.True(district.IsActiveOn(new DateOnly(2025, 6, 30)));
        Assert.False(district.IsActiveOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void A_district_committee_cannot_begin_after_the_district_level_ended()
    {
        var error = Assert.Throws<DomainException>(() => District(new DateOnly(2025, 7, 1)));
        Assert.Equal("organisation-kind-ended", error.Code);
        Assert.Contains("01/07/2025", error.Message);
    }

    [Fact]
    public void A_commune_created_after_the_reorganisation_cannot_be_turned_into_a_district()
    {
        var commune = Organisation.Create("UBND-P-PHU-LOI", "Ủy ban nhân dân phường Phú Lợi", "UBND",
            OrganisationKind.CommunePeopleCommittee, null, [], new DateOnly(2025, 7, 1));
        var error = Assert.Throws<DomainException>(() =>
            commune.Update(commune.Name, "UBND", OrganisationKind.DistrictPeopleCommittee, []));
        Assert.Equal("organisation-kind-ended", error.Code);
        Assert.Equal(OrganisationKind.CommunePeopleCommittee, commune.Kind);
    }

    [Fact]
    public void A_merger_ends_the_absorbed_unit_the_day_before_and_names_the_successor()
    {
        var labour = Organisation.Create("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", OrganisationKind.Department, null, [],
            new DateOnly(2020, 1, 1));
        var homeAffairs = Organisation.Create("SNV", "Sở Nội vụ", "SNV", OrganisationKind.Department, null, [], new DateOnly(2020, 1, 1));

        labour.MergeInto(homeAffairs, new DateOnly(2025, 3, 1));

        Assert.Equal((new DateOnly(2025, 2, 28), homeAffairs.Id), (labour.ValidTo!.Value, labour.SuccessorId!.Value));
        Assert.False(labour.IsActiveOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void A_merger_into_a_unit_not_valid_on_that_day_is_refused()
    {
        var district = District(new DateOnly(2020, 1, 1));
        var other = District(new DateOnly(2020, 1, 1));
        var error = Assert.Throws<DomainException>(() => other.MergeInto(district, new DateOnly(2025, 7, 1)));
        Assert.Equal("merge-absorbing-inactive", error.Code);
        Assert.Null(other.ValidTo);
    }
}
