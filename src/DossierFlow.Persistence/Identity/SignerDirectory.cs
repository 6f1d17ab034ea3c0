using DossierFlow.Application.Forms;
using DossierFlow.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Persistence.Identity;

/// <summary>The accounts that sign documents, read from Identity's user table.</summary>
public sealed class SignerDirectory(AppDbContext db) : ISignerDirectory
{
    public Task<Signer?> ByUserAsync(string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId && u.Signing != SigningCapacity.None)
            .Select(u => new Signer(u.FullName, u.Position, u.Signing)).FirstOrDefaultAsync(ct);

    public Task<Signer?> ByNameAsync(Guid organisationId, string fullName, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.FullName == fullName && u.Signing != SigningCapacity.None)
            .OrderBy(u => u.Id).Select(u => new Signer(u.FullName, u.Position, u.Signing)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<SignerAccount>> HeadSignersAsync(Guid organisationId, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId
                && (u.Signing == SigningCapacity.Head || u.Signing == SigningCapacity.Deputy || u.Signing == SigningCapacity.Acting))
            .OrderBy(u => u.Signing).ThenBy(u => u.FullName)
            .Select(u => new SignerAccount(u.Id, new Signer(u.FullName, u.Position, u.Signing))).ToListAsync(ct);
}
