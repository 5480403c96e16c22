using System.Runtime.CompilerServices;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Completion;

namespace WorkplaceAdmin.Completion;

/// <summary>One completion cache per connection, gone with the connection.</summary>
internal static class CompletionCaches
{
    private static readonly ConditionalWeakTable<WorkplaceConnection, CompletionCache> Caches = new();

    public static CompletionCache For(WorkplaceConnection connection) => Caches.GetValue(connection, _ => new CompletionCache());
}
