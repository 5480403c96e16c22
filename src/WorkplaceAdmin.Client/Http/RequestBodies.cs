using System.Text;
using Flurl;
using Flurl.Http.Content;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// Request bodies as Flurl's captured contents, so a body is written once and can be read back by Flurl's call
/// records and <c>HttpTest</c> assertions.
/// </summary>
internal static class RequestBodies
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>An application/x-www-form-urlencoded body (a space is '+'); parameters whose value is null are left out.</summary>
    public static CapturedUrlEncodedContent Form(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        new(FormText(parameters, spaceAsPlus: true));

    /// <summary>"a=1&amp;b=x%40y": the parameters percent-encoded, parameters whose value is null left out.</summary>
    /// <param name="spaceAsPlus">'+' for a space, as HTML forms do; else "%20" (the body of a batch operation).</param>
    public static string FormText(IEnumerable<KeyValuePair<string, string?>>? parameters, bool spaceAsPlus = false)
    {
        var form = new QueryParamCollection();
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters)
            {
                if (value is not null)
                    form.Add(name, value);
            }
        }
        return form.ToString(encodeSpaceAsPlus: spaceAsPlus);
    }

    /// <summary>A body that is already UTF-8 JSON, or null for none.</summary>
    public static CapturedStringContent? Json(ReadOnlyMemory<byte> utf8Json) =>
        utf8Json.IsEmpty ? null : new CapturedStringContent(Encoding.UTF8.GetString(utf8Json.Span), JsonContentType);
}
