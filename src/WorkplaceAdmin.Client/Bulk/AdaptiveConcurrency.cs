namespace WorkplaceAdmin.Client.Bulk;

/// <summary>
/// The concurrency limit of one bulk run, between 1 and a ceiling. It starts low and doubles after each run of
/// successes as long as itself while the service shows headroom (slow start); the first throttle signal halves it and
/// from then on it grows by one after a run of successes twice as long. Growth pauses while X-App-Usage is above
/// <see cref="HeadroomThreshold"/> %. Signals from items started before the last halving are ignored, so one burst of
/// throttled calls halves the limit once, not once per call.
/// </summary>
internal sealed class AdaptiveConcurrency
{
    /// <summary>App usage (percent of the limit) above which the limit stops growing.</summary>
    public const int HeadroomThreshold = 75;

    private readonly int maximum;
    private int successesSinceChange;
    private bool slowStart;

    /// <param name="maximum">The ceiling (-ThrottleLimit).</param>
    /// <param name="initial">Where to start; the ceiling when null (no slow start).</param>
    public AdaptiveConcurrency(int maximum, int? initial = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        this.maximum = maximum;
        Current = Math.Clamp(initial ?? maximum, 1, maximum);
        slowStart = Current < maximum;
    }

    public int Current { get; private set; }

    /// <summary>Increases at each halving; items remember the generation they started in.</summary>
    public int Generation { get; private set; }

    /// <param name="startedInGeneration">The generation the finished item started in.</param>
    /// <param name="throttled">The item was throttled, or the app's usage is high.</param>
    /// <param name="headroom">The service shows room to grow (app usage low or unknown).</param>
    public void Observe(int startedInGeneration, bool throttled, bool headroom = true)
    {
        if (throttled)
        {
            if (startedInGeneration == Generation)
            {
                Current = Math.Max(1, Current / 2);
                Generation++;
                successesSinceChange = 0;
                slowStart = false;
            }
            return;
        }
        if (Current >= maximum || !headroom)
            return;
        if (slowStart ? ++successesSinceChange >= Current : ++successesSinceChange >= 2 * Current)
        {
            Current = slowStart ? Math.Min(maximum, Current * 2) : Current + 1;
            successesSinceChange = 0;
        }
    }
}
