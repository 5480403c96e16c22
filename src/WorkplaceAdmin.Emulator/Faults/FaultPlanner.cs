namespace WorkplaceAdmin.Emulator.Faults;

/// <summary>
/// Decides, per request, the delay and the fault to inject from the current <see cref="EmulatorControls"/>.
/// Each rate is drawn independently in a fixed order (drop, slow, 5xx, throttle, 429, lost response), so a seed replays the same faults.
/// </summary>
internal static class FaultPlanner
{
    public static (TimeSpan Delay, FaultKind Fault) Plan(EmulatorControls controls, FaultRandom random)
    {
        var delay = controls.Latency;
        var jitter = controls.LatencyJitter;
        if (jitter > TimeSpan.Zero)
        {
            delay += TimeSpan.FromTicks((long)(jitter.Ticks * random.NextDouble()));
        }
        if (random.Chance(controls.DropRate))
        {
            return (delay, FaultKind.Drop);
        }
        if (random.Chance(controls.SlowRate))
        {
            delay += controls.SlowDelay;
        }
        if (random.Chance(controls.ServerErrorRate))
        {
            return (delay, random.NextDouble() < 0.5 ? FaultKind.ServerError : FaultKind.ServiceUnavailable);
        }
        if (random.Chance(controls.ThrottleRate))
        {
            return (delay, FaultKind.Throttle);
        }
        if (random.Chance(controls.Throttle429Rate))
        {
            return (delay, FaultKind.Throttle429);
        }
        // Drawn last, and only when set, so that seeds replay the same faults as before this fault existed.
        if (random.Chance(controls.LostResponseRate))
        {
            return (delay, FaultKind.LoseResponse);
        }
        return (delay, FaultKind.None);
    }
}
