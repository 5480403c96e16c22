using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Base;

/// <summary>
/// The current connection of each runspace, so parallel runspaces (ForEach-Object -Parallel, jobs) stay apart.
/// A reused runspace (ForEach-Object -Parallel hands the same runspace to the next iteration after resetting its
/// global variables) keeps its id, so each entry is paired with a marker in the runspace's global variables: when the
/// marker is gone, the runspace was reset and the connection belongs to an earlier user of it. Entries of closed
/// runspaces are dropped.
/// </summary>
internal static class ConnectionStore
{
    /// <summary>The global variable holding the marker; its value means nothing outside this class.</summary>
    public const string MarkerVariable = "WorkplaceAdminConnectionMarker";

    private static readonly ConcurrentDictionary<Guid, Entry> Current = new();

    /// <summary>The runspace's current connection, or null. Without a session state (a completer) the marker is not checked.</summary>
    public static WorkplaceConnection? Get(SessionState? sessionState = null)
    {
        var runspace = Runspace.DefaultRunspace;
        if (runspace is null || !Current.TryGetValue(runspace.InstanceId, out var entry))
        {
            return null;
        }

        if (sessionState is not null && !Equals(sessionState.PSVariable.GetValue("global:" + MarkerVariable), entry.Marker))
        {
            // The runspace was reset for another user (a reused ForEach-Object -Parallel runspace): not theirs.
            Current.TryRemove(new KeyValuePair<Guid, Entry>(runspace.InstanceId, entry));
            return null;
        }

        return entry.Connection;
    }

    public static void Set(SessionState sessionState, WorkplaceConnection connection)
    {
        var runspace = Runspace.DefaultRunspace ?? throw new InvalidOperationException("There is no runspace to keep the connection for.");
        var marker = Guid.NewGuid().ToString("n");
        sessionState.PSVariable.Set(new PSVariable("global:" + MarkerVariable, marker, ScopedItemOptions.None)
        {
            Description = "Pairs WorkplaceAdmin's current connection with this session (ForEach-Object -Parallel reuses runspaces).",
        });
        if (Current.TryGetValue(runspace.InstanceId, out _) is false)
        {
            runspace.StateChanged += DropWhenClosed;
        }

        Current[runspace.InstanceId] = new Entry(connection, marker);
    }

    /// <summary>Forgets the runspace's current connection, whichever it is (a failed Connect-Workplace).</summary>
    public static void Clear()
    {
        if (Runspace.DefaultRunspace is { } runspace)
        {
            Current.TryRemove(runspace.InstanceId, out _);
        }
    }

    /// <summary>Forgets the connection if it is the current one; returns whether it was.</summary>
    public static bool Remove(WorkplaceConnection connection)
    {
        var runspace = Runspace.DefaultRunspace;
        return runspace is not null &&
            Current.TryGetValue(runspace.InstanceId, out var entry) &&
            ReferenceEquals(entry.Connection, connection) &&
            Current.TryRemove(new KeyValuePair<Guid, Entry>(runspace.InstanceId, entry));
    }

    /// <summary>Whether the runspace has a current connection here (for tests of the clean-up).</summary>
    internal static bool Holds(Guid runspaceId) => Current.ContainsKey(runspaceId);

    private static void DropWhenClosed(object? sender, RunspaceStateEventArgs e)
    {
        if (sender is Runspace runspace && e.RunspaceStateInfo.State is RunspaceState.Closed or RunspaceState.Broken)
        {
            Current.TryRemove(runspace.InstanceId, out _);
            runspace.StateChanged -= DropWhenClosed;
        }
    }

    private sealed record Entry(WorkplaceConnection Connection, string Marker);
}
