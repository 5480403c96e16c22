namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A SCIM group ("people set"): a named set of people, separate from Workplace groups.</summary>
internal sealed class PeopleSet : IKeyed
{
    public PeopleSet(long key)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public long Key { get; }
    public string Id { get; }
    public string DisplayName { get; set; } = "";
    public List<string> MemberIds { get; } = new();
    public DateTimeOffset CreatedTime { get; init; }
    public DateTimeOffset UpdatedTime { get; set; }
}
