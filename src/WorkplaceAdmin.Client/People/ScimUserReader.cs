using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Reads a SCIM user (core, enterprise and Facebook extensions) into a <see cref="WorkplaceUser"/>. Lenient: missing
/// parts give nulls, 1.x extension names are read when the 2.0 ones are absent, and dates may be unix seconds or
/// ISO 8601 text (sources disagree, workplace-api.md §5.4).
/// </summary>
internal static class ScimUserReader
{
    public static WorkplaceUser Read(JsonElement json)
    {
        var name = json.Property("name");
        var enterprise = Extension(json, ScimUserSchemas.Enterprise, ScimUserSchemas.Enterprise1);
        var dates = Extension(json, ScimUserSchemas.StartTermDates, ScimUserSchemas.StartTermDates1);
        var status = Extension(json, ScimUserSchemas.AccountStatus, ScimUserSchemas.AccountStatus1);
        var auth = Extension(json, ScimUserSchemas.AuthMethod, ScimUserSchemas.AuthMethod1);
        var frontline = Extension(json, ScimUserSchemas.Frontline1);
        var manager = enterprise?.Property("manager");

        var active = json.Bool("active") ?? true;
        var invited = status?.Bool("invited");
        var claimed = status?.Bool("claimed");
        var givenName = name?.String("givenName");
        var familyName = name?.String("familyName");
        return new WorkplaceUser
        {
            Id = json.String("id") ?? "",
            Email = json.String("userName") ?? PrimaryValue(json.Property("emails")),
            Name = name?.String("formatted") ?? json.String("displayName") ?? JoinName(givenName, familyName),
            GivenName = givenName,
            FamilyName = familyName,
            Title = json.String("title"),
            Department = enterprise?.String("department"),
            Division = enterprise?.String("division"),
            Organization = enterprise?.String("organization"),
            CostCenter = enterprise?.String("costCenter"),
            EmployeeNumber = enterprise?.String("employeeNumber"),
            ManagerId = manager?.String("managerId") ?? manager?.String("value"),
            ManagerName = manager?.String("displayName"),
            Locale = json.String("locale"),
            TimeZone = json.String("timezone"),
            PhoneNumber = PrimaryValue(json.Property("phoneNumbers")),
            ExternalId = json.String("externalId"),
            Active = active,
            Status = UserStatusRules.From(active, invited ?? claimed ?? false, claimed ?? false),
            CreatedTime = json.Property("meta")?.DateTime("created"),
            InvitedTime = status?.DateTime("inviteDate"),
            ClaimedTime = status?.DateTime("claimDate"),
            StartDate = dates?.DateTime("startDate"),
            AuthMethod = auth?.String("authMethod") ?? auth?.String("auth_method"),
            IsFrontline = frontline?.Bool("is_frontline"),
        };
    }

    private static JsonElement? Extension(JsonElement json, params string[] urns)
    {
        foreach (var urn in urns)
        {
            if (json.Property(urn) is { ValueKind: JsonValueKind.Object } extension)
                return extension;
        }
        return null;
    }

    /// <summary>The primary entry's value of a multi-valued attribute, else the first one's.</summary>
    private static string? PrimaryValue(JsonElement? values)
    {
        if (values is not { ValueKind: JsonValueKind.Array } array)
            return null;
        string? first = null;
        foreach (var entry in array.EnumerateArray())
        {
            var value = entry.ValueKind == JsonValueKind.String ? entry.GetString() : entry.String("value");
            if (value is null)
                continue;
            if (entry.Bool("primary") == true)
                return value;
            first ??= value;
        }
        return first;
    }

    private static string? JoinName(string? given, string? family) =>
        given is null && family is null ? null : string.Join(' ', new[] { given, family }.Where(part => !string.IsNullOrEmpty(part)));
}
