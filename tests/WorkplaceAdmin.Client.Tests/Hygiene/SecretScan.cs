using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using Flurl.Http;
using System.Text.Json.Serialization;
using WorkplaceAdmin.Emulator;

namespace WorkplaceAdmin.Client.Tests.Hygiene;

/// <summary>
/// Everything a run let out of the client, as text with its source: log lines, exceptions (whole chains, with their
/// Data), output objects (System.Text.Json and ToString), the emulator's request log and the files written. Then
/// searched for secrets in every form. Thread-safe: the client logs from worker threads.
/// </summary>
public sealed class SecretScan
{
    private static readonly JsonSerializerOptions Json = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        // A leak must show as itself, not as "\u002B" escapes (HygieneSecrets.FormsOf covers those too).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new ExceptionAsText(), new AsTypeName<Delegate>(), new AsTypeName<HttpMessageHandler>() },
    };

    private readonly ConcurrentQueue<(string Source, string Text)> texts = new();
    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly ConcurrentQueue<string> urlLeaks = new();

    /// <summary>How many texts of a kind (log, exception, output, request, file) were captured.</summary>
    public int CountOf(string kind) => counts.GetValueOrDefault(kind);

    /// <summary>Request log entries the emulator flagged with SecretInUrl.</summary>
    public IReadOnlyCollection<string> UrlLeaks => urlLeaks;

    public void Log(string line) => Add("log", "log line", line);

    public void Exception(string label, Exception exception)
    {
        Add("exception", label + " ToString", exception.ToString());
        foreach (var (depth, inner) in Chain(exception))
        {
            Add("exception", $"{label} [{depth}] {inner.GetType().Name} Message", inner.Message);
            foreach (DictionaryEntry entry in inner.Data)
                Add("exception", $"{label} [{depth}] Data", $"{entry.Key}={entry.Value}");
            Add("exception", $"{label} [{depth}] JSON", Serialize(inner));
        }
    }

    /// <summary>An object the client handed back: serialized, and as its ToString().</summary>
    public void Output(string label, object? value)
    {
        if (value is null)
            return;
        Add("output", label + " JSON", Serialize(value));
        Add("output", label + " ToString", value.ToString());
    }

    public void Outputs<T>(string label, IEnumerable<T> values)
    {
        var index = 0;
        foreach (var value in values)
            Output($"{label}[{index++}]", value);
    }

    /// <summary>
    /// A Flurl call record, as Flurl itself would show it: its text and URL, the request's headers and body, the request
    /// message our handlers sent (URL and headers, after the call), the response's headers, and the message of the
    /// FlurlHttpException Flurl makes of a failed call, with its inner exception.
    /// </summary>
    public void FlurlCall(FlurlCall call)
    {
        var label = "flurl " + call.HttpRequestMessage?.Method + " " + call.Request.Url.Path;
        Add("flurl", label + " call", call.ToString());
        Add("flurl", label + " url", call.Request.Url.ToString());
        Add("flurl", label + " headers", string.Join("; ", call.Request.Headers.Select(h => h.Name + "=" + h.Value)));
        Add("flurl", label + " body", call.RequestBody);
        if (call.HttpRequestMessage is { } message)
            Add("flurl", label + " message", $"{message.RequestUri} {message.Headers}");
        if (call.HttpResponseMessage is { } response)
            Add("flurl", label + " response headers", response.Headers.ToString());
        if (!call.Succeeded)
        {
            var failure = call.Exception is null ? new FlurlHttpException(call) : new FlurlHttpException(call, call.Exception);
            Add("flurl", label + " FlurlHttpException", failure.ToString());
        }
    }

    public void RequestLog(WorkplaceEmulator emulator)
    {
        foreach (var entry in emulator.RequestLog.Snapshot())
        {
            Add("request", "request log", entry.ToString());
            if (entry.SecretInUrl)
                urlLeaks.Enqueue(entry.Method + " " + entry.Path);
        }
    }

    /// <summary>Every file under the folder, read as text.</summary>
    public void Folder(string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            Add("file", "file " + Path.GetRelativePath(folder, file), File.ReadAllText(file));
            Add("file", "file name", file);
        }
    }

    /// <summary>Where any form of the secrets occurs: "source: which secret, which form". Never the secret itself.</summary>
    public IReadOnlyList<string> Find(IEnumerable<string> secrets)
    {
        var hits = new List<string>();
        var secretList = secrets.ToList();
        foreach (var (source, text) in texts)
        {
            for (var s = 0; s < secretList.Count; s++)
            {
                var forms = HygieneSecrets.FormsOf(secretList[s]).ToList();
                for (var f = 0; f < forms.Count; f++)
                {
                    if (text.Contains(forms[f], StringComparison.OrdinalIgnoreCase))
                        hits.Add($"{source}: secret #{s + 1}, form #{f + 1} (raw, percent-encoded, form-encoded, JSON-escaped, JSON with \\/, both)");
                }
            }
        }
        return hits;
    }

    private void Add(string kind, string source, string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        texts.Enqueue((source, text));
        counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    private static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Json);

    private static IEnumerable<(int Depth, Exception Exception)> Chain(Exception exception, int depth = 0)
    {
        yield return (depth, exception);
        var inners = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(exception.InnerException is null ? [] : [exception.InnerException]);
        foreach (var inner in inners)
            foreach (var item in Chain(inner, depth + 1))
                yield return item;
    }

    /// <summary>
    /// Values System.Text.Json cannot or should not walk into: delegates (the log sink) and the transport (whose
    /// emulator holds its own integrations' tokens, which are not the client's output).
    /// </summary>
    private sealed class AsTypeName<T> : JsonConverter<T>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(T).IsAssignableFrom(typeToConvert);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value?.GetType().FullName);
    }

    /// <summary>
    /// Exceptions as a host would serialize them (System.Text.Json cannot: TargetSite is a MethodBase): type,
    /// message, every public property's text, Data and the whole ToString().
    /// </summary>
    private sealed class ExceptionAsText : JsonConverter<Exception>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(Exception).IsAssignableFrom(typeToConvert);

        public override Exception Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Exception value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("Type", value.GetType().FullName);
            foreach (var property in value.GetType().GetProperties())
            {
                if (property.GetIndexParameters().Length > 0 || property.Name is "TargetSite")
                    continue;
                writer.WriteString(property.Name, Convert.ToString(property.GetValue(value), System.Globalization.CultureInfo.InvariantCulture));
            }
            writer.WriteStartObject("DataEntries");
            foreach (DictionaryEntry entry in value.Data)
                writer.WriteString(entry.Key.ToString() ?? "", entry.Value?.ToString());
            writer.WriteEndObject();
            writer.WriteString("Text", value.ToString());
            writer.WriteEndObject();
        }
    }
}
