using System.Text.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>The context of one SCIM change: the community (for uniqueness and manager lookups) and the time.</summary>
internal sealed record ScimChange(Community Community, Person Target, DateTimeOffset Now);

/// <summary>
/// The writable user attributes, addressable by PATCH path (<c>active</c>, <c>name.givenName</c>,
/// <c>urn:…:enterprise:2.0:User:department</c>) and by POST/PUT bodies. Setting an attribute first validates the
/// value and returns the change to make, so a request applies all of its changes or none.
/// </summary>
internal static class ScimUserAttributes
{
    private delegate Action<Person> Setter(JsonElement value, ScimChange change, string path);

    private sealed record Attribute(Setter Set, Action<Person>? Clear)
    {
        /// <summary>Clearing that needs the community (to keep its indexes right).</summary>
        public Action<Person, ScimChange>? ClearWithContext { get; init; }
    }

    private static readonly Dictionary<string, Attribute> Attributes = Build();

    /// <summary>The change for one path and value (PATCH add/replace).</summary>
    public static Action<Person> Set(string path, JsonElement value, ScimChange change)
    {
        var (key, attribute) = Find(path);
        return attribute is not null ? attribute.Set(value, change, path) : SetComposite(key, path, value, change);
    }

    /// <summary>The change for removing one path (PATCH remove).</summary>
    public static Action<Person> Remove(string path, ScimChange change)
    {
        var attribute = Find(path).Attribute ?? throw ScimErrors.InvalidPath(path);
        if (attribute.ClearWithContext is { } clear)
        {
            return person => clear(person, change);
        }
        return attribute.Clear ?? throw ScimErrors.InvalidValue($"'{path}' is required and cannot be removed.");
    }

