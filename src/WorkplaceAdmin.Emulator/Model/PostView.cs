namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A person having seen a post (the <c>seen</c> edge), keyed by the person; the first view counts.</summary>
internal sealed record PostView(Person Person, DateTimeOffset SeenTime) : IKeyed
{
    public long Key => Person.Key;
}
