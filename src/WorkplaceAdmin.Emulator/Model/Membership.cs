namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A person's membership of a group, keyed by the person's id.</summary>
internal sealed class Membership : IKeyed
{
    public Membership(Person person, DateTimeOffset joined, bool administrator)
    {
        Person = person;
        Joined = joined;
        Administrator = administrator;
    }

    public long Key => Person.Key;
    public Person Person { get; }
    public DateTimeOffset Joined { get; }
    public bool Administrator { get; set; }
}
