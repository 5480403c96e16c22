using System.Net;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// The proxy of Connect-Workplace -Proxy and -ProxyCredential. HttpClient ignores the user info of a proxy URL, so
/// "http://user:pw@host:port" is split here: the credentials answer the proxy's 407 challenge (Basic, Digest, NTLM or
/// Negotiate, as the proxy asks), and the address is kept without them, so the password is never part of a URL that
/// could be shown (an error naming the proxy, a log line).
/// </summary>
public static class WorkplaceProxy
{
    /// <param name="address">The proxy's URL, optionally with user info (percent-encoded, as in any URL).</param>
    /// <param name="credential">Wins over the URL's user info when both are given.</param>
    /// <exception cref="ArgumentException">Not an absolute http(s) URL.</exception>
    public static WebProxy Create(Uri address, NetworkCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || address.Scheme is not ("http" or "https"))
            throw new ArgumentException($"The proxy '{WithoutUserInfo(address)}' is not an http:// or https:// URL; expected one such as http://proxy.contoso.com:8080.", nameof(address));
        return new WebProxy(WithoutUserInfo(address)) { Credentials = credential ?? FromUserInfo(address) };
    }

    /// <summary>The URL without "user:password@", as it may be shown.</summary>
    public static Uri WithoutUserInfo(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !address.IsAbsoluteUri || address.UserInfo.Length == 0 ? address : new UriBuilder(address) { UserName = "", Password = "" }.Uri;
    }

    private static NetworkCredential? FromUserInfo(Uri address)
    {
        if (address.UserInfo.Length == 0)
            return null;
        var separator = address.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = separator < 0 ? address.UserInfo : address.UserInfo[..separator];
        var password = separator < 0 ? "" : address.UserInfo[(separator + 1)..];
        // A DOMAIN\user name (percent-encoded backslash) is kept whole: NTLM and Negotiate read the domain from it.
        return new NetworkCredential(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password));
    }
}
