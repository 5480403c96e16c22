using WorkplaceAdmin.Tests.Hosting;
using Xunit;

namespace WorkplaceAdmin.Tests;

/// <summary>Test-WorkplaceWebhookSignature reads the algorithm from the signature's prefix, whichever parameter carries it.</summary>
public class WebhookSignaturePrefixTests
{
    private const string Sign = """
        $secret = ConvertTo-SecureString 'prefix-test-secret' -AsPlainText -Force
        $body = '{"object":"group","entry":[]}'
        function Get-Hmac($algorithm) {
            $hmac = if ($algorithm -eq 'sha256') { [Security.Cryptography.HMACSHA256]::new([Text.Encoding]::UTF8.GetBytes('prefix-test-secret')) }
                    else { [Security.Cryptography.HMACSHA1]::new([Text.Encoding]::UTF8.GetBytes('prefix-test-secret')) }
            "$algorithm=" + [Convert]::ToHexString($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($body))).ToLower()
        }
        """;

    [Fact]
    public void A_sha256_signature_given_as_Signature_is_checked_as_sha256()
    {
        using var session = new ModuleSession();

        var run = session.Run(Sign + """

            Test-WorkplaceWebhookSignature -Body $body -Signature (Get-Hmac sha256) -AppSecret $secret
            Test-WorkplaceWebhookSignature -Body $body -Signature (Get-Hmac sha256) -AppSecret $secret -Detailed | ForEach-Object Algorithm
            Test-WorkplaceWebhookSignature -Body ($body + ' ') -Signature (Get-Hmac sha256) -AppSecret $secret
            """).ThrowIfFailed();

        Assert.Equal([true, "sha256", false], run.Objects);
    }

    [Fact]
    public void A_sha1_signature_never_passes_for_a_sha256_one()
    {
        using var session = new ModuleSession();

        var run = session.Run(Sign + """

            Test-WorkplaceWebhookSignature -Body $body -Signature256 (Get-Hmac sha1) -AppSecret $secret
            Test-WorkplaceWebhookSignature -Body $body -Signature256 ('sha256=' + '0' * 64) -Signature (Get-Hmac sha1) -AppSecret $secret
            """).ThrowIfFailed();

        Assert.Equal([false, false], run.Objects);
    }
}
