namespace WorkplaceAdmin.Emulator;

/// <summary>
/// The knobs tests may turn while the emulator runs: latency, fault rates, the rate budget and read-only mode.
/// Every property is safe to read and write from any thread; a change applies to the next request.
/// </summary>
public sealed class EmulatorControls
{
    private long _latencyTicks;
    private long _jitterTicks;
    private long _slowDelayTicks;
    private long _retryAfterTicks;
    private double _serverErrorRate;
    private double _throttleRate;
    private double _throttle429Rate;
    private double _dropRate;
    private double _lostResponseRate;
    private double _slowRate;
    private int _readOnly;
    private readonly object _budgetGate = new();
    private int? _rateBudget;
    private long _budgetUsed;

    internal EmulatorControls(EmulatorOptions options)
    {
        Latency = options.Latency;
        LatencyJitter = options.LatencyJitter;
        ServerErrorRate = options.ServerErrorRate;
        ThrottleRate = options.ThrottleRate;
        Throttle429Rate = options.Throttle429Rate;
        DropRate = options.DropRate;
        LostResponseRate = options.LostResponseRate;
        SlowRate = options.SlowRate;
        SlowDelay = options.SlowDelay;
        RetryAfter = options.RetryAfter;
        RateBudget = options.RateBudget;
        ReadOnly = options.ReadOnly;
    }

    public TimeSpan Latency
    {
        get => new(Volatile.Read(ref _latencyTicks));
        set => Volatile.Write(ref _latencyTicks, NonNegative(value).Ticks);
    }

    public TimeSpan LatencyJitter
    {
        get => new(Volatile.Read(ref _jitterTicks));
        set => Volatile.Write(ref _jitterTicks, NonNegative(value).Ticks);
    }

    public double ServerErrorRate
    {
        get => Volatile.Read(ref _serverErrorRate);
        set => Volatile.Write(ref _serverErrorRate, Rate(value));
    }

    public double ThrottleRate
    {
        get => Volatile.Read(ref _throttleRate);
        set => Volatile.Write(ref _throttleRate, Rate(value));
    }

    public double Throttle429Rate
    {
        get => Volatile.Read(ref _throttle429Rate);
        set => Volatile.Write(ref _throttle429Rate, Rate(value));
    }

    public double DropRate
    {
        get => Volatile.Read(ref _dropRate);
        set => Volatile.Write(ref _dropRate, Rate(value));
    }

    /// <summary>Share of requests carried out whose response is then dropped.</summary>
    public double LostResponseRate
    {
        get => Volatile.Read(ref _lostResponseRate);
        set => Volatile.Write(ref _lostResponseRate, Rate(value));
    }

    public double SlowRate
    {
        get => Volatile.Read(ref _slowRate);
        set => Volatile.Write(ref _slowRate, Rate(value));
    }

    public TimeSpan SlowDelay
    {
        get => new(Volatile.Read(ref _slowDelayTicks));
        set => Volatile.Write(ref _slowDelayTicks, NonNegative(value).Ticks);
    }

    public TimeSpan RetryAfter
    {
        get => new(Volatile.Read(ref _retryAfterTicks));
        set => Volatile.Write(ref _retryAfterTicks, NonNegative(value).Ticks);
    }

    public bool ReadOnly
    {
        get => Volatile.Read(ref _readOnly) != 0;
        set => Volatile.Write(ref _readOnly, value ? 1 : 0);
    }

    /// <summary>Total calls allowed; setting it (even to the same value) starts a fresh budget. Null = unlimited.</summary>
    public int? RateBudget
    {
        get
        {
            lock (_budgetGate)
            {
                return _rateBudget;
            }
        }
        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }
            lock (_budgetGate)
            {
                _rateBudget = value;
                _budgetUsed = 0;
            }
        }
    }

    /// <summary>Calls left in the budget, or null when unlimited.</summary>
    public int? RateBudgetRemaining
    {
        get
        {
            lock (_budgetGate)
            {
                return _rateBudget is { } budget ? (int)Math.Max(0, budget - _budgetUsed) : null;
            }
        }
    }

    /// <summary>Clears every fault and delay (the budget too); read-only mode is left as is.</summary>
    public void ClearFaults()
    {
        Latency = TimeSpan.Zero;
        LatencyJitter = TimeSpan.Zero;
        ServerErrorRate = 0;
        ThrottleRate = 0;
        Throttle429Rate = 0;
        DropRate = 0;
        LostResponseRate = 0;
        SlowRate = 0;
        RateBudget = null;
    }

    /// <summary>Spends one call; false when the budget is exhausted. Also reports the share used, for X-App-Usage.</summary>
    internal bool TrySpend(out int percentUsed)
    {
        lock (_budgetGate)
        {
            if (_rateBudget is not { } budget)
            {
                percentUsed = 0;
                return true;
            }
            if (_budgetUsed >= budget)
            {
                percentUsed = 100;
                return false;
            }
            _budgetUsed++;
            percentUsed = budget == 0 ? 100 : (int)Math.Min(100, _budgetUsed * 100 / budget);
            return true;
        }
    }

    /// <summary>The share of the budget used so far (0 when unlimited).</summary>
    internal int PercentUsed
    {
        get
        {
            lock (_budgetGate)
            {
                return _rateBudget is { } budget ? budget == 0 ? 100 : (int)Math.Min(100, _budgetUsed * 100 / budget) : 0;
            }
        }
    }

    private static double Rate(double value)
    {
        EmulatorOptions.CheckRate(value, nameof(value));
        return value;
    }

    private static TimeSpan NonNegative(TimeSpan value) =>
        value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(value), "Delays cannot be negative.") : value;
}
