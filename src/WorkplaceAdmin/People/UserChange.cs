using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.People;

/// <summary>One account to change (an id or an email) and the validated changes.</summary>
public sealed record UserChange(string Target, ValidUserRow Changes)
{
    public override string ToString() => Target;
}
