using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Get-WorkplaceGroup -Parent (sub-groups) and -IncludeLastActivity (the stale-group report), run as an admin would.</summary>
public class GroupStructureTests
{
    [Fact]
    public void Sub_groups_are_listed_under_their_parent_and_name_it()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $engineering = Get-WorkplaceGroup -Name 'Engineering'
            $subs = @(Get-WorkplaceGroup -Parent 'Engineering')
            $subs.Count; $subs[0].Name; $subs[0].ParentId -eq $engineering.Id; $subs[0].ParentName
            $null -eq $engineering.ParentId
            @($engineering | ForEach-Object { Get-WorkplaceGroup -Parent $_ }).Count
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 1, "Project Phoenix", true, "Engineering", true, 1 }, run.Objects);
    }

    [Fact]
    public void Last_activity_costs_one_request_per_page_of_groups()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            $groups = @(Get-WorkplaceGroup -IncludeLastActivity)
            @(Get-WorkplaceEmulatorRequest).Count
            $groups.Count -gt 5
            @($groups | Where-Object LastPostTime).Count -gt 0
            $newest = Get-WorkplacePost -Group 'All Company' | Select-Object -First 1
            ($groups | Where-Object Name -eq 'All Company').LastPostTime -eq $newest.CreatedTime
            $null -eq (Get-WorkplaceGroup -Name 'All Company').LastPostTime
            """).ThrowIfFailed();
        Assert.Equal(new object[] { 1, true, true, true, true }, run.Objects);
    }

    [Fact]
    public void An_unknown_parent_is_an_error_naming_it_and_sends_no_listing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("Get-WorkplaceGroup -Parent 'No Such Group'");
        Assert.Empty(run.Objects);
        Assert.Contains("No Such Group", Assert.Single(run.Errors).ToString());
    }
}
