using System.Diagnostics.CodeAnalysis;

namespace WorkplaceAdmin.Client.Messages;

/// <summary>A recipient as an admin has it in hand: a numeric person id or an email address.</summary>
public static class RecipientInput
{
    public static bool IsPersonId([NotNullWhen(true)] string? text) =>
        WorkplaceId.IsNumeric(text?.Trim());

    /// <summary>A login email (<see cref="EmailAddress"/>) that is also safe as one id in a comma-separated ids= list.</summary>
    public static bool IsEmail([NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var trimmed = text.Trim();
        return EmailAddress.IsValid(trimmed) && !trimmed.Any(c => c is ',' or '/' or '?' or '#');
    }

    /// <summary>Trims the input and checks that it is an id or an email (as <see cref="MemberReference"/> does for group changes).</summary>
    /// <exception cref="ArgumentException">Neither a person id nor an email that can be looked up.</exception>
    public static string Normalize(string? text)
    {
        var reference = MemberReference.Parse(text ?? "");
        if (reference.Email is { } email && !IsEmail(email))
            throw new ArgumentException($"'{InputText.Shown(email)}' is not an email address that can be looked up (one '@', no spaces, commas, '/', '?' or '#').", nameof(text));
        return reference.Text;
    }
}
