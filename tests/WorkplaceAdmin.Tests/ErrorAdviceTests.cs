using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>The error id, category and recommended action of a failure fit its cause, not a generic network advice.</summary>
public class ErrorAdviceTests
{
    private const string Describe = """
        function Show($record) { $record.FullyQualifiedErrorId; "$($record.CategoryInfo.Category)"; "$($record.ErrorDetails.RecommendedAction)" }
        """;

    [Fact]
    public void A_missing_csv_file_is_a_file_error()
    {
        using var session = ModuleSession.ConnectedToEmulator();

        var run = session.Run(Describe + """

            try { Sync-WorkplaceUser -Path ./no-such-joiners.csv -WhatIf } catch { Show $_ }
            """).ThrowIfFailed();

        var (id, category, advice) = Triple(run);
        Assert.StartsWith("Workplace.FileNotFound,", id, StringComparison.Ordinal);
        Assert.Equal("ObjectNotFound", category);
        Assert.Contains("path", advice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("proxy", advice, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_receiver_that_got_nothing_before_the_timeout_points_at_the_subscription_and_callback()
    {
        using var session = new ModuleSession();

        var run = session.Run(Describe + """

            $token = ConvertTo-SecureString 'advice-verify' -AsPlainText -Force
            $secret = ConvertTo-SecureString 'advice-secret' -AsPlainText -Force
            Receive-WorkplaceWebhook -VerifyToken $token -AppSecret $secret -Count 1 -Timeout 1 -ErrorVariable failed -ErrorAction SilentlyContinue
            Show $failed[0]
            """);

        Assert.Null(run.Terminating);
        var (id, category, advice) = Triple(run);
        Assert.StartsWith("Workplace.WebhookTimeout,", id, StringComparison.Ordinal);
        Assert.Equal("OperationTimeout", category);
        Assert.Contains("Get-WorkplaceWebhookSubscription", advice, StringComparison.Ordinal);
        Assert.Contains("callback URL", advice, StringComparison.Ordinal);
        Assert.DoesNotContain("firewall", advice, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public void Connecting_to_a_closed_port_on_loopback_fails_within_2_seconds_naming_the_address(string host)
    {
        using var session = new ModuleSession();
        var port = ClosedPort();

        var watch = Stopwatch.StartNew();
        var run = session.Run(Describe + $$"""

            $token = ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force
            try { Connect-Workplace -AccessToken $token -GraphUri http://{{host}}:{{port}}/graph/ -ScimUri http://{{host}}:{{port}}/scim/ } catch { Show $_ }
            """);
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Took {watch.Elapsed.TotalSeconds:0.0} s.");
        var (id, category, advice) = Triple(run);
        Assert.StartsWith("Workplace.Transport,", id, StringComparison.Ordinal);
        Assert.Equal("ConnectionError", category);
        Assert.Contains("port", advice, StringComparison.Ordinal);
    }

    private static (string Id, string Category, string Advice) Triple(PipelineRun run)
    {
        Assert.True(run.Objects.Count == 3, "Expected one error to describe; got: " + string.Join(" | ", run.Objects));
        return ((string)run.Objects[0], (string)run.Objects[1], (string)run.Objects[2]);
    }

    /// <summary>A port nothing listens on: bound and released, so the system just handed it out and no one holds it.</summary>
    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
