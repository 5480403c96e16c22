namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A group post. Its Graph id is "{group-id}_{post-id}".</summary>
internal sealed class Post : IKeyed
{
    public Post(long key, Group group)
    {
        Key = key;
        Group = group;
        Id = group.Id + "_" + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public long Key { get; }
    public string Id { get; }
    public string BareId => Key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public Group Group { get; }
    public required Author From { get; init; }
    public string? Message { get; set; }
    public string? Link { get; set; }
    public string Formatting { get; set; } = "PLAINTEXT";
    public IReadOnlyList<MessageTag> MessageTags { get; set; } = [];
    public DateTimeOffset CreatedTime { get; init; }
    public DateTimeOffset UpdatedTime { get; set; }
    public KeyedList<Comment> Comments { get; } = new();
    public string Type => Link is null ? "status" : "link";
}
