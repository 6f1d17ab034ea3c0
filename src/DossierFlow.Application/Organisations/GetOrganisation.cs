using DossierFlow.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Organisations;

public sealed class GetOrganisation(IAppDb db) : IUseCase
{
    public async Task<OrganisationInput> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy đơn vị.");
        return new OrganisationInput(o.Code, o.Name, o.ShortCode, o.Kind, o.ParentId, o.ContactEmails, o.ValidFrom,
            o.ValidTo, o.SuccessorId);
    }
}
