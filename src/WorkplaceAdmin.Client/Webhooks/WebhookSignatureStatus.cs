namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>The outcome of checking a delivery's signature.</summary>
public enum WebhookSignatureStatus
{
    /// <summary>The signature is the HMAC of the body with the app secret.</summary>
    Valid,
    /// <summary>Neither X-Hub-Signature-256 nor X-Hub-Signature was given.</summary>
    Missing,
    /// <summary>The header is not "sha256=" (or "sha1=") followed by the right number of hex digits.</summary>
    Malformed,
    /// <summary>Well formed, but not the HMAC of this body with this secret: a changed body, a forged signature or another secret.</summary>
    Mismatch,
}
