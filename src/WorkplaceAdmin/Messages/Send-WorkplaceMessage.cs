using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Bulk;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;
using WorkplaceAdmin.Links;
using ThreadKeys = WorkplaceAdmin.Client.Messages.ThreadKey;

namespace WorkplaceAdmin.Messages;

/// <summary>
/// Sends Work Chat messages from the integration's bot: one direct message per recipient (concurrently, one result
/// each), one message to a new group chat of all recipients, or one message into an existing thread.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "WorkplaceMessage", DefaultParameterSetName = DirectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = HelpLinks.DocsBase + "Send-WorkplaceMessage.md")]
[OutputType(typeof(WorkplaceMessageResult))]
public sealed class SendWorkplaceMessageCommand : WorkplaceBulkCmdlet<MessageWork, WorkplaceMessageResult>
{
    private const string DirectSet = "Direct";
    private const string GroupChatSet = "GroupChat";
    private const string ThreadSet = "Thread";

    private readonly List<string> _groupChatRecipients = [];
    private string? _groupChatText;
    private MessageSender? _sender;
    private WorkplaceConnection? _linkConnection;

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = DirectSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = GroupChatSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "UserId", "Email", "Mail", "UserName", "PrimaryEmail", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] Recipient { get; set; } = [];

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Message")]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = "";

    [Parameter(Mandatory = true, ParameterSetName = ThreadSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Thread")]
    [ValidateNotNullOrEmpty]
    public string ThreadKey { get; set; } = "";

    [Parameter(Mandatory = true, ParameterSetName = GroupChatSet)]
    public SwitchParameter GroupChat { get; set; }

    /// <summary>A saved Chat link to send through (its token) instead of the connection.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LinkNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Link { get; set; }

    protected override string Action => ParameterSetName == GroupChatSet ? "Send one Work Chat message to a new group chat" : "Send a Work Chat message";

    protected override string Describe(MessageWork item) => item.Recipient;

    protected override object? TargetOf(MessageWork item) => item.Recipient;

    /// <summary>One sender, so every send of the run shares one email cache; made before any send starts.</summary>
    private MessageSender Sender => _sender ?? throw new InvalidOperationException("The sender is made in BeginProcessing.");

    protected override void BeginProcessing()
    {
        if (Link is not null)
        {
            try
            {
                var current = Connection ?? ConnectionStore.Get(SessionState);
                var (link, secrets, endpoint) = LinkSessions.Open(this, Link, current);
                _linkConnection = Await(ct => LinkSessions.ConnectAsync(link, secrets, endpoint, WorkplaceLinkKind.Chat, current, ct));
                Connection = _linkConnection;
            }
            catch (Exception error) when (!IsStopping(error))
            {
                ThrowSetupError(error, Link);
            }
        }

        base.BeginProcessing();
        _sender = new MessageSender(Client, Cancellation);
    }

    protected override IEnumerable<MessageWork> ReadItems()
    {
        try
        {
            MessageText.Validate(Text);
        }
        catch (ArgumentException error)
        {
            WriteRowError(error, Text.Length > 100 ? Text[..100] + "…" : Text);
            return [];
        }

        return ParameterSetName switch
        {
            ThreadSet => ThreadItem(),
            GroupChatSet => CollectGroupChat(),
            _ => DirectItems(),
        };
    }

    protected override Task<WorkplaceMessageResult> RunAsync(MessageWork item, CancellationToken cancellationToken) =>
        item.IsThread
            ? Sender.SendToThreadAsync(item.Recipient, item.Text, cancellationToken)
            : Sender.SendDirectAsync(item.Recipient, item.Text, cancellationToken);

    /// <summary>A failed send still gets its result row (with Error), after the error record, so a logged run has one row per recipient.</summary>
    protected override void WriteResult(BulkResult<MessageWork, WorkplaceMessageResult> result, ItemSource source)
    {
        base.WriteResult(result, source);
        if (result.Status == BulkStatus.Failed)
        {
            WriteObject(new WorkplaceMessageResult { Recipient = result.Input.Recipient, Error = result.Error?.Message ?? "Failed." });
        }
    }

    protected override void EndProcessing()
    {
        if (ParameterSetName == GroupChatSet)
        {
            SendGroupChat();
        }

        base.EndProcessing();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _linkConnection?.Dispose();
        }

        base.Dispose(disposing);
    }

    private IEnumerable<MessageWork> DirectItems()
    {
        var items = new List<MessageWork>();
        foreach (var recipient in Recipient)
        {
            try
            {
                items.Add(new MessageWork(RecipientInput.Normalize(recipient), Text, IsThread: false));
            }
            catch (ArgumentException error)
            {
                WriteRowError(error, recipient);
            }
        }

        return items;
    }

    private IEnumerable<MessageWork> ThreadItem()
    {
        try
        {
            return [new MessageWork(ThreadKeys.Normalize(ThreadKey), Text, IsThread: true)];
        }
        catch (ArgumentException error)
        {
            WriteRowError(error, ThreadKey);
            return [];
        }
    }

    /// <summary>A group chat is one message to everyone: gather the recipients of every row, send at the end.</summary>
    private IEnumerable<MessageWork> CollectGroupChat()
    {
        if (_groupChatText is not null && _groupChatText != Text)
        {
            WriteRowError(new ArgumentException("A group chat sends one message: every row must carry the same text."), Text);
            return [];
        }

        _groupChatText = Text;
        foreach (var recipient in Recipient)
        {
            try
            {
                _groupChatRecipients.Add(RecipientInput.Normalize(recipient));
            }
            catch (ArgumentException error)
            {
                WriteRowError(error, recipient);
            }
        }

        return [];
    }

    private void SendGroupChat()
    {
        var recipients = _groupChatRecipients.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0 || _groupChatText is null)
        {
            return;
        }

        var text = _groupChatText;
        if (!ShouldProcess($"{string.Join(", ", recipients)} (a new thread)", Action))
        {
            return;
        }

        try
        {
            WriteObject(Await(ct => Sender.SendGroupChatAsync(recipients, text, ct)));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, recipients);
        }
    }
}
