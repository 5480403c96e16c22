namespace WorkplaceAdmin.Emulator.Graph.Paging;

/// <summary>The paging parameters of a list call: <c>limit</c> (clamped to the cap), <c>after</c>, <c>before</c>.</summary>
internal readonly record struct PageRequest(int Limit, long? After, long? Before)
{
    public static PageRequest From(GraphCall call)
    {
        var limit = call.IntParam("limit", 0, call.Options.MaxPageLimit) ?? call.Options.DefaultPageLimit;
        var after = call.Param("after") is { } a ? CursorCodec.Decode(a, "after") : (long?)null;
        var before = call.Param("before") is { } b ? CursorCodec.Decode(b, "before") : (long?)null;
        return new PageRequest(limit, after, before);
    }
}
