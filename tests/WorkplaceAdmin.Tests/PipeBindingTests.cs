using System.Net;
using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>
/// Every pipe the help promises (<c>A | B</c> in docs/*.md), run three ways: A's real output into B, a plain
/// [pscustomobject] and a CSV row (ConvertFrom-Csv) with the documented column names. Each run must write no error
/// and leave B's output or the emulator's state showing that B acted on the object piped, so a binding regression
/// (an object binding to the wrong parameter or parameter set) fails here.
/// </summary>
public class PipeBindingTests : IClassFixture<PipeBindingTests.WebhookCallback>
{
    /// <summary>
    /// One documented pipe. <paramref name="Setup"/> defines the objects (after <see cref="CommonSetup"/>);
    /// <paramref name="Output"/> is A (null when A is only Import-Csv); <paramref name="Row"/> the body of the
    /// hashtable of the row, whose keys are the documented column names; <paramref name="Check"/> reads
    /// <c>$out</c> (B's output) and the emulator, and returns $true when B acted on the right object.
    /// </summary>
    public sealed record Pipe(string Setup, string? Output, string Row, string Downstream, string Check);

    private const string CommonSetup = """
        $ben = 'ben.carter@contoso.example'
        $group = Get-WorkplaceGroup -Name 'All Company'
        $engineering = Get-WorkplaceGroup -Name 'Engineering'
        $outsider = Get-WorkplaceUser -Email 'grace.obi@contoso.example'
        """;

    private const string NewPost = "$post = New-WorkplacePost -Group $engineering.Id -Message 'Piped' -Confirm:$false; $keep = New-WorkplacePost -Group $engineering.Id -Message 'Kept' -Confirm:$false";
    private const string NewComments = NewPost + "; $comment = New-WorkplaceComment -PostId $post.Id -Message 'Piped' -Confirm:$false; $kept = New-WorkplaceComment -PostId $post.Id -Message 'Kept' -Confirm:$false";
    private const string NewLink = "$name = 'pipe-' + [guid]::NewGuid().ToString('n').Substring(0, 8); $token = ConvertTo-SecureString 'EMULATOR-ADMIN-TOKEN-0001' -AsPlainText -Force; New-WorkplaceLink -Name $name -Kind Chat -AccessToken $token -AllowPlainTextTokenFile -WarningAction SilentlyContinue -Confirm:$false | Out-Null";
    private const string NewSubscription = "$secret = ConvertTo-SecureString ([WorkplaceAdmin.Emulator.EmulatorDefaults]::AdminAppSecret) -AsPlainText -Force; $verify = ConvertTo-SecureString 'pipe-verify' -AsPlainText -Force; New-WorkplaceWebhookSubscription -Object group -Field posts -CallbackUrl $callback -VerifyToken $verify -AppSecret $secret -Confirm:$false | Out-Null";
    private const string StillMember = "(Get-WorkplaceGroupMember -Group 'Engineering').Email -contains $ben";

