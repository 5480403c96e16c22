using System.Text.Json;
using WorkplaceAdmin.Emulator.Graph.Schemas;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// <c>GET /?ids=a,b</c>: several nodes at once (ids or emails), answered as an object keyed by each id exactly
/// as requested (workplace-api.md §2.2). Any missing id fails the whole call with code 803, as in Graph.
/// </summary>
internal static class MultiGetRoute
{
    public const int MaxIds = 50;

    public static GraphResult Handle(GraphCall call)
    {
        var ids = call.RequiredParam("ids").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0 || ids.Length > MaxIds)
        {
            throw GraphErrors.InvalidParameter($"Param ids must list between 1 and {MaxIds} ids");
        }
        var nodes = new List<(string Key, Action<Utf8JsonWriter> Write)>(ids.Length);
        var missing = new List<string>();
        foreach (var id in ids)
        {
            if (Resolve(call, id) is { } write)
            {
                nodes.Add((id, write));
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            throw GraphErrors.AliasesDoNotExist(missing);
        }
        return GraphResult.Json(nodes, static (w, list) =>
        {
            w.WriteStartObject();
            foreach (var (key, write) in list)
            {
                w.WritePropertyName(key);
                write(w);
            }
            w.WriteEndObject();
        });
    }

    /// <summary>Checks permission and fields for one id; returns its writer, or null when it does not exist.</summary>
    private static Action<Utf8JsonWriter>? Resolve(GraphCall call, string id)
    {
        var community = call.Community;
        var fields = call.Fields;
        if (id.Contains('@'))
        {
            call.Require(Access.LookUpByEmail);
        }
        if (community.FindPerson(id) is { } person)
        {
            call.Require(Access.ReadPeople);
            return Prepare(call, PersonSchema.User, person);
        }
        if (community.FindGroup(id) is { } group)
        {
            call.Require(Access.ReadGroups);
            return Prepare(call, GroupSchema.Group, group);
        }
        if (community.FindPost(id) is { } post)
        {
            call.Require(Access.ReadContent);
            return Prepare(call, PostSchema.Post, post);
        }
        if (community.FindComment(id) is { } comment)
        {
            call.Require(Access.ReadContent);
            return Prepare(call, CommentSchema.Comment, comment);
        }
        return null;
    }

    private static Action<Utf8JsonWriter> Prepare<T>(GraphCall call, Fields.NodeSchema<T> schema, T item)
    {
        schema.ValidateRequested(call);
        return w => schema.Write(w, item, call.Fields, call);
    }
}
