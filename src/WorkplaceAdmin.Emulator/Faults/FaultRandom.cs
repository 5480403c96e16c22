namespace WorkplaceAdmin.Emulator.Faults;

/// <summary>
/// The one random source behind faults and jitter. Seeded for reproducible runs; draws are serialized so the
/// sequence is the same for the same seed and request order.
/// </summary>
internal sealed class FaultRandom
{
    private readonly object _gate = new();
    private readonly Random _random;

    public FaultRandom(int? seed) => _random = seed is { } value ? new Random(value) : new Random();

    public double NextDouble()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }

    /// <summary>True with probability <paramref name="rate"/>; consumes no draw when the rate is zero.</summary>
    public bool Chance(double rate) => rate > 0 && (rate >= 1 || NextDouble() < rate);
}
