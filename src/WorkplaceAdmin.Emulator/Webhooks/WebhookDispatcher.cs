using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// Delivers payloads in the background, one at a time and in the order they were queued, so the request that
/// caused an event never waits for a callback. Each delivery is signed with both headers and retried a bounded
/// number of times with a doubling delay. <see cref="WhenIdleAsync"/> lets tests wait until the queue is empty.
/// </summary>
internal sealed class WebhookDispatcher
{
    private const int LogCapacity = 1000;

    private readonly Channel<PendingDelivery> _queue = Channel.CreateUnbounded<PendingDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly EmulatorWebhookOptions _options;
    private readonly Func<HttpClient> _http;
    private readonly object _gate = new();
    private readonly Queue<WebhookDelivery> _log = new();
    private TaskCompletionSource _idle = Completed();
    private int _pending;
    private Task? _worker;

    public WebhookDispatcher(EmulatorWebhookOptions options, Func<HttpClient> http)
    {
        _options = options;
        _http = http;
    }

    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return _log.ToArray();
            }
        }
    }

    public void Enqueue(PendingDelivery delivery)
    {
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _worker ??= Task.Run(RunAsync);
        }
        _queue.Writer.TryWrite(delivery);
    }

    /// <summary>Completes when every queued delivery has succeeded or used up its attempts.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }
        return idle.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            WebhookDelivery outcome;
            try
            {
                outcome = await DeliverAsync(delivery).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                outcome = Outcome(delivery, 0, null, error.Message);
            }
            lock (_gate)
            {
                _log.Enqueue(outcome);
                if (_log.Count > LogCapacity)
                {
                    _log.Dequeue();
                }
                if (--_pending == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    private async Task<WebhookDelivery> DeliverAsync(PendingDelivery delivery)
    {
        var sha256 = WebhookSigner.Sha256(delivery.App.AppSecret, delivery.Body);
        var sha1 = WebhookSigner.Sha1(delivery.App.AppSecret, delivery.Body);
        int? status = null;
        string? error = null;
        var attempt = 0;
        var delay = _options.RetryDelay;
        while (attempt < _options.MaxAttempts)
        {
            if (attempt > 0)
            {
                await Task.Delay(delay).ConfigureAwait(false);
                delay += delay;
            }
            attempt++;
            (status, error) = await AttemptAsync(delivery, sha256, sha1).ConfigureAwait(false);
            if (status is >= 200 and <= 299)
            {
                break;
            }
        }
        return Outcome(delivery, attempt, status, error);
    }

    private async Task<(int? Status, string? Error)> AttemptAsync(PendingDelivery delivery, string sha256, string sha1)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.CallbackUrl)
        {
            Content = new ByteArrayContent(delivery.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSigner.Sha256Header, sha256);
        request.Headers.TryAddWithoutValidation(WebhookSigner.Sha1Header, sha1);
        request.Headers.TryAddWithoutValidation("User-Agent", "WorkplaceAdmin.Emulator-Webhooks/1.0");
        using var timer = new CancellationTokenSource(_options.Timeout);
        try
        {
            using var response = await _http().SendAsync(request, timer.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return (status, status is >= 200 and <= 299 ? null : $"HTTP {status}");
        }
        catch (OperationCanceledException)
        {
            return (null, $"no answer within {_options.Timeout.TotalSeconds:0.#} seconds");
        }
        catch (HttpRequestException failure)
        {
            return (null, failure.Message);
        }
    }

    private static WebhookDelivery Outcome(PendingDelivery delivery, int attempts, int? status, string? error) =>
        new(delivery.App.AppId, delivery.Object, delivery.Field, delivery.CallbackUrl, Encoding.UTF8.GetString(delivery.Body), attempts, status, error);

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
