namespace WorkplaceAdmin.Client;

/// <summary>Keys the handler chain reads from and writes to <see cref="HttpRequestMessage.Options"/>.</summary>
public static class WorkplaceRequestOptions
{
    /// <summary>
    /// Set to true when repeating the request cannot do harm (for example a SCIM create that resolves a
    /// uniqueness conflict on retry), so that a POST or DELETE is retried like a GET.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("WorkplaceAdmin.RetrySafe");

    /// <summary>
    /// Set to true for a download: a successful body is left unread for the caller to stream (to disk), instead of being
    /// buffered by the retry handler; error bodies are still read whole.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> StreamBody = new("WorkplaceAdmin.StreamBody");

    /// <summary>
    /// Set to true for a signed link (an export's result): the request goes without the token, which must not travel to
    /// whatever host the link names.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("WorkplaceAdmin.Anonymous");

    /// <summary>Written by the retry handler: the number of the attempt in progress (1-based).</summary>
    public static readonly HttpRequestOptionsKey<int> Attempt = new("WorkplaceAdmin.Attempt");
}
