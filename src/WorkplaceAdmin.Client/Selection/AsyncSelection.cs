namespace WorkplaceAdmin.Client.Selection;

/// <summary>Streaming filters for listings: nothing here buffers a collection.</summary>
public static class AsyncSelection
{
    /// <summary>Skips <paramref name="skip"/> items, then yields at most <paramref name="first"/> (all when null), and stops reading the source as soon as it has enough.</summary>
    public static async IAsyncEnumerable<T> Page<T>(
        this IAsyncEnumerable<T> source,
        ulong skip,
        ulong? first,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (first == 0)
        {
            yield break;
        }

        ulong seen = 0;
        ulong yielded = 0;
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (seen++ < skip)
            {
                continue;
            }

            yield return item;
            if (first is { } limit && ++yielded >= limit)
            {
                yield break;
            }
        }
    }

    /// <summary>Keeps the items whose name matches any of the patterns (all items when there are none).</summary>
    public static async IAsyncEnumerable<T> WhereNameMatches<T>(
        this IAsyncEnumerable<T> source,
        IReadOnlyList<NamePattern> patterns,
        Func<T, string?> name,
        Action<NamePattern>? matched = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (patterns.Count == 0)
            {
                yield return item;
                continue;
            }

            var hit = false;
            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(name(item)))
                {
                    matched?.Invoke(pattern);
                    hit = true;
                }
            }

            if (hit)
            {
                yield return item;
            }
        }
    }
}
