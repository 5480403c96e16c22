using System.Text.Json.Nodes;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Builds the SCIM 2.0 bodies for <see cref="UserFields"/>: a user for POST, and a PatchOp with one replace per
/// given field for PATCH (so only those fields change). IsFrontline has no SCIM 2.0 attribute and is written
/// through Graph instead.
/// </summary>
internal static class ScimUserBody
{
    private const string Work = "work";

    public static JsonObject ForCreate(UserFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUserSchemas.User, ScimUserSchemas.Enterprise, ScimUserSchemas.StartTermDates, ScimUserSchemas.AuthMethod),
        };
        if (fields.Email is { } email)
            user["userName"] = email;
        if (fields.ExternalId is { } externalId)
            user["externalId"] = externalId;
        var (given, family) = NameParts(fields);
        var name = new JsonObject();
        if (fields.Name is { } formatted)
            name["formatted"] = formatted;
        if (given is not null)
            name["givenName"] = given;
        if (family is not null)
            name["familyName"] = family;
        user["name"] = name;
        foreach (var field in fields.Given())
        {
            switch (field)
            {
                case UserField.Email or UserField.ExternalId or UserField.Name or UserField.GivenName or UserField.FamilyName or UserField.IsFrontline:
                    break;
                case UserField.Active:
                    user["active"] = fields.Active;
                    break;
                default:
                    var (path, value) = Attribute(field, fields);
                    Place(user, path, value);
                    break;
            }
        }
        return user;
    }

    /// <summary>A PatchOp replacing each given field; null when no field is given (nothing to send).</summary>
    public static JsonObject? ForPatch(UserFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var operations = new JsonArray();
        foreach (var field in fields.Given())
        {
            if (field == UserField.IsFrontline)
                continue;
            var (path, value) = Attribute(field, fields);
            operations.Add(new JsonObject { ["op"] = "replace", ["path"] = path, ["value"] = value });
        }
        if (operations.Count == 0)
            return null;
        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUserSchemas.PatchOp),
            ["Operations"] = operations,
        };
    }

    /// <summary>The SCIM path of a field and its value.</summary>
    private static (string Path, JsonNode? Value) Attribute(UserField field, UserFields fields)
    {
        const string enterprise = ScimUserSchemas.Enterprise + ":";
        return field switch
        {
            UserField.Email => ("userName", fields.Email),
            UserField.ExternalId => ("externalId", fields.ExternalId),
            UserField.Name => ("name.formatted", fields.Name),
            UserField.GivenName => ("name.givenName", fields.GivenName),
            UserField.FamilyName => ("name.familyName", fields.FamilyName),
            UserField.Title => ("title", fields.Title),
            UserField.Locale => ("locale", fields.Locale),
            UserField.TimeZone => ("timezone", fields.TimeZone),
            UserField.PhoneNumber => ("phoneNumbers", new JsonArray(new JsonObject { ["value"] = fields.PhoneNumber, ["type"] = Work, ["primary"] = true })),
            UserField.Department => (enterprise + "department", fields.Department),
            UserField.Division => (enterprise + "division", fields.Division),
            UserField.Organization => (enterprise + "organization", fields.Organization),
            UserField.CostCenter => (enterprise + "costCenter", fields.CostCenter),
            UserField.EmployeeNumber => (enterprise + "employeeNumber", fields.EmployeeNumber),
            UserField.Manager => (enterprise + "manager", new JsonObject { ["managerId"] = fields.ManagerId }),
            UserField.StartDate => (ScimUserSchemas.StartTermDates + ":startDate", fields.StartDate!.Value.ToUnixTimeSeconds()),
            UserField.AuthMethod => (ScimUserSchemas.AuthMethod + ":authMethod", fields.AuthMethod),
            UserField.Active => ("active", fields.Active),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "IsFrontline is written through Graph."),
        };
    }

    /// <summary>Places a path's value in a POST body: core attributes at the top, extension attributes in their object.</summary>
    private static void Place(JsonObject user, string path, JsonNode? value)
    {
        var colon = path.LastIndexOf(':');
        if (colon < 0)
        {
            user[path] = value;
            return;
        }
        var urn = path[..colon];
        if (user[urn] is not JsonObject extension)
            user[urn] = extension = new JsonObject();
        extension[path[(colon + 1)..]] = value;
    }

    /// <summary>Given and family names: as given, else split from Name at the first space.</summary>
    public static (string? Given, string? Family) NameParts(UserFields fields)
    {
        if (fields.GivenName is not null || fields.FamilyName is not null || fields.Name is null)
            return (fields.GivenName, fields.FamilyName);
        var name = fields.Name.Trim();
        var space = name.IndexOf(' ');
        return space < 0 ? (name, null) : (name[..space], name[(space + 1)..].Trim());
    }
}
