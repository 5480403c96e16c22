using System.Text.Json;

namespace WorkplaceAdmin.Emulator.Tests.Infrastructure;

/// <summary>Assertions on the emulator's error shapes.</summary>
public static class Expect
{
    /// <summary>Asserts a Graph error envelope with the given HTTP status and code; returns the <c>error</c> object.</summary>
    public static JsonElement GraphError(ApiResponse response, int httpStatus, int code, int? subcode = null)
    {
        Assert.True(response.Status == httpStatus, $"Expected HTTP {httpStatus}, got {response}");
        var error = response.Json.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fbtrace_id").GetString()));
        Assert.Contains(error.GetProperty("is_transient").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        if (subcode is not null)
        {
            Assert.Equal(subcode, error.GetProperty("error_subcode").GetInt32());
        }
        Assert.NotNull(response.Header("X-App-Usage"));
        return error;
    }

    /// <summary>Asserts the standard SCIM 2.0 error body with the given status (and scimType when given).</summary>
    public static JsonElement ScimError(ApiResponse response, int status, string? scimType = null)
    {
        Assert.True(response.Status == status, $"Expected HTTP {status}, got {response}");
        var body = response.Json;
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", body.GetProperty("schemas")[0].GetString());
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
        if (scimType is not null)
        {
            Assert.Equal(scimType, body.GetProperty("scimType").GetString());
        }
        return body;
    }

    public static void Ok(ApiResponse response, int status = 200) =>
        Assert.True(response.Status == status, $"Expected HTTP {status}, got {response}");

    public static void Success(ApiResponse response)
    {
        Ok(response);
        Assert.True(response.Json.GetProperty("success").GetBoolean());
    }
}
