namespace WorkplaceAdmin.Emulator;

/// <summary>
/// The calls the emulator answered, oldest first, bounded to the newest <c>RequestLogCapacity</c> entries.
/// Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly RequestLogEntry[] _ring;
    private int _start;
    private int _count;
    private long _total;

    internal RequestLog(int capacity) => _ring = new RequestLogEntry[capacity];

    /// <summary>Entries currently kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Entries ever recorded, including those dropped for capacity or by <see cref="Clear"/>.</summary>
    public long TotalCount
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            var copy = new RequestLogEntry[_count];
            for (var i = 0; i < _count; i++)
            {
                copy[i] = _ring[(_start + i) % _ring.Length];
            }
            return copy;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _start = 0;
            _count = 0;
        }
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _total++;
            if (_count < _ring.Length)
            {
                _ring[(_start + _count) % _ring.Length] = entry;
                _count++;
            }
            else
            {
                _ring[_start] = entry;
                _start = (_start + 1) % _ring.Length;
            }
        }
    }
}
