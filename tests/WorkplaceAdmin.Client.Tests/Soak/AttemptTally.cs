using System.Collections.Concurrent;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>
/// The client's transport during a soak (sockets underneath), counting how each attempt ended as the client saw it:
/// by status code, by a dropped connection, or by the client giving up on a response slower than its timeout,
/// which the server's own log cannot show (the server never answers those).
/// </summary>
public sealed class AttemptTally : DelegatingHandler
{
    private readonly ConcurrentDictionary<int, int> statuses = new();
    private int dropped;
    private int timedOut;

    public AttemptTally()
        : base(new SocketsHttpHandler())
    {
    }

    public int Dropped => Volatile.Read(ref dropped);
    public int TimedOut => Volatile.Read(ref timedOut);
    public int WithStatus(int status) => statuses.GetValueOrDefault(status);

    public override string ToString() =>
        $"{Dropped} dropped, {TimedOut} timed out, " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value}×{s.Key}"));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            return response;
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref timedOut);
            throw;
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref dropped);
            throw;
        }
    }
}
