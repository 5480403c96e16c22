namespace WorkplaceAdmin.Emulator.Model;

/// <summary>A Workplace group with its memberships and feed. Mutated only under the community's write lock.</summary>
internal sealed class Group : IKeyed
{
    public Group(long key)
    {
        Key = key;
        Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public long Key { get; }
    public string Id { get; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Privacy { get; set; } = GroupValues.Closed;
    public string? Purpose { get; set; }
    public string PostPermissions { get; set; } = "NONE";
    public bool PostRequiresAdminApproval { get; set; }
    public string JoinSetting { get; set; } = "ANYONE";
    public string? CoverUrl { get; set; }
    public bool Archived { get; set; }
    public bool IsWorkplaceDefault { get; set; }
    public string? OwnerId { get; set; }

    /// <summary>The group this one is a sub-group of (Workplace's nested groups).</summary>
    public string? ParentId { get; set; }
    public DateTimeOffset CreatedTime { get; set; }
    public DateTimeOffset UpdatedTime { get; set; }

    /// <summary>Members ordered by person id; admins are members with <see cref="Membership.Administrator"/> set.</summary>
    public KeyedList<Membership> Members { get; } = new();

    /// <summary>Posts ordered by post key (creation order); feeds read it newest first.</summary>
    public KeyedList<Post> Posts { get; } = new();

    public int AdminCount
    {
        get
        {
            var count = 0;
            foreach (var member in Members)
            {
                if (member.Administrator)
                {
                    count++;
                }
            }
            return count;
        }
    }
}
