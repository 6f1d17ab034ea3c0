using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Common;
using DossierFlow.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace DossierFlow.Application.Organisations;

public sealed record OrganisationInput(string Code, string Name, string ShortCode, OrganisationKind Kind,
    Guid? ParentId, IReadOnlyList<string> ContactEmails, DateOnly ValidFrom, DateOnly? ValidTo, Guid? SuccessorId);

/// <summary>Creates an organisation (id null) or changes one. Admins only.</summary>
public sealed class SaveOrganisation(IAppDb db) : IUseCase
{
    public async Task<Guid> HandleAsync(Actor actor, Guid? id, OrganisationInput input, CancellationToken ct = default)
    {
        actor.RequireAny(Roles.Admin);
        var code = input.Code.Trim();
        if (await db.Organisations.AnyAsync(o => o.Code == code && o.Id != id, ct))
            throw new DomainException("organisation-code-taken", $"Mã đơn vị \"{code}\" đã được dùng cho đơn vị khác.");
        var organisation = await ApplyAsync(db, id, input, ct);
        return organisation.Id;
    }

    /// <summary>
    /// Applies the input to tracked entities without saving, so an import can save many at once. The caller makes
    /// sure the code is not another organisation's (an import matches codes to ids and refuses codes repeated in the file).
    /// </summary>
    internal static async Task<Organisation> ApplyAsync(IAppDb db, Guid? id, OrganisationInput input, CancellationToken ct)
    {
        var code = input.Code.Trim();

        var parent = input.ParentId is { } parentId ? await FindAsync(db, parentId, "đơn vị cấp trên", ct) : null;
        Organisation organisation;
        if (id is null)
        {
            organisation = Organisation.Create(code, input.Name, input.ShortCode, input.Kind, parent, input.ContactEmails, input.ValidFrom);
            db.Organisations.Add(organisation);
        }
        else
        {
            organisation = await FindAsync(db, id.Value, "đơn vị", ct);
            if (organisation.Code != code)
                throw new DomainException("organisation-code-immutable", "Không được đổi mã của đơn vị đã có.");
            if (organisation.ValidFrom != input.ValidFrom) throw ValidFromChanged();
            organisation.Update(input.Name, input.ShortCode, input.Kind, input.ContactEmails);
            organisation.MoveUnder(parent, parent is null ? [] : await AncestorIdsAsync(db, parent, ct));
        }

        if (input.ValidTo is { } validTo)
        {
            var successor = input.SuccessorId is { } s ? await FindAsync(db, s, "đơn vị kế thừa", ct) : null;
            organisation.Close(validTo, successor);
        }
        else if (input.SuccessorId is not null)
            throw SuccessorWithoutEnd();
        else
            organisation.Reopen();
        return organisation;
    }

    internal static DomainException ValidFromChanged() =>
        new("organisation-valid-from-immutable", "Không được đổi ngày bắt đầu hiệu lực của đơn vị đã có.");

    internal static DomainException SuccessorWithoutEnd() =>
        new("organisation-successor-without-end", "Chỉ đơn vị đã hết hiệu lực mới có đơn vị kế thừa.");

    private static async Task<Organisation> FindAsync(IAppDb db, Guid id, string what, CancellationToken ct) =>
        db.Organisations.Local.FirstOrDefault(o => o.Id == id)
        ?? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct)
        ?? throw new DomainException("organisation-not-found", $"Không tìm thấy {what}.");

    private static async Task<IReadOnlyCollection<Guid>> AncestorIdsAsync(IAppDb db, Organisation parent, CancellationToken ct)
    {
        var ancestors = new List<Guid>();
        var next = parent.ParentId;
        while (next is { } current && !ancestors.Contains(current))
        {
            ancestors.Add(current);
            next = (await FindAsync(db, current, "đơn vị cấp trên", ct)).ParentId;
        }
        return ancestors;
    }
}
