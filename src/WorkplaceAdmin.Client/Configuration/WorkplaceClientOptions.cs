using System.Net;
using System.Reflection;
using System.Text.Json.Serialization;

namespace WorkplaceAdmin.Client;

/// <summary>
/// Everything a <see cref="WorkplaceClient"/> needs. A plain class (not a record) so that no generated
/// member can print the secrets: <see cref="ToString"/> only says whether they are set.
/// </summary>
public sealed class WorkplaceClientOptions
{
    public static readonly Uri DefaultGraphUri = new("https://graph.workplace.com/");
    public static readonly Uri DefaultScimUri = new("https://scim.workplace.com/");
    public static readonly string DefaultUserAgent = "WorkplaceAdmin/" + AssemblyVersion();

    /// <summary>Access token of the custom integration. Sent only in the Authorization header; never serialized.</summary>
    [JsonIgnore]
    public string AccessToken { get; set; } = "";

    /// <summary>App secret; when set every call carries appsecret_proof and appsecret_time. Never serialized.</summary>
    [JsonIgnore]
    public string? AppSecret { get; set; }

    public Uri GraphUri { get; set; } = DefaultGraphUri;
    public Uri ScimUri { get; set; } = DefaultScimUri;

    /// <summary>Graph API version such as "v18.0", used as a path prefix; null for unversioned calls.</summary>
    public string? ApiVersion { get; set; }

    public string UserAgent { get; set; } = DefaultUserAgent;
    public IWebProxy? Proxy { get; set; }

    /// <summary>
    /// Replaces the socket transport (for example the emulator's in-memory handler). The client never
    /// disposes it: whoever created it does. <see cref="Proxy"/> does not apply to it.
    /// </summary>
    public HttpMessageHandler? Transport { get; set; }

    public RetryOptions Retry { get; set; } = new();

    /// <summary>Time limit of one attempt (connect, send and read the whole response).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Ceiling of concurrent calls in bulk work (-ThrottleLimit overrides it per command). A bulk run starts with a few,
    /// grows towards this ceiling while the service shows headroom, and halves when throttled; 64 lets a 25 ms-per-call
    /// API run a bulk import over 40× faster than one call at a time.
    /// </summary>
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>Receives one redacted line per HTTP call.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>
    /// Sees every Flurl call record of the client (and of the clients derived from it) once the call ended, failed or
    /// not: the secret-hygiene tests search them, since Flurl's records and exception messages show URLs and bodies.
    /// </summary>
    [JsonIgnore]
    internal Action<Flurl.Http.FlurlCall>? FlurlCallObserver { get; set; }

    /// <summary>Wall clock for appsecret_time and Retry-After dates; defaults to the system clock.</summary>
    public Func<DateTimeOffset>? Clock { get; set; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting. Never echoes secrets.</summary>
    public void Validate() => WorkplaceClientOptionsValidator.Validate(this);

    /// <summary>A shallow copy, from which a client derives another with different credentials.</summary>
    internal WorkplaceClientOptions Clone() => (WorkplaceClientOptions)MemberwiseClone();

    public override string ToString() =>
        $"GraphUri={GraphUri}, ScimUri={ScimUri}, ApiVersion={ApiVersion ?? "(none)"}, " +
        $"AccessToken={(string.IsNullOrEmpty(AccessToken) ? "(not set)" : "(set)")}, " +
        $"AppSecret={(string.IsNullOrEmpty(AppSecret) ? "(not set)" : "(set)")}, " +
        $"UserAgent={UserAgent}, Proxy={(Proxy is null ? "(none)" : "(set)")}, " +
        $"Transport={(Transport is null ? "sockets" : Transport.GetType().Name)}, " +
        $"Retry=[{Retry}], RequestTimeout={RequestTimeout}, MaxConcurrency={MaxConcurrency}";

    private static string AssemblyVersion()
    {
        var assembly = typeof(WorkplaceClientOptions).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" suffix the SDK appends; a user agent should carry the release only.
        var version = informational?.Split('+')[0];
        return string.IsNullOrEmpty(version) ? assembly.GetName().Version?.ToString(3) ?? "0.0.0" : version;
    }
}
