using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client.Links;

/// <summary>Where link definitions live (never their secrets). Names compare case-insensitively.</summary>
public interface ILinkStore
{
    IReadOnlyList<WorkplaceLink> List();

    WorkplaceLink? Find(string name);

    /// <exception cref="WorkplaceLinkException">A link with the same name exists (Workplace.Link.Duplicate).</exception>
    void Add(WorkplaceLink link);

    /// <returns>Whether a link of that name existed.</returns>
    bool Remove(string name);
}
