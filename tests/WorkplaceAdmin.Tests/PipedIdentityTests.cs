using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>A piped object of the module is an identity, not a list of changes; a CSV row's columns are changes.</summary>
public class PipedIdentityTests
{
    private const string Ben = "ben.carter@contoso.example";

    [Fact]
    public void A_stale_user_piped_to_Set_changes_only_the_fields_on_the_command_line()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run($"""
            $stale = Get-WorkplaceUser -Email '{Ben}'
            Set-WorkplaceUser -Email '{Ben}' -Department 'Changed meanwhile' -Confirm:$false | Out-Null
            $stale | Set-WorkplaceUser -Title 'Lead' -Confirm:$false | Out-Null
            """).ThrowIfFailed();

        var after = session.Run($"Get-WorkplaceUser -Email '{Ben}' | ForEach-Object {{ $_.Department; $_.Title }}").ThrowIfFailed();
        Assert.Equal(new object[] { "Changed meanwhile", "Lead" }, after.Objects);
    }

    [Fact]
    public void The_help_example_sets_the_manager_of_a_department_and_nothing_else()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var before = session.Run("Get-WorkplaceUser | Where-Object Department -eq 'Sales' | ForEach-Object { \"$($_.Email)|$($_.Title)|$($_.Department)\" }").ThrowIfFailed();
        session.Run("""
            $people = Get-WorkplaceUser | Where-Object Department -eq 'Sales'
            $people | ForEach-Object { Set-WorkplaceUser -Id $_.Id -Title "Changed $($_.Id)" -Confirm:$false } | Out-Null
            $people | Set-WorkplaceUser -Manager 'ava.ross@contoso.example' -Confirm:$false | Out-Null
            """).ThrowIfFailed();

        var after = session.Run("Get-WorkplaceUser | Where-Object Department -eq 'Sales' | ForEach-Object { \"$($_.Title)|$($_.ManagerName)|$($_.Id)\" }").ThrowIfFailed();
        Assert.NotEmpty(before.Objects);
        Assert.Equal(before.Objects.Count, after.Objects.Count);
        Assert.All(after.Objects.Cast<string>(), row =>
        {
            var parts = row.Split('|');
            Assert.Equal($"Changed {parts[2]}", parts[0]);
            Assert.Equal("Ava Ross", parts[1]);
        });
    }

    [Fact]
    public void A_csv_row_changes_the_fields_of_its_columns()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        session.Run($"""
            "Email,Department,Title`n{Ben},Operations,`n" | ConvertFrom-Csv | Set-WorkplaceUser -Confirm:$false | Out-Null
            """).ThrowIfFailed();

        var after = session.Run($"Get-WorkplaceUser -Email '{Ben}' | ForEach-Object {{ $_.Department; [string]::IsNullOrEmpty($_.Title) }}").ThrowIfFailed();
        Assert.Equal(new object[] { "Operations", false }, after.Objects);
    }

    [Fact]
    public void Stale_users_piped_to_Sync_revert_nothing()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            $stale = Get-WorkplaceUser -Status Active
            Set-WorkplaceUser -Email '{Ben}' -Department 'Changed meanwhile' -Confirm:$false | Out-Null
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            $stale | Sync-WorkplaceUser -Confirm:$false | Out-Null
            @(Get-WorkplaceEmulatorRequest | Where-Object Method -ne 'GET').Count
            (Get-WorkplaceUser -Email '{Ben}').Department
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 0, "Changed meanwhile" }, run.Objects);
    }

    [Fact]
    public void A_user_of_another_community_is_a_template_for_New()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $source = Connect-Workplace -Emulator -PassThru
            New-WorkplaceUser -Connection $source -Email 'new.hire@contoso.example' -Name 'New Hire' -Title 'Template title' -Confirm:$false | Out-Null
            $target = Connect-Workplace -Emulator -PassThru
            Get-WorkplaceUser -Connection $source -Email 'new.hire@contoso.example' | New-WorkplaceUser -Connection $target -Confirm:$false | Out-Null
            Get-WorkplaceUser -Connection $target -Email 'new.hire@contoso.example' | ForEach-Object Title
            """).ThrowIfFailed();

        Assert.Equal(new object[] { "Template title" }, run.Objects);
    }
}
