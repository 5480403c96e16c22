using System.Runtime.ExceptionServices;
using Flurl.Http;
using WorkplaceAdmin.Client.Errors;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Turns what Flurl throws into what the client promises: a <see cref="WorkplaceApiException"/>, or, when the caller
/// cancelled, the cancellation itself (Flurl wraps it in a <see cref="FlurlHttpException"/>; left wrapped, Ctrl+C
/// would surface as an API error). The <see cref="FlurlHttpException"/> is never kept as an inner exception: its
/// call holds the request message, and callers print whole exception chains.
/// </summary>
internal static class FlurlCallFailure
{
    /// <summary>
    /// The exception to throw in place of <paramref name="failure"/>. A cancellation, and a failure that is neither an
    /// HTTP error nor a transport failure, are rethrown as they were.
    /// </summary>
    public static async Task<Exception> TranslateAsync(
        FlurlHttpException failure, ApiExceptionFactory errors, HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        var inner = failure.InnerException;
        if (inner is OperationCanceledException && cancellationToken.IsCancellationRequested)
            ExceptionDispatchInfo.Capture(inner).Throw();
        cancellationToken.ThrowIfCancellationRequested();

        var attempts = AttemptCount.Of(failure.Call?.HttpRequestMessage);
        if (failure.Call?.Response?.ResponseMessage is { } response)
        {
            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                return errors.FromResponse(method, uri, (int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, attempts);
            }
        }
        if (inner is HttpRequestException or IOException or TimeoutException)
            return errors.FromTransportFailure(method, uri, inner, attempts);
        if (failure is FlurlHttpTimeoutException)
            return errors.FromTransportFailure(method, uri, new TimeoutException("No response within the time limit.", inner), attempts);
        // Anything else (a bug, an argument a handler refused) keeps its own type, as before Flurl.
        ExceptionDispatchInfo.Capture(inner ?? failure).Throw();
        return null!;
    }
}
