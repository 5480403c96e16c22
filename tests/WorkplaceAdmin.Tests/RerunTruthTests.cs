using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>A rerun tells the truth: rows whose accounts already exist are reported as existing, never as created.</summary>
public class RerunTruthTests
{
    [Fact]
    public void Rerunning_an_import_under_faults_reports_no_existing_row_as_created()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run("""
            $rows = 1..100 | ForEach-Object { [pscustomobject]@{ Email = "rerun$_@contoso.example"; Name = "Rerun $_" } }
            Set-WorkplaceEmulator -ServerErrorRate 0.3 -Confirm:$false | Out-Null
            $rows | New-WorkplaceUser -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
            Set-WorkplaceEmulator -ServerErrorRate 0 -Confirm:$false | Out-Null
            $existing = @(Get-WorkplaceUser | Where-Object Email -like 'rerun*@contoso.example' | ForEach-Object Email)
            Set-WorkplaceEmulator -ServerErrorRate 0.3 -Confirm:$false | Out-Null
            $created = @($rows | New-WorkplaceUser -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable problems | ForEach-Object Email)
            Set-WorkplaceEmulator -ServerErrorRate 0 -Confirm:$false | Out-Null
            $existing.Count
            @($created | Where-Object { $_ -in $existing }).Count
            @($problems | Where-Object { $_.CategoryInfo.Category -eq 'ResourceExists' }).Count
            """).ThrowIfFailed();

        var (existing, existingReportedCreated, reportedExisting) = ((int)run.Objects[0], (int)run.Objects[1], (int)run.Objects[2]);
        Assert.True(existing > 75, $"The first run made only {existing} of 100 accounts.");
        Assert.Equal(0, existingReportedCreated);
        // A row whose retries all met 5xx is reported as that failure instead (0.3^5 per row: rare).
        Assert.InRange(reportedExisting, existing - 3, existing);
    }
}
