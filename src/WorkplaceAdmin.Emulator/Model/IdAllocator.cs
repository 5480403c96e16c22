namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Hands out 15-digit numeric keys from one counter shared by every entity kind, so an id names exactly one
/// object and runs with the same seed produce the same ids.
/// </summary>
internal sealed class IdAllocator
{
    public const long FirstKey = 100_000_000_000_100;
    private long _last;

    public IdAllocator(long last = FirstKey - 1) => _last = last;

    public long Next() => Interlocked.Increment(ref _last);

    /// <summary>Makes sure later keys never collide with an explicitly seeded one.</summary>
    public void Reserve(long key)
    {
        long current;
        do
        {
            current = Volatile.Read(ref _last);
            if (key <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _last, key, current) != current);
    }
}
