namespace WorkplaceAdmin.Client;

/// <summary>The kinds of value that name one object, each with its own shape.</summary>
public enum IdentityKind
{
    /// <summary>A Workplace id: digits only (<see cref="WorkplaceId"/>).</summary>
    Id,

    /// <summary>A login email (<see cref="EmailAddress"/>).</summary>
    Email,

    /// <summary>An external id from an identity source: any text without control characters.</summary>
    ExternalId,

    /// <summary>A name (a group, a link, an integration): any text without control characters.</summary>
    Name,
}

/// <summary>
/// One rule for every value that names an object, checked before any request. An empty, null or whitespace value never
/// means "everything": it is an error for that value (listing everything takes no identity parameter at all).
/// </summary>
public static class IdentityInput
{
    /// <summary>External ids and names longer than this cannot be real (Workplace keeps names far shorter).</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The value, trimmed; or <see cref="ArgumentException"/> naming the parameter, the value and what was expected.</summary>
    public static string Require(string parameter, string? value, IdentityKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(parameter);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                $"-{parameter} is {(value is null ? "null" : "empty")}: an empty value names nothing. Give {Expected(kind)}, or leave -{parameter} out to list everything.");
        }

        var trimmed = value.Trim();
        var valid = kind switch
        {
            IdentityKind.Id => WorkplaceId.IsNumeric(trimmed),
            IdentityKind.Email => EmailAddress.IsValid(trimmed),
            _ => trimmed.Length <= MaxTextLength && !trimmed.Any(IsInvisible),
        };
        if (!valid)
        {
            throw new ArgumentException($"-{parameter} '{InputText.Shown(trimmed)}' is not {Expected(kind)}.");
        }

        return trimmed;
    }

    /// <summary>Control characters and zero-width ones (a pasted U+200B makes a name nobody can type).</summary>
    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format;

    private static string Expected(IdentityKind kind) => kind switch
    {
        IdentityKind.Id => $"a Workplace id (digits only, at most {WorkplaceId.MaxLength})",
        IdentityKind.Email => "an email address",
        IdentityKind.ExternalId => $"an external id (text of at most {MaxTextLength} characters, no control or invisible characters)",
        _ => $"a name (text of at most {MaxTextLength} characters, no control or invisible characters)",
    };
}
