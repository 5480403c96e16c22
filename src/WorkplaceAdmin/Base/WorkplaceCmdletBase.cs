using System.Collections.Concurrent;
using System.Management.Automation;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Base;

/// <summary>
/// What every cmdlet of the module shares: a cancellation token that Ctrl+C (StopProcessing) cancels, a synchronous
/// bridge to the async client that keeps writing on the pipeline thread, and client exceptions turned into
/// ErrorRecords with a real category and a stable error id.
/// </summary>
public abstract class WorkplaceCmdletBase : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<string> _callLog = new();

    private HashSet<string> _commandLineParameters = new(StringComparer.OrdinalIgnoreCase);

    protected CancellationToken Cancellation => _stopping.Token;

    protected override void BeginProcessing()
    {
        // Pipeline input is bound after BeginProcessing, so what is bound now was typed on the command line.
        _commandLineParameters = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when the parameter was given on the command line, not bound from a piped object.</summary>
    protected bool IsOnCommandLine(string parameterName) => _commandLineParameters.Contains(parameterName);

    protected override void StopProcessing() => _stopping.Cancel();

    /// <summary>
    /// True when the pipeline is stopping: Ctrl+C, or a downstream command such as <c>Select-Object -First</c> that has
    /// all it wants (PowerShell then throws <see cref="PipelineStoppedException"/> out of WriteObject/WriteError).
    /// A stop is never an error of an item: every catch in the module lets it pass through <see cref="IsStopping"/>,
    /// and seeing it cancels the calls still in flight, so no further request is sent.
    /// </summary>
    protected bool IsStopping(Exception error)
    {
        var stopped = Stopping || IsStop(error) || (error is OperationCanceledException && Cancellation.IsCancellationRequested);
        if (stopped && !_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }

        return stopped;
    }

    private static bool IsStop(Exception error) => error switch
    {
        PipelineStoppedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStop),
        _ => error.InnerException is not null && IsStop(error.InnerException),
    };

    /// <summary>PowerShell calls this when the pipeline ends, also when it ends early (Ctrl+C, -ErrorAction Stop).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // A pipeline that ends early (a stop, -ErrorAction Stop) must not leave calls running behind it.
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    /// <summary>Runs one client call to completion on the pipeline thread; its HTTP log lines become verbose output.</summary>
    protected T Await<T>(Func<CancellationToken, Task<T>> call)
    {
        try
        {
            using (CallLogRouter.Into(_callLog))
            {
                return call(Cancellation).GetAwaiter().GetResult();
            }
        }
        finally
        {
            DrainCallLog();
        }
    }

    /// <summary>Streams an async listing item by item, so output reaches the pipeline while later pages are still being read.</summary>
    protected IEnumerable<T> Stream<T>(IAsyncEnumerable<T> source)
    {
        var items = source.GetAsyncEnumerator(Cancellation);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    using (CallLogRouter.Into(_callLog))
                    {
                        more = items.MoveNextAsync().AsTask().GetAwaiter().GetResult();
                    }
                }
                finally
                {
                    DrainCallLog();
                }

                if (!more)
                {
                    yield break;
                }

                yield return items.Current;
            }
        }
        finally
        {
            items.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>A failure of one item: reported, and the other items go on. <paramref name="context"/> (e.g. "Row 12") leads the message.</summary>
    /// <remarks>
    /// With -ErrorAction Stop, WriteError ends the pipeline and nothing can be written after it, so the cmdlet first
    /// gets the chance (<see cref="BeforeStoppingOnError"/>) to finish and report what the service was already given.
    /// </remarks>
    protected void WriteItemError(Exception error, object? target, string? context = null)
    {
        if (ErrorActionIsStop())
        {
            BeforeStoppingOnError();
        }

        WriteError(ToErrorRecord(error, target, context));
    }

    /// <summary>Called once an item error is about to stop the pipeline (-ErrorAction Stop), while output can still be written.</summary>
    protected virtual void BeforeStoppingOnError()
    {
    }

    /// <summary>True when an item error will end the pipeline (-ErrorAction Stop, or $ErrorActionPreference = 'Stop').</summary>
    protected bool ErrorActionIsStop()
    {
        var preference = MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var bound)
            ? bound
            : SessionState.PSVariable.GetValue("ErrorActionPreference");
        return preference is ActionPreference.Stop ||
            string.Equals(preference?.ToString(), nameof(ActionPreference.Stop), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A failure that leaves nothing to do (no connection, a setup that cannot work): stops the cmdlet.</summary>
    protected void ThrowSetupError(Exception error, object? target) => ThrowTerminatingError(ToErrorRecord(error, target, null));

    /// <summary>Routes the HTTP log of calls started inside the scope (even on other threads) to this cmdlet's verbose output.</summary>
    protected CallLogRouter.Scope RouteCallLog() => CallLogRouter.Into(_callLog);

    /// <summary>Writes the queued HTTP log lines as verbose output; call it on the pipeline thread.</summary>
    protected void DrainCallLog()
    {
        while (_callLog.TryDequeue(out var line))
        {
            WriteVerbose(line);
        }
    }

    /// <summary>
    /// The exception the user should see: a task's AggregateException or a reflection wrapper says nothing about
    /// what went wrong, so the one inside is reported (the first, when a task gathered several).
    /// </summary>
    protected static Exception Unwrapped(Exception error) => error switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Unwrapped(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrapped(inner),
        _ => error,
    };

    private static ErrorRecord ToErrorRecord(Exception error, object? target, string? context)
    {
        error = Unwrapped(error);
        var classification = WorkplaceErrorClassifier.Classify(error);
        var category = Enum.TryParse<ErrorCategory>(classification.Category, out var parsed) ? parsed : ErrorCategory.NotSpecified;
        var record = new ErrorRecord(error, classification.ErrorId, category, target);
        if (classification.RecommendedAction is not null || context is not null)
        {
            var message = context is null ? error.Message : $"{context}: {error.Message}";
            record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = classification.RecommendedAction };
        }

        return record;
    }
}
