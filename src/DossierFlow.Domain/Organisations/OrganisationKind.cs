namespace DossierFlow.Domain.Organisations;

public enum OrganisationKind
{
    ProvincialPeopleCommittee = 1,
    Department = 2,
    Agency = 3,
    DistrictPeopleCommittee = 4,
    CommunePeopleCommittee = 5,
    MassOrganisation = 6,
    Enterprise = 7,
    CentralAgencyInProvince = 8,
    Council = 9,
    Other = 99,
}
