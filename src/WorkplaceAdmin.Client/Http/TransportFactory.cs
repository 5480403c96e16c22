using System.Net;

namespace WorkplaceAdmin.Client.Http;

/// <summary>The innermost handler: the caller's transport, or a socket handler configured for Workplace.</summary>
internal static class TransportFactory
{
    public static HttpMessageHandler Create(WorkplaceClientOptions options)
    {
        if (options.Transport is not null)
            return new CallerOwnedTransport(options.Transport);
        return new SocketsHttpHandler
        {
            Proxy = options.Proxy,
            // With no proxy configured, the system proxy (HTTP_PROXY, HTTPS_PROXY) applies.
            UseProxy = true,
            AutomaticDecompression = DecompressionMethods.All,
            // Recycle connections so DNS changes on Meta's side are picked up by long sessions.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout < TimeSpan.FromSeconds(30) ? options.RequestTimeout : TimeSpan.FromSeconds(30),
            MaxConnectionsPerServer = Math.Max(options.MaxConcurrency * 2, 4),
            AllowAutoRedirect = false,
        };
    }
}
