using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Paging;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Fields;

/// <summary>
/// An edge's arguments (<c>type</c>, <c>since</c>, <c>until</c>…): query parameters on <c>GET /{node}/{edge}</c>,
/// or modifiers on <c>fields=edge.type(LOVE).since(T)</c>. One definition serves both.
/// </summary>
internal delegate string? EdgeArguments(string name);

/// <summary>
/// A connection of a node (a post's <c>reactions</c>, a group's <c>feed</c>…), answered the same way whether it is
/// requested as a path (<see cref="Answer"/>) or as a field with modifiers (<see cref="WriteField"/>): the same
/// items, the same filters, the same summary.
/// </summary>
internal sealed class Edge<TOwner, TItem> where TItem : IKeyed
{
    private readonly Func<TOwner, GraphCall, EdgeArguments, IReadOnlyList<TItem>> _items;

    /// <param name="items">The edge's items in ascending key order, filtered by any arguments other than since/until.</param>
    public Edge(string name, NodeSchema<TItem> itemSchema, Func<TOwner, GraphCall, EdgeArguments, IReadOnlyList<TItem>> items)
    {
        Name = name;
        ItemSchema = itemSchema;
        _items = items;
    }

    public string Name { get; }
    public NodeSchema<TItem> ItemSchema { get; }

    /// <summary>Newest first (feeds, messages), else in key order.</summary>
    public bool Descending { get; init; }

    /// <summary>The time <c>since</c>/<c>until</c> bound, when the edge takes them.</summary>
    public Func<TItem, DateTimeOffset>? Time { get; init; }

    /// <summary>The <c>order</c> written in the summary (comments), if any.</summary>
    public string? SummaryOrder { get; init; }

    /// <summary>Summary keys beyond <c>total_count</c>.</summary>
    public Action<Utf8JsonWriter, TOwner, GraphCall>? SummaryExtras { get; init; }

    /// <summary>Answers <c>GET /{node}/{edge}</c>; the caller has checked permissions.</summary>
    public GraphResult Answer(GraphCall call, TOwner owner)
    {
        ItemSchema.ValidateRequested(call);
        var items = Select(owner, call, call.Param);
        var fields = call.Fields;
        return PagedList.Answer(call, items, Descending, (w, item) => ItemSchema.Write(w, item, fields, call), SummaryOrder,
            SummaryExtras is null ? null : w => SummaryExtras(w, owner, call));
    }

    /// <summary>
    /// Writes the edge requested as a field. An empty connection is left out, as Graph does, unless a summary
    /// was asked for (so <c>reactions.type(SAD).limit(0).summary(total_count)</c> always answers a count).
    /// </summary>
    public void WriteField(Utf8JsonWriter w, TOwner owner, FieldSpec field, GraphCall call)
    {
        var items = Select(owner, call, field.Modifier);
        if (items.Count == 0 && !field.Summary)
        {
            return;
        }
        PagedList.WriteEdgeField(w, field, call, items, Descending, (writer, item) => ItemSchema.Write(writer, item, field.Children, call),
            SummaryOrder, SummaryExtras is null ? null : writer => SummaryExtras(writer, owner, call));
    }

    /// <summary>Adds this edge to <paramref name="schema"/> as a field.</summary>
    public NodeSchema<TOwner> AddTo(NodeSchema<TOwner> schema) => schema.Field(Name, WriteField, nested: ItemSchema);

    private IReadOnlyList<TItem> Select(TOwner owner, GraphCall call, EdgeArguments arguments)
    {
        var items = _items(owner, call, arguments);
        if (Time is null)
        {
            return items;
        }
        var since = GraphCall.ReadTime("since", arguments("since"));
        var until = GraphCall.ReadTime("until", arguments("until"));
        if (since is null && until is null)
        {
            return items;
        }
        var time = Time;
        return items.Where(i => (since is null || time(i) >= since) && (until is null || time(i) <= until)).ToList();
    }
}
