using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary><c>/ServiceProviderConfigs</c> and <c>/Schemas</c>: what this SCIM service supports.</summary>
internal static class ScimDiscovery
{
    private static readonly (string Name, string Type, bool MultiValued, bool Required, string Mutability)[] CoreAttributes =
    [
        ("id", "string", false, false, "readOnly"),
        ("userName", "string", false, true, "readWrite"),
        ("externalId", "string", false, false, "readWrite"),
        ("name", "complex", false, true, "readWrite"),
        ("displayName", "string", false, false, "readWrite"),
        ("nickName", "string", false, false, "readWrite"),
        ("title", "string", false, false, "readWrite"),
        ("userType", "string", false, false, "readWrite"),
        ("preferredLanguage", "string", false, false, "readWrite"),
        ("locale", "string", false, false, "readWrite"),
        ("timezone", "string", false, false, "readWrite"),
        ("active", "boolean", false, false, "readWrite"),
        ("emails", "complex", true, false, "readWrite"),
        ("phoneNumbers", "complex", true, false, "readWrite"),
        ("addresses", "complex", true, false, "readWrite"),
        ("groups", "complex", true, false, "readOnly"),
    ];

    public static ScimResult ServiceProviderConfig(ScimCall call) => ScimResult.Json(200, call, static (w, c) =>
    {
        w.WriteStartObject();
        w.WriteStartArray("schemas");
        w.WriteStringValue(ScimUrns.ServiceProviderConfig);
        w.WriteEndArray();
        Supported(w, "patch", true);
        w.WriteStartObject("bulk");
        w.WriteBoolean("supported", false);
        w.WriteNumber("maxOperations", 0);
        w.WriteNumber("maxPayloadSize", 0);
        w.WriteEndObject();
        w.WriteStartObject("filter");
        w.WriteBoolean("supported", true);
        w.WriteNumber("maxResults", c.Engine.Options.MaxPageLimit);
        w.WriteEndObject();
        Supported(w, "changePassword", false);
        Supported(w, "sort", false);
        Supported(w, "etag", false);
        w.WriteStartArray("authenticationSchemes");
        w.WriteStartObject();
        w.WriteString("type", "oauthbearertoken");
        w.WriteString("name", "OAuth Bearer Token");
        w.WriteString("description", "The access token of a custom integration with the Manage accounts permission.");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static ScimResult Schemas(ScimCall call, string? which)
    {
        if (which is null)
        {
            return ScimListWriter.Answer(call, [ScimUrns.User], (w, _) => WriteUserSchema(w));
        }
        if (which.Equals("Users", StringComparison.OrdinalIgnoreCase) || which.Equals("User", StringComparison.OrdinalIgnoreCase)
            || which.Equals(ScimUrns.User, StringComparison.OrdinalIgnoreCase))
        {
            return ScimResult.Json(200, 0, static (w, _) => WriteUserSchema(w));
        }
        throw ScimErrors.NotFound($"Schema {which}");
    }

    private static void WriteUserSchema(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("schemas");
        w.WriteStringValue(ScimUrns.Schema);
        w.WriteEndArray();
        w.WriteString("id", ScimUrns.User);
        w.WriteString("name", "User");
        w.WriteString("description", "Workplace account");
        w.WriteStartArray("attributes");
        foreach (var (name, type, multiValued, required, mutability) in CoreAttributes)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("type", type);
            w.WriteBoolean("multiValued", multiValued);
            w.WriteBoolean("required", required);
            w.WriteString("mutability", mutability);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Supported(Utf8JsonWriter w, string name, bool supported)
    {
        w.WriteStartObject(name);
        w.WriteBoolean("supported", supported);
        w.WriteEndObject();
    }
}
