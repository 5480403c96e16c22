using System.Text.Json;
using WorkplaceAdmin.Emulator.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>Writes a person as a SCIM 2.0 user with the enterprise and Facebook extensions (workplace-api.md §5.3).</summary>
internal static class ScimUserWriter
{
    public static void Write(Utf8JsonWriter w, Person p, Community community, string scimBase)
    {
        w.WriteStartObject();
        w.WriteStartArray("schemas");
        w.WriteStringValue(ScimUrns.User);
        w.WriteStringValue(ScimUrns.Enterprise);
        w.WriteStringValue(ScimUrns.StartTermDates);
        w.WriteStringValue(ScimUrns.AccountStatus);
        w.WriteStringValue(ScimUrns.AuthMethod);
        w.WriteEndArray();
        w.WriteString("id", p.Id);
        if (p.Email is not null)
        {
            w.WriteString("userName", p.Email);
        }
        Optional(w, "externalId", p.ExternalId);
        w.WriteStartObject("name");
        w.WriteString("formatted", p.Name);
        w.WriteString("givenName", p.FirstName);
        w.WriteString("familyName", p.LastName);
        Optional(w, "middleName", p.MiddleName);
        w.WriteEndObject();
        Optional(w, "displayName", p.DisplayName ?? p.Name);
        Optional(w, "nickName", p.NickName);
        Optional(w, "title", p.Title);
        Optional(w, "userType", p.UserType);
        Optional(w, "preferredLanguage", p.PreferredLanguage);
        Optional(w, "locale", p.Locale);
        Optional(w, "timezone", p.Timezone);
        w.WriteBoolean("active", p.Active);
        if (p.Email is not null)
        {
            w.WriteStartArray("emails");
            w.WriteStartObject();
            w.WriteString("value", p.Email);
            w.WriteString("type", "work");
            w.WriteBoolean("primary", true);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        if (p.PrimaryPhone is not null)
        {
            w.WriteStartArray("phoneNumbers");
            w.WriteStartObject();
            w.WriteString("value", p.PrimaryPhone);
            w.WriteString("type", "work");
            w.WriteBoolean("primary", true);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        if (p.PrimaryAddress is not null)
        {
            w.WriteStartArray("addresses");
            w.WriteStartObject();
            w.WriteString("type", "work");
            w.WriteString("formatted", p.PrimaryAddress);
            w.WriteBoolean("primary", true);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject(ScimUrns.Enterprise);
        Optional(w, "employeeNumber", p.EmployeeNumber);
        Optional(w, "costCenter", p.CostCenter);
        Optional(w, "organization", p.Organization);
        Optional(w, "division", p.Division);
        Optional(w, "department", p.Department);
        if (p.ManagerId is not null)
        {
            w.WriteStartObject("manager");
            w.WriteString("managerId", p.ManagerId);
            if (community.FindPerson(p.ManagerId) is { } manager)
            {
                w.WriteString("displayName", manager.Name);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();

        w.WriteStartObject(ScimUrns.StartTermDates);
        w.WriteNumber("startDate", p.StartDate is { } start ? WireTime.Unix(start) : 0);
        w.WriteNumber("termDate", p.TermDate is { } term ? WireTime.Unix(term) : 0);
        w.WriteEndObject();

        w.WriteStartObject(ScimUrns.AccountStatus);
        w.WriteBoolean("invited", p.Invited);
        if (p.Invited && p.InviteTime is { } invited)
        {
            w.WriteNumber("inviteDate", WireTime.Unix(invited));
        }
        w.WriteBoolean("claimed", p.Claimed);
        if (p.Claimed && p.ClaimTime is { } claimed)
        {
            w.WriteNumber("claimDate", WireTime.Unix(claimed));
        }
        if (p.Invited && !p.Claimed)
        {
            w.WriteString("claimLink", "https://fb.me/emulator-claim-" + p.Id);
        }
        w.WriteEndObject();

        w.WriteStartObject(ScimUrns.AuthMethod);
        w.WriteString("authMethod", p.AuthMethod);
        w.WriteEndObject();

        w.WriteStartObject("meta");
        w.WriteString("resourceType", "User");
        w.WriteString("created", WireTime.Iso(p.CreatedTime));
        w.WriteString("lastModified", WireTime.Iso(p.UpdatedTime));
        w.WriteString("location", scimBase + "/Users/" + p.Id);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
