using System.Management.Automation;
using System.Management.Automation.Runspaces;
using WorkplaceAdmin.Tests.Metadata;

namespace WorkplaceAdmin.Tests.Hosting;

/// <summary>
/// A fresh PowerShell runspace with the built module folder (out/WorkplaceAdmin) imported, as a user's session is
/// after <c>Import-Module</c>. Scripts run with PowerShell's default preferences; every stream is collected.
/// </summary>
public sealed class ModuleSession : IDisposable
{
    private readonly Runspace _runspace;

    static ModuleSession()
    {
        // Links live in the user's configuration folder: the tests keep theirs in a folder of their own.
        var folder = Path.Combine(Path.GetTempPath(), $"WorkplaceAdmin.Tests-{Environment.ProcessId}");
        Environment.SetEnvironmentVariable(OperatingSystem.IsWindows() ? "APPDATA" : "XDG_CONFIG_HOME", folder);
    }

    public ModuleSession()
    {
        var state = InitialSessionState.CreateDefault2();
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        var import = Run($"Import-Module '{TestPaths.ModuleManifest.Replace("'", "''", StringComparison.Ordinal)}' -ErrorAction Stop");
        if (import.Terminating is not null || import.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The module did not import: {import.Terminating?.Message ?? import.Errors[0].ToString()}");
        }
    }

    /// <summary>A session connected to a fresh embedded emulator (the demo community).</summary>
    public static ModuleSession ConnectedToEmulator(string connect = "Connect-Workplace -Emulator")
    {
        var session = new ModuleSession();
        session.Run(connect).ThrowIfFailed();
        return session;
    }

    /// <summary>Runs a script to its end and returns everything it wrote; a terminating error is returned, not thrown.</summary>
    public PipelineRun Run(string script, IDictionary<string, object?>? variables = null, TimeSpan? timeout = null)
    {
        using var shell = Create(script, variables);
        var output = new PSDataCollection<PSObject>();
        Exception? terminating = null;
        try
        {
            var pending = shell.BeginInvoke<PSObject, PSObject>(null, output);
            if (!pending.AsyncWaitHandle.WaitOne(timeout ?? TimeSpan.FromMinutes(2)))
            {
                shell.Stop();
                throw new TimeoutException($"The script did not end within {timeout ?? TimeSpan.FromMinutes(2)}: {script}");
            }

            shell.EndInvoke(pending);
        }
        catch (RuntimeException error)
        {
            terminating = error;
        }

        return PipelineRun.From(shell, output, terminating);
    }

    /// <summary>Starts a script without waiting, for tests that stop it (Ctrl+C) while it runs.</summary>
    public RunningPipeline Start(string script, IDictionary<string, object?>? variables = null) => new(Create(script, variables));

    /// <summary>Sets a variable in the session, for objects a script should receive as they are.</summary>
    public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    public void Dispose() => _runspace.Dispose();

    private PowerShell Create(string script, IDictionary<string, object?>? variables)
    {
        var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            _runspace.SessionStateProxy.SetVariable(name, value);
        }

        shell.AddScript(script);
        return shell;
    }
}

/// <summary>A script started in a <see cref="ModuleSession"/>: its output so far, and Stop() as Ctrl+C does.</summary>
public sealed class RunningPipeline : IDisposable
{
    private readonly PowerShell _shell;
    private readonly PSDataCollection<PSObject> _output = new();
    private readonly IAsyncResult _pending;

    internal RunningPipeline(PowerShell shell)
    {
        _shell = shell;
        _pending = shell.BeginInvoke<PSObject, PSObject>(null, _output);
    }

    public int OutputCount => _output.Count;

    public bool IsCompleted => _pending.IsCompleted;

    /// <summary>Waits until the script has written at least <paramref name="count"/> objects, or gives up.</summary>
    public bool WaitForOutput(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_output.Count < count && !_pending.IsCompleted && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }

        return _output.Count >= count;
    }

    /// <summary>Stops the script as Ctrl+C does and waits for it; returns what it wrote.</summary>
    public PipelineRun Stop()
    {
        _shell.Stop();
        Exception? terminating = null;
        try
        {
            _shell.EndInvoke(_pending);
        }
        catch (RuntimeException error)
        {
            terminating = error;
        }

        return PipelineRun.From(_shell, _output, terminating);
    }

    public void Dispose() => _shell.Dispose();
}

/// <summary>What one script wrote to each stream, and the terminating error that ended it, if any.</summary>
public sealed record PipelineRun(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<WarningRecord> Warnings,
    IReadOnlyList<VerboseRecord> Verbose,
    IReadOnlyList<InformationRecord> Information,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating)
{
    internal static PipelineRun From(PowerShell shell, IEnumerable<PSObject> output, Exception? terminating) => new(
        output.ToList(),
        shell.Streams.Error.ToList(),
        shell.Streams.Warning.ToList(),
        shell.Streams.Verbose.ToList(),
        shell.Streams.Information.ToList(),
        shell.Streams.Progress.ToList(),
        terminating);

    /// <summary>The output's base objects (the typed module objects, strings…); a $null written shows as the text "$null".</summary>
    public IReadOnlyList<object> Objects => Output.Select(item => item?.BaseObject ?? "$null").ToList();

    /// <summary>Fails the test with every error written when the script wrote any or was terminated.</summary>
    public PipelineRun ThrowIfFailed()
    {
        if (Terminating is not null || Errors.Count > 0)
        {
            var errors = Errors.Select(error => $"{error.FullyQualifiedErrorId}: {error}").Prepend(Terminating?.ToString()).OfType<string>();
            throw new Xunit.Sdk.XunitException("The script failed:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return this;
    }

    /// <summary>The output rendered as text, e.g. by Out-String in the script.</summary>
    public string Text => string.Concat(Output.Select(item => item.ToString()));
}
