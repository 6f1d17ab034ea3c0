using System.Buffers.Binary;
using System.IO.Compression;

namespace DossierFlow.Documents;

/// <summary>
/// Checks that each entry of a ZIP really decompresses to the size its central directory declares.
/// ZipArchive stops reading an entry at the declared size, so it hides a directory that understates a size;
/// another reader (Word, LibreOffice, a virus scanner) would see different content. This decompresses each
/// entry's raw data itself, never past the declared size plus one byte, so a lie cannot expand it further.
/// </summary>
internal static class ZipDeclaredSizes
{
    private const uint EndOfDirectory = 0x06054B50, DirectoryRecord = 0x02014B50, LocalHeader = 0x04034B50;

    /// <summary>Returns the name of the first entry whose content disagrees with its declared size, or null.</summary>
    public static string? FirstLie(byte[] zip)
    {
        var end = FindEndOfDirectory(zip);
        var count = U16(zip, end + 10);
        var at = (long)U32(zip, end + 16);
        for (var i = 0; i < count; i++)
        {
            if (U32(zip, at) != DirectoryRecord) throw Malformed();
            var method = U16(zip, at + 10);
            var compressed = U32(zip, at + 20);
            var declared = U32(zip, at + 24);
            var nameLength = U16(zip, at + 28);
            var local = (long)U32(zip, at + 42);
            // ZIP64 markers: a DOCX within the upload limit never needs them, and they would hide the real sizes.
            if (compressed == uint.MaxValue || declared == uint.MaxValue || local == uint.MaxValue) throw Malformed();
            var name = System.Text.Encoding.UTF8.GetString(Slice(zip, at + 46, nameLength));
            at += 46 + nameLength + U16(zip, at + 30) + U16(zip, at + 32);

            if (U32(zip, local) != LocalHeader) throw Malformed();
            var data = local + 30 + U16(zip, local + 26) + U16(zip, local + 28);
            var raw = Slice(zip, data, compressed);
            var actual = method switch
            {
                0 => raw.Length,
                8 => CountInflated(raw, declared),
                _ => throw Malformed(),
            };
            if (actual != declared) return name;
        }
        return null;
    }

    private static long CountInflated(byte[] raw, long declared)
    {
        using var inflate = new DeflateStream(new MemoryStream(raw), CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= declared && (read = inflate.Read(buffer, 0, buffer.Length)) > 0) total += read;
        return total;
    }

    private static int FindEndOfDirectory(byte[] zip)
    {
        // The record is 22 bytes plus a comment of at most 65,535.
        for (var i = zip.Length - 22; i >= 0 && i >= zip.Length - 22 - 65535; i--)
            if (U32(zip, i) == EndOfDirectory) return i;
        throw Malformed();
    }

    private static byte[] Slice(byte[] zip, long at, long length) =>
        at < 0 || length < 0 || at + length > zip.Length ? throw Malformed() : zip.AsSpan((int)at, (int)length).ToArray();

    private static ushort U16(byte[] zip, long at) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(zip, at, 2));
    private static uint U32(byte[] zip, long at) => BinaryPrimitives.ReadUInt32LittleEndian(Slice(zip, at, 4));

    private static InvalidDataException Malformed() => new("The ZIP directory is damaged.");
}
