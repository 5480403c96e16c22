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

    /// <summary>The activity line Workplace writes above some posts, e.g. "Ava Ross shared a link."</summary>
    public string? Story { get; set; }
    public IReadOnlyList<Attachment> Attachments { get; set; } = [];
    public KeyedList<Reaction> Reactions { get; } = new();
    public KeyedList<PostView> Seen { get; } = new();

    /// <summary>Posts that share this one (the <c>sharedposts</c> edge).</summary>
    public KeyedList<Post> SharedBy { get; } = new();

    /// <summary>The post this one shares, if it is a share.</summary>
    public Post? SharedPost { get; init; }

    /// <summary>Graph's <c>type</c>: the first attachment decides (photo, video, link), else link or status.</summary>
    public string Type => Attachments.FirstOrDefault()?.Type switch
    {
        Attachment.Photo or Attachment.Album => "photo",
        Attachment.Video => "video",
        Attachment.Share => "link",
        Attachment.File => "status",
        _ => Link is null ? "status" : "link",
    };
}
