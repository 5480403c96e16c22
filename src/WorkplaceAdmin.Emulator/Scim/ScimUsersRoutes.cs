using System.Text.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary><c>/Users</c> and <c>/Users/{id}</c> (workplace-api.md §5.2): list/filter, read, create, PUT, PATCH, DELETE.</summary>
internal static class ScimUsersRoutes
{
    private static readonly string[] FilterAttributes = ["userName", "externalId"];

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
        var person = (Community.TryParseKey(id, out var key) ? call.Community.People.Find(key) : null)
            ?? throw ScimErrors.NotFound($"User {id}");
        return call.Method switch
        {
            "GET" => Answer(call, 200, person),
            "PUT" => Replace(call, person),
            "PATCH" => Patch(call, person),
            "DELETE" => Delete(call, person),
            _ => throw ScimErrors.MethodNotAllowed(call.Method),
        };
    }

    private static ScimResult Answer(ScimCall call, int status, Person person, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        ScimResult.Json(status, (call, person), static (w, s) => ScimUserWriter.Write(w, s.person, s.call.Community, s.call.BaseUrl), headers);

    private static ScimResult List(ScimCall call)
    {
        IReadOnlyList<Person> people = call.Community.People;
        if (call.QueryValue("filter") is { } filter)
        {
            var (attribute, value) = ScimFilter.Parse(filter, FilterAttributes);
            var match = attribute == "userName" ? call.Community.FindPersonByEmail(value) : call.Community.FindPersonByExternalId(value);
            people = match is null ? [] : [match];
        }
        return ScimListWriter.Answer(call, people, (w, p) => ScimUserWriter.Write(w, p, call.Community, call.BaseUrl));
    }

    private static ScimResult Create(ScimCall call)
    {
        using var document = call.ParseBody();
        var body = document.RootElement;
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw ScimErrors.InvalidSyntax("A SCIM user must be a JSON object.");
        }
        var hasUserName = body.TryGetProperty("userName", out var userName) && userName.ValueKind == JsonValueKind.String;
        var emailFallback = !hasUserName && body.TryGetProperty("emails", out var emails) ? ScimValues.PrimaryOf(emails, "value", "emails") : null;
        var hasExternalId = body.TryGetProperty("externalId", out var externalId) && externalId.ValueKind == JsonValueKind.String;
        if (!hasUserName && emailFallback is null && !hasExternalId)
        {
            throw ScimErrors.InvalidValue("userName is required (externalId for accounts without email).");
        }
        var hasName = (body.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.Object)
            || (body.TryGetProperty("displayName", out var display) && display.ValueKind == JsonValueKind.String);
        if (!hasName)
        {
            throw ScimErrors.InvalidValue("name is required.");
        }

        var person = new Person(call.Community.Ids.Next()) { CreatedTime = call.Now, UpdatedTime = call.Now };
        var change = new ScimChange(call.Community, person, call.Now);
        var changes = ScimUserAttributes.FromObject(body, change);
        if (emailFallback is not null)
        {
            using var fallback = JsonDocument.Parse(JsonSerializer.Serialize(emailFallback));
            changes.Add(ScimUserAttributes.Set("userName", fallback.RootElement, change));
        }
        if (!hasUserName && emailFallback is null)
        {
            // Email-less accounts are always invited; they claim with an access code.
            person.Invited = true;
            person.InviteTime = call.Now;
        }
        changes.ForEach(apply => apply(person));
        if (string.IsNullOrEmpty(person.FirstName) && string.IsNullOrEmpty(person.LastName) && person.DisplayName is { } displayName)
        {
            var space = displayName.IndexOf(' ');
            person.FirstName = space < 0 ? displayName : displayName[..space];
            person.LastName = space < 0 ? "" : displayName[(space + 1)..];
        }
        call.Community.AddPerson(person);
        return Answer(call, 201, person, [new("Location", call.BaseUrl + "/Users/" + person.Id)]);
    }

    /// <summary>PUT is lenient, as in Workplace: attributes absent from the body keep their values.</summary>
    private static ScimResult Replace(ScimCall call, Person person)
    {
        using var document = call.ParseBody();
        var changes = ScimUserAttributes.FromObject(document.RootElement, new ScimChange(call.Community, person, call.Now));
        changes.ForEach(apply => apply(person));
        person.UpdatedTime = call.Now;
        return Answer(call, 200, person);
    }

    private static ScimResult Patch(ScimCall call, Person person)
    {
        using var document = call.ParseBody();
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("Operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
        {
            throw ScimErrors.InvalidSyntax("A PatchOp body needs an Operations array.");
        }
        var change = new ScimChange(call.Community, person, call.Now);
        var changes = new List<Action<Person>>();
        foreach (var operation in operations.EnumerateArray())
        {
            changes.AddRange(PatchOperation(operation, change));
        }
        changes.ForEach(apply => apply(person));
        person.UpdatedTime = call.Now;
        return Answer(call, 200, person);
    }

    private static IEnumerable<Action<Person>> PatchOperation(JsonElement operation, ScimChange change)
    {
        if (operation.ValueKind != JsonValueKind.Object
            || !operation.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.String)
        {
            throw ScimErrors.InvalidSyntax("Each operation needs an 'op'.");
        }
        var op = opElement.GetString()!.ToLowerInvariant();
        var path = operation.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var hasValue = operation.TryGetProperty("value", out var value);
        switch (op)
        {
            case "add" or "replace" when path is not null:
                if (!hasValue)
                {
                    throw ScimErrors.InvalidSyntax($"The {op} operation on '{path}' needs a value.");
                }
                return [ScimUserAttributes.Set(path, value, change)];
            case "add" or "replace":
                if (!hasValue || value.ValueKind != JsonValueKind.Object)
                {
                    throw ScimErrors.InvalidSyntax($"An {op} operation without a path needs an object value.");
                }
                return ScimUserAttributes.FromObject(value, change);
            case "remove" when path is not null:
                return [ScimUserAttributes.Remove(path, change)];
            case "remove":
                throw new ScimException(400, "A remove operation needs a path.", "noTarget");
            default:
                throw ScimErrors.InvalidSyntax($"Unknown operation '{op}'; use add, replace or remove.");
        }
    }

    /// <summary>Only accounts that were never claimed can be deleted; others answer 412.</summary>
    private static ScimResult Delete(ScimCall call, Person person)
    {
        if (person.EverClaimed)
        {
            throw new ScimException(412, $"User {person.Id} has claimed their account; claimed accounts cannot be deleted, deactivate them instead.");
        }
        call.Community.RemovePerson(person, call.Now);
        return ScimResult.Empty(200);
    }
}