    public static readonly IReadOnlyDictionary<string, Pipe> Pipes = new Dictionary<string, Pipe>
    {
        ["Get-WorkplaceGroup -Id | Get-WorkplaceGroup"] = new("", "Get-WorkplaceGroup -Id $group.Id", "Id = $group.Id", "Get-WorkplaceGroup",
            "$out.Count -eq 1 -and $out[0].Id -eq $group.Id -and $out[0].Name -eq $group.Name"),
        ["Import-Csv (GroupId) | Get-WorkplaceGroup"] = new("", null, "GroupId = $group.Id", "Get-WorkplaceGroup", "$out.Count -eq 1 -and $out[0].Id -eq $group.Id"),
        ["Import-Csv (Url) | Get-WorkplaceGroup"] = new("", null, "Url = \"https://contoso.workplace.com/groups/$($group.Id)/\"", "Get-WorkplaceGroup", "$out.Count -eq 1 -and $out[0].Id -eq $group.Id"),
        ["Get-WorkplaceGroup | Get-WorkplacePost"] = new("", "$group", "GroupId = $group.Id", "Get-WorkplacePost",
            "$out.Count -gt 0 -and @($out | Where-Object GroupId -ne $group.Id).Count -eq 0"),
        ["Get-WorkplacePost | Get-WorkplacePost"] = new("$post = Get-WorkplacePost -Group $group.Id -First 1", "$post", "Id = $post.Id; GroupId = $post.GroupId", "Get-WorkplacePost",
            "$out.Count -eq 1 -and $out[0].Id -eq $post.Id"),
        ["Get-WorkplaceGroup | Get-WorkplaceGroupMember"] = new("$members = @(Get-WorkplaceGroupMember -Group $engineering.Id).Id", "$engineering", "GroupId = $engineering.Id", "Get-WorkplaceGroupMember",
            "$members.Count -gt 0 -and ($out.Id -join ',') -eq ($members -join ',')"),
        ["Get-WorkplaceGroup | Export-WorkplaceGroupFeed"] = new("$backup = Join-Path ([IO.Path]::GetTempPath()) ('pipe-' + [guid]::NewGuid())", "$engineering", "GroupId = $engineering.Id", "Export-WorkplaceGroupFeed -Path $backup",
            "$ok = $out.Count -eq 1 -and (Test-Path (Join-Path $backup \"$($engineering.Id).jsonl\")); Remove-Item $backup -Recurse; $ok"),
        ["Get-WorkplaceGroup | Set-WorkplaceGroup"] = new("", "$engineering", "GroupId = $engineering.Id", "Set-WorkplaceGroup -Description 'Piped' -PassThru",
            "$out.Count -eq 1 -and (Get-WorkplaceGroup -Id $engineering.Id).Description -eq 'Piped' -and (Get-WorkplaceGroup -Id $group.Id).Description -ne 'Piped'"),
        ["Get-WorkplaceGroup | New-WorkplacePost"] = new("", "$engineering", "GroupId = $engineering.Id", "New-WorkplacePost -Message 'Office closed on Monday.'",
            "$out.Count -eq 1 -and $out[0].GroupId -eq $engineering.Id"),
        ["Get-WorkplacePost | Get-WorkplaceComment"] = new(NewComments, "Get-WorkplacePost -Id $post.Id", "Id = $post.Id; GroupId = $post.GroupId", "Get-WorkplaceComment",
            "($out.Id -join ',') -eq (@($comment.Id, $kept.Id) -join ',')"),
        ["Get-WorkplacePost | New-WorkplaceComment"] = new(NewPost, "Get-WorkplacePost -Id $post.Id", "Id = $post.Id; GroupId = $post.GroupId", "New-WorkplaceComment -Message 'Update: the VPN is back.'",
            "$out.Count -eq 1 -and $out[0].PostId -eq $post.Id"),
        ["Get-WorkplacePost | Remove-WorkplacePost"] = new(NewPost, "Get-WorkplacePost -Id $post.Id", "Id = $post.Id; GroupId = $post.GroupId", "Remove-WorkplacePost -Confirm:$false",
            "$ids = (Get-WorkplacePost -Group $engineering.Id).Id; $ids -notcontains $post.Id -and $ids -contains $keep.Id"),
        ["Get-WorkplaceComment | Remove-WorkplaceComment"] = new(NewComments, "Get-WorkplaceComment -PostId $post.Id | Where-Object Id -eq $comment.Id", "Id = $comment.Id; PostId = $post.Id", "Remove-WorkplaceComment -Confirm:$false",
            "$ids = @(Get-WorkplaceComment -PostId $post.Id).Id; $ids -notcontains $comment.Id -and $ids -contains $kept.Id"),
        ["Get-WorkplaceMessage | Remove-WorkplaceMessage"] = new("$message = Get-WorkplaceMessage -Person $ben | Select-Object -First 1", "$message", "Id = $message.Id", "Remove-WorkplaceMessage -Confirm:$false",
            "$out.Count -eq 1 -and $out[0].MessageId -eq $message.Id -and $out[0].Status -eq 'Deleted'"),
        ["Get-WorkplacePost | Get-WorkplacePostEngagement"] = new("$post = Get-WorkplacePost -Group $group.Id -First 1", "Get-WorkplacePost -Id $post.Id", "PostId = $post.Id", "Get-WorkplacePostEngagement",
            "$out.Count -eq 1 -and $out[0].PostId -eq $post.Id"),
        ["Get-WorkplacePost | Get-WorkplacePostViewer"] = new("$post = Get-WorkplacePost -Group $group.Id -First 1", "Get-WorkplacePost -Id $post.Id", "PostId = $post.Id", "Get-WorkplacePostViewer",
            "$out.Count -gt 0 -and @($out | Where-Object PostId -ne $post.Id).Count -eq 0"),
        ["Import-Csv | New-WorkplaceGroup"] = new("", null, "Name = 'Pipe Club'; Privacy = 'OPEN'; Admin = $ben", "New-WorkplaceGroup -Confirm:$false",
            "$out.Count -eq 1 -and (Get-WorkplaceGroup -Id $out[0].Id).Name -eq 'Pipe Club' -and (Get-WorkplaceGroup -Id $out[0].Id).Privacy -eq 'OPEN'"),
        ["Import-Csv | Get-WorkplaceUser"] = new("", null, "Email = $ben", "Get-WorkplaceUser", "$out.Count -eq 1 -and $out[0].Email -eq $ben"),
        ["Import-Csv | New-WorkplaceUser"] = new("", null, "Email = 'new.joiner@contoso.example'; Name = 'New Joiner'", "New-WorkplaceUser -Confirm:$false",
            "$out.Count -eq 1 -and (Get-WorkplaceUser -Email 'new.joiner@contoso.example').Name -eq 'New Joiner'"),
        ["Get-WorkplaceUser | Set-WorkplaceUser"] = new("", "Get-WorkplaceUser -Email $ben", "Email = $ben", "Set-WorkplaceUser -Manager $outsider.Email -Confirm:$false",
            "$out.Count -eq 1 -and (Get-WorkplaceUser -Email $ben).ManagerId -eq $outsider.Id"),
        ["Import-Csv | Sync-WorkplaceUser"] = new("", null, "Email = $ben; Title = 'Synced'", "Sync-WorkplaceUser -Confirm:$false",
            "(Get-WorkplaceUser -Email $ben).Title -eq 'Synced'"),
        ["Get-WorkplaceUser | Disable-WorkplaceUser"] = new("", "Get-WorkplaceUser -Email $ben", "Email = $ben", "Disable-WorkplaceUser -Confirm:$false",
            "$out.Count -eq 1 -and -not (Get-WorkplaceUser -Email $ben).Active -and (Get-WorkplaceUser -Email $outsider.Email).Active"),
        ["Get-WorkplaceUser | Enable-WorkplaceUser"] = new("Disable-WorkplaceUser -Email $ben -Confirm:$false | Out-Null", "Get-WorkplaceUser -Email $ben", "Email = $ben", "Enable-WorkplaceUser -Confirm:$false",
            "$out.Count -eq 1 -and (Get-WorkplaceUser -Email $ben).Active"),
        ["Get-WorkplaceUser | Remove-WorkplaceUser"] = new("$leaver = New-WorkplaceUser -Email 'leaver@contoso.example' -Name 'Leaver' -Confirm:$false", "Get-WorkplaceUser -Email $leaver.Email", "Email = $leaver.Email", "Remove-WorkplaceUser -Confirm:$false",
            "@(Get-WorkplaceUser | Where-Object Email -eq $leaver.Email).Count -eq 0 -and (Get-WorkplaceUser -Email $ben).Active"),
        ["Get-WorkplaceUser | Add-WorkplaceGroupMember"] = new("", "Get-WorkplaceUser -Email $outsider.Email", "Email = $outsider.Email", "Add-WorkplaceGroupMember -Group 'Engineering' -Confirm:$false",
            "(Get-WorkplaceGroupMember -Group 'Engineering').Email -contains $outsider.Email"),
        ["Get-WorkplaceGroupMember | Add-WorkplaceGroupMember"] = new("", "Get-WorkplaceGroupMember -Group 'All Company' | Where-Object Email -eq $outsider.Email", "Email = $outsider.Email", "Add-WorkplaceGroupMember -Group 'Engineering' -Confirm:$false",
            "(Get-WorkplaceGroupMember -Group 'Engineering').Email -contains $outsider.Email"),
        ["Get-WorkplaceGroupMember | Remove-WorkplaceGroupMember"] = new("", "Get-WorkplaceGroupMember -Group 'Engineering' | Where-Object Email -eq $ben", "Email = $ben", "Remove-WorkplaceGroupMember -Group 'Engineering' -Confirm:$false",
            "-not (" + StillMember + ") -and (Get-WorkplaceGroupMember -Group 'All Company').Email -contains $ben"),
        ["Import-Csv | Resolve-WorkplaceAccount"] = new("", null, "Email = $ben", "Resolve-WorkplaceAccount",
            "$out.Count -eq 1 -and [string]$out[0].Status -eq 'Matched' -and $out[0].PersonEmail -eq $ben"),
        ["Get-WorkplaceUser | Send-WorkplaceMessage"] = new("$person = Get-WorkplaceUser -Email $ben", "$person", "Email = $ben", "Send-WorkplaceMessage -Text 'The office is closed on Friday.' -Confirm:$false",
            "$out.Count -eq 1 -and $out[0].Succeeded -and $out[0].RecipientId -eq $person.Id"),
        ["Get-WorkplaceGroupMember | Send-WorkplaceMessage"] = new("$member = Get-WorkplaceGroupMember -Group 'Engineering' | Where-Object Email -eq $ben", "$member", "Id = $member.Id", "Send-WorkplaceMessage -Text 'Maintenance tonight at 22:00.' -Confirm:$false",
            "$out.Count -eq 1 -and $out[0].Succeeded -and $out[0].RecipientId -eq $member.Id"),
        ["Get-WorkplaceLink | Test-WorkplaceLink"] = new(NewLink, "Get-WorkplaceLink -Name $name", "Name = $name", "Test-WorkplaceLink",
            "$out.Count -gt 0 -and @($out | Where-Object LinkName -ne $name).Count -eq 0"),
        ["Get-WorkplaceLink | Remove-WorkplaceLink"] = new(NewLink, "Get-WorkplaceLink -Name $name", "Name = $name", "Remove-WorkplaceLink -Confirm:$false",
            "@(Get-WorkplaceLink | Where-Object Name -eq $name).Count -eq 0"),
        ["Get-WorkplaceWebhookSubscription | Remove-WorkplaceWebhookSubscription"] = new(NewSubscription, "Get-WorkplaceWebhookSubscription -AppSecret $secret", "Object = 'group'", "Remove-WorkplaceWebhookSubscription -AppSecret $secret -Confirm:$false",
            "@(Get-WorkplaceWebhookSubscription -AppSecret $secret).Count -eq 0"),
    };

