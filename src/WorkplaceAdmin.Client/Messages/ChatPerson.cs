namespace WorkplaceAdmin.Client.Messages;

/// <summary>A person named for Work Chat reading or deleting: a person id or a login email, checked by <see cref="IdentityInput"/>.</summary>
public static class ChatPerson
{
    /// <exception cref="ArgumentException">Empty, or neither an id nor an email; names <paramref name="parameter"/>.</exception>
    public static string Require(string parameter, string? value)
    {
        var looksLikeEmail = value?.Contains('@') == true;
        try
        {
            return IdentityInput.Require(parameter, value, looksLikeEmail ? IdentityKind.Email : IdentityKind.Id);
        }
        catch (ArgumentException) when (!looksLikeEmail && !string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"-{parameter} '{InputText.Shown(value.Trim())}' is neither a person id (digits only) nor an email address.");
        }
    }
}
