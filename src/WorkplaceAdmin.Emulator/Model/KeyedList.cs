using System.Collections;

namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// A list kept sorted by <see cref="IKeyed.Key"/>. Lookups and cursor positions are binary searches,
/// so paging through 100,000 people stays O(log n) per page.
/// </summary>
internal sealed class KeyedList<T> : IReadOnlyList<T> where T : IKeyed
{
    private readonly List<T> _items;

    public KeyedList(int capacity = 0) => _items = new List<T>(capacity);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    /// <summary>Adds an item; appending in key order (the common case) costs O(1).</summary>
    public bool Add(T item)
    {
        if (_items.Count == 0 || _items[^1].Key < item.Key)
        {
            _items.Add(item);
            return true;
        }
        var index = LowerBound(item.Key);
        if (index < _items.Count && _items[index].Key == item.Key)
        {
            return false;
        }
        _items.Insert(index, item);
        return true;
    }

    public bool Remove(long key)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            return false;
        }
        _items.RemoveAt(index);
        return true;
    }

    public T? Find(long key)
    {
        var index = IndexOf(key);
        return index < 0 ? default : _items[index];
    }

    public int IndexOf(long key)
    {
        var index = LowerBound(key);
        return index < _items.Count && _items[index].Key == key ? index : -1;
    }

    /// <summary>Index of the first item whose key is at least <paramref name="key"/>.</summary>
    public int LowerBound(long key) => SortedSearch.LowerBound(this, key);

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
