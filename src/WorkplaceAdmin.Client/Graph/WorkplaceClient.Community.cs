using System.Globalization;
using WorkplaceAdmin.Client.Mapping;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>Community operations: the community node and its people.</summary>
public sealed partial class WorkplaceClient
{
    public const int MaxGraphPageSize = 1000;

    public async Task<WorkplaceCommunity> GetCommunityAsync(CancellationToken ct = default)
    {
        var json = await GraphGetEntityAsync("community", FieldsQuery(CommunityJson.Fields), "the community", ct).ConfigureAwait(false);
        return CommunityJson.Read(json);
    }

    /// <summary>Every current account of the community, streamed page by page.</summary>
    public IAsyncEnumerable<WorkplaceMember> GetCommunityMembersAsync(int pageSize = 100, CancellationToken ct = default) =>
        GraphPagesAsync("community/members", FieldsQuery(MemberJson.CommunityFields, pageSize), MemberJson.Read, ct);

    private static Dictionary<string, string?> FieldsQuery(GraphFields fields, int? pageSize = null)
    {
        var query = new Dictionary<string, string?> { ["fields"] = fields };
        if (pageSize is not null)
        {
            if (pageSize is < 1 or > MaxGraphPageSize)
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"Expected a page size from 1 to {MaxGraphPageSize}.");
            query["limit"] = pageSize.Value.ToString(CultureInfo.InvariantCulture);
        }
        return query;
    }
}
