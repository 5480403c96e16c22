using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// Link names: 1–64 letters, digits, '.', '-' or '_', starting with a letter or digit. They name files and
/// vault secrets, so nothing else is allowed; they compare case-insensitively.
/// </summary>
public static class LinkName
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    private static readonly Regex Pattern = new("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant);

    /// <exception cref="ArgumentException">Not a valid link name.</exception>
    public static string Validate(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new ArgumentException("The link name is empty; expected 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit.", nameof(name));
        if (!Pattern.IsMatch(trimmed))
            throw new ArgumentException(
                $"'{InputText.Shown(trimmed)}' is not a valid link name; expected 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit.",
                nameof(name));
        return trimmed;
    }
}
