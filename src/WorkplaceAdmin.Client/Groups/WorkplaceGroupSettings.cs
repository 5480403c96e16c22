using System.Globalization;

namespace WorkplaceAdmin.Client;

/// <summary>
/// The settings of a group to create or change (workplace-api.md §3.3). Null means "not given": an update
/// leaves that setting as it is. <see cref="ToParameters"/> checks every value before anything is sent.
/// </summary>
public sealed class WorkplaceGroupSettings
{
    public static readonly IReadOnlyList<string> Privacies = ["OPEN", "CLOSED", "SECRET"];
    public static readonly IReadOnlyList<string> Purposes =
        ["WORK_TEAMWORK", "WORK_FEEDBACK", "WORK_ANNOUNCEMENT", "WORK_SOCIAL", "WORK_FOR_SALE", "WORK_MULTI_COMPANY"];
    public static readonly IReadOnlyList<string> PostPermissionValues = ["NONE", "ADMIN_ONLY"];
    public static readonly IReadOnlyList<string> JoinSettings = ["NONE", "ANYONE", "ADMIN_ONLY"];

    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Privacy { get; init; }
    public string? Purpose { get; init; }
    public string? PostPermissions { get; init; }
    public string? JoinSetting { get; init; }

    /// <summary>Id of the person who becomes the group's first admin (create only).</summary>
    public string? AdminId { get; init; }

    /// <summary>True archives, false unarchives (update only).</summary>
    public bool? Archived { get; init; }

    public bool IsEmpty =>
        Name is null && Description is null && Privacy is null && Purpose is null && PostPermissions is null &&
        JoinSetting is null && AdminId is null && Archived is null;

    /// <summary>The form parameters of the create or update call.</summary>
    /// <exception cref="ArgumentException">A value is empty or not one the API accepts; the message names it.</exception>
    public Dictionary<string, string?> ToParameters(bool creating)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (creating && string.IsNullOrWhiteSpace(Name))
            throw new ArgumentException("A new group needs a name.", nameof(Name));
        if (Name is not null)
        {
            if (string.IsNullOrWhiteSpace(Name))
                throw new ArgumentException("The group name is empty; expected the name the group should have.", nameof(Name));
            parameters["name"] = IdentityInput.Require(nameof(Name), Name, IdentityKind.Name);
        }
        if (Description is not null)
            parameters["description"] = Description;
        Add(parameters, "privacy", Privacy, Privacies, nameof(Privacy));
        Add(parameters, "purpose", Purpose, Purposes, nameof(Purpose));
        Add(parameters, "post_permissions", PostPermissions, PostPermissionValues, nameof(PostPermissions));
        Add(parameters, "join_setting", JoinSetting, JoinSettings, nameof(JoinSetting));
        if (AdminId is not null)
        {
            if (!creating)
                throw new ArgumentException("The first admin is set when the group is created; to add admins later, use the group's admins.", nameof(AdminId));
            if (AdminId.Length == 0 || !AdminId.All(char.IsAsciiDigit))
                throw new ArgumentException($"The admin '{AdminId}' is not a person id; expected the numeric id of an existing member.", nameof(AdminId));
            parameters["admin"] = AdminId;
        }
        if (Archived is { } archived)
        {
            if (creating)
                throw new ArgumentException("A group cannot be created archived; create it, then archive it.", nameof(Archived));
            parameters["archive"] = archived ? "true" : "false";
        }
        return parameters;
    }

    private static void Add(Dictionary<string, string?> parameters, string name, string? value, IReadOnlyList<string> allowed, string property)
    {
        if (value is null)
            return;
        var normalized = value.Trim().ToUpper(CultureInfo.InvariantCulture);
        if (!allowed.Contains(normalized))
            throw new ArgumentException($"'{value}' is not a valid {property}; expected one of {string.Join(", ", allowed)}.", property);
        parameters[name] = normalized;
    }
}
