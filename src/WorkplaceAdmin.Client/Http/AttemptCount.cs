namespace WorkplaceAdmin.Client.Http;

/// <summary>How many attempts a call took, as the retry handler recorded on its request message (1 when it did not run).</summary>
internal static class AttemptCount
{
    public static int Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(WorkplaceRequestOptions.Attempt, out var attempts) ? attempts : 1;
}
