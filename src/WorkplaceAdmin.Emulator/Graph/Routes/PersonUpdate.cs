using System.Text.Json;
using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Routes;

/// <summary>
/// Applies Graph account parameters to a person (<c>POST /{user}</c> and <c>POST /community/accounts</c>,
/// workplace-api.md §2.3). Validates everything before changing anything.
/// </summary>
internal static class PersonUpdate
{
    private static readonly string[] AuthMethods = ["password", "sso"];

    private static readonly (string Param, Action<Person, string?> Set)[] TextFields =
    [
        ("first_name", (p, v) => p.FirstName = v ?? ""),
        ("last_name", (p, v) => p.LastName = v ?? ""),
        ("title", (p, v) => p.Title = v),
        ("department", (p, v) => p.Department = v),
        ("division", (p, v) => p.Division = v),
        ("organization", (p, v) => p.Organization = v),
        ("cost_center", (p, v) => p.CostCenter = v),
        ("employee_number", (p, v) => p.EmployeeNumber = v),
        ("primary_phone", (p, v) => p.PrimaryPhone = v),
        ("primary_address", (p, v) => p.PrimaryAddress = v),
        ("locale", (p, v) => p.Locale = v),
        ("work_locale", (p, v) => p.Locale = v),
    ];

    public static void Apply(GraphCall call, Person person)
    {
        var community = call.Community;
        var email = call.Param("email")?.Trim();
        if (email is not null && (!email.Contains('@') || community.IsEmailTaken(email, person)))
        {
            throw GraphErrors.InvalidParameter(email.Contains('@')
                ? $"The email {email} is already used by another account"
                : $"Param email must be an email address");
        }
        var externalId = call.Param("external_id")?.Trim();
        if (externalId is not null && community.IsExternalIdTaken(externalId, person))
        {
            throw GraphErrors.InvalidParameter($"The external_id {externalId} is already used by another account");
        }
        Person? manager = null;
        if (call.Param("manager") is { } managerId)
        {
            manager = community.FindPerson(managerId.Trim());
            if (manager is null || manager == person)
            {
                throw GraphErrors.InvalidParameter($"Param manager must be the id of another account");
            }
        }
        var active = call.BoolParam("active");
        var authMethod = call.Param("auth_method") is { } method
            ? AuthMethods.FirstOrDefault(m => string.Equals(m, method.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw GraphErrors.InvalidParameter("Param auth_method must be one of {password, sso}")
            : null;
        var frontline = ReadFrontline(call);

        foreach (var (param, set) in TextFields)
        {
            if (call.Params.Has(param))
            {
                set(person, call.Param(param));
            }
        }
        if (call.Param("name") is { } fullName && !call.Params.Has("first_name") && !call.Params.Has("last_name"))
        {
            var space = fullName.Trim().IndexOf(' ');
            person.FirstName = space < 0 ? fullName.Trim() : fullName.Trim()[..space];
            person.LastName = space < 0 ? "" : fullName.Trim()[(space + 1)..];
        }
        if (email is not null)
        {
            community.ChangeEmail(person, email);
        }
        if (externalId is not null)
        {
            community.ChangeExternalId(person, externalId);
        }
        if (manager is not null)
        {
            person.ManagerId = manager.Id;
        }
        if (active is { } isActive)
        {
            person.SetActive(isActive, call.Now);
        }
        if (authMethod is not null)
        {
            person.AuthMethod = authMethod;
        }
        if (frontline is { } f)
        {
            person.IsFrontline = f.IsFrontline;
            person.FrontlineHasAccess = f.HasAccess;
        }
        person.UpdatedTime = call.Now;
    }

    private static (bool IsFrontline, bool HasAccess)? ReadFrontline(GraphCall call)
    {
        if (call.Param("frontline") is { } json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    var isFrontline = root.TryGetProperty("is_frontline", out var a) && a.ValueKind == JsonValueKind.True;
                    var hasAccess = root.TryGetProperty("has_access", out var b) ? b.ValueKind == JsonValueKind.True : isFrontline;
                    return (isFrontline, hasAccess);
                }
            }
            catch (JsonException)
            {
                // Reported below as a Graph error.
            }
            throw GraphErrors.InvalidParameter("Param frontline must be a JSON object like {\"is_frontline\":true,\"has_access\":true}");
        }
        return call.BoolParam("is_frontline") is { } flag ? (flag, flag) : null;
    }
}
