namespace WorkplaceAdmin.Client.Tests.Support;

/// <summary>Runs one DelegatingHandler on top of a fake inner handler, without the rest of the chain.</summary>
public static class HandlerHarness
{
    public static Task<HttpResponseMessage> SendAsync(DelegatingHandler handler, HttpMessageHandler inner, HttpRequestMessage request, CancellationToken ct = default)
    {
        if (handler.InnerHandler is null)
            handler.InnerHandler = inner;
        else if (!ReferenceEquals(handler.InnerHandler, inner))
            throw new InvalidOperationException("A handler under test keeps the inner handler it was first run with.");
        var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        return invoker.SendAsync(request, ct);
    }

    public static Task<HttpResponseMessage> GetAsync(DelegatingHandler handler, HttpMessageHandler inner, string url = "https://graph.test.example/community", CancellationToken ct = default) =>
        SendAsync(handler, inner, new HttpRequestMessage(HttpMethod.Get, url), ct);
}
