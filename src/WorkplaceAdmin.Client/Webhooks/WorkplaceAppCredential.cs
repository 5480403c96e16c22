using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// An integration's app id and app secret, which make the app token "app_id|app_secret" of app-level calls such as
/// webhook subscriptions. Its text shows only the app id, so printing it is safe.
/// </summary>
public sealed partial class WorkplaceAppCredential
{
    /// <summary>Throws <see cref="ArgumentException"/> describing (never echoing) a malformed secret.</summary>
    public WorkplaceAppCredential(string appId, string appSecret)
    {
        if (string.IsNullOrWhiteSpace(appId) || !AppIdPattern().IsMatch(appId.Trim()))
            throw new ArgumentException($"'{appId}' is not an app id; expected the number shown as App ID on the integration's page.", nameof(appId));
        if (string.IsNullOrEmpty(appSecret))
            throw new ArgumentException("The app secret is empty; expected the integration's app secret.", nameof(appSecret));
        for (var i = 0; i < appSecret.Length; i++)
        {
            var c = appSecret[i];
            if (c <= ' ' || c > '~' || c == '|')
                throw new ArgumentException(
                    $"The app secret has a character that cannot be part of one at position {i + 1} (whitespace, '|' or non-ASCII); " +
                    "expected the integration's app secret as one unbroken string.", nameof(appSecret));
        }
        AppId = appId.Trim();
        AppSecret = appSecret;
    }

    public string AppId { get; }

    internal string AppSecret { get; }

    /// <summary>"app_id|app_secret": sent only in the Authorization header.</summary>
    internal string AppToken => AppId + "|" + AppSecret;

    public override string ToString() => $"app {AppId}";

    [GeneratedRegex("^[0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppIdPattern();
}
