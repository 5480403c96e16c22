namespace WorkplaceAdmin.Client.Tests.People;

/// <summary>
/// A transport that lets the first request of one method reach the emulator and then loses its response, as a
/// connection dropped after the server acted would.
/// </summary>
public sealed class LoseFirstResponse(HttpMessageHandler inner, HttpMethod method) : DelegatingHandler(inner)
{
    private int lost;

    public int Lost => Volatile.Read(ref lost);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == method && Interlocked.CompareExchange(ref lost, 1, 0) == 0)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection was closed before the response arrived (test).");
        }
        return response;
    }
}
