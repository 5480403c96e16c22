using System.Collections.Concurrent;

namespace WorkplaceAdmin.Base;

/// <summary>
/// Carries the client's one-line-per-call log to the cmdlet that made the call. The client logs from thread-pool
/// threads, where WriteVerbose is not allowed, so lines are queued here and the cmdlet drains them on its own thread.
/// </summary>
public static class CallLogRouter
{
    private static readonly AsyncLocal<ConcurrentQueue<string>?> Sink = new();

    /// <summary>The log callback given to every client the module builds.</summary>
    public static void Log(string line) => Sink.Value?.Enqueue(line);

    /// <summary>Routes lines logged by calls started inside the scope to <paramref name="queue"/>.</summary>
    public static Scope Into(ConcurrentQueue<string> queue) => new(queue);

    public readonly struct Scope : IDisposable
    {
        private readonly ConcurrentQueue<string>? _previous;

        public Scope(ConcurrentQueue<string> queue)
        {
            _previous = Sink.Value;
            Sink.Value = queue;
        }

        public void Dispose() => Sink.Value = _previous;
    }
}
