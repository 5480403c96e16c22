using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Export-WorkplaceEmployeeData as an admin runs it, against the embedded emulator (its job takes about 3 s).</summary>
public class EmployeeDataExportTests
{
    private const string TempFile = "$file = Join-Path ([IO.Path]::GetTempPath()) \"wa-employees-$([guid]::NewGuid()).xlsx\"";

    [Fact]
    public void Starts_the_job_shows_progress_and_downloads_the_workbook()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            {{TempFile}}
            $result = Export-WorkplaceEmployeeData -Path $file -Confirm:$false
            $result.Status; $result.Length -eq (Get-Item $file).Length
            $zip = [IO.Compression.ZipFile]::OpenRead($file); [bool]$zip.GetEntry('xl/worksheets/sheet1.xml'); $zip.Dispose()
            Test-Path "$file.partial"
            Remove-Item $file
            """).ThrowIfFailed();

        Assert.Equal(new object[] { "COMPLETED", true, true, false }, run.Objects);
        Assert.Contains(run.Progress, p => p.StatusDescription.Contains("resume with -JobId", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatIf_starts_no_job_and_writes_no_file()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            {{TempFile}}
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            Export-WorkplaceEmployeeData -Path $file -WhatIf
            @(Get-WorkplaceEmulatorRequest).Count; Test-Path $file
            """).ThrowIfFailed();

        Assert.Equal(new object[] { 0, false }, run.Objects);
    }

    [Fact]
    public void A_started_job_is_resumed_by_id_and_an_existing_file_needs_Force()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            {{TempFile}}
            $first = Export-WorkplaceEmployeeData -Path $file -Confirm:$false
            Clear-WorkplaceEmulatorRequest -Confirm:$false
            Export-WorkplaceEmployeeData -Path $file -JobId $first.JobId -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable problems
            $problems[0].FullyQualifiedErrorId.Split(',')[0]; @(Get-WorkplaceEmulatorRequest).Count
            $again = Export-WorkplaceEmployeeData -Path $file -JobId $first.JobId -Force -Confirm:$false
            $again.JobId -eq $first.JobId
            @(Get-WorkplaceEmulatorRequest | Where-Object Method -eq 'POST').Count
            Remove-Item $file
            """).ThrowIfFailed();

        Assert.Equal(new object[] { "Workplace.FileExists", 0, true, 0 }, run.Objects);
    }

    [Theory]
    [InlineData("Export-WorkplaceEmployeeData -Path $file -JobId 'job-1' -Confirm:$false", "is not a Workplace id")]
    [InlineData("Export-WorkplaceEmployeeData -Path (Join-Path $file 'missing/x.xlsx') -Confirm:$false", "does not exist")]
    [InlineData("Export-WorkplaceEmployeeData -Path ([IO.Path]::GetTempPath()) -Confirm:$false", "is a folder")]
    public void Bad_input_is_refused_before_any_request(string command, string expected)
    {
        LocalRefusal.AssertRefused(TempFile + Environment.NewLine + command, expected);
    }

    [Fact]
    public void A_job_that_outlasts_the_timeout_says_how_to_resume()
    {
        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($$"""
            {{TempFile}}
            Export-WorkplaceEmployeeData -Path $file -TimeoutSeconds 1 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable problems
            $problems[0].ErrorDetails.Message
            Test-Path $file
            """);

        Assert.Null(run.Terminating);
        Assert.Contains("-JobId", (string)run.Objects[0], StringComparison.Ordinal);
        Assert.Equal(false, run.Objects[1]);
    }
}
