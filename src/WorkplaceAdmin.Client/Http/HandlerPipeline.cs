namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Assembles the handler chain, outermost first:
/// failure redaction → redacting log → retry/throttle → authentication → user agent → transport.
/// Logging sits outside retries so one call gives one line; authentication sits inside them so every
/// attempt gets a fresh app secret proof; failure redaction sits outside everything, so no exception that reaches
/// Flurl (which copies its message into its own) carries a secret.
/// </summary>
internal static class HandlerPipeline
{
    public static HttpMessageHandler Build(
        WorkplaceClientOptions options, RetryOptions retry, AppUsageMonitor usage, SecretRedactor redactor, Func<DateTimeOffset> clock)
    {
        HttpMessageHandler handler = TransportFactory.Create(options);
        handler = new UserAgentHandler(options.UserAgent) { InnerHandler = handler };
        handler = new AuthenticationHandler(options.AccessToken, options.AppSecret, clock) { InnerHandler = handler };
        handler = new RetryHandler(retry, options.RequestTimeout, usage, clock) { InnerHandler = handler };
        if (options.Log is not null)
            handler = new RedactingLogHandler(options.Log, redactor) { InnerHandler = handler };
        return new FailureRedactingHandler(redactor) { InnerHandler = handler };
    }
}
