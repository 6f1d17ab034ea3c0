namespace DossierFlow.Domain.Access;

/// <summary>
/// In what capacity a user signs the documents of their organisation (NĐ 30/2020, Phụ lục I): it decides the
/// authority line above the signature. None: the user does not sign.
/// </summary>
public enum SigningCapacity
{
    None = 0,
    /// <summary>The head (Chủ tịch, Giám đốc) signing in their own name, or "TM." of a collective body.</summary>
    Head = 1,
    /// <summary>A deputy signing for the head: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".</summary>
    Deputy = 2,
    /// <summary>Acting head (quyền): "Q. GIÁM ĐỐC".</summary>
    Acting = 3,
    /// <summary>By order of the head (thừa lệnh): "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG".</summary>
    ByOrder = 4,
    /// <summary>By the head's authorisation (thừa ủy quyền): "TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG …".</summary>
    ByAuthorisation = 5,
}
