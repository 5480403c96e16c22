using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>
/// What a <c>-Group</c> parameter receives: a group id, a group URL, an exact group name, or a group object
/// piped from Get-WorkplaceGroup. PowerShell builds it through these constructors, so one parameter takes
/// every form; <see cref="WorkplaceGroupResolver"/> turns it into a group.
/// </summary>
public sealed class WorkplaceGroupIdentity
{
    public WorkplaceGroupIdentity(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("The group is empty; expected a group id, a group URL, a group name or a group object.", nameof(text));
        Text = text.Trim();
    }

    public WorkplaceGroupIdentity(WorkplaceGroup group)
    {
        Group = group ?? throw new ArgumentNullException(nameof(group));
        Text = group.Id;
    }

    /// <summary>The id, URL or name as given (the id for a group object).</summary>
    public string Text { get; }

    /// <summary>The group object when one was given.</summary>
    public WorkplaceGroup? Group { get; }

    public override string ToString() => Group is null ? Text : Group.ToString();
}
