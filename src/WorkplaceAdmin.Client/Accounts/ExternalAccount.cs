namespace WorkplaceAdmin.Client.Accounts;

/// <summary>An account of an external service, to be matched to a Workplace person by email and/or external id.</summary>
public sealed record ExternalAccount(string? Email, string? ExternalId)
{
    /// <summary>Trims both values; blank ones become null.</summary>
    /// <exception cref="ArgumentException">Neither an email nor an external id, or an email that is not one.</exception>
    public static ExternalAccount Create(string? email, string? externalId)
    {
        var cleanEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var cleanId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim();
        if (cleanEmail is null && cleanId is null)
            throw new ArgumentException("The account has neither an email nor an external id; expected at least one (columns Email or ExternalId).");
        if (cleanEmail is not null && !Messages.RecipientInput.IsEmail(cleanEmail))
            throw new ArgumentException($"'{InputText.Shown(cleanEmail)}' is not an email address.", nameof(email));
        if (cleanId is not null && cleanId.Contains(','))
            throw new ArgumentException($"The external id '{InputText.Shown(cleanId)}' contains a comma, which Workplace's external id filter cannot carry.", nameof(externalId));
        return new ExternalAccount(cleanEmail, cleanId);
    }
}
