namespace WorkplaceAdmin.Client.Tests.Webhooks;

/// <summary>An HttpClient that talks straight to loopback (no proxy from the environment), with a short time limit.</summary>
public static class LoopbackHttp
{
    public static HttpClient Create() => new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };
}
