using System.Collections.Concurrent;
using System.Management.Automation.Runspaces;
using WorkplaceAdmin.Client;

namespace WorkplaceAdmin.Base;

/// <summary>The current connection of each runspace, so parallel runspaces (ForEach-Object -Parallel, jobs) stay apart.</summary>
internal static class ConnectionStore
{
    private static readonly ConcurrentDictionary<Guid, WorkplaceConnection> Current = new();

    private static Guid RunspaceId => Runspace.DefaultRunspace?.InstanceId ?? Guid.Empty;

    public static WorkplaceConnection? Get() => Current.TryGetValue(RunspaceId, out var connection) ? connection : null;

    public static void Set(WorkplaceConnection connection) => Current[RunspaceId] = connection;

    /// <summary>Forgets the connection if it is the current one; returns whether it was.</summary>
    public static bool Remove(WorkplaceConnection connection) =>
        Current.TryRemove(new KeyValuePair<Guid, WorkplaceConnection>(RunspaceId, connection));
}
