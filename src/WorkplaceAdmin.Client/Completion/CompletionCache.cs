using System.Collections.Concurrent;
using WorkplaceAdmin.Client.Selection;

namespace WorkplaceAdmin.Client.Completion;

/// <summary>
/// Values for tab completion (group names, emails, link names), loaded once per kind and kept for a few minutes.
/// Tab completion must answer at once, so a load that takes longer than the timeout answers with what it has read so
/// far and keeps that only briefly; a failed load answers nothing rather than an error in the middle of typing.
/// </summary>
public sealed class CompletionCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _clock;

    public CompletionCache(TimeSpan? lifetime = null, TimeSpan? timeout = null, int maxValues = 2000, Func<DateTimeOffset>? clock = null)
    {
        Lifetime = lifetime ?? TimeSpan.FromMinutes(5);
        Timeout = timeout ?? TimeSpan.FromSeconds(2);
        MaxValues = maxValues;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public TimeSpan Lifetime { get; }

    public TimeSpan Timeout { get; }

    public int MaxValues { get; }

    /// <summary>The cached values of <paramref name="kind"/> that start with <paramref name="wordToComplete"/> (wildcards allowed), sorted.</summary>
    public IReadOnlyList<string> Complete(string kind, string? wordToComplete, Func<CancellationToken, IAsyncEnumerable<string?>> load)
    {
        var values = Values(kind, load);
        var typed = CompletionText.Unquote(wordToComplete ?? string.Empty);
        NamePattern pattern;
        try
        {
            pattern = NamePattern.Parse(typed + "*");
        }
        catch (ArgumentException)
        {
            return [];
        }

        return values.Where(pattern.IsMatch).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Forgets a kind, e.g. after a change that adds or renames values.</summary>
    public void Invalidate(string kind) => _entries.TryRemove(kind, out _);

    private IReadOnlyList<string> Values(string kind, Func<CancellationToken, IAsyncEnumerable<string?>> load)
    {
        var now = _clock();
        if (_entries.TryGetValue(kind, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Values;
        }

        var (values, complete) = Load(load);
        // A partial list is kept briefly so repeated Tab presses stay fast, then loaded again.
        var lifetime = complete ? Lifetime : TimeSpan.FromSeconds(15);
        _entries[kind] = new Entry(values, now + lifetime);
        return values;
    }

    private (IReadOnlyList<string> Values, bool Complete) Load(Func<CancellationToken, IAsyncEnumerable<string?>> load)
    {
        var values = new List<string>();
        using var timeout = new CancellationTokenSource(Timeout);
        // Started on the caller's thread (not queued to a busy thread pool), so whatever the source yields at once is
        // collected even when the machine is loaded; later values arrive on pool threads until the timeout.
        var reading = ReadAsync(load, values, timeout.Token);
        bool complete;
        try
        {
            complete = reading.Wait(Timeout + TimeSpan.FromMilliseconds(200)) && values.Count < MaxValues;
        }
        catch (AggregateException)
        {
            complete = false;
        }

        lock (values)
        {
            return (values.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), complete);
        }
    }

    private async Task ReadAsync(Func<CancellationToken, IAsyncEnumerable<string?>> load, List<string> values, CancellationToken cancellationToken)
    {
        await foreach (var value in load(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            lock (values)
            {
                values.Add(value);
                if (values.Count >= MaxValues)
                {
                    return;
                }
            }
        }
    }

    private sealed record Entry(IReadOnlyList<string> Values, DateTimeOffset ExpiresAt);
}
