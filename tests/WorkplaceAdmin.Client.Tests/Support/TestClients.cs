namespace WorkplaceAdmin.Client.Tests.Support;

/// <summary>Clients wired to a fake transport, with millisecond retry delays so tests stay fast.</summary>
public static class TestClients
{
    public const string Token = "EAAtestTOKENvalue1234567890abcdefSECRETPART";
    public const string AppSecret = "appsecret0123456789abcdef";

    public static RetryOptions FastRetry(int maxAttempts = 4) => new()
    {
        MaxAttempts = maxAttempts,
        MaxReadAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        TotalBudget = TimeSpan.FromSeconds(10),
    };

    public static WorkplaceClientOptions Options(HttpMessageHandler transport, Action<WorkplaceClientOptions>? configure = null)
    {
        var options = new WorkplaceClientOptions
        {
            AccessToken = Token,
            GraphUri = new Uri("https://graph.test.example/"),
            ScimUri = new Uri("https://scim.test.example/"),
            Transport = transport,
            Retry = FastRetry(),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static WorkplaceClient Create(HttpMessageHandler transport, Action<WorkplaceClientOptions>? configure = null) =>
        new(Options(transport, configure));
}
