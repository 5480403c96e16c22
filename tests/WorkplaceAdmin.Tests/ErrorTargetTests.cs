using System.Management.Automation;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// A per-item error's TargetObject is what the user gave (the email, the id, the piped row), never an internal work
/// record; a result names the person it changed by id even when the user gave an email.
/// </summary>
public class ErrorTargetTests
{
    [Fact]
    public void A_group_member_that_fails_is_the_email_given()
    {
        using var session = ModuleSession.ConnectedToEmulator();

        var run = session.Run("""
            Add-WorkplaceGroupMember -Group Engineering -Email 'nobody.at.all@contoso.example' -Confirm:$false
            Add-WorkplaceGroupMember -Group Engineering -Id '999999999999999' -Confirm:$false
            """);

        Assert.Equal(2, run.Errors.Count);
        Assert.Equal("nobody.at.all@contoso.example", run.Errors[0].TargetObject);
        Assert.Equal("999999999999999", run.Errors[1].TargetObject);
    }

    [Fact]
    public void A_csv_row_that_fails_is_the_row_itself_whether_refused_before_sending_or_by_the_service()
    {
        using var session = ModuleSession.ConnectedToEmulator();

        var run = session.Run("""
            $existing = (Get-WorkplaceUser -Status Active | Select-Object -First 1).Email
            "Email,Name`n$existing,Dup Licate`nbad-email,Bad Row`nnew.joiner@contoso.example,New Joiner" | ConvertFrom-Csv |
                New-WorkplaceUser -Confirm:$false
            """);

        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.IsType<PSCustomObject>(((PSObject)error.TargetObject).BaseObject));
        Assert.Equal(["Bad Row", "Dup Licate"], run.Errors.Select(error => (string)((PSObject)error.TargetObject).Properties["Name"].Value).Order());
    }

    [Fact]
    public void A_person_added_by_email_comes_back_with_the_user_id()
    {
        using var session = ModuleSession.ConnectedToEmulator();

        var run = session.Run("""
            $members = (Get-WorkplaceGroupMember -Group Engineering).Id
            $outsider = Get-WorkplaceUser -Status Active | Where-Object Id -notin $members | Select-Object -First 1
            $outsider.Id
            Add-WorkplaceGroupMember -Group Engineering -Email $outsider.Email -Confirm:$false | ForEach-Object UserId
            Add-WorkplaceGroupMember -Group Engineering -Email $outsider.Email -Confirm:$false | ForEach-Object { "$($_.Status) $($_.UserId)" }
            """).ThrowIfFailed();

        var id = Assert.IsType<string>(run.Objects[0]);
        Assert.Equal([id, id, $"AlreadyMember {id}"], run.Objects);
    }
}