    /// <summary>The changes for a body (POST, PUT, PATCH without path): known attributes only; others are ignored.</summary>
    public static List<Action<Person>> FromObject(JsonElement body, ScimChange change)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw ScimErrors.InvalidSyntax("A SCIM user must be a JSON object.");
        }
        var changes = new List<Action<Person>>();
        foreach (var property in body.EnumerateObject())
        {
            var name = property.Name;
            if (name is "schemas" or "id" or "meta" or "groups" or "emails" or "photos")
            {
                continue;
            }
            if (IsExtension(name) || name == "name")
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    throw ScimErrors.InvalidValue($"'{name}' must be an object.");
                }
                foreach (var inner in property.Value.EnumerateObject())
                {
                    var path = name + (IsExtension(name) ? ":" : ".") + inner.Name;
                    if (Attributes.ContainsKey(path.ToLowerInvariant()))
                    {
                        changes.Add(Set(path, inner.Value, change));
                    }
                }
            }
            else if (name is "invited" or "claimed")
            {
                // WPS UnclaimInBulk sends these top-level; Workplace reads them as the account status extension.
                changes.Add(Set(ScimUrns.AccountStatus + ":" + name, property.Value, change));
            }
            else if (Attributes.ContainsKey(name.ToLowerInvariant()))
            {
                changes.Add(Set(name, property.Value, change));
            }
        }
        return changes;
    }

    private static bool IsExtension(string name) => ScimUrns.UserExtensions.Any(u => string.Equals(u, name, StringComparison.OrdinalIgnoreCase));

    private static (string Key, Attribute? Attribute) Find(string path)
    {
        var key = path.Trim().ToLowerInvariant();
        // "urn:…:User:name.givenName" addresses core attributes by their full URN.
        var corePrefix = ScimUrns.User.ToLowerInvariant() + ":";
        if (key.StartsWith(corePrefix, StringComparison.Ordinal))
        {
            key = key[corePrefix.Length..];
        }
        // Filtered multi-valued paths (Entra ID style): phoneNumbers[type eq "work"].value and the like.
        var bracket = key.IndexOf('[');
        if (bracket > 0)
        {
            key = key[..bracket] + "[]";
        }
        return (key, Attributes.GetValueOrDefault(key));
    }

    /// <summary>A whole extension object or the whole <c>name</c> as a PATCH value.</summary>
    private static Action<Person> SetComposite(string key, string path, JsonElement value, ScimChange change)
    {
        var isExtension = ScimUrns.UserExtensions.Any(u => string.Equals(u, key, StringComparison.OrdinalIgnoreCase));
        if (!isExtension && key != "name")
        {
            throw ScimErrors.InvalidPath(path);
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw ScimErrors.InvalidValue($"'{path}' must be an object.");
        }
        var changes = new List<Action<Person>>();
        foreach (var inner in value.EnumerateObject())
        {
            var innerPath = (isExtension ? key + ":" : "name.") + inner.Name;
            changes.Add(Set(innerPath, inner.Value, change));
        }
        return person => changes.ForEach(apply => apply(person));
    }

    private static Dictionary<string, Attribute> Build()
    {
        var table = new Dictionary<string, Attribute>(StringComparer.Ordinal);

        void Text(string path, Action<Person, string?> set) =>
            table[path.ToLowerInvariant()] = new Attribute((v, _, p) => { var text = ScimValues.Text(v, p); return person => set(person, text); }, person => set(person, null));

        table["username"] = new Attribute(SetUserName, Clear: null);
        table["externalid"] = new Attribute(SetExternalId, _ => { })
        {
            ClearWithContext = (person, change) => change.Community.ChangeExternalId(person, null),
        };
        table["active"] = new Attribute((v, c, p) => { var active = ScimValues.Bool(v, p); return person => person.SetActive(active, c.Now); }, Clear: null);
        Text("name.givenName", (p, v) => p.FirstName = v ?? "");
        Text("name.familyName", (p, v) => p.LastName = v ?? "");
        Text("name.middleName", (p, v) => p.MiddleName = v);
        Text("name.formatted", (p, v) => p.FormattedNameOverride = v);
        Text("displayName", (p, v) => p.DisplayName = v);
        Text("nickName", (p, v) => p.NickName = v);
        Text("title", (p, v) => p.Title = v);
        Text("userType", (p, v) => p.UserType = v);
        Text("preferredLanguage", (p, v) => p.PreferredLanguage = v);
        Text("locale", (p, v) => p.Locale = v);
        Text("timezone", (p, v) => p.Timezone = v);
        table["phonenumbers"] = new Attribute((v, _, p) => { var phone = ScimValues.PrimaryOf(v, "value", p); return person => person.PrimaryPhone = phone; }, p => p.PrimaryPhone = null);
        table["phonenumbers[]"] = new Attribute((v, _, p) => { var phone = ScimValues.Text(v, p); return person => person.PrimaryPhone = phone; }, p => p.PrimaryPhone = null);
        table["addresses"] = new Attribute((v, _, p) => { var address = ScimValues.PrimaryOf(v, "formatted", p) ?? ScimValues.PrimaryOf(v, "streetAddress", p); return person => person.PrimaryAddress = address; }, p => p.PrimaryAddress = null);
        table["addresses[]"] = new Attribute((v, _, p) => { var address = ScimValues.Text(v, p); return person => person.PrimaryAddress = address; }, p => p.PrimaryAddress = null);
        // The login email is userName; emails[...] paths are accepted and left to it.
        table["emails[]"] = new Attribute((_, _, _) => _ => { }, _ => { });

        var enterprise = ScimUrns.Enterprise + ":";
        Text(enterprise + "employeeNumber", (p, v) => p.EmployeeNumber = v);
        Text(enterprise + "costCenter", (p, v) => p.CostCenter = v);
        Text(enterprise + "organization", (p, v) => p.Organization = v);
        Text(enterprise + "division", (p, v) => p.Division = v);
        Text(enterprise + "department", (p, v) => p.Department = v);
        table[(enterprise + "manager").ToLowerInvariant()] = new Attribute(SetManager, p => p.ManagerId = null);
        table[(enterprise + "manager.managerId").ToLowerInvariant()] = new Attribute(SetManager, p => p.ManagerId = null);
        table[(enterprise + "manager.value").ToLowerInvariant()] = new Attribute(SetManager, p => p.ManagerId = null);

        var dates = ScimUrns.StartTermDates + ":";
        table[(dates + "startDate").ToLowerInvariant()] = new Attribute((v, _, p) => { var d = ScimValues.UnixDate(v, p); return person => person.StartDate = d; }, p => p.StartDate = null);
        table[(dates + "termDate").ToLowerInvariant()] = new Attribute((v, _, p) => { var d = ScimValues.UnixDate(v, p); return person => person.TermDate = d; }, p => p.TermDate = null);

        var status = ScimUrns.AccountStatus + ":";
        table[(status + "invited").ToLowerInvariant()] = new Attribute(SetInvited, _ => { });
        table[(status + "claimed").ToLowerInvariant()] = new Attribute(SetClaimed, _ => { });

        table[(ScimUrns.AuthMethod + ":authMethod").ToLowerInvariant()] = new Attribute((v, _, p) =>
        {
            var method = ScimValues.Text(v, p)?.ToLowerInvariant();
            if (method is not ("password" or "sso"))
            {
                throw ScimErrors.InvalidValue("authMethod must be 'password' or 'sso'.");
            }
            return person => person.AuthMethod = method;
        }, p => p.AuthMethod = "password");
        return table;
    }

    private static Action<Person> SetUserName(JsonElement value, ScimChange change, string path)
    {
        var userName = ScimValues.Text(value, path)?.Trim();
        if (string.IsNullOrEmpty(userName) || !userName.Contains('@'))
        {
            throw ScimErrors.InvalidValue("userName must be an email address.");
        }
        var verified = change.Community.VerifiedDomains;
        var domain = userName[(userName.LastIndexOf('@') + 1)..].ToLowerInvariant();
        // An unchanged userName stays accepted: accounts made before a domain list existed keep working.
        var unchanged = string.Equals(change.Target?.Email, userName, StringComparison.OrdinalIgnoreCase);
        if (verified.Count > 0 && !verified.Contains(domain) && !unchanged)
        {
            throw ScimErrors.UnverifiedDomain(userName, verified);
        }
        if (change.Community.IsEmailTaken(userName, change.Target))
        {
            throw ScimErrors.Uniqueness($"userName {userName} is already in use.");
        }
        return person => change.Community.ChangeEmail(person, userName);
    }

    private static Action<Person> SetExternalId(JsonElement value, ScimChange change, string path)
    {
        var externalId = ScimValues.Text(value, path)?.Trim();
        if (string.IsNullOrEmpty(externalId))
        {
            return person => change.Community.ChangeExternalId(person, null);
        }
        if (change.Community.IsExternalIdTaken(externalId, change.Target))
        {
            throw ScimErrors.Uniqueness($"externalId {externalId} is already in use.");
        }
        return person => change.Community.ChangeExternalId(person, externalId);
    }

    private static Action<Person> SetManager(JsonElement value, ScimChange change, string path)
    {
        var id = value.ValueKind == JsonValueKind.Object
            ? (value.TryGetProperty("managerId", out var m) ? ScimValues.Text(m, path) : value.TryGetProperty("value", out var v) ? ScimValues.Text(v, path) : null)
            : ScimValues.Text(value, path);
        if (string.IsNullOrWhiteSpace(id))
        {
            return person => person.ManagerId = null;
        }
        var manager = change.Community.FindPerson(id.Trim());
        if (manager is null || manager == change.Target)
        {
            throw ScimErrors.InvalidValue($"manager {id} is not another user of this community.");
        }
        return person => person.ManagerId = manager.Id;
    }

    private static Action<Person> SetInvited(JsonElement value, ScimChange change, string path)
    {
        var invited = ScimValues.Bool(value, path);
        return person =>
        {
            if (invited && !person.Invited)
            {
                person.Invited = true;
                person.InviteTime = change.Now;
            }
            else if (!invited && !person.Claimed)
            {
                person.Invited = false;
                person.InviteTime = null;
            }
        };
    }

    /// <summary>Only "unclaim" (claimed=false) can be asked for; claiming is something the person does.</summary>
    private static Action<Person> SetClaimed(JsonElement value, ScimChange change, string path)
    {
        var claimed = ScimValues.Bool(value, path);
        return person =>
        {
            if (!claimed && person.Claimed)
            {
                person.Claimed = false;
                person.ClaimTime = null;
            }
        };
    }
}
