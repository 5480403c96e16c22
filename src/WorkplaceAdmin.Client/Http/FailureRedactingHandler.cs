using System.Runtime.ExceptionServices;

namespace WorkplaceAdmin.Client.Http;

/// <summary>
/// The outermost handler: a failure that leaves the chain carries no secret in any message of its chain (see
/// <see cref="SecretRedactor.Scrub"/>). Above the chain, Flurl copies the failure's message into its own exception
/// and keeps the failure in its call record.
/// </summary>
internal sealed class FailureRedactingHandler : DelegatingHandler
{
    private readonly SecretRedactor redactor;

    public FailureRedactingHandler(SecretRedactor redactor) => this.redactor = redactor;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var scrubbed = redactor.Scrub(failure);
            if (ReferenceEquals(scrubbed, failure))
                throw;
            ExceptionDispatchInfo.Throw(scrubbed);
            throw;
        }
    }
}
