using WorkplaceAdmin.Client.Links;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Tests.Links;

/// <summary>The test store of link definitions: a list in memory, with the file store's rules (unique names, case-insensitive).</summary>
public sealed class InMemoryLinkStore : ILinkStore
{
    private readonly List<WorkplaceLink> links = [];

    public IReadOnlyList<WorkplaceLink> List() => links.ToList();

    public WorkplaceLink? Find(string name) => links.FirstOrDefault(l => LinkName.Comparer.Equals(l.Name, name));

    public void Add(WorkplaceLink link)
    {
        if (Find(link.Name) is not null)
            throw new WorkplaceLinkException(LinkErrorIds.Duplicate, $"A link named '{link.Name}' already exists.");
        links.Add(link);
    }

    public bool Remove(string name) => links.RemoveAll(l => LinkName.Comparer.Equals(l.Name, name)) > 0;
}
