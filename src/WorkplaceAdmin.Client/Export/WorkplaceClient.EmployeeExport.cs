using Flurl.Http;
using WorkplaceAdmin.Client.Http;
using WorkplaceAdmin.Client.Json;
using WorkplaceAdmin.Client.Models;

namespace WorkplaceAdmin.Client;

/// <summary>The employee data export job: start it, read its status, download its result (permission "Export employee data").</summary>
public sealed partial class WorkplaceClient
{
    /// <summary>Starts an export job and returns its id. Not retried on a lost response: a second POST starts a second job.</summary>
    public async Task<string> StartEmployeeExportAsync(CancellationToken ct = default)
    {
        const string path = "community/export_employee_data";
        var started = await GraphPostAsync(path, new Dictionary<string, string?>(), ct).ConfigureAwait(false);
        return started.String("id") is { Length: > 0 } id
            ? id
            : throw errors.FromProtocolViolation(HttpMethod.Post, GraphUriFor(path, null), "The export response carries no job id.");
    }

    /// <exception cref="ArgumentException">Not a Workplace id; nothing was sent.</exception>
    public async Task<EmployeeExportJob> GetEmployeeExportAsync(string jobId, CancellationToken ct = default)
    {
        var id = IdentityInput.Require("JobId", jobId, IdentityKind.Id);
        var json = await GraphGetEntityAsync(id, new Dictionary<string, string?> { ["fields"] = "id,status,result" }, "an export job", ct).ConfigureAwait(false);
        var result = json.String("result");
        return new EmployeeExportJob
        {
            Id = json.String("id") ?? id,
            Status = json.String("status"),
            ResultUrl = Uri.TryCreate(result, UriKind.Absolute, out var url) ? url : null,
        };
    }

    /// <summary>
    /// Streams a finished export to <paramref name="path"/> (through a ".partial" file beside it, moved over the target
    /// once complete, so an interrupted download never leaves a truncated file under the real name). The link is signed,
    /// so it is fetched without the token. Returns the length written.
    /// </summary>
    /// <exception cref="WorkplaceFileException">The file cannot be written; the message names it.</exception>
    public async Task<long> DownloadEmployeeExportAsync(Uri resultUrl, string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resultUrl);
        var partial = path + ".partial";
        IFlurlResponse response;
        try
        {
            response = await flurl.Request(resultUrl).AnonymousDownload()
                .SendAsync(HttpMethod.Get, null, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (FlurlHttpException failure)
        {
            throw await FlurlCallFailure.TranslateAsync(failure, errors, HttpMethod.Get, resultUrl, ct).ConfigureAwait(false);
        }

        using var message = response.ResponseMessage;
        if (!message.IsSuccessStatusCode)
        {
            var body = await message.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            throw errors.FromResponse(HttpMethod.Get, resultUrl, (int)message.StatusCode, body, message.Content.Headers.ContentType?.MediaType, AttemptCount.Of(message.RequestMessage));
        }

        try
        {
            await using (var source = await message.Content.ReadAsStreamAsync(ct).ConfigureAwait(false))
            await using (var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await source.CopyToAsync(target, ct).ConfigureAwait(false);
            }
            File.Move(partial, path, overwrite: true);
            return new FileInfo(path).Length;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            throw WorkplaceFileException.WriteFailed(path, error);
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Best effort: a leftover .partial file is harmless and says what happened.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
