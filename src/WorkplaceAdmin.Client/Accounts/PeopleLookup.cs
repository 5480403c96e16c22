using System.Text.Json;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Messages;

namespace WorkplaceAdmin.Client.Accounts;

/// <summary>
/// Finds people by email or external id in batches, never one call per person where the API allows more:
/// emails through <c>GET /?ids=a@x,b@x</c> (50 per call), external ids through
/// <c>GET /community/members?external_ids=a,b</c> (workplace-api.md §2.1, §2.2, §10).
/// </summary>
public sealed class PeopleLookup
{
    public const int ChunkSize = WorkplaceClient.MaxBatchSize;

    private static readonly GraphFields Fields = GraphFields.Of("id", "name", "email", "external_id", "active");
    private readonly WorkplaceClient client;

    public PeopleLookup(WorkplaceClient client) => this.client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>
    /// One result per distinct email (keys compare case-insensitively). <c>?ids=</c> fails as a whole when one
    /// email is unknown (code 803); that chunk is then asked again as a Graph batch of single lookups, still one
    /// HTTP call, to tell which emails exist.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, PersonLookupResult>> FindByEmailsAsync(IEnumerable<string> emails, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var results = new Dictionary<string, PersonLookupResult>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<string>();
        foreach (var email in emails.Select(e => e?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (RecipientInput.IsEmail(email))
                valid.Add(email);
            else
                results[email] = PersonLookupResult.Failed(new ArgumentException($"'{email}' is not an email address.", nameof(emails)));
        }
        foreach (var chunk in valid.Chunk(ChunkSize))
        {
            ct.ThrowIfCancellationRequested();
            foreach (var (email, result) in await FindEmailChunkAsync(chunk, ct).ConfigureAwait(false))
                results[email] = result;
        }
        return results;
    }

    /// <summary>One result per distinct external id (compared exactly, as Workplace stores them).</summary>
    public async Task<IReadOnlyDictionary<string, PersonLookupResult>> FindByExternalIdsAsync(IEnumerable<string> externalIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var results = new Dictionary<string, PersonLookupResult>(StringComparer.Ordinal);
        var valid = new List<string>();
        foreach (var id in externalIds.Select(e => e?.Trim() ?? "").Distinct(StringComparer.Ordinal))
        {
            // The filter is a comma-separated list, so a comma cannot be part of one id.
            if (id.Length > 0 && !id.Contains(','))
                valid.Add(id);
            else
                results[id] = PersonLookupResult.Failed(new ArgumentException($"'{id}' is not a usable external id (empty, or it contains a comma).", nameof(externalIds)));
        }
        foreach (var chunk in valid.Chunk(ChunkSize))
        {
            ct.ThrowIfCancellationRequested();
            var query = new Dictionary<string, string?>
            {
                ["external_ids"] = string.Join(',', chunk),
                ["fields"] = Fields,
                ["limit"] = ChunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var found = new Dictionary<string, FoundPerson>(StringComparer.Ordinal);
            try
            {
                await foreach (var person in client.GraphPagesAsync("community/members", query, Read, ct).ConfigureAwait(false))
                {
                    if (person.ExternalId is not null)
                        found.TryAdd(person.ExternalId, person);
                }
            }
            catch (WorkplaceApiException error)
            {
                foreach (var id in chunk)
                    results[id] = PersonLookupResult.Failed(error);
                continue;
            }
            foreach (var id in chunk)
                results[id] = found.TryGetValue(id, out var person) ? PersonLookupResult.Found(person) : PersonLookupResult.NotFound;
        }
        return results;
    }

    private async Task<IEnumerable<(string Email, PersonLookupResult Result)>> FindEmailChunkAsync(string[] chunk, CancellationToken ct)
    {
        JsonElement json;
        var query = new Dictionary<string, string?> { ["ids"] = string.Join(',', chunk), ["fields"] = Fields };
        try
        {
            json = await client.GraphGetAsync("", query, ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error) when (error.Kind == WorkplaceErrorKind.NotFound)
        {
            return await FindOneByOneAsync(chunk, ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error)
        {
            return chunk.Select(email => (email, PersonLookupResult.Failed(error)));
        }
        // The answer is keyed by each id exactly as requested, and has them all (one unknown fails the whole call,
        // above): a missing or malformed entry is an answer that cannot be read, never a person who does not exist.
        return chunk.Select(email => (email, json.Property(email) is { ValueKind: JsonValueKind.Object } node && !string.IsNullOrEmpty(node.String("id"))
            ? PersonLookupResult.Found(Read(node))
            : PersonLookupResult.Failed(client.UnusableAnswer(HttpMethod.Get, client.GraphUriFor("", query),
                json.ValueKind == JsonValueKind.Object
                    ? $"The answer has no person with an id for '{InputText.Shown(email)}'."
                    : $"The answer is not the people asked for: {WorkplaceClient.Describe(json)}."))));
    }

    private async Task<IEnumerable<(string Email, PersonLookupResult Result)>> FindOneByOneAsync(string[] chunk, CancellationToken ct)
    {
        var query = new Dictionary<string, string?> { ["fields"] = Fields };
        IReadOnlyList<BatchResult> answers;
        try
        {
            answers = await client.GraphBatchAsync(chunk.Select(email => BatchOperation.Get(WorkplacePath.Escape(email), query)).ToList(), ct).ConfigureAwait(false);
        }
        catch (WorkplaceApiException error)
        {
            return chunk.Select(email => (email, PersonLookupResult.Failed(error)));
        }
        return answers.Select(answer => (chunk[answer.Index], answer switch
        {
            { IsSuccess: true, Body: { } body } => PersonLookupResult.Found(Read(body)),
            { Error.Kind: WorkplaceErrorKind.NotFound } => PersonLookupResult.NotFound,
            _ => PersonLookupResult.Failed(answer.Error!),
        }));
    }

    private static FoundPerson Read(JsonElement json) =>
        new(json.String("id") ?? "", json.String("name"), json.String("email"), json.String("external_id"), json.Bool("active"));
}
