using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>A successful SCIM answer.</summary>
internal readonly record struct ScimResult(int Status, ReadOnlyMemory<byte> Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static ScimResult Json<TState>(int status, TState state, Action<Utf8JsonWriter, TState> write, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new(status, JsonBody.Write(state, write, 2048), headers ?? []);

    public static ScimResult Empty(int status) => new(status, ReadOnlyMemory<byte>.Empty, []);
}
