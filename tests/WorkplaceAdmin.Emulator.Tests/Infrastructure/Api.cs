using System.Net.Http.Headers;
using System.Text;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>Short ways to call the emulator's Graph and SCIM surfaces from tests.</summary>
public sealed class Api(EmulatorHost host)
{
    public const string Admin = EmulatorDefaults.AdminToken;
    public const string ReadOnly = EmulatorDefaults.ReadOnlyGroupsToken;
    public const string UserAgent = "WorkplaceAdmin.Emulator.Tests/1.0";

    public EmulatorHost Host { get; } = host;

    public Uri GraphUrl(string relative) => new(Host.GraphUri, relative.TrimStart('/'));

    public Uri ScimUrl(string relative) => new(Host.ScimUri, relative.TrimStart('/'));

    public Task<ApiResponse> Get(string relative, string? token = Admin) => Send(HttpMethod.Get, GraphUrl(relative), token);

    public Task<ApiResponse> GetAbsolute(string url, string? token = Admin) => Send(HttpMethod.Get, new Uri(url), token);

    public Task<ApiResponse> Delete(string relative, string? token = Admin) => Send(HttpMethod.Delete, GraphUrl(relative), token);

    public Task<ApiResponse> PostForm(string relative, IEnumerable<KeyValuePair<string, string>>? form = null, string? token = Admin) =>
        Send(HttpMethod.Post, GraphUrl(relative), token, new FormUrlEncodedContent(form ?? []));

    public Task<ApiResponse> PostForm(string relative, params (string Name, string Value)[] form) =>
        PostForm(relative, form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public Task<ApiResponse> PostJson(string relative, string json, string? token = Admin) =>
        Send(HttpMethod.Post, GraphUrl(relative), token, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<ApiResponse> Scim(HttpMethod method, string relative, string? json = null, string? token = Admin, string? userAgent = UserAgent)
    {
        var content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/scim+json");
        return Send(method, ScimUrl(relative), token, content, userAgent);
    }

    public async Task<ApiResponse> Send(HttpMethod method, Uri url, string? token, HttpContent? content = null, string? userAgent = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }
        using var response = await Host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new ApiResponse((int)response.StatusCode, body, response.Headers, response.Content.Headers);
    }

    /// <summary>A unique suffix so tests sharing a community never collide.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
