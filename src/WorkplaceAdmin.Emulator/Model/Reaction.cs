namespace WorkplaceAdmin.Emulator.Model;

/// <summary>One person's reaction to a post or comment; a person reacts at most once, so it is keyed by the person.</summary>
internal sealed record Reaction(Person Person, string Type, DateTimeOffset Time) : IKeyed
{
    public long Key => Person.Key;
}
