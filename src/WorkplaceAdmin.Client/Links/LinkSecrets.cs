using System.Text.Json;

namespace WorkplaceAdmin.Client.Links;

/// <summary>
/// A link's access token and optional app secret. A plain class whose <see cref="ToString"/> says only whether
/// they are set, so printing or logging one reveals nothing.
/// </summary>
public sealed class LinkSecrets
{
    public LinkSecrets(string accessToken, string? appSecret)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
            throw new ArgumentException("The access token is empty.", nameof(accessToken));
        AccessToken = accessToken;
        AppSecret = string.IsNullOrEmpty(appSecret) ? null : appSecret;
    }

    public string AccessToken { get; }
    public string? AppSecret { get; }

    public override string ToString() => $"AccessToken=(set), AppSecret={(AppSecret is null ? "(not set)" : "(set)")}";

    /// <summary>The bytes a secret store protects (DPAPI) or writes (the opted-in plain-text file).</summary>
    internal byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("accessToken", AccessToken);
            if (AppSecret is not null)
                writer.WriteString("appSecret", AppSecret);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not what <see cref="ToBytes"/> wrote.</exception>
    internal static LinkSecrets FromBytes(byte[] bytes, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            var token = root.TryGetProperty("accessToken", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var secret = root.TryGetProperty("appSecret", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (!string.IsNullOrEmpty(token))
                return new LinkSecrets(token, secret);
        }
        catch (JsonException)
        {
            // Reported below, without the content.
        }
        throw new InvalidDataException($"The stored secret of {source} is unreadable; remove the link and create it again.");
    }

}
