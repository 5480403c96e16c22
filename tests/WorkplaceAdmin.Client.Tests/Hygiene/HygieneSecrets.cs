using System.Net;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>
/// Distinctive credentials for the hygiene tests, with characters that URL encoding changes ('+', '/', '='), so a
/// leak in raw or encoded form is told apart from any other text. Every one of them must stay out of every output.
/// </summary>
public static class HygieneSecrets
{
    /// <summary>The integration's access token (the integration requires app secret proof).</summary>
    public const string Token = "HYG1ENE.tok+en/7a3f9c2e5b8d=";

    /// <summary>That integration's app secret.</summary>
    public const string AppSecret = "hyg1ene-secret+b8/d41e6c0f=";

    /// <summary>A second integration that may only read groups, for permission errors.</summary>
    public const string LimitedToken = "HYG1ENE.limited+tok/9e2a61=";

    public const string LimitedAppSecret = "hyg1ene-limited+sec/55d7a0=";

    /// <summary>A token no integration has, for error 190.</summary>
    public const string BadToken = "HYG1ENE.bad+token/0c1d4f3e=";

    /// <summary>An app secret that is not the integration's, for app-token errors.</summary>
    public const string WrongAppSecret = "hyg1ene-wrong+sec/3b9e71=";

    public static IReadOnlyList<string> All { get; } = [Token, AppSecret, LimitedToken, LimitedAppSecret, BadToken, WrongAppSecret];

    /// <summary>
    /// The forms a secret can take in text: raw, percent-encoded (RFC 3986), form-encoded, and as a JSON string
    /// written by System.Text.Json's default encoder (which escapes '+' as \u002B).
    /// </summary>
    public static IEnumerable<string> FormsOf(string secret) =>
        new[] { secret, Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret), System.Text.Json.JsonSerializer.Serialize(secret)[1..^1] }
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
