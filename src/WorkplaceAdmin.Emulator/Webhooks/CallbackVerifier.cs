using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace WorkplaceAdmin.Emulator.Webhooks;

/// <summary>
/// The verification handshake (workplace-api.md §7.2): GET the callback with hub.mode=subscribe, a random
/// hub.challenge and the subscriber's hub.verify_token; the callback proves it is willing by answering 200 with
/// the raw challenge.
/// </summary>
internal static class CallbackVerifier
{
    private const int MaxAnswerBytes = 4096;

    /// <returns>Null when the callback answered the challenge; otherwise why the verification failed.</returns>
    public static async Task<string?> VerifyAsync(HttpClient http, Uri callback, string verifyToken, TimeSpan timeout)
    {
        var challenge = RandomNumberGenerator.GetHexString(24, lowercase: true);
        var separator = string.IsNullOrEmpty(callback.Query) ? "?" : "&";
        var url = new Uri(callback.AbsoluteUri + separator +
            "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token=" + Uri.EscapeDataString(verifyToken));
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timer.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"The URL couldn't be validated. Callback {Describe(callback)} answered HTTP {(int)response.StatusCode} instead of 200 with the challenge (check the verify token).";
            }
            var answer = await ReadAnswerAsync(response, timer.Token).ConfigureAwait(false);
            return answer.Trim() == challenge
                ? null
                : $"The URL couldn't be validated. Response does not match challenge, expected value=\"{challenge}\", received=\"{Shorten(answer)}\".";
        }
        catch (OperationCanceledException)
        {
            return $"The URL couldn't be validated. Callback {Describe(callback)} did not answer within {timeout.TotalSeconds:0.#} seconds.";
        }
        catch (HttpRequestException error)
        {
            return $"The URL couldn't be validated. Callback {Describe(callback)} could not be reached: {error.Message}";
        }
    }

    private static async Task<string> ReadAnswerAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[MaxAnswerBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false)) > 0)
        {
            total += read;
        }
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    // The callback without its query: a subscriber may have put its own secrets there.
    private static string Describe(Uri callback) => callback.GetLeftPart(UriPartial.Path);

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
