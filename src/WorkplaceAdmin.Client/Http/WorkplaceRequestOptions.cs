namespace WorkplaceAdmin.Client;

/// <summary>Keys the handler chain reads from and writes to <see cref="HttpRequestMessage.Options"/>.</summary>
public static class WorkplaceRequestOptions
{
    /// <summary>
    /// Set to true when repeating the request cannot do harm (for example a SCIM create that resolves a
    /// uniqueness conflict on retry), so that a POST or DELETE is retried like a GET.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("WorkplaceAdmin.RetrySafe");

    /// <summary>Written by the retry handler: the number of the attempt in progress (1-based).</summary>
    public static readonly HttpRequestOptionsKey<int> Attempt = new("WorkplaceAdmin.Attempt");
}
