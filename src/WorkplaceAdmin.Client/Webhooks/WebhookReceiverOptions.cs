namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>How a <see cref="WebhookReceiver"/> listens and what it accepts. ToString never shows the secrets.</summary>
public sealed class WebhookReceiverOptions
{
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The verify token the handshake must carry (the one given when subscribing).</summary>
    public string VerifyToken { get; set; } = "";

    /// <summary>The app secret deliveries are signed with.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>Larger deliveries are refused with 413.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <exception cref="ArgumentException">A setting is out of range or empty.</exception>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
            throw new ArgumentException($"Port {Port} is not a TCP port; expected 1 to 65535, or 0 for a free one.", nameof(Port));
        if (string.IsNullOrEmpty(VerifyToken))
            throw new ArgumentException("The verify token is empty; expected the verify token given when subscribing.", nameof(VerifyToken));
        if (string.IsNullOrEmpty(AppSecret))
            throw new ArgumentException("The app secret is empty; expected the integration's app secret, which signs deliveries.", nameof(AppSecret));
        if (MaxBodyBytes < 1024)
            throw new ArgumentException($"MaxBodyBytes is {MaxBodyBytes}; expected at least 1024.", nameof(MaxBodyBytes));
    }

    public override string ToString() =>
        $"Port={Port}, VerifyToken={(VerifyToken.Length == 0 ? "(not set)" : "(set)")}, AppSecret={(AppSecret.Length == 0 ? "(not set)" : "(set)")}, MaxBodyBytes={MaxBodyBytes}";
}
