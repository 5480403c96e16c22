namespace WorkplaceAdmin.Client.Bulk;

/// <summary>
/// The concurrency limit of one bulk run: halves on a throttle signal, grows back by one after a run of
/// successes twice as long as the current limit. Signals from items started before the last halving are
/// ignored, so one burst of throttled calls halves the limit once, not once per call.
/// </summary>
internal sealed class AdaptiveConcurrency
{
    private readonly int maximum;
    private int successesSinceChange;

    public AdaptiveConcurrency(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        this.maximum = maximum;
        Current = maximum;
    }

    public int Current { get; private set; }

    /// <summary>Increases at each halving; items remember the generation they started in.</summary>
    public int Generation { get; private set; }

    public void Observe(int startedInGeneration, bool throttled)
    {
        if (throttled)
        {
            if (startedInGeneration == Generation)
            {
                Current = Math.Max(1, Current / 2);
                Generation++;
                successesSinceChange = 0;
            }
            return;
        }
        if (Current < maximum && ++successesSinceChange >= 2 * Current)
        {
            Current++;
            successesSinceChange = 0;
        }
    }
}
