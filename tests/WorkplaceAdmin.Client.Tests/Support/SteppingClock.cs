namespace WorkplaceAdmin.Client.Tests.Support;

/// <summary>An emulator clock that moves forward by a fixed step each time it is read, so created times are distinct and ordered.</summary>
public sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref ticks, step.Ticks), TimeSpan.Zero);
}
