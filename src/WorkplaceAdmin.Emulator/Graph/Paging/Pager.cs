using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Paging;

/// <summary>One page cut from a key-ordered list, in output order, and whether more lies on either side.</summary>
internal readonly record struct PageSlice<T>(List<T> Items, bool HasPrevious, bool HasNext);

/// <summary>
/// Cuts pages out of a list sorted ascending by key, reading it ascending or descending (feeds: newest first).
/// Cursor positions are binary searches, so every page costs O(log n + limit).
/// </summary>
internal static class Pager
{
    public static PageSlice<T> Slice<T>(IReadOnlyList<T> ascending, bool descending, PageRequest request) where T : IKeyed
    {
        var n = ascending.Count;
        var limit = request.Limit;
        int start, end; // a range [start, end) of the ascending list
        if (!descending)
        {
            if (request.Before is { } before && request.After is null)
            {
                end = SortedSearch.LowerBound(ascending, before);
                start = Math.Max(0, end - limit);
            }
            else
            {
                start = request.After is { } after ? SortedSearch.UpperBound(ascending, after) : 0;
                end = Math.Min(n, start + limit);
            }
            return new PageSlice<T>(Take(ascending, start, end, reverse: false), HasPrevious: start > 0, HasNext: end < n);
        }

        // Descending view: "after" moves towards smaller keys, "before" towards larger ones.
        if (request.Before is { } newer && request.After is null)
        {
            start = SortedSearch.UpperBound(ascending, newer);
            end = Math.Min(n, start + limit);
        }
        else
        {
            end = request.After is { } older ? SortedSearch.LowerBound(ascending, older) : n;
            start = Math.Max(0, end - limit);
        }
        return new PageSlice<T>(Take(ascending, start, end, reverse: true), HasPrevious: end < n, HasNext: start > 0);
    }

    private static List<T> Take<T>(IReadOnlyList<T> items, int start, int end, bool reverse)
    {
        var page = new List<T>(Math.Max(0, end - start));
        if (reverse)
        {
            for (var i = end - 1; i >= start; i--)
            {
                page.Add(items[i]);
            }
        }
        else
        {
            for (var i = start; i < end; i++)
            {
                page.Add(items[i]);
            }
        }
        return page;
    }
}
