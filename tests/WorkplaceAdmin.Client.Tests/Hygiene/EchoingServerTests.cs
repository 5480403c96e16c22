using System.Collections.Concurrent;
using System.Net;
using WorkplaceAdmin.Client.Tests.Support;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>
/// A server (or a proxy in front of it) that echoes the credentials back, in every form a body can carry them:
/// raw, percent-encoded in either case, form-encoded and JSON-escaped, in Graph errors, in JSON of another shape, in
/// an HTML page and in a transport failure. None of it reaches an exception, a log line or a Flurl call record.
/// </summary>
public sealed class EchoingServerTests
{
    public static TheoryData<string> Forms()
    {
        var data = new TheoryData<string>();
        foreach (var secret in new[] { HygieneSecrets.Token, HygieneSecrets.AppSecret })
        {
            foreach (var form in HygieneSecrets.FormsOf(secret))
            {
                data.Add(form);
                data.Add(form.ToLowerInvariant());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Nothing_a_server_echoes_reaches_an_exception_or_a_log_line(string echoed)
    {
        var lines = new ConcurrentQueue<string>();
        var scan = new SecretScan();
        // The echo as a server would write it inside a JSON string (a form with '"' or '\' would not survive that).
        var transport = new FakeTransport((_, n) => n switch
        {
            0 => Respond.GraphError(190, message: "Invalid OAuth access token: " + echoed),
            1 => Respond.Json("{\"unexpected\":{\"token\":\"" + echoed + "\"}}", HttpStatusCode.BadRequest),
            2 => Respond.Text($"<html><body>Proxy refused {echoed}</body></html>", HttpStatusCode.BadGateway),
            3 => Respond.Json("{\"data\":\"" + echoed + "\"", HttpStatusCode.OK),
            _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "reset by " + echoed),
        });
        using var client = TestClients.Create(transport, o =>
        {
            o.AccessToken = HygieneSecrets.Token;
            o.AppSecret = HygieneSecrets.AppSecret;
            o.Log = lines.Enqueue;
            o.Retry = TestClients.FastRetry(maxAttempts: 1);
            o.FlurlCallObserver = scan.FlurlCall;
        });

        for (var call = 0; call < 5; call++)
            scan.Exception($"call {call}", await Assert.ThrowsAsync<WorkplaceApiException>(() => client.GetCommunityAsync()));
        foreach (var line in lines)
            scan.Log(line);

        Assert.Equal(5, scan.CountOf("log"));
        Assert.True(scan.CountOf("flurl") >= 5 * 3, $"{scan.CountOf("flurl")} Flurl call texts");
        Assert.Empty(scan.Find([HygieneSecrets.Token, HygieneSecrets.AppSecret]));
    }
}
