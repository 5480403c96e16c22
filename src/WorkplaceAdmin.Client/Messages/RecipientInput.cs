using System.Diagnostics.CodeAnalysis;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>A recipient as an admin has it in hand: a numeric person id or an email address.</summary>
public static class RecipientInput
{
    public static bool IsPersonId([NotNullWhen(true)] string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 30 && text.Trim().All(char.IsAsciiDigit);

    /// <summary>Loose on purpose (Workplace decides what a login email is), but strict enough to be one id in a comma-separated ids= list.</summary>
    public static bool IsEmail([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        var at = trimmed.IndexOf('@');
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 &&
               !trimmed.Any(c => char.IsWhiteSpace(c) || c is ',' or '/' or '?' or '#');
    }

    /// <summary>Trims the input and checks that it is an id or an email.</summary>
    /// <exception cref="ArgumentException">Neither a person id nor an email.</exception>
    public static string Normalize(string? text)
    {
        if (IsPersonId(text) || IsEmail(text))
            return text.Trim();
        var shown = text is null ? "(null)" : text.Length <= 100 ? $"'{text}'" : $"'{text[..100]}…'";
        throw new ArgumentException($"The recipient {shown} is neither a Workplace person id (digits) nor an email address.", nameof(text));
    }
}
