namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// Checks a webhook callback URL before it is sent: Workplace calls only https URLs; plain http is accepted for
/// loopback addresses, where the emulator and local receivers live.
/// </summary>
public static class WebhookCallbackUrl
{
    /// <exception cref="ArgumentException">The URL is not absolute, not https (nor http to loopback), or carries credentials or a fragment.</exception>
    public static Uri Check(string? url, string parameterName)
    {
        // "://" is required because on Unix a bare "/path" parses as an absolute file URI.
        if (string.IsNullOrWhiteSpace(url) || !url.Contains("://", StringComparison.Ordinal) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{url}' is not an absolute URL; expected the https address of your webhook receiver.", parameterName);
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"'{uri}' uses the scheme '{uri.Scheme}'; expected https (or http to a loopback address).", parameterName);
        if (uri.Scheme == Uri.UriSchemeHttp && !WorkplaceClientOptionsValidator.IsLoopback(uri))
            throw new ArgumentException(
                $"'{uri}' uses plain http to '{uri.Host}'; Workplace delivers only to https callbacks (plain http is accepted for loopback addresses: localhost, 127.0.0.0/8, ::1).",
                parameterName);
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ArgumentException("The callback URL contains user information before the host; expected a URL without credentials.", parameterName);
        if (!string.IsNullOrEmpty(uri.Fragment))
            throw new ArgumentException($"'{uri.GetLeftPart(UriPartial.Query)}' has a fragment (#…); expected a URL without one.", parameterName);
        return uri;
    }
}
