using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Json;

/// <summary>Writes one JSON response body. The single place that configures the writers the emulator uses.</summary>
internal static class JsonBody
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write, int sizeHint = 1024)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return buffer.WrittenMemory;
    }

    public static ReadOnlyMemory<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> write, int sizeHint = 1024)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }
        return buffer.WrittenMemory;
    }
}
