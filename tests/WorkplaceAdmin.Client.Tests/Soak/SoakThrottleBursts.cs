using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Soak;

/// <summary>Throttling in bursts, as a busy tenant sees it: a little most of the time, now and then nearly everything.</summary>
public sealed class SoakThrottleBursts : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public SoakThrottleBursts(EmulatorControls controls, SoakPlan plan)
    {
        loop = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await Task.Delay(plan.BurstEvery - plan.BurstLength, stop.Token).ConfigureAwait(false);
                    Set(controls, plan.BurstThrottleRate);
                    Bursts++;
                    await Task.Delay(plan.BurstLength, stop.Token).ConfigureAwait(false);
                    Set(controls, plan.QuietThrottleRate);
                }
            }
            catch (OperationCanceledException)
            {
            }
            Set(controls, plan.QuietThrottleRate);
        });
    }

    public int Bursts { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
    }

    private static void Set(EmulatorControls controls, double rate)
    {
        controls.ThrottleRate = rate;
        controls.Throttle429Rate = rate;
    }
}
