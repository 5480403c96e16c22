using System.Globalization;
using System.Net.Mail;

namespace WorkplaceAdmin.Client;

/// <summary>
/// What the module accepts as a login email, checked before anything is sent: one plain address (no display name,
/// no angle brackets, no list, no quotes), at most 254 characters with a local part of at most 64 (RFC 5321), a host of
/// dot-separated labels of letters, digits and hyphens (at most 63 each), and no whitespace, control or invisible
/// characters (a zero-width space pasted from a web page would make an address nobody can type).
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;
    public const int MaxLocalPartLength = 64;
    public const int MaxLabelLength = 63;

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(IsForbidden))
            return false;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text)
            return false;
        var at = text.LastIndexOf('@');
        var local = text[..at];
        var labels = text[(at + 1)..].Split('.');
        return local.Length <= MaxLocalPartLength && labels.Length >= 2 && labels.All(IsHostLabel);
    }

    // Quotes: RFC 5322 allows a quoted local part, but no login email has one, and a quote in a cell is a CSV mistake.
    private static bool IsForbidden(char c) =>
        c == '"' || char.IsWhiteSpace(c) || char.IsControl(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsHostLabel(string label) =>
        label.Length is > 0 and <= MaxLabelLength && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
