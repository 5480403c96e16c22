namespace WorkplaceAdmin.Client.Messages;

/// <summary>A Work Chat message id as Graph gives it: "m_" and an opaque key (letters, digits, '.', '$', '-', '_', ':').</summary>
public static class ChatMessageId
{
    private const int MaxLength = 200;

    /// <exception cref="ArgumentException">Empty, or not a message id; names <paramref name="parameter"/>.</exception>
    public static string Normalize(string? text, string parameter = "Id")
    {
        var trimmed = IdentityInput.Require(parameter, text, IdentityKind.Name);
        var key = trimmed.StartsWith("m_", StringComparison.Ordinal) ? trimmed[2..] : "";
        if (key.Length is 0 || trimmed.Length > MaxLength || !key.All(IsKeyCharacter))
            throw new ArgumentException($"-{parameter} '{InputText.Shown(trimmed)}' is not a Work Chat message id; expected m_ followed by the message's key, as Get-WorkplaceMessage shows it.");
        return trimmed;
    }

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '$' or '-' or '_' or ':' or '=' or '+';
}
