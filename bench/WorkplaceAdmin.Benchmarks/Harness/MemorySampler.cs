using System.Diagnostics;

namespace WorkplaceAdmin.Benchmarks.Harness;

/// <summary>
/// Peak memory of one phase of a scenario: the managed heap after a full collection at the start, then sampled every
/// few milliseconds until disposed. The process's peak working set is monotonic over the whole run, so a phase's own
/// peak is read from the samples; run the phase whose peak matters first if you also report the working set.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peakHeapBytes;
    private long _peakWorkingSetBytes;

    private MemorySampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Sample();
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(5));
    }

    public static MemorySampler Start() => new();

    /// <summary>The largest managed heap seen, in MB.</summary>
    public double PeakHeapMegabytes => Interlocked.Read(ref _peakHeapBytes) / 1024.0 / 1024.0;

    /// <summary>The largest working set of the process seen during the phase, in MB.</summary>
    public double PeakWorkingSetMegabytes => Interlocked.Read(ref _peakWorkingSetBytes) / 1024.0 / 1024.0;

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
    }

    private void Sample()
    {
        Raise(ref _peakHeapBytes, GC.GetTotalMemory(false));
        using var process = Process.GetCurrentProcess();
        Raise(ref _peakWorkingSetBytes, process.WorkingSet64);
    }

    private static void Raise(ref long peak, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, current) != current)
        {
        }
    }
}
