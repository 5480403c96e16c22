using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Bulk;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.Messages;

/// <summary>
/// Deletes Work Chat messages for everyone in their thread (compliance): messages by id, or every message a person
/// sent in a time range. The messages are read first (the plan: -WhatIf lists them and deletes nothing), then each is
/// deleted for its sender and each recipient, with one result per message.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "WorkplaceMessage", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.DocsBase + "Remove-WorkplaceMessage.md")]
[OutputType(typeof(WorkplaceMessageRemoval))]
public sealed class RemoveWorkplaceMessageCommand : WorkplaceBulkCmdlet<WorkplaceChatMessage, WorkplaceMessageRemoval>
{
    private const string IdSet = "Id";
    private const string PersonSet = "Person";
    private const int ShownTextLength = 40;

    private ChatMessageRemover? _remover;
    private PersonIdResolver? _people;
    private long _planned;

    /// <summary>Message ids (m_…); messages piped from Get-WorkplaceMessage bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("MessageId")]
    [AllowEmptyString]
    public string[] Id { get; set; } = [];

    /// <summary>The person (id or email) whose sent messages are deleted.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PersonSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "Email", "Mail", "UserName", "UserPrincipalName", "PrimaryEmail")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    [AllowEmptyString]
    public string Person { get; set; } = "";

    /// <summary>The start of the time range (messages sent at or after it).</summary>
    [Parameter(Mandatory = true, ParameterSetName = PersonSet)]
    public DateTimeOffset Since { get; set; }

    /// <summary>The end of the time range (messages sent at or before it).</summary>
    [Parameter(Mandatory = true, ParameterSetName = PersonSet)]
    public DateTimeOffset Until { get; set; }

    protected override string Action => "Delete the chat message for everyone in its thread";

    protected override long? ExpectedTotal => ParameterSetName == PersonSet ? _planned : null;

    private ChatMessageRemover Remover => _remover ??= new ChatMessageRemover(Client);

    private PersonIdResolver People => _people ??= new PersonIdResolver(Client, Cancellation);

    protected override void BeginProcessing()
    {
        if (ParameterSetName == PersonSet && Since > Until)
        {
            ThrowSetupError(new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no message can match."), Since);
        }

        base.BeginProcessing();
    }

    /// <summary>"m_12 (Ben Carter, 2025-04-05 10:00:00Z: 'Sure, here is…')": enough to recognise the message in the plan.</summary>
    protected override string Describe(WorkplaceChatMessage item)
    {
        var text = item.Message ?? "";
        var shown = text.Length > ShownTextLength ? text[..ShownTextLength] + "…" : text;
        return $"{item.Id} ({item.FromName ?? item.FromId}, {item.CreatedTime:u}: '{shown}')";
    }

    protected override IEnumerable<WorkplaceChatMessage> ReadItems()
    {
        try
        {
            return ParameterSetName == PersonSet ? SentBy(Person) : Id.Select(ReadMessage).OfType<WorkplaceChatMessage>().ToList();
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteRowError(error, Person);
            return [];
        }
    }

    /// <summary>The message the user named (by id, or found for -Person) is what an error is about.</summary>
    protected override object? TargetOf(WorkplaceChatMessage item) => item.Id;

    protected override Task<WorkplaceMessageRemoval> RunAsync(WorkplaceChatMessage item, CancellationToken cancellationToken) =>
        Remover.RemoveForEveryoneAsync(item, cancellationToken);

    /// <summary>A message not deleted for everyone is an error (naming who still sees it) and still gets its result row.</summary>
    protected override void WriteResult(BulkResult<WorkplaceChatMessage, WorkplaceMessageRemoval> result, ItemSource source)
    {
        base.WriteResult(result, source);
        if (result.Output is { Status: not MessageRemovalStatus.Deleted } removal)
        {
            WriteItemError(new InvalidOperationException($"{removal.MessageId}: {removal.Error}"), removal.MessageId);
        }
    }

    /// <summary>One message by id, read for the plan; a bad or unknown id is an error for that id only.</summary>
    private WorkplaceChatMessage? ReadMessage(string id)
    {
        try
        {
            var checkedId = ChatMessageId.Normalize(id);
            return Await(ct => Client.GetChatMessageAsync(checkedId, ct));
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteRowError(error, id);
            return null;
        }
    }

    /// <summary>
    /// Every message the person sent in the range, read completely before anything is deleted, so that the plan is
    /// fixed and deleting never disturbs the listing.
    /// </summary>
    private List<WorkplaceChatMessage> SentBy(string person)
    {
        var checkedPerson = ChatPerson.Require(nameof(Person), person);
        var personId = Await(ct => People.ResolveAsync(checkedPerson, ct));
        var messages = Stream(Client.GetMessagesOfPersonAsync(personId, Since, Until, ct: Cancellation))
            .Where(message => message.FromId == personId)
            .ToList();
        _planned += messages.Count;
        WriteVerbose($"{messages.Count} message(s) sent by {checkedPerson} from {Since:u} to {Until:u}.");
        return messages;
    }
}
