using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>Writes a SCIM ListResponse page (1-based <c>startIndex</c>).</summary>
internal static class ScimListWriter
{
    public static ScimResult Answer<T>(ScimCall call, IReadOnlyList<T> all, Action<Utf8JsonWriter, T> writeItem)
    {
        var (startIndex, count) = call.Paging();
        var first = Math.Min(all.Count, startIndex - 1);
        var take = Math.Min(count, all.Count - first);
        return ScimResult.Json(200, (all, first, take, startIndex, writeItem), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("schemas");
            w.WriteStringValue(ScimUrns.ListResponse);
            w.WriteEndArray();
            w.WriteNumber("totalResults", s.all.Count);
            w.WriteNumber("itemsPerPage", s.take);
            w.WriteNumber("startIndex", s.startIndex);
            w.WriteStartArray("Resources");
            for (var i = s.first; i < s.first + s.take; i++)
            {
                s.writeItem(w, s.all[i]);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
