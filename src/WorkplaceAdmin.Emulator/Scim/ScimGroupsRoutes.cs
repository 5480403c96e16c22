using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary><c>/Groups</c>: people sets, named sets of users; PUT replaces the whole member list (workplace-api.md §5.2).</summary>
internal static class ScimGroupsRoutes
{
    private static readonly string[] FilterAttributes = ["displayName"];

    public static ScimResult Handle(ScimCall call, string? id)
    {
        if (id is null)
        {
            return call.Method switch
            {
                "GET" => List(call),
                "POST" => Create(call),
                _ => throw ScimErrors.MethodNotAllowed(call.Method),
            };
        }
        var set = call.Community.FindPeopleSet(id) ?? throw ScimErrors.NotFound($"Group {id}");
        return call.Method switch
        {
            "GET" => Answer(call, 200, set),
            "PUT" => Replace(call, set),
            "DELETE" => Delete(call, set),
            _ => throw ScimErrors.MethodNotAllowed(call.Method),
        };
    }

    private static ScimResult List(ScimCall call)
    {
        IReadOnlyList<PeopleSet> sets = call.Community.PeopleSets;
        if (call.QueryValue("filter") is { } filter)
        {
            var (_, value) = ScimFilter.Parse(filter, FilterAttributes);
            sets = sets.Where(s => string.Equals(s.DisplayName, value, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        return ScimListWriter.Answer(call, sets, (w, s) => Write(w, s, call));
    }

    private static ScimResult Create(ScimCall call)
    {
        var (displayName, members) = ReadBody(call);
        var set = new PeopleSet(call.Community.Ids.Next()) { CreatedTime = call.Now, UpdatedTime = call.Now, DisplayName = displayName };
        set.MemberIds.AddRange(members);
        call.Community.PeopleSets.Add(set);
        return Answer(call, 201, set, [new("Location", call.BaseUrl + "/Groups/" + set.Id)]);
    }

    private static ScimResult Replace(ScimCall call, PeopleSet set)
    {
        var (displayName, members) = ReadBody(call);
        set.DisplayName = displayName;
        set.MemberIds.Clear();
        set.MemberIds.AddRange(members);
        set.UpdatedTime = call.Now;
        return Answer(call, 200, set);
    }

    private static ScimResult Delete(ScimCall call, PeopleSet set)
    {
        call.Community.PeopleSets.Remove(set.Key);
        return ScimResult.Empty(200);
    }

    private static (string DisplayName, List<string> Members) ReadBody(ScimCall call)
    {
        using var document = call.ParseBody();
        var body = document.RootElement;
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("displayName", out var name) || name.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(name.GetString()))
        {
            throw ScimErrors.InvalidValue("displayName is required.");
        }
        var members = new List<string>();
        if (body.TryGetProperty("members", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw ScimErrors.InvalidValue("members must be an array.");
            }
            foreach (var member in list.EnumerateArray())
            {
                var id = member.ValueKind == JsonValueKind.Object && member.TryGetProperty("value", out var v) ? ScimValues.Text(v, "members.value") : null;
                if (id is null || call.Community.FindPerson(id) is not { } person)
                {
                    throw ScimErrors.InvalidValue($"members must list existing users by value (id); '{id}' is not one.");
                }
                if (!members.Contains(person.Id))
                {
                    members.Add(person.Id);
                }
            }
        }
        return (name.GetString()!.Trim(), members);
    }

    private static ScimResult Answer(ScimCall call, int status, PeopleSet set, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        ScimResult.Json(status, (call, set), static (w, s) => Write(w, s.set, s.call), headers);

    private static void Write(Utf8JsonWriter w, PeopleSet set, ScimCall call)
    {
        w.WriteStartObject();
        w.WriteStartArray("schemas");
        w.WriteStringValue(ScimUrns.Group);
        w.WriteEndArray();
        w.WriteString("id", set.Id);
        w.WriteString("displayName", set.DisplayName);
        w.WriteStartArray("members");
        foreach (var id in set.MemberIds)
        {
            w.WriteStartObject();
            w.WriteString("type", "user");
            w.WriteString("value", id);
            if (call.Community.FindPerson(id) is { } person)
            {
                w.WriteString("display", person.Name);
            }
            w.WriteString("$ref", call.BaseUrl + "/Users/" + id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("meta");
        w.WriteString("resourceType", "Group");
        w.WriteString("created", WireTime.Iso(set.CreatedTime));
        w.WriteString("lastModified", WireTime.Iso(set.UpdatedTime));
        w.WriteString("location", call.BaseUrl + "/Groups/" + set.Id);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
