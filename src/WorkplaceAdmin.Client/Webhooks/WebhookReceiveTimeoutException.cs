namespace WorkplaceAdmin.Client.Webhooks;

/// <summary>
/// Fewer webhook events than asked for arrived before the timeout. The advice names the likely cause from what did
/// reach the receiver: nothing at all (the subscription or its callback URL), only refused requests (the verify
/// token or app secret), or some events (the wait or the subscribed fields), never the network of the API.
/// </summary>
public sealed class WebhookReceiveTimeoutException : TimeoutException, IWorkplaceClassifiedError
{
    public WebhookReceiveTimeoutException(int received, int expected, TimeSpan? timeout, int refused, Uri callbackUri)
        : base($"Received {received} of {expected} webhook events{Within(timeout)} at {callbackUri}.")
    {
        Received = received;
        Expected = expected;
        Refused = refused;
        ErrorInfo = new WorkplaceErrorInfo("Workplace.WebhookTimeout", "OperationTimeout", Advice(received, refused, callbackUri));
    }

    public int Received { get; }

    public int Expected { get; }

    /// <summary>Requests the receiver refused meanwhile (bad signature, wrong verify token, too large).</summary>
    public int Refused { get; }

    public WorkplaceErrorInfo ErrorInfo { get; }

    private static string Within(TimeSpan? timeout) =>
        timeout is { } limit ? $" before the timeout of {limit.TotalSeconds:0.###} seconds" : "";

    private static string Advice(int received, int refused, Uri callbackUri) => (received, refused) switch
    {
        (0, 0) => "Nothing reached this receiver. Check that the app has a subscription for the changes expected " +
                  $"(Get-WorkplaceWebhookSubscription) and that its callback URL reaches {callbackUri} (the tunnel or " +
                  "reverse proxy that forwards to it is running); Workplace delivers only changes made after subscribing.",
        (_, > 0) => $"The receiver refused {refused} request(s) (see the warnings): check that -AppSecret is the app " +
                    "secret of the subscribed app and -VerifyToken the verify token given to New-WorkplaceWebhookSubscription.",
        _ => "Some events arrived: wait longer with a larger -Timeout, or check that the subscription's fields " +
             "(Get-WorkplaceWebhookSubscription) cover the changes expected.",
    };
}
