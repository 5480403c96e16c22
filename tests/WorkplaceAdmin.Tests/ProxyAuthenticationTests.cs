using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Connect-Workplace through a proxy that asks for authentication (407): the user and password of the -Proxy URL or
/// -ProxyCredential answer it, and the password never shows in output, verbose lines or errors.
/// </summary>
public sealed class ProxyAuthenticationTests : IDisposable
{
    private const string User = "proxy-user";
    private const string Password = "p@ss:w0rd-4-proxy";
    private const string EncodedPassword = "p%40ss%3Aw0rd-4-proxy";

    private readonly EmulatorServerProcess _server = EmulatorServerProcess.Start();
    private readonly AuthenticatingProxy _proxy = new(User, Password);

    public void Dispose()
    {
        _proxy.Dispose();
        _server.Dispose();
    }

    private const string ConnectAndRead = """
        $token = ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force
        $connection = Connect-Workplace -AccessToken $token -GraphUri $graph -ScimUri $scim @proxyParameters -PassThru -Verbose
        $connection | Format-List * | Out-String
        (Get-WorkplaceGroup -Verbose | Measure-Object).Count -gt 0
        """;

    [Fact]
    public void The_user_and_password_of_the_proxy_url_authenticate_to_it()
    {
        using var session = new ModuleSession();
        var proxyUrl = $"http://{User}:{EncodedPassword}@127.0.0.1:{_proxy.Address.Port}/";

        var run = session.Run(ConnectAndRead, Variables(new Dictionary<string, object?> { ["Proxy"] = proxyUrl })).ThrowIfFailed();

        Assert.Equal(true, run.Objects[^1]);
        Assert.True(_proxy.Challenged >= 1 && _proxy.Forwarded >= 2, $"Challenged {_proxy.Challenged}, forwarded {_proxy.Forwarded}.");
        AssertNoPassword(run);
    }

    [Fact]
    public void A_proxy_credential_authenticates_to_the_proxy()
    {
        using var session = new ModuleSession();
        var script = $$"""
            $proxyAccount = [pscredential]::new('{{User}}', (ConvertTo-SecureString '{{Password}}' -AsPlainText -Force))
            $proxyParameters = @{ Proxy = '{{_proxy.Address}}'; ProxyCredential = $proxyAccount }
            """ + "\n" + ConnectAndRead;

        var run = session.Run(script, Variables(null)).ThrowIfFailed();

        Assert.Equal(true, run.Objects[^1]);
        Assert.True(_proxy.Forwarded >= 2, $"Forwarded {_proxy.Forwarded}.");
        AssertNoPassword(run);
    }

    [Fact]
    public void A_wrong_password_fails_without_showing_it()
    {
        using var session = new ModuleSession();
        var wrong = "Wr0ng-" + Password;
        var script = $$"""
            $proxyAccount = [pscredential]::new('{{User}}', (ConvertTo-SecureString '{{wrong}}' -AsPlainText -Force))
            $token = ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force
            try { Connect-Workplace -AccessToken $token -GraphUri $graph -ScimUri $scim -Proxy '{{_proxy.Address}}' -ProxyCredential $proxyAccount -Verbose }
            catch { $_.Exception.ToString(); "$($_.ErrorDetails)"; "$($_.TargetObject)"; $_.FullyQualifiedErrorId }
            """;

        var run = session.Run(script, Variables(null));

        Assert.Null(run.Terminating);
        Assert.Contains("407", string.Join("\n", run.Objects), StringComparison.Ordinal);
        Assert.Equal(0, _proxy.Forwarded);
        foreach (var text in Texts(run))
            Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
    }

    private Dictionary<string, object?> Variables(Dictionary<string, object?>? proxyParameters) => new()
    {
        ["graph"] = _server.GraphUri.ToString(),
        ["scim"] = _server.ScimUri.ToString(),
        ["proxyParameters"] = proxyParameters is null ? null : new System.Collections.Hashtable(proxyParameters),
    };

    private static void AssertNoPassword(PipelineRun run)
    {
        foreach (var text in Texts(run))
        {
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(EncodedPassword, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<string> Texts(PipelineRun run) =>
        run.Objects.Select(item => item.ToString() ?? "")
            .Concat(run.Verbose.Select(line => line.Message))
            .Concat(run.Warnings.Select(line => line.Message))
            .Concat(run.Information.Select(line => line.MessageData?.ToString() ?? ""))
            .Concat(run.Errors.Select(error => $"{error} {error.ErrorDetails} {error.TargetObject} {error.Exception}"));
}
