using WorkplaceAdmin.Tests.Hosting;
using WorkplaceAdmin.Tests.Metadata;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>An empty, null or blank identity never means "everything": an error for that value, before any request.</summary>
public class EmptyIdentityTests
{
    /// <summary>Parameters that name an object (a person, a group, a post, a link…).</summary>
    private static readonly string[] IdentityParameters =
        ["Id", "Email", "ExternalId", "Group", "PostId", "CommentId", "Url", "Recipient", "ThreadKey", "Link", "Name", "UserId", "Member", "Object"];

    /// <summary>Cmdlets whose identity is not an object of the community (connecting, verifying a signature, receiving).</summary>
    private static readonly string[] NotNaming = ["Connect-Workplace", "Disconnect-Workplace", "Test-WorkplaceWebhookSignature", "Receive-WorkplaceWebhook"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cmdlet in ModuleAssemblyReader.All.Where(cmdlet => !NotNaming.Contains(cmdlet.Name)))
        {
            // A New- cmdlet's -Name is what to create, not what to find; it has its own rule (tested below).
            foreach (var parameter in cmdlet.Parameters.Where(p => IdentityParameters.Contains(p.Name) && !(cmdlet.Verb == "New" && p.Name == "Name")))
            {
                foreach (var value in new[] { "''", "$null", "'   '" })
                {
                    data.Add(cmdlet.Name, parameter.Name, value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_an_error_before_any_request(string cmdlet, string parameter, string value)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            $env:XDG_CONFIG_HOME = $env:XDG_CONFIG_HOME
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            $arguments = @{ {{parameter}} = {{value}} }
            $command = Get-Command {{cmdlet}}
            if ($command.Parameters.ContainsKey('WhatIf')) { $arguments.WhatIf = $true }
            if ($command.Parameters.ContainsKey('AppSecret')) { $arguments.AppSecret = ConvertTo-SecureString 'emulator-app-secret' -AsPlainText -Force }
            $output = @(try { {{cmdlet}} @arguments -ErrorVariable problems -ErrorAction SilentlyContinue 6>$null } catch { $problems = @($_) })
            $output.Count
            @($problems).Count -gt 0
            @(Get-WorkplaceEmulatorRequest).Count
            """);

        Assert.True(run.Terminating is null, run.Terminating?.ToString());
        Assert.Equal(new object[] { 0, true, 0 }, run.Objects.TakeLast(3));
    }

    [Fact]
    public void An_empty_cell_in_a_leavers_loop_deactivates_no_one_else()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $before = @(Get-WorkplaceUser -Status Active).Count
            $leavers = "Email`nzach.turner@contoso.example`n`nyara.haddad@contoso.example" | ConvertFrom-Csv
            foreach ($r in $leavers) { Get-WorkplaceUser -Email $r.Email -ErrorAction SilentlyContinue | Disable-WorkplaceUser -Confirm:$false | Out-Null }
            $before - @(Get-WorkplaceUser -Status Active).Count
            """).ThrowIfFailed();

        Assert.Equal(2, (int)run.Objects.Single());
    }

    [Theory]
    [InlineData("Get-WorkplaceUser -Email not-an-email", "is not an email address")]
    [InlineData("Disable-WorkplaceUser -Email not-an-email -Confirm:$false", "is not an email address")]
    [InlineData("Get-WorkplaceGroup -Id abc", "is not a Workplace id")]
    [InlineData("Get-WorkplaceGroup -Id ('1' * 10000)", "is not a Workplace id")]
    [InlineData("New-WorkplaceGroup -Name ('n' * 10000) -Confirm:$false", "at most 1000 characters")]
    [InlineData("Get-WorkplaceGroup -Name \"IT`u{200B}\"", "no control or invisible characters")]
    public void A_value_that_cannot_be_valid_is_refused_locally_and_named(string command, string expected)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"Clear-WorkplaceEmulatorRequest -Confirm:$false; try {{ {command} -ErrorAction SilentlyContinue -ErrorVariable problems }} catch {{ $problems = @($_) }}; $problems[0].Exception.Message; @(Get-WorkplaceEmulatorRequest).Count");

        Assert.Contains(expected, (string)run.Objects[^2], StringComparison.Ordinal);
        Assert.True(((string)run.Objects[^2]).Length < 400, "The message should quote a long value shortened.");
        Assert.Equal(0, (int)run.Objects[^1]);
    }
}
