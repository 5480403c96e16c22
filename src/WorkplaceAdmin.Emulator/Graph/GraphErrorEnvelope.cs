using WorkplaceAdmin.Emulator.Json;

namespace WorkplaceAdmin.Emulator.Graph;

/// <summary>Writes Graph's error envelope <c>{error:{message,type,code,error_subcode?,is_transient,fbtrace_id}}</c>.</summary>
internal static class GraphErrorEnvelope
{
    public static ReadOnlyMemory<byte> Write(GraphException error, string traceId) => JsonBody.Write((error, traceId), static (w, s) =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("message", s.error.Message);
        w.WriteString("type", s.error.Type);
        w.WriteNumber("code", s.error.Code);
        if (s.error.Subcode is { } subcode)
        {
            w.WriteNumber("error_subcode", subcode);
        }
        w.WriteBoolean("is_transient", s.error.IsTransient);
        w.WriteString("fbtrace_id", s.traceId);
        w.WriteEndObject();
        w.WriteEndObject();
    }, sizeHint: 512);
}
