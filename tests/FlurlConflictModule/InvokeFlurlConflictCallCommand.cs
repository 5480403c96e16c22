using System.Management.Automation;
using System.Net;
using System.Text;
using Flurl;
using Flurl.Http;

namespace FlurlConflictModule;

/// <summary>
/// Makes one call with the Flurl this module ships (Flurl 3 URL building, Flurl.Http 2 sending) against an in-memory
/// handler, and returns what came back with the versions of the Flurl assemblies that served it.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "FlurlConflictCall")]
[OutputType(typeof(string))]
public sealed class InvokeFlurlConflictCallCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        var url = "https://conflict.test".AppendPathSegment("echo").SetQueryParam("q", "old flurl");
        using var client = new FlurlClient(new HttpClient(new EchoHandler()));
        var answer = url.WithClient(client).GetStringAsync().GetAwaiter().GetResult();
        WriteObject($"{answer} (Flurl {typeof(Url).Assembly.GetName().Version}, Flurl.Http {typeof(FlurlClient).Assembly.GetName().Version})");
    }

    /// <summary>Answers every request with its own path and query, as plain text.</summary>
    private sealed class EchoHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(request.RequestUri!.PathAndQuery, Encoding.UTF8, "text/plain"),
            });
    }
}
