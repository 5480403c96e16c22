using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Messages;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Completion;
using ThreadKeys = WorkplaceAdmin.Client.Messages.ThreadKey;

namespace WorkplaceAdmin.Messages;

/// <summary>
/// Reads Work Chat for compliance (Read all messages): every message of a person's conversations as they see them,
/// the messages of one thread, or messages by id. Streamed, newest first per thread, optionally between two dates.
/// </summary>
[Cmdlet(VerbsCommon.Get, "WorkplaceMessage", DefaultParameterSetName = PersonSet, HelpUri = HelpLinks.DocsBase + "Get-WorkplaceMessage.md")]
[OutputType(typeof(WorkplaceChatMessage))]
public sealed class GetWorkplaceMessageCommand : WorkplaceCmdlet
{
    private const string PersonSet = "Person";
    private const string ThreadSet = "Thread";
    private const string IdSet = "Id";

    private PersonIdResolver? _people;

    /// <summary>People (id or email) whose conversations are read, as each of them sees them.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PersonSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId", "Email", "Mail", "UserName", "UserPrincipalName", "PrimaryEmail")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    [AllowEmptyString]
    public string[] Person { get; set; } = [];

    /// <summary>Threads (t_…) whose messages are read.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ThreadSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Thread")]
    [AllowEmptyString]
    public string[] ThreadKey { get; set; } = [];

    /// <summary>The participant (id or email) whose view of the thread is read; without it the bot's (it must be in the thread).</summary>
    [Parameter(ParameterSetName = ThreadSet)]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string? Viewer { get; set; }

    /// <summary>Message ids (m_…).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("MessageId")]
    [AllowEmptyString]
    public string[] Id { get; set; } = [];

    /// <summary>Only messages sent at or after this time.</summary>
    [Parameter(ParameterSetName = PersonSet)]
    [Parameter(ParameterSetName = ThreadSet)]
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only messages sent at or before this time.</summary>
    [Parameter(ParameterSetName = PersonSet)]
    [Parameter(ParameterSetName = ThreadSet)]
    public DateTimeOffset? Until { get; set; }

    private PersonIdResolver People => _people ??= new PersonIdResolver(Client, Cancellation);

    protected override void BeginProcessing()
    {
        if (Since is not null && Until is not null && Since > Until)
        {
            ThrowSetupError(new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no message can match."), Since);
        }

        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                foreach (var id in Id)
                {
                    Each(id, () => WriteObject(Await(ct => Client.GetChatMessageAsync(ChatMessageId.Normalize(id), ct))));
                }
                break;
            case ThreadSet:
                foreach (var key in ThreadKey)
                {
                    Each(key, () =>
                    {
                        var thread = ThreadKeys.Normalize(key);
                        var viewer = Viewer is null ? null : ResolvePerson(nameof(Viewer), Viewer);
                        WriteEach(Client.GetThreadMessagesAsync(thread, viewer, Since, Until, ct: Cancellation));
                    });
                }
                break;
            default:
                foreach (var person in Person)
                {
                    Each(person, () => WriteEach(Client.GetMessagesOfPersonAsync(ResolvePerson(nameof(Person), person), Since, Until, ct: Cancellation)));
                }
                break;
        }
    }

    /// <summary>One input value: its failure (bad input, unknown person, refused call) is an error for it alone.</summary>
    private void Each(string input, Action read)
    {
        try
        {
            read();
        }
        catch (Exception error) when (!IsStopping(error))
        {
            WriteItemError(error, input);
        }
    }

    private void WriteEach(IAsyncEnumerable<WorkplaceChatMessage> messages)
    {
        foreach (var message in Stream(messages))
        {
            WriteObject(message);
        }
    }

    /// <summary>The person's id, checked before any request; an email is looked up once per run.</summary>
    private string ResolvePerson(string parameter, string value)
    {
        var person = ChatPerson.Require(parameter, value);
        return Await(ct => People.ResolveAsync(person, ct));
    }
}
