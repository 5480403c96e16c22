using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// The employee data export job of Meta's ExportUserDataWithInsights scripts (POST, then poll until COMPLETED or
/// FAILED, then download <c>result</c>), and opt-in verified email domains for SCIM.
/// </summary>
public abstract class ExportAndDomainsConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    [Fact]
    public async Task An_export_job_goes_pending_started_completed_and_serves_its_file()
    {
        var clock = new SteppedClock(new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DedicatedHostAsync(new EmulatorOptions { TimeProvider = clock, ExportJobDuration = TimeSpan.FromSeconds(30) });
        var api = new Api(host);
        var start = await api.PostForm("community/export_employee_data");
        Expect.Ok(start);
        var job = start.Json.GetProperty("id").GetString()!;

        var pending = await api.Get(job);
        Assert.Equal("PENDING", pending.Json.GetProperty("status").GetString());
        Assert.False(pending.Json.TryGetProperty("result", out _));
        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal("STARTED", (await api.Get(job)).Json.GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromSeconds(15));
        var done = await api.Get(job);
        Assert.Equal("COMPLETED", done.Json.GetProperty("status").GetString());

        var file = await api.GetAbsolute(done.Json.GetProperty("result").GetString()!, token: null);
        Expect.Ok(file);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentHeaders.ContentType!.MediaType);
        var bytes = await host.Client.GetByteArrayAsync(done.Json.GetProperty("result").GetString());
        using (var workbook = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
        {
            using var reader = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var sheet = System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync());
            var rows = sheet.Descendants().Where(e => e.Name.LocalName == "row").ToArray();
            Assert.Equal(host.Emulator.State.PeopleCount + 1, rows.Length);
            Assert.Equal("email", rows[0].Descendants().Where(e => e.Name.LocalName == "t").ElementAt(2).Value);
            Assert.Contains(rows, r => r.Value.Contains(AvaEmail, StringComparison.Ordinal));
        }
        // The PowerShell sibling downloads with the token; that works too.
        Expect.Ok(await api.GetAbsolute(done.Json.GetProperty("result").GetString()!));
    }

    [Fact]
    public async Task A_failing_export_ends_failed_without_a_result_and_jobs_need_their_permission()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { ExportJobDuration = TimeSpan.Zero, ExportJobsFail = true });
        var api = new Api(host);
        var job = (await api.PostForm("community/export_employee_data")).Json.GetProperty("id").GetString()!;
        var failed = await api.Get($"{job}?fields=status,result,created_time");
        Assert.Equal("FAILED", failed.Json.GetProperty("status").GetString());
        Assert.False(failed.Json.TryGetProperty("result", out _));

        var error = Expect.GraphError(await api.PostForm("community/export_employee_data", [], Api.ReadOnly), 403, 200);
        Assert.Contains("export_employee_data", error.GetProperty("message").GetString());
        Expect.GraphError(await api.Get(job, Api.ReadOnly), 403, 200);
        Expect.GraphError(await api.Delete(job), 400, 100);
    }

    [Fact]
    public async Task Exports_stay_open_in_read_only_mode()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { ReadOnly = true, ExportJobDuration = TimeSpan.Zero });
        var api = new Api(host);
        var job = await api.PostForm("community/export_employee_data");
        Expect.Ok(job);
        Assert.Equal("COMPLETED", (await api.Get(job.Json.GetProperty("id").GetString()!)).Json.GetProperty("status").GetString());
        Expect.GraphError(await api.PostForm("community/groups", ("name", "Not now")), 403, 200, 2000001);
    }

    [Fact]
    public async Task Verified_domains_make_scim_refuse_other_domains()
    {
        await using var host = await DedicatedHostAsync(new EmulatorOptions { VerifiedDomains = ["contoso.example", "contoso-retail.example"] });
        var api = new Api(host);
        Expect.Ok(await api.Scim(HttpMethod.Post, "Users", NewUser("new.hire@contoso-retail.example")), 201);
        var refused = Expect.ScimError(await api.Scim(HttpMethod.Post, "Users", NewUser("someone@gmail.example")), 400, "invalidValue");
        Assert.Contains("1789003", refused.GetProperty("detail").GetString());
        Assert.Contains("contoso.example", refused.GetProperty("detail").GetString());

        var ava = host.Emulator.State.FindPersonByEmail(AvaEmail)!.Id;
        var patch = JsonSerializer.Serialize(new
        {
            schemas = new[] { "urn:ietf:params:scim:api:messages:2.0:PatchOp" },
            Operations = new[] { new { op = "replace", path = "userName", value = "ava@elsewhere.example" } },
        });
        Expect.ScimError(await api.Scim(HttpMethod.Patch, $"Users/{ava}", patch), 400, "invalidValue");
    }

    [Fact]
    public async Task Without_verified_domains_any_domain_is_accepted()
    {
        Expect.Ok(await Api.Scim(HttpMethod.Post, "Users", NewUser($"guest.{Api.Unique()}@anywhere.example")), 201);
    }

    private static string NewUser(string email) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["schemas"] = new[] { "urn:ietf:params:scim:schemas:core:2.0:User" },
        ["userName"] = email,
        ["name"] = new { givenName = "New", familyName = "Hire" },
    });

    /// <summary>A clock tests move by hand.</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

[Collection(InMemoryCollection.Name)]
public sealed class ExportAndDomainsInMemory(InMemoryFixture fixture) : ExportAndDomainsConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class ExportAndDomainsOverKestrel(KestrelFixture fixture) : ExportAndDomainsConformance(fixture);
