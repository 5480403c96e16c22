using WorkplaceAdmin.Client.Tests.Integration;
using WorkplaceAdmin.Client.Tests.Webhooks;
using WorkplaceAdmin.Emulator;
using WorkplaceAdmin.Emulator.Server;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>
/// Issue 9's secret hygiene: every client family, successes and failures, against the emulator in memory and over
/// Kestrel, with a distinctive token and app secret; then no log line, exception, output object, request URL, file or
/// Flurl call record (nor the FlurlHttpException made of it) holds any of the credentials, raw or URL-encoded.
/// </summary>
public sealed class SecretHygieneTests : IDisposable
{
    private readonly HttpClient loopback = LoopbackHttp.Create();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "wpa-hygiene-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        loopback.Dispose();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Nothing_the_client_lets_out_holds_a_credential_in_memory()
    {
        var emulator = HygieneWorkout.NewEmulator(loopback);
        var scan = new SecretScan();

        var workout = new HygieneWorkout(emulator, token => EmulatorClients.InMemoryOptions(emulator, token), scan, folder);
        await workout.RunAsync();

        AssertClean(scan, emulator, workout);
    }

    [Fact]
    public async Task Nothing_the_client_lets_out_holds_a_credential_over_kestrel()
    {
        var emulator = HygieneWorkout.NewEmulator(loopback);
        await using var server = await EmulatorServer.StartAsync(emulator);
        var scan = new SecretScan();

        var workout = new HygieneWorkout(emulator, token => EmulatorClients.ServerOptions(server, o => o.AccessToken = token), scan, folder);
        await workout.RunAsync();

        AssertClean(scan, emulator, workout);
    }

    private void AssertClean(SecretScan scan, WorkplaceEmulator emulator, HygieneWorkout workout)
    {
        scan.RequestLog(emulator);
        // The token file the user asked for in plain text holds the token, and is the only file that does.
        var optedIn = workout.OptedInTokenFile ?? throw new InvalidOperationException("The workout made no plain-text token file.");
        var optedInText = File.ReadAllText(optedIn);
        Assert.Contains(HygieneSecrets.FormsOf(HygieneSecrets.Token), form => optedInText.Contains(form, StringComparison.Ordinal));
        File.Delete(optedIn);
        scan.Folder(folder);
        Assert.True(File.Exists(Path.Combine(workout.ConfigFolder, "links.json")), "the link store wrote its definitions");

        Console.WriteLine($"hygiene scan: {scan.CountOf("log")} log lines, {scan.CountOf("exception")} exception texts, {scan.CountOf("output")} output texts, " +
                          $"{scan.CountOf("request")} requests, {scan.CountOf("file")} file texts, {scan.CountOf("flurl")} Flurl call texts");
        // The run produced what it is meant to search: a bare scan proves nothing.
        Assert.True(scan.CountOf("log") > 50, $"{scan.CountOf("log")} log lines");
        Assert.True(scan.CountOf("exception") > 40, $"{scan.CountOf("exception")} exception texts");
        Assert.True(scan.CountOf("output") > 100, $"{scan.CountOf("output")} output texts");
        Assert.True(scan.CountOf("request") > 50, $"{scan.CountOf("request")} request log entries");
        Assert.True(scan.CountOf("file") >= 4, $"{scan.CountOf("file")} file texts");
        Assert.True(scan.CountOf("flurl") > 200, $"{scan.CountOf("flurl")} Flurl call texts");
        Assert.Contains(emulator.RequestLog.Snapshot(), e => e.Integration == "Hygiene" && e.Status == 200);

        Assert.Empty(scan.UrlLeaks);
        var hits = scan.Find(HygieneSecrets.All);
        Assert.True(hits.Count == 0, "Credentials found in:\n" + string.Join("\n", hits.Distinct()));
    }
}
