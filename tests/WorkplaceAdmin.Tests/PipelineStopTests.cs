using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// A stopped pipeline is not an error: <c>Select-Object -First 1</c> after every cmdlet that writes output returns one
/// object, writes no error, lets the next statement run, and sends no request after the stop.
/// </summary>
public class PipelineStopTests
{
    private static readonly Lazy<OutputCommands> Commands = new(OutputCommands.Load);

    /// <summary>Every command that writes output, from tests/pester/OutputCommands.psd1 (the Pester suite runs the same list).</summary>
    public static TheoryData<string, string> OutputCmdlets()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, command) in Commands.Value.Cases)
        {
            data.Add(name, command);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutputCmdlets))]
    public void First_one_returns_one_object_with_no_error_and_the_script_goes_on(string cmdlet, string command)
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run(Commands.Value.Setup).ThrowIfFailed();

        var run = session.Run($"$first = @({command} | Select-Object -First 1); $first.Count; 'next statement ran'");

        Assert.True(run.Terminating is null, $"{cmdlet}: the stop ended the script: {run.Terminating}");
        Assert.True(run.Errors.Count == 0, $"{cmdlet}: the stop wrote errors: {string.Join("; ", run.Errors.Select(e => e.FullyQualifiedErrorId + " " + e))}");
        Assert.Equal(new object[] { 1, "next statement ran" }, run.Objects);
    }

    [Theory]
    [InlineData("Get-WorkplaceUser", "/Users")]
    [InlineData("Get-WorkplaceGroupMember -Group 'Generated Group 0001'", "/members")]
    [InlineData("Get-WorkplaceGroup", "/groups")]
    public void A_listing_of_many_pages_reads_no_page_after_the_stop(string command, string pathPart)
    {
        using var session = ModuleSession.ConnectedToEmulator("Connect-Workplace -Emulator -Seed 'generated:3000,60'");
        session.Run("Clear-WorkplaceEmulatorRequest -Confirm:$false").ThrowIfFailed();

        var run = session.Run($"{command} | Select-Object -First 1; 'after'").ThrowIfFailed();
        var pages = session.Run($"@(Get-WorkplaceEmulatorRequest | Where-Object Path -like '*{pathPart}*').Count").ThrowIfFailed();

        Assert.Equal(2, run.Output.Count);
        Assert.Equal(1, (int)pages.Objects.Single());
    }
}
