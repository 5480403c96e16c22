using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Deterministic stand-in bytes for media: real PNG images (so downloaded photos open), and files that start
/// with their format's signature. Nothing random, so a seed always serves the same bytes.
/// </summary>
internal static class MediaBytes
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>A solid-colour RGB PNG of the given size; the colour is derived from <paramref name="seed"/>.</summary>
    public static byte[] Png(int width, int height, int seed)
    {
        var (r, g, b) = ((byte)(seed * 67 % 256), (byte)(seed * 131 % 256), (byte)(seed * 193 % 256));
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            for (var x = 0; x < width; x++)
            {
                row[1 + x * 3] = r;
                row[2 + x * 3] = g;
                row[3 + x * 3] = b;
            }
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", raw.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A document of about <paramref name="size"/> bytes that starts like its type (PDF, or plain text).</summary>
    public static byte[] Document(string fileName, string contentType, int size)
    {
        var head = contentType == "application/pdf"
            ? "%PDF-1.4\n% " + fileName + " (emulated)\n"
            : fileName + " (emulated Workplace file)\n";
        var text = new StringBuilder(head);
        while (text.Length < size)
        {
            text.Append("Lorem ipsum dolor sit amet. ");
        }
        return Encoding.ASCII.GetBytes(text.ToString(0, Math.Max(size, head.Length)));
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        stream.Write(number);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
