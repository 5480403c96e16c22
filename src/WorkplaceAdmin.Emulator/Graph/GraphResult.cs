using System.Text;
using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>A successful Graph answer: status and JSON body.</summary>
internal readonly record struct GraphResult(int Status, ReadOnlyMemory<byte> Body)
{
    private static readonly ReadOnlyMemory<byte> SuccessBody = Encoding.UTF8.GetBytes("{\"success\":true}");

    public static GraphResult Success() => new(200, SuccessBody);

    public static GraphResult Json(Action<Utf8JsonWriter> write) => new(200, JsonBody.Write(write));

    public static GraphResult Json<TState>(TState state, Action<Utf8JsonWriter, TState> write, int sizeHint = 1024) =>
        new(200, JsonBody.Write(state, write, sizeHint));

    public static GraphResult Id(string id) => Json(id, static (w, value) =>
    {
        w.WriteStartObject();
        w.WriteString("id", value);
        w.WriteEndObject();
    });
}
