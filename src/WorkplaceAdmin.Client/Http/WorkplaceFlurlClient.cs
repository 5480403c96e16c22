using Flurl.Http;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Builds the <see cref="IFlurlClient"/> every request of a <see cref="WorkplaceClient"/> is built and sent through,
/// over an <see cref="HttpClient"/> that keeps our handler chain. Flurl's defaults are overridden on purpose:
/// <list type="bullet">
/// <item>No overall timeout: a call may wait out throttling for minutes; each attempt's limit is the retry handler's.</item>
/// <item>No redirects: the auth handler adds the token to every request it sees, so a followed redirect would hand it
/// to whatever host the Location names. A 3xx is an error of the call instead.</item>
/// </list>
/// Bodies are not buffered twice: calls are sent with <see cref="HttpCompletionOption.ResponseHeadersRead"/> (the
/// retry handler has already read each attempt's body once) and read as bytes by the caller.
/// </summary>
internal static class WorkplaceFlurlClient
{
    public static IFlurlClient Create(HttpMessageHandler handlerChain, Action<FlurlCall>? observer = null)
    {
        var http = new HttpClient(handlerChain, disposeHandler: true)
        {
            // HttpClient's own 100 s default would cut long throttled calls short; see above.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var client = new FlurlClient(http);
        client.Settings.Timeout = null;
        client.Settings.Redirects.Enabled = false;
        if (observer is not null)
            client.AfterCall(observer);
        return client;
    }
}
