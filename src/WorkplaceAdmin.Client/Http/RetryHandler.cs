using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using WorkplaceAdmin.Client.Errors;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Repeats throttled and transiently failed attempts (see <see cref="RetryPolicy"/>) with capped, jittered
/// exponential backoff or the server's Retry-After, within <see cref="RetryOptions.MaxAttempts"/> and
/// <see cref="RetryOptions.TotalBudget"/>. Each attempt has its own time limit and is read to the end
/// here, so a connection dropped mid-body counts as a failed attempt. High X-App-Usage delays the next
/// attempt. When it gives up it returns the last response or rethrows the last transport failure.
/// </summary>
internal sealed class RetryHandler : DelegatingHandler
{
    private readonly RetryOptions retry;
    private readonly TimeSpan attemptTimeout;
    private readonly AppUsageMonitor usage;
    private readonly Func<DateTimeOffset> clock;

    public RetryHandler(RetryOptions retry, TimeSpan attemptTimeout, AppUsageMonitor usage, Func<DateTimeOffset> clock)
    {
        this.retry = retry;
        this.attemptTimeout = attemptTimeout;
        this.usage = usage;
        this.clock = clock;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mayRepeat = RetryPolicy.MayRepeat(request);
        var maxAttempts = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? retry.ReadAttempts : retry.MaxAttempts;
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            request.Options.Set(WorkplaceRequestOptions.Attempt, attempt);
            await WaitAsync(usage.PauseBeforeNextCall(), cancellationToken).ConfigureAwait(false);

            HttpResponseMessage? response = null;
            Exception? failure = null;
            RetryDecision decision;
            try
            {
                byte[] body;
                (response, body) = await SendAttemptAsync(request, cancellationToken).ConfigureAwait(false);
                var error = (int)response.StatusCode >= 400 ? ApiErrorBodyParser.Parse(body) : ApiErrorBody.None;
                decision = RetryPolicy.ForResponse(response, error, mayRepeat, clock());
            }
            catch (Exception exception) when (IsTransportFailure(exception) && !cancellationToken.IsCancellationRequested)
            {
                AttemptJournal.NoteUnanswered();
                failure = exception;
                decision = RetryPolicy.ForFailure(exception, mayRepeat, request.RequestUri);
            }

            var delay = decision.ServerDelay ?? Backoff.Delay(attempt, retry, Random.Shared.NextDouble());
            var giveUp = !decision.ShouldRetry || attempt >= maxAttempts ||
                         Stopwatch.GetElapsedTime(started) + delay > retry.TotalBudget;
            if (giveUp)
                return response ?? Rethrow(failure!);

            response?.Dispose();
            await WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptCancellation.CancelAfter(attemptTimeout);
        try
        {
            var response = await base.SendAsync(request, attemptCancellation.Token).ConfigureAwait(false);
            try
            {
                // A download's successful body is streamed by the caller; only its headers are this attempt's.
                var streamed = request.Options.TryGetValue(WorkplaceRequestOptions.StreamBody, out var stream) && stream && response.IsSuccessStatusCode;
                var body = streamed ? [] : await BufferContentAsync(response, attemptCancellation.Token).ConfigureAwait(false);
                usage.Observe(response);
                return (response, body);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && attemptCancellation.IsCancellationRequested)
        {
            var seconds = attemptTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            throw new TimeoutException($"No complete response within the request timeout of {seconds} s.", exception);
        }
    }

    /// <summary>Reads the whole body under the attempt's time limit and swaps in a replayable copy.</summary>
    private static async Task<byte[]> BufferContentAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        var body = await original.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var buffered = new ByteArrayContent(body);
        foreach (var header in original.Headers)
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = buffered;
        original.Dispose();
        return body;
    }

    private static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutException;

    private static Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, cancellationToken) : Task.CompletedTask;

    private static HttpResponseMessage Rethrow(Exception failure)
    {
        ExceptionDispatchInfo.Capture(failure).Throw();
        return null!;
    }
}
