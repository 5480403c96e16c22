namespace WorkplaceAdmin.Client.Http;

/// <summary>Gives every request a User-Agent: SCIM rejects requests without one.</summary>
internal sealed class UserAgentHandler : DelegatingHandler
{
    private readonly string userAgent;

    public UserAgentHandler(string userAgent) => this.userAgent = userAgent;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.UserAgent.Count == 0)
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return base.SendAsync(request, cancellationToken);
    }
}
