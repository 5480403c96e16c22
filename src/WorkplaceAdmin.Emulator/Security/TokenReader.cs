using WorkplaceAdmin.Emulator.Model;

namespace WorkplaceAdmin.Emulator.Security;

/// <summary>Finds the access token of a request and the integration it belongs to.</summary>
internal static class TokenReader
{
    /// <summary>The token from <c>Authorization: Bearer|OAuth</c>, else from the <c>access_token</c> parameter.</summary>
    public static string? Read(string? authorizationHeader, string? accessTokenParameter)
    {
        if (!string.IsNullOrWhiteSpace(authorizationHeader))
        {
            var header = authorizationHeader.Trim();
            foreach (var scheme in new[] { "Bearer ", "OAuth " })
            {
                if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                {
                    var token = header[scheme.Length..].Trim();
                    return token.Length == 0 ? null : token;
                }
            }
            return header;
        }
        return string.IsNullOrWhiteSpace(accessTokenParameter) ? null : accessTokenParameter.Trim();
    }

    public static Caller? Identify(Community community, string token)
    {
        var integration = community.FindIntegrationByToken(token);
        if (integration is null)
        {
            return null;
        }
        return new Caller(integration, token, IsAppToken: token == integration.AppToken);
    }
}
