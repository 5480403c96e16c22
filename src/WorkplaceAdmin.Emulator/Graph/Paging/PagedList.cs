using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Fields;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Paging;

/// <summary>
/// Writes Graph lists: <c>{data, paging:{cursors:{before,after}, previous?, next?}, summary?}</c>. <c>next</c> is
/// absent on the last page; links are absolute and point back at the base the request came to.
/// </summary>
internal static class PagedList
{
    private static readonly string[] PagingParameters = ["limit", "after", "before"];

    /// <summary>Answers a list call, paging <paramref name="ascending"/> by the call's limit/after/before.</summary>
    /// <param name="summaryExtras">Writes summary keys beyond <c>total_count</c> (e.g. reactions' <c>viewer_reaction</c>).</param>
    public static GraphResult Answer<T>(GraphCall call, IReadOnlyList<T> ascending, bool descending,
        Action<Utf8JsonWriter, T> writeItem, string? summaryOrder = null, Action<Utf8JsonWriter>? summaryExtras = null) where T : IKeyed
    {
        var request = PageRequest.From(call);
        var slice = Pager.Slice(ascending, descending, request);
        // Graph accepts summary=true and summary=total_count alike.
        var wantSummary = call.Param("summary")?.Trim().ToLowerInvariant() is { } summary && summary is not ("false" or "0");
        var state = (call, slice, request.Limit, writeItem, wantSummary, total: ascending.Count, summaryOrder, summaryExtras);
        return GraphResult.Json(state, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var item in s.slice.Items)
            {
                s.writeItem(w, item);
            }
            w.WriteEndArray();
            if (s.slice.Items.Count > 0)
            {
                WritePaging(w, s.call, s.slice, s.Limit);
            }
            if (s.wantSummary)
            {
                WriteSummary(w, s.total, s.summaryOrder, s.summaryExtras);
            }
            w.WriteEndObject();
        }, sizeHint: 512 + 256 * slice.Items.Count);
    }

    /// <summary>
    /// Writes an edge requested as a field, e.g. <c>members.limit(0).summary(true)</c> →
    /// <c>"members":{"data":[],"summary":{"total_count":N}}</c>.
    /// </summary>
    public static void WriteEdgeField<T>(Utf8JsonWriter w, FieldSpec field, GraphCall call, IReadOnlyList<T> ascending,
        bool descending, Action<Utf8JsonWriter, T> writeItem, string? summaryOrder = null, Action<Utf8JsonWriter>? summaryExtras = null) where T : IKeyed
    {
        var limit = Math.Min(field.Limit ?? call.Options.DefaultPageLimit, call.Options.MaxPageLimit);
        var slice = Pager.Slice(ascending, descending, new PageRequest(limit, null, null));
        w.WriteStartObject(field.OutputName);
        w.WriteStartArray("data");
        foreach (var item in slice.Items)
        {
            writeItem(w, item);
        }
        w.WriteEndArray();
        if (slice.Items.Count > 0)
        {
            w.WriteStartObject("paging");
            WriteCursors(w, slice);
            w.WriteEndObject();
        }
        if (field.Summary)
        {
            WriteSummary(w, ascending.Count, summaryOrder, summaryExtras);
        }
        w.WriteEndObject();
    }

    private static void WritePaging<T>(Utf8JsonWriter w, GraphCall call, PageSlice<T> slice, int limit) where T : IKeyed
    {
        var limitText = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteStartObject("paging");
        WriteCursors(w, slice);
        if (slice.HasPrevious)
        {
            w.WriteString("previous", call.Link(PagingParameters, new("limit", limitText), new("before", CursorCodec.Encode(slice.Items[0].Key))));
        }
        if (slice.HasNext)
        {
            w.WriteString("next", call.Link(PagingParameters, new("limit", limitText), new("after", CursorCodec.Encode(slice.Items[^1].Key))));
        }
        w.WriteEndObject();
    }

    private static void WriteCursors<T>(Utf8JsonWriter w, PageSlice<T> slice) where T : IKeyed
    {
        w.WriteStartObject("cursors");
        w.WriteString("before", CursorCodec.Encode(slice.Items[0].Key));
        w.WriteString("after", CursorCodec.Encode(slice.Items[^1].Key));
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, int total, string? order, Action<Utf8JsonWriter>? extras)
    {
        w.WriteStartObject("summary");
        if (order is not null)
        {
            w.WriteString("order", order);
        }
        w.WriteNumber("total_count", total);
        extras?.Invoke(w);
        w.WriteEndObject();
    }
}
