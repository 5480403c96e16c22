using System.Globalization;
using System.Net.Http.Headers;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Puts the token in the Authorization header (and nowhere else) and, when an app secret is configured,
/// adds a fresh appsecret_proof + appsecret_time to every attempt. An access_token found in the URL
/// (Graph paging links can carry one) is removed so the token never travels in a URL or a log line. The header is
/// taken off again once the attempt is over: Flurl keeps the request message in its call record, which must not hold
/// the token.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private const string AccessTokenParameter = "access_token";
    private const string ProofParameter = "appsecret_proof";
    private const string ProofTimeParameter = "appsecret_time";

    private readonly string accessToken;
    private readonly string? appSecret;
    private readonly Func<DateTimeOffset> clock;

    public AuthenticationHandler(string accessToken, string? appSecret, Func<DateTimeOffset> clock)
    {
        this.accessToken = accessToken;
        this.appSecret = appSecret;
        this.clock = clock;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(WorkplaceRequestOptions.Anonymous, out var anonymous) && anonymous)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
            request.RequestUri = WithProof(QueryString.Remove(uri, IsCredentialParameter));
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.Headers.Authorization = null;
        }
    }

    // A retried request still carries the previous attempt's proof; it is replaced, never duplicated.
    private static bool IsCredentialParameter(string name) =>
        name is AccessTokenParameter or ProofParameter or ProofTimeParameter;

    private Uri WithProof(Uri uri)
    {
        if (appSecret is null)
            return uri;
        var time = clock().ToUnixTimeSeconds();
        return QueryString.Append(uri, new Dictionary<string, string?>
        {
            [ProofParameter] = AppSecretProof.Compute(appSecret, accessToken, time),
            [ProofTimeParameter] = time.ToString(CultureInfo.InvariantCulture),
        });
    }
}
