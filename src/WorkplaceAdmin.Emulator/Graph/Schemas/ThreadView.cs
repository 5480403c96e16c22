using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Graph.Schemas;

/// <summary>
/// A chat thread as one participant sees it: messages deleted for that participant are gone from their view
/// (workplace-api.md §4.2, <c>DELETE /{message-id}?user=</c>).
/// </summary>
internal readonly record struct ThreadView(ChatThread Thread, string ViewerId) : IKeyed
{
    public long Key => Thread.Key;

    public IReadOnlyList<ChatMessage> Messages
    {
        get
        {
            var viewer = ViewerId;
            return Thread.Messages.Where(m => m.IsVisibleTo(viewer)).ToList();
        }
    }
}
