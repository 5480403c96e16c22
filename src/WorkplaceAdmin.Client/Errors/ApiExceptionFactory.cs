using System.Globalization;
using System.Net;
using System.Text;
using WorkplaceAdmin.Client.Http;

namespace WorkplaceAdmin.Client.Errors;

/// <summary>
/// Turns failed calls into <see cref="WorkplaceApiException"/>s with a message that stands on its own:
/// what the server said, then the status, codes, request and trace id. Every text goes through the
/// redactor, because servers sometimes echo the token they rejected.
/// </summary>
internal sealed class ApiExceptionFactory
{
    private const int ExcerptLength = 160;

    private readonly SecretRedactor redactor;
    private readonly Uri[] apiRoots;

    public ApiExceptionFactory(SecretRedactor redactor, params Uri[] apiRoots)
    {
        this.redactor = redactor;
        this.apiRoots = apiRoots;
    }

    public WorkplaceApiException FromResponse(HttpMethod method, Uri? requestUri, int status, ReadOnlySpan<byte> body, string? contentType, int attempts) =>
        FromResponse(method.Method, DescribePath(requestUri), status, body, contentType, attempts);

    /// <summary>Also used for each operation of a Graph batch, whose path is the operation's relative URL.</summary>
    public WorkplaceApiException FromResponse(string method, string path, int status, ReadOnlySpan<byte> body, string? contentType, int attempts)
    {
        var error = ApiErrorBodyParser.Parse(body);
        var serverMessage = redactor.Redact(error.Message ?? error.UserMessage);
        var traceId = error.FbTraceId is null ? null : redactor.Redact(error.FbTraceId);
        var scimType = error.ScimType is null ? null : redactor.Redact(error.ScimType);
        var text = new StringBuilder();
        text.Append(string.IsNullOrWhiteSpace(serverMessage) ? DescribeBody(status, error, contentType, Excerpt(error)) : serverMessage.Trim());
        if (!string.IsNullOrWhiteSpace(error.UserMessage) && error.UserMessage != error.Message)
            text.Append(' ').Append(redactor.Redact(error.UserMessage).Trim());
        text.Append(" [HTTP ").Append(status.ToString(CultureInfo.InvariantCulture));
        if (error.Code is not null)
            text.Append("; code ").Append(error.Code.Value.ToString(CultureInfo.InvariantCulture));
        if (error.Subcode is not null)
            text.Append("; subcode ").Append(error.Subcode.Value.ToString(CultureInfo.InvariantCulture));
        if (scimType is not null)
            text.Append("; scimType ").Append(scimType);
        text.Append("; ").Append(method).Append(' ').Append(path);
        if (traceId is not null)
            text.Append("; fbtrace_id ").Append(traceId);
        text.Append(']');

        return new WorkplaceApiException(text.ToString())
        {
            HttpStatus = status,
            Code = error.Code,
            Subcode = error.Subcode,
            ErrorType = error.Type is null ? null : redactor.Redact(error.Type),
            FbTraceId = traceId,
            IsTransient = error.IsTransient,
            ScimType = scimType,
            RequestMethod = method,
            RequestPath = path,
            ServerMessage = string.IsNullOrWhiteSpace(serverMessage) ? null : serverMessage,
            Attempts = attempts,
        };
    }

    public WorkplaceApiException FromTransportFailure(HttpMethod method, Uri? requestUri, Exception failure, int attempts)
    {
        var path = DescribePath(requestUri);
        var reason = redactor.Redact(TransportFailureText.Of(failure));
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        return new WorkplaceApiException($"{method.Method} {path} failed: {reason} [no response after {tries}]", redactor.Scrub(failure))
        {
            HttpStatus = 0,
            IsTransient = true,
            RequestMethod = method.Method,
            RequestPath = path,
            Attempts = attempts,
            Kind = WorkplaceErrorKind.Transport,
        };
    }

    /// <summary>A success status whose body the client cannot use (not JSON, truncated).</summary>
    public WorkplaceApiException FromUnreadableSuccess(HttpMethod method, Uri? requestUri, int status, string problem, ReadOnlySpan<byte> body, int attempts)
    {
        var path = DescribePath(requestUri);
        var excerpt = Excerpt(ApiErrorBodyParser.Parse(body));
        var text = excerpt.Length == 0 ? problem : $"{problem} It starts with: '{excerpt}'.";
        return new WorkplaceApiException($"{redactor.Redact(text)} [HTTP {status}; {method.Method} {path}]")
        {
            HttpStatus = status,
            RequestMethod = method.Method,
            RequestPath = path,
            Attempts = attempts,
        };
    }

    /// <summary>A protocol violation detected by the client itself, such as a paging link to another host.</summary>
    public WorkplaceApiException FromProtocolViolation(HttpMethod method, Uri? requestUri, string problem) =>
        FromProtocolViolation(method.Method, DescribePath(requestUri), problem);

    public WorkplaceApiException FromProtocolViolation(string method, string path, string problem, bool isTransient = false) =>
        new($"{redactor.Redact(problem)} [{method} {path}]")
        {
            HttpStatus = 0,
            IsTransient = isTransient,
            RequestMethod = method,
            RequestPath = path,
        };

    /// <summary>The path relative to the Graph or SCIM root it belongs to, without query, redacted.</summary>
    public string DescribePath(Uri? requestUri)
    {
        if (requestUri is null)
            return "/";
        if (!requestUri.IsAbsoluteUri)
            return redactor.Redact(requestUri.OriginalString.Split('?')[0]);
        var path = requestUri.AbsolutePath;
        foreach (var root in apiRoots)
        {
            if (string.Equals(requestUri.GetLeftPart(UriPartial.Authority), root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase) &&
                path.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
            {
                path = "/" + path[root.AbsolutePath.Length..];
                break;
            }
        }
        return redactor.Redact(path);
    }

    private static string DescribeBody(int status, ApiErrorBody error, string? contentType, string excerpt)
    {
        var reason = ReasonPhrase(status);
        return error.Shape switch
        {
            ApiErrorBodyShape.Empty => $"The server answered {reason} with an empty body.",
            ApiErrorBodyShape.NotJson =>
                $"The server answered {reason} with a body that is not JSON ({contentType ?? "no content type"}): '{excerpt}'.",
            _ => $"The server answered {reason} with an unexpected body: '{excerpt}'.",
        };
    }

    /// <summary>Secrets masked first, then cut: cutting first could leave half a token that no longer matches.</summary>
    private string Excerpt(ApiErrorBody error)
    {
        var text = redactor.Redact(error.Excerpt);
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
    }

    private static string ReasonPhrase(int status)
    {
        var name = Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : null;
        return name is null ? $"HTTP {status}" : $"HTTP {status} ({name})";
    }
}
