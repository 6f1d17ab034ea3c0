using System.Security.Cryptography;

namespace DossierFlow.Domain.Dossiers;

/// <summary>The bytes of a document, stored once per distinct content and named by their SHA-256.</summary>
public sealed class DocumentContent
{
    private DocumentContent() { Sha256 = ""; Bytes = []; }

    public string Sha256 { get; private set; }
    public byte[] Bytes { get; private set; }
    public long Size { get; private set; }

    public static DocumentContent From(byte[] bytes) =>
        new() { Sha256 = HashOf(bytes), Bytes = bytes, Size = bytes.LongLength };

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
