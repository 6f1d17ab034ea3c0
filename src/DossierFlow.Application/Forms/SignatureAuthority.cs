using DossierFlow.Application.Common;
using DossierFlow.Domain.Access;
using DossierFlow.Domain.Organisations;

namespace DossierFlow.Application.Forms;

/// <summary>Who signs a document: the name, the position as printed, the capacity.</summary>
public sealed record Signer(string FullName, string? Position, SigningCapacity Capacity);

/// <summary>Finds the users who sign (implemented over the accounts in Persistence).</summary>
public interface ISignerDirectory
{
    /// <summary>The user as a signer, or null when the account does not sign (capacity None) or does not exist.</summary>
    Task<Signer?> ByUserAsync(string userId, CancellationToken ct);

    /// <summary>The signing user of the organisation with exactly this full name, or null.</summary>
    Task<Signer?> ByNameAsync(Guid organisationId, string fullName, CancellationToken ct);

    /// <summary>The organisation's accounts that sign for its head (head, deputy, acting), by name: whom a decision may name as its signer.</summary>
    Task<IReadOnlyList<SignerAccount>> HeadSignersAsync(Guid organisationId, CancellationToken ct);
}

/// <summary>A signing account: whom to pick in a list of signers.</summary>
public sealed record SignerAccount(string UserId, Signer Signer);

/// <summary>
/// How a kind of organisation signs (configuration, Province:SigningRules): the head's title ("GIÁM ĐỐC",
/// "CHỦ TỊCH") and, for a body led collectively, its name after "TM." ("ỦY BAN NHÂN DÂN").
/// </summary>
public sealed class SigningRule
{
    public string Head { get; set; } = "THỦ TRƯỞNG";
    public string? CollectiveBody { get; set; }
}

/// <summary>
/// The authority lines above a signature (NĐ 30/2020, Phụ lục I): from the signer's capacity, the issuing
/// body's rule and whether the document is the body's or its head's own. At most three lines with the position:
/// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
/// </summary>
public static class SignatureAuthority
{
    public static readonly IReadOnlyList<(SigningCapacity Value, string Title)> CapacityTitles =
    [
        (SigningCapacity.None, "Không ký văn bản"),
        (SigningCapacity.Head, "Người đứng đầu (ký, hoặc TM. tập thể)"),
        (SigningCapacity.Deputy, "Cấp phó ký thay (KT.)"),
        (SigningCapacity.Acting, "Quyền người đứng đầu (Q.)"),
        (SigningCapacity.ByOrder, "Ký thừa lệnh (TL.)"),
        (SigningCapacity.ByAuthorisation, "Ký thừa ủy quyền (TUQ.)"),
    ];

    /// <summary>The defaults where the province sets nothing; the province's working rules may override each kind.</summary>
    public static readonly IReadOnlyDictionary<OrganisationKind, SigningRule> DefaultRules = new Dictionary<OrganisationKind, SigningRule>
    {
        [OrganisationKind.ProvincialPeopleCommittee] = new() { Head = "CHỦ TỊCH", CollectiveBody = "ỦY BAN NHÂN DÂN" },
        [OrganisationKind.DistrictPeopleCommittee] = new() { Head = "CHỦ TỊCH", CollectiveBody = "ỦY BAN NHÂN DÂN" },
        [OrganisationKind.CommunePeopleCommittee] = new() { Head = "CHỦ TỊCH", CollectiveBody = "ỦY BAN NHÂN DÂN" },
        [OrganisationKind.Council] = new() { Head = "CHỦ TỊCH", CollectiveBody = "HỘI ĐỒNG" },
        [OrganisationKind.Department] = new() { Head = "GIÁM ĐỐC" },
        [OrganisationKind.Agency] = new() { Head = "GIÁM ĐỐC" },
        [OrganisationKind.CentralAgencyInProvince] = new() { Head = "GIÁM ĐỐC" },
        [OrganisationKind.Enterprise] = new() { Head = "GIÁM ĐỐC" },
        [OrganisationKind.MassOrganisation] = new() { Head = "CHỦ TỊCH", CollectiveBody = "BAN THƯỜNG VỤ" },
    };

    /// <summary>
    /// The lines above the name: the authority lines, then the position. "TM." comes first only for a collective
    /// body's own document (<paramref name="signsAs"/> "body"), signed by its head, deputy or acting head; TL. and
    /// TUQ. sign for the head alone. A decision of the Chairman's own power ("head") has no TM. line.
    /// </summary>
    public static (string Authority, string Position) Lines(Signer signer, SigningRule rule, string signsAs)
    {
        var head = rule.Head.ToUpper(VietnameseFormat.Culture);
        var position = (signer.Position ?? "").Trim().ToUpper(VietnameseFormat.Culture);
        var lines = new List<string>();
        if (signsAs == "body" && rule.CollectiveBody is { Length: > 0 } body
            && signer.Capacity is SigningCapacity.Head or SigningCapacity.Deputy or SigningCapacity.Acting)
            lines.Add($"TM. {body.ToUpper(VietnameseFormat.Culture)}");
        switch (signer.Capacity)
        {
            case SigningCapacity.Head: return (string.Join("\n", lines), head);
            case SigningCapacity.Acting: lines.Add($"Q. {head}"); return (string.Join("\n", lines), "");
            case SigningCapacity.Deputy: lines.Add($"KT. {head}"); return (string.Join("\n", lines), position.Length > 0 ? position : $"PHÓ {head}");
            case SigningCapacity.ByOrder: lines.Add($"TL. {head}"); return (string.Join("\n", lines), position);
            case SigningCapacity.ByAuthorisation: lines.Add($"TUQ. {head}"); return (string.Join("\n", lines), position);
            default: return ("", position);
        }
    }
}
