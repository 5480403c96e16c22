using Flurl;
using WorkplaceAdmin.Client.Http;

namespace WorkplaceAdmin.Client;

/// <summary>One request inside a Graph batch.</summary>
public sealed class BatchOperation
{
    public BatchOperation(HttpMethod method, string relativeUrl, IReadOnlyDictionary<string, string?>? body = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(relativeUrl);
        if (relativeUrl.Contains("://", StringComparison.Ordinal))
            throw new ArgumentException($"'{relativeUrl}' is not a relative URL; a batch operation addresses a path such as '123/members'.", nameof(relativeUrl));
        Method = method;
        RelativeUrl = relativeUrl.TrimStart('/');
        Body = body;
    }

    public HttpMethod Method { get; }

    /// <summary>Path and query relative to the Graph root (and API version), user input escaped.</summary>
    public string RelativeUrl { get; }

    /// <summary>Form parameters of a POST.</summary>
    public IReadOnlyDictionary<string, string?>? Body { get; }

    /// <summary>Optional name other operations can reference with {result=name:$.path}.</summary>
    public string? Name { get; init; }

    public static BatchOperation Get(string relativeUrl, IReadOnlyDictionary<string, string?>? query = null) =>
        new(HttpMethod.Get, WithQuery(relativeUrl, query));

    public static BatchOperation Post(string relativeUrl, IReadOnlyDictionary<string, string?> parameters) =>
        new(HttpMethod.Post, relativeUrl, parameters ?? throw new ArgumentNullException(nameof(parameters)));

    public static BatchOperation Delete(string relativeUrl, IReadOnlyDictionary<string, string?>? parameters = null) =>
        new(HttpMethod.Delete, WithQuery(relativeUrl, parameters));

    public override string ToString() => $"{Method} {RelativeUrl}";

    private static string WithQuery(string relativeUrl, IReadOnlyDictionary<string, string?>? query) =>
        query is null ? relativeUrl : ApiPath.WithQuery(new Url(relativeUrl), query).ToString();
}
