using System.Text;
using WorkplaceAdmin.Client.Webhooks;

namespace WorkplaceAdmin.Client.Tests.Webhooks;

public class WebhookSignatureTests
{
    private const string Secret = "webhook-test-app-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"object\":\"group\",\"entry\":[{\"id\":\"123\",\"time\":1530000512,\"changes\":[{\"field\":\"posts\",\"value\":{\"verb\":\"add\"}}]}]}");

    public static TheoryData<string, string?, string?, string, WebhookSignatureStatus, string?> Cases()
    {
        var good256 = WebhookSignature.ComputeSha256(Body, Secret);
        var good1 = WebhookSignature.ComputeSha1(Body, Secret);
        var tampered256 = good256[..^1] + (good256[^1] == '0' ? '1' : '0');
        return new()
        {
            { "good sha256", good256, null, Secret, WebhookSignatureStatus.Valid, "sha256" },
            { "good sha1 (legacy)", null, good1, Secret, WebhookSignatureStatus.Valid, "sha1" },
            { "good sha256 in upper-case hex", "sha256=" + good256["sha256=".Length..].ToUpperInvariant(), null, Secret, WebhookSignatureStatus.Valid, "sha256" },
            { "both headers, both good", good256, good1, Secret, WebhookSignatureStatus.Valid, "sha256" },
            { "tampered signature", tampered256, null, Secret, WebhookSignatureStatus.Mismatch, "sha256" },
            { "sha256 wrong, sha1 right: the strong one decides", tampered256, good1, Secret, WebhookSignatureStatus.Mismatch, "sha256" },
            { "wrong prefix", "sha1=" + good256["sha256=".Length..], null, Secret, WebhookSignatureStatus.Malformed, "sha256" },
            { "no prefix", good256["sha256=".Length..], null, Secret, WebhookSignatureStatus.Malformed, "sha256" },
            { "sha1 value with a sha256 length", null, "sha1=" + good256["sha256=".Length..], Secret, WebhookSignatureStatus.Malformed, "sha1" },
            { "not hex", "sha256=" + new string('z', 64), null, Secret, WebhookSignatureStatus.Malformed, "sha256" },
            { "missing header", null, null, Secret, WebhookSignatureStatus.Missing, null },
            { "blank header", "  ", "", Secret, WebhookSignatureStatus.Missing, null },
            { "wrong secret", good256, null, "another-app-secret", WebhookSignatureStatus.Mismatch, "sha256" },
            { "wrong secret, sha1", null, good1, "another-app-secret", WebhookSignatureStatus.Mismatch, "sha1" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verifies_the_signature_of_the_raw_body(string name, string? signature256, string? signature1, string secret, WebhookSignatureStatus expected, string? algorithm)
    {
        var result = WebhookSignature.Verify(Body, signature256, signature1, secret);

        Assert.True(expected == result.Status, $"{name}: {result.Status} ({result.Reason})");
        Assert.Equal(expected == WebhookSignatureStatus.Valid, result.IsValid);
        Assert.Equal(algorithm, result.Algorithm);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.DoesNotContain(secret, result.Reason, StringComparison.Ordinal);
        Assert.Equal(("group", "123"), (result.Object, result.EntryId));
    }

    [Fact]
    public void A_tampered_body_fails_both_signatures()
    {
        var signature256 = WebhookSignature.ComputeSha256(Body, Secret);
        var signature1 = WebhookSignature.ComputeSha1(Body, Secret);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("add", "remove", StringComparison.Ordinal));

        Assert.Equal(WebhookSignatureStatus.Mismatch, WebhookSignature.Verify(tampered, signature256, null, Secret).Status);
        Assert.Equal(WebhookSignatureStatus.Mismatch, WebhookSignature.Verify(tampered, null, signature1, Secret).Status);
        // One extra byte (a trailing newline added by a proxy) is enough.
        Assert.False(WebhookSignature.Verify([.. Body, (byte)'\n'], signature256, null, Secret).IsValid);
    }

    [Fact]
    public void Computes_the_standard_HMAC_values()
    {
        // RFC 4231 test case 2 and its HMAC-SHA1 counterpart (RFC 2202 test case 2): key "Jefe".
        var data = Encoding.ASCII.GetBytes("what do ya want for nothing?");
        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", WebhookSignature.ComputeSha256(data, "Jefe"));
        Assert.Equal("sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", WebhookSignature.ComputeSha1(data, "Jefe"));
    }

    [Fact]
    public void Finds_the_headers_by_name_whatever_their_case()
    {
        var headers = new Dictionary<string, string?>
        {
            ["x-hub-signature-256"] = WebhookSignature.ComputeSha256(Body, Secret),
            ["Content-Type"] = "application/json",
        };
        Assert.True(WebhookSignature.Verify(Body, headers, Secret).IsValid);
        Assert.Equal(WebhookSignatureStatus.Missing, WebhookSignature.Verify(Body, new Dictionary<string, string?>(), Secret).Status);
    }

    [Fact]
    public void Refuses_to_verify_without_a_secret()
    {
        Assert.Throws<ArgumentException>(() => WebhookSignature.Verify(Body, "sha256=00", null, ""));
    }
}
