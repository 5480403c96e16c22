using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>The scan itself: a credential planted in any kind of text, in any form, is found.</summary>
public sealed class SecretScanTests
{
    [Theory]
    [InlineData(HygieneSecrets.Token)]
    [InlineData("HYG1ENE.tok%2Ben%2F7a3f9c2e5b8d%3D")]
    [InlineData("hyg1ene.tok%2ben%2f7a3f9c2e5b8d%3d")]
    [InlineData("HYG1ENE.tok\\u002Ben/7a3f9c2e5b8d=")]
    public void Finds_a_token_in_a_log_line_in_any_form(string form)
    {
        var scan = new SecretScan();
        scan.Log("GET /community?x=" + form);

        Assert.Single(scan.Find([HygieneSecrets.Token]));
    }

    [Fact]
    public void Finds_a_secret_in_an_inner_exception_and_in_exception_data()
    {
        var inner = new InvalidOperationException("inner");
        inner.Data["header"] = "Bearer " + HygieneSecrets.Token;
        var scan = new SecretScan();
        scan.Exception("call", new WorkplaceApiException("outer", new HttpRequestException("wrapped " + HygieneSecrets.AppSecret, inner)));

        var hits = scan.Find(HygieneSecrets.All);

        Assert.Contains(hits, h => h.Contains("secret #1", StringComparison.Ordinal) && h.Contains("Data", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Contains("secret #2", StringComparison.Ordinal) && h.Contains("Message", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_a_secret_in_a_serialized_output_object_and_in_a_file()
    {
        var folder = Directory.CreateTempSubdirectory("wpa-scan-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "links.json"), "{\"token\":\"" + HygieneSecrets.LimitedToken + "\"}");
            var scan = new SecretScan();
            scan.Output("object", new { Name = "x", Nested = new { Secret = HygieneSecrets.BadToken } });
            scan.Folder(folder);

            var hits = scan.Find(HygieneSecrets.All);

            Assert.Contains(hits, h => h.StartsWith("object JSON", StringComparison.Ordinal));
            Assert.Contains(hits, h => h.StartsWith("file links.json", StringComparison.Ordinal));
            Assert.DoesNotContain(hits, h => h.Contains(HygieneSecrets.BadToken, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Reports_request_log_entries_flagged_with_a_secret_in_the_url()
    {
        var emulator = new WorkplaceEmulator();
        using var http = new HttpClient(new EmulatorHttpHandler(emulator));
        using var _ = await http.GetAsync(new Uri(EmulatorHttpHandler.GraphBaseUri, "community?access_token=" + EmulatorDefaults.AdminToken));
        var scan = new SecretScan();

        scan.RequestLog(emulator);

        Assert.Single(scan.UrlLeaks);
        Assert.Empty(scan.Find([EmulatorDefaults.AdminToken]));
    }
}
