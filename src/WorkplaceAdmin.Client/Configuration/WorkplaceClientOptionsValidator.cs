using System.Net;
using System.Text.RegularExpressions;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Checks <see cref="WorkplaceClientOptions"/> before any request is made. Each failure is an
/// <see cref="ArgumentException"/> whose ParamName is the option's name and whose message says what was
/// expected. Messages describe secrets (length, position of a bad character) but never contain them.
/// </summary>
internal static class WorkplaceClientOptionsValidator
{
    // Real tokens are a few hundred characters; anything this long is a pasted file or a mistake.
    internal const int MaxSecretLength = 4096;
    internal const int MaxUserAgentLength = 512;
    internal const int MaxConcurrencyLimit = 64;
    internal static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromHours(1);

    private static readonly Regex ApiVersionPattern = new(@"^v\d+\.\d+$", RegexOptions.CultureInvariant);

    public static void Validate(WorkplaceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateSecret(options.AccessToken, nameof(options.AccessToken), "the access token of a Workplace custom integration");
        if (options.AppSecret is not null)
            ValidateSecret(options.AppSecret, nameof(options.AppSecret), "the app secret of the integration, or no app secret at all");
        ValidateBaseUri(options.GraphUri, nameof(options.GraphUri), WorkplaceClientOptions.DefaultGraphUri);
        ValidateBaseUri(options.ScimUri, nameof(options.ScimUri), WorkplaceClientOptions.DefaultScimUri);
        ValidateApiVersion(options.ApiVersion);
        ValidateUserAgent(options.UserAgent);
        ValidateRetry(options.Retry);
        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > MaxRequestTimeout)
            throw new ArgumentException(
                $"RequestTimeout is {options.RequestTimeout}; expected a duration above zero and at most {MaxRequestTimeout}.",
                nameof(options.RequestTimeout));
        if (options.MaxConcurrency < 1 || options.MaxConcurrency > MaxConcurrencyLimit)
            throw new ArgumentException(
                $"MaxConcurrency is {options.MaxConcurrency}; expected a number from 1 to {MaxConcurrencyLimit}.",
                nameof(options.MaxConcurrency));
    }

    private static void ValidateSecret(string? value, string name, string expected)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{name} is empty; expected {expected}.", name);
        if (value.Length > MaxSecretLength)
            throw new ArgumentException(
                $"{name} is {value.Length} characters long; expected {expected} of at most {MaxSecretLength} characters.", name);
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{name} starts with 'Bearer '; expected the bare token without the scheme.", name);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
                throw new ArgumentException(
                    $"{name} contains whitespace or a control character at position {i + 1}; expected {expected} " +
                    "as one unbroken string (check for a trailing newline or a line break from copy and paste).", name);
            if (c > '~')
                throw new ArgumentException(
                    $"{name} contains a non-ASCII character at position {i + 1}; expected {expected} made of ASCII characters.", name);
        }
    }

    private static void ValidateBaseUri(Uri? uri, string name, Uri example)
    {
        if (uri is null)
            throw new ArgumentException($"{name} is not set; expected an absolute URI such as {example}.", name);
        if (!uri.IsAbsoluteUri)
            throw new ArgumentException($"{name} '{uri.OriginalString}' is not an absolute URI; expected one such as {example}.", name);
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            throw new ArgumentException($"{name} '{uri}' uses the scheme '{uri.Scheme}'; expected https (or http to a loopback address).", name);
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            throw new ArgumentException(
                $"{name} '{uri}' uses plain http to '{uri.Host}'; expected https, since the token would travel unencrypted " +
                "(plain http is accepted only for loopback addresses: localhost, 127.0.0.0/8, ::1).", name);
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new ArgumentException($"{name} '{uri.GetLeftPart(UriPartial.Path)}…' has a query or fragment; expected a base URI without them.", name);
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ArgumentException($"{name} contains user information before the host; expected a base URI such as {example}.", name);
    }

    internal static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address);
    }

    private static void ValidateApiVersion(string? version)
    {
        if (version is null)
            return;
        if (!ApiVersionPattern.IsMatch(version))
            throw new ArgumentException(
                $"ApiVersion '{version}' is not a Graph API version; expected the form v<major>.<minor>, such as v18.0, or no version.",
                nameof(WorkplaceClientOptions.ApiVersion));
    }

    private static void ValidateUserAgent(string? userAgent)
    {
        const string name = nameof(WorkplaceClientOptions.UserAgent);
        if (string.IsNullOrWhiteSpace(userAgent))
            throw new ArgumentException($"UserAgent is empty; expected a product token such as {WorkplaceClientOptions.DefaultUserAgent} (SCIM rejects requests without one).", name);
        if (userAgent.Length > MaxUserAgentLength || userAgent.Any(c => char.IsControl(c) || c > '~'))
            throw new ArgumentException($"UserAgent is not a valid header value; expected at most {MaxUserAgentLength} printable ASCII characters.", name);
    }

    private static void ValidateRetry(RetryOptions? retry)
    {
        if (retry is null)
            throw new ArgumentException("Retry is not set; expected a RetryOptions instance.", nameof(WorkplaceClientOptions.Retry));
        if (retry.MaxAttempts < 1 || retry.MaxAttempts > 100)
            throw new ArgumentException($"Retry.MaxAttempts is {retry.MaxAttempts}; expected a number from 1 to 100.", "Retry.MaxAttempts");
        if (retry.MaxReadAttempts is < 1 or > 100)
            throw new ArgumentException($"Retry.MaxReadAttempts is {retry.MaxReadAttempts}; expected a number from 1 to 100.", "Retry.MaxReadAttempts");
        if (retry.BaseDelay < TimeSpan.Zero)
            throw new ArgumentException($"Retry.BaseDelay is {retry.BaseDelay}; expected zero or a positive duration.", "Retry.BaseDelay");
        if (retry.MaxDelay < retry.BaseDelay)
            throw new ArgumentException($"Retry.MaxDelay is {retry.MaxDelay}; expected at least Retry.BaseDelay ({retry.BaseDelay}).", "Retry.MaxDelay");
        if (retry.TotalBudget < TimeSpan.Zero)
            throw new ArgumentException($"Retry.TotalBudget is {retry.TotalBudget}; expected zero or a positive duration.", "Retry.TotalBudget");
    }
}
