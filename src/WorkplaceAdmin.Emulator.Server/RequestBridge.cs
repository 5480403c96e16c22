using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace WorkplaceAdmin.Emulator.Server;

/// <summary>Carries one HTTP exchange between Kestrel and the engine; a dropped-connection fault aborts the connection.</summary>
internal static class RequestBridge
{
    private static readonly string[] ForwardedHeaders = ["Authorization", "User-Agent", "Content-Type", "Accept"];

    public static async Task HandleAsync(HttpContext context, WorkplaceEmulator emulator)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted);
        var emulatorRequest = new EmulatorRequest(request.Method, new Uri(request.GetEncodedUrl()))
        {
            Body = body,
            ContentType = request.ContentType,
        };
        foreach (var name in ForwardedHeaders)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                emulatorRequest.Headers[name] = value.ToString();
            }
        }

        EmulatorResponse answer;
        try
        {
            answer = await emulator.HandleAsync(emulatorRequest, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client gave up (e.g. timed out on a slow response).
        }
        if (answer.DropConnection)
        {
            context.Abort();
            return;
        }
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.Append(name, value);
        }
        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }
        response.ContentLength = answer.Body.Length;
        if (!answer.Body.IsEmpty)
        {
            await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length and < int.MaxValue ? (int)length : 1024);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
