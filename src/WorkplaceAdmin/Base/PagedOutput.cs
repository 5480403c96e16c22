using System.Management.Automation;

namespace WorkplaceAdmin.Base;

/// <summary>
/// -Skip, -First and -IncludeTotalCount of a SupportsPaging cmdlet, applied to everything the command writes in one
/// run, whichever parameter set produced it: a listing, or ids and URLs read one by one (piped or typed).
/// The total count is real: the objects the command found, so -IncludeTotalCount keeps reading (without writing)
/// after -First is satisfied, and its accuracy is 1.
/// </summary>
internal sealed class PagedOutput(PagingParameters paging, Action<object> write)
{
    private ulong _count;

    /// <summary>Whether another object is still worth a request: to write it, skip it, or count it.</summary>
    public bool WantsMore => paging.IncludeTotalCount || _count < paging.Skip || _count - paging.Skip < paging.First;

    /// <summary>Counts the object and writes it when it falls after -Skip and within -First; returns <see cref="WantsMore"/>.</summary>
    public bool Add(object item)
    {
        var position = _count++;
        if (position >= paging.Skip && position - paging.Skip < paging.First)
            write(item);
        return WantsMore;
    }

    /// <summary>Writes the total count object when -IncludeTotalCount was given; call once, when the command ends.</summary>
    public void WriteTotalCount()
    {
        if (paging.IncludeTotalCount)
            write(paging.NewTotalCount(_count, 1.0));
    }
}
