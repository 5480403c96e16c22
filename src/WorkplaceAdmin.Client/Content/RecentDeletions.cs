namespace WorkplaceAdmin.Client.Content;

/// <summary>
/// The ids this client deleted last, so a listing streaming into a pipeline can tell that the consumer downstream
/// (e.g. <c>Get-WorkplaceComment | Remove-WorkplaceComment</c>) has just deleted the item it yielded, and not read
/// what went with it. Bounded: a listing asks right after its consumer handled the item, so the newest ids suffice.
/// </summary>
internal sealed class RecentDeletions(int capacity)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(string id)
    {
        lock (_gate)
        {
            if (!_ids.Add(id))
                return;
            _order.Enqueue(id);
            if (_order.Count > capacity)
                _ids.Remove(_order.Dequeue());
        }
    }

    public bool Contains(string id)
    {
        lock (_gate)
            return _ids.Contains(id);
    }
}
