using Flurl.Http;

namespace WorkplaceAdmin.Client.Http;

/// <summary>Marks a Flurl request for the handler chain: Flurl creates the request message, so the mark is set as it does.</summary>
internal static class FlurlRequestMarks
{
    /// <summary>See <see cref="WorkplaceRequestOptions.RetrySafe"/>.</summary>
    public static IFlurlRequest RetrySafe(this IFlurlRequest request, bool retrySafe = true) =>
        retrySafe
            ? request.BeforeCall(call => call.HttpRequestMessage.Options.Set(WorkplaceRequestOptions.RetrySafe, true))
            : request;

    /// <summary>See <see cref="WorkplaceRequestOptions.StreamBody"/> and <see cref="WorkplaceRequestOptions.Anonymous"/>.</summary>
    public static IFlurlRequest AnonymousDownload(this IFlurlRequest request) =>
        request.BeforeCall(call =>
        {
            call.HttpRequestMessage.Options.Set(WorkplaceRequestOptions.StreamBody, true);
            call.HttpRequestMessage.Options.Set(WorkplaceRequestOptions.Anonymous, true);
        });
}
