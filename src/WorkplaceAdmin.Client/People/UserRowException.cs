namespace WorkplaceAdmin.Client.People;

/// <summary>A row that cannot be sent (invalid email, missing name, unknown manager, duplicate…); names the row.</summary>
public sealed class UserRowException : ArgumentException
{
    public UserRowException(long rowNumber, string problem)
        : base(rowNumber > 0 ? $"Row {rowNumber}: {problem}" : problem)
    {
        RowNumber = rowNumber;
        Problem = problem;
    }

    public long RowNumber { get; }

    /// <summary>What is wrong, without the row number.</summary>
    public string Problem { get; }
}
