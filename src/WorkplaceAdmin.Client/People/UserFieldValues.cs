using System.Globalization;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.People;

/// <summary>
/// Field values in one comparable form, for desired values (<see cref="UserFields"/>) and current accounts
/// (<see cref="WorkplaceUser"/>): trimmed; emails compared without case; dates as unix seconds; booleans as text.
/// A null normalized value means "not given" (desired) or "not known" (current).
/// </summary>
public static class UserFieldValues
{
    public static string? Desired(UserFields fields, UserField field)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return field switch
        {
            UserField.StartDate => fields.StartDate is { } date ? date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : null,
            UserField.IsFrontline => Flag(fields.IsFrontline),
            UserField.Active => Flag(fields.Active),
            _ => Normalize(field, fields.Text(field)),
        };
    }

    public static string? Current(WorkplaceUser user, UserField field)
    {
        ArgumentNullException.ThrowIfNull(user);
        return field switch
        {
            UserField.Email => Normalize(field, user.Email),
            UserField.ExternalId => Normalize(field, user.ExternalId),
            UserField.Name => Normalize(field, user.Name),
            UserField.GivenName => Normalize(field, user.GivenName),
            UserField.FamilyName => Normalize(field, user.FamilyName),
            UserField.Title => Normalize(field, user.Title),
            UserField.Department => Normalize(field, user.Department),
            UserField.Division => Normalize(field, user.Division),
            UserField.Organization => Normalize(field, user.Organization),
            UserField.CostCenter => Normalize(field, user.CostCenter),
            UserField.EmployeeNumber => Normalize(field, user.EmployeeNumber),
            UserField.Manager => Normalize(field, user.ManagerId),
            UserField.Locale => Normalize(field, user.Locale),
            UserField.TimeZone => Normalize(field, user.TimeZone),
            UserField.PhoneNumber => Normalize(field, user.PhoneNumber),
            UserField.StartDate => user.StartDate is { } date ? date.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : null,
            UserField.AuthMethod => Normalize(field, user.AuthMethod),
            UserField.IsFrontline => Flag(user.IsFrontline),
            UserField.Active => Flag(user.Active),
            _ => null,
        };
    }

    /// <summary>
    /// The given fields whose desired value differs from the current one. IsFrontline counts only when the current
    /// value is known (SCIM 2.0 does not report it).
    /// </summary>
    public static IReadOnlyList<UserField> Differences(UserFields desired, WorkplaceUser current)
    {
        var changed = new List<UserField>();
        foreach (var field in desired.Given())
        {
            var want = Desired(desired, field);
            var have = Current(current, field);
            if (field == UserField.IsFrontline && have is null)
                continue;
            if (!string.Equals(want, have, StringComparison.Ordinal))
                changed.Add(field);
        }
        return changed;
    }

    internal static string? Normalize(UserField field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        return field is UserField.Email or UserField.AuthMethod ? text.ToLowerInvariant() : text;
    }

    private static string? Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}
