namespace WorkplaceAdmin.Client.Http;

/// <summary>What a transport failure says: its message and up to two inner ones ("… → …"), or a timeout's own message.</summary>
internal static class TransportFailureText
{
    public static string Of(Exception failure)
    {
        if (failure is TimeoutException || failure.InnerException is TimeoutException)
            return failure.Message;
        var messages = new List<string>();
        for (var current = failure; current is not null && messages.Count < 3; current = current.InnerException)
            if (!messages.Contains(current.Message))
                messages.Add(current.Message);
        return string.Join(" → ", messages);
    }
}
