namespace WorkplaceAdmin.Emulator.Model;

/// <summary>
/// Told about the changes webhooks report, by <see cref="Community"/> itself so that every route that changes the
/// community is covered. Called under the community's write lock: implementations copy what they need and return
/// at once, never calling out.
/// </summary>
internal interface ICommunityObserver
{
    void PostAdded(Post post);

    void CommentAdded(Comment comment);

    void MemberAdded(Group group, Person person, DateTimeOffset when);

    void MemberRemoved(Group group, Person person, DateTimeOffset when);

    void MessageAdded(ChatThread thread, ChatMessage message);
}
