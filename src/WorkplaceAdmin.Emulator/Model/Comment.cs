namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A comment on a post, or a reply on a comment. Its Graph id is "{post-id}_{comment-id}".</summary>
internal sealed class Comment : IKeyed
{
    public Comment(long key, Post post, Comment? parent)
    {
        Key = key;
        Post = post;
        Parent = parent;
        Id = post.BareId + "_" + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public long Key { get; }
    public string Id { get; }
    public Post Post { get; }

    /// <summary>The comment this one replies to; null for a top-level comment.</summary>
    public Comment? Parent { get; }
    public required Author From { get; init; }
    public string? Message { get; set; }
    public IReadOnlyList<MessageTag> MessageTags { get; set; } = [];
    public DateTimeOffset CreatedTime { get; init; }
    public KeyedList<Comment> Replies { get; } = new();
    public Attachment? Attachment { get; set; }
    public KeyedList<Reaction> Reactions { get; } = new();
}
