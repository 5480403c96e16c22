namespace WorkplaceAdmin.Emulator.Scim;

/// <summary>A SCIM error to answer with (RFC 7644 §3.12 shape).</summary>
internal sealed class ScimException : Exception
{
    public ScimException(int status, string detail, string? scimType = null) : base(detail)
    {
        Status = status;
        ScimType = scimType;
    }

    public int Status { get; }
    public string? ScimType { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
