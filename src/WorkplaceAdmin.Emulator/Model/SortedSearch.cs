namespace WorkplaceAdmin.Emulator.Model;

/// <summary>Binary searches over any list sorted ascending by key (live lists and filtered copies alike).</summary>
internal static class SortedSearch
{
    /// <summary>Index of the first item whose key is at least <paramref name="key"/>.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, long key) where T : IKeyed
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (items[mid].Key < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>Index of the first item whose key is greater than <paramref name="key"/>.</summary>
    public static int UpperBound<T>(IReadOnlyList<T> items, long key) where T : IKeyed
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (items[mid].Key <= key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
