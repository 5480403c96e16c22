namespace WorkplaceAdmin.Client;

/// <summary>
/// An exception that knows its own stable error id and category (for example a link check that failed), so
/// <see cref="WorkplaceErrorClassifier"/> reports it as precisely as an API error.
/// </summary>
public interface IWorkplaceClassifiedError
{
    WorkplaceErrorInfo ErrorInfo { get; }
}