    private readonly WebhookCallback _callback;

    public PipeBindingTests(WebhookCallback callback) => _callback = callback;

    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, pipe) in Pipes)
        {
            if (pipe.Output is not null)
                data.Add(name, "output");
            data.Add(name, "object");
            data.Add(name, "csv");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Binds_the_piped_object(string pipe, string input)
    {
        var (setup, output, row, downstream, check) = Pipes[pipe];
        var piped = input switch
        {
            "output" => output!,
            "object" => $"[pscustomobject]@{{ {row} }}",
            _ => $"[pscustomobject]@{{ {row} }} | ConvertTo-Csv | ConvertFrom-Csv",
        };

        using var session = ModuleSession.ConnectedToEmulator();
        var run = session.Run($"""
            {CommonSetup}
            {setup}
            $in = @({piped})
            $out = @($in | {downstream})
            $in.Count
            {check}
            """, new Dictionary<string, object?> { ["callback"] = _callback.Url });

        Assert.True(run.Terminating is null && run.Errors.Count == 0,
            $"{pipe} ({input}) wrote errors: {run.Terminating} {string.Join("; ", run.Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}"))}");
        Assert.Equal(new object[] { 1, true }, run.Objects);
    }

    [Fact]
    public void Every_documented_pipe_into_a_module_cmdlet_is_in_the_table()
    {
        var documented = Directory.GetFiles(Path.Combine(Metadata.TestPaths.RepoRoot, "docs"), "*.md")
            .SelectMany(File.ReadAllLines)
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"\|\s*(?<cmdlet>[A-Z][a-z]+-Workplace[A-Za-z]+)"))
            .Select(match => match.Groups["cmdlet"].Value)
            .ToHashSet();
        var tested = Pipes.Keys.Select(name => name[(name.LastIndexOf('|') + 1)..].Trim()).ToHashSet();

        Assert.Empty(documented.Except(tested).Order());
    }

    /// <summary>
    /// A loopback callback that answers the emulator's verification handshake, so the webhook pipe has a
    /// subscription to list and remove.
    /// </summary>
    public sealed class WebhookCallback : IDisposable
    {
        private readonly HttpListener _listener = new();

        public WebhookCallback()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/pipe-hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(AnswerAsync);
        }

        public string Url { get; }

        public void Dispose() => _listener.Close();

        private async Task AnswerAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }

                var challenge = context.Request.QueryString["hub.challenge"] ?? "";
                var body = System.Text.Encoding.UTF8.GetBytes(challenge);
                context.Response.StatusCode = 200;
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
