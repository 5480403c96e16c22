using System.Collections;
using System.Management.Automation;
using System.Security;
using System.Text;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Webhooks;

/// <summary>
/// Checks a webhook delivery's X-Hub-Signature-256 (or legacy X-Hub-Signature) against its raw body and the app
/// secret, in constant time. Needs no connection when -AppSecret is given.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "WorkplaceWebhookSignature", DefaultParameterSetName = SignatureSet, HelpUri = HelpLinks.DocsBase + "Test-WorkplaceWebhookSignature.md")]
[OutputType(typeof(bool), typeof(WebhookSignatureResult))]
public sealed class TestWorkplaceWebhookSignatureCommand : WorkplaceCmdletBase
{
    private const string SignatureSet = "Signature";
    private const string HeadersSet = "Headers";

    private AppSecretSource? _secret;

    /// <summary>The raw body exactly as received: a string (UTF-8) or a byte array.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNull]
    public object? Body { get; set; }

    /// <summary>The X-Hub-Signature-256 header value, "sha256=…".</summary>
    [Parameter(ParameterSetName = SignatureSet, ValueFromPipelineByPropertyName = true)]
    public string? Signature256 { get; set; }

    /// <summary>The legacy X-Hub-Signature header value, "sha1=…"; used only when there is no SHA-256 signature. A "sha256=…" value is checked as SHA-256.</summary>
    [Parameter(ParameterSetName = SignatureSet, ValueFromPipelineByPropertyName = true)]
    public string? Signature { get; set; }

    /// <summary>The request headers; the signature headers are found whatever their case.</summary>
    [Parameter(Mandatory = true, ParameterSetName = HeadersSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNull]
    public IDictionary? Headers { get; set; }

    [Parameter]
    public SecureString? AppSecret { get; set; }

    /// <summary>Writes the result with its reason instead of true or false.</summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    /// <summary>Only to take its app secret when -AppSecret is omitted; no request is made.</summary>
    [Parameter]
    public WorkplaceConnection? Connection { get; set; }

    protected override void BeginProcessing()
    {
        try
        {
            _secret = AppSecretSource.Resolve(AppSecret, Connection ?? ConnectionStore.Get(SessionState));
        }
        catch (ArgumentException error)
        {
            ThrowSetupError(error, null);
        }
        base.BeginProcessing();
    }

    protected override void ProcessRecord()
    {
        var body = Body switch
        {
            byte[] bytes => bytes,
            string text => Encoding.UTF8.GetBytes(text),
            PSObject { BaseObject: byte[] bytes } => bytes,
            PSObject { BaseObject: string text } => Encoding.UTF8.GetBytes(text),
            _ => null,
        };
        if (body is null)
        {
            WriteItemError(new ArgumentException($"-Body is a {Body?.GetType().Name}; expected the raw body as a string or a byte array (Invoke-WebRequest's RawContentStream.ToArray(), or $Request.Body)."), Body);
            return;
        }

        var (sha256, sha1) = ParameterSetName == HeadersSet ? FromHeaders(Headers!) : (Signature256, Signature);
        var result = _secret!.Verify(body, sha256, sha1);
        WriteObject(Detailed ? result : result.IsValid);
    }

    // Header values may come as one string or as an array of them (Invoke-WebRequest's Headers).
    private static (string? Sha256, string? Sha1) FromHeaders(IDictionary headers)
    {
        string? sha256 = null, sha1 = null;
        foreach (DictionaryEntry header in headers)
        {
            var name = header.Key?.ToString();
            var value = header.Value switch
            {
                IEnumerable values and not string => values.Cast<object?>().Select(v => v?.ToString()).FirstOrDefault(),
                var single => single?.ToString(),
            };
            if (string.Equals(name, WebhookSignature.Sha256Header, StringComparison.OrdinalIgnoreCase))
            {
                sha256 = value;
            }
            else if (string.Equals(name, WebhookSignature.Sha1Header, StringComparison.OrdinalIgnoreCase))
            {
                sha1 = value;
            }
        }
        return (sha256, sha1);
    }
}
