namespace WorkplaceAdmin.Client.Tests.BadInput;

/// <summary>What every bad-input case must give: an error the cmdlets classify as invalid input, short, naming the input.</summary>
public static class InputErrorAssert
{
    /// <summary>The exception thrown by <paramref name="action"/>, checked to be a clear <see cref="ArgumentException"/> about <paramref name="input"/>.</summary>
    public static ArgumentException ClearError(Action action, string? input, params string[] alsoSays) =>
        Check(Record.Exception(action), input, alsoSays);

    public static async Task<ArgumentException> ClearErrorAsync(Func<Task> action, string? input, params string[] alsoSays) =>
        Check(await Record.ExceptionAsync(action), input, alsoSays);

    public static ArgumentException Check(Exception? error, string? input, params string[] alsoSays)
    {
        Assert.NotNull(error);
        var argument = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("Workplace.InvalidArgument", WorkplaceErrorClassifier.Classify(argument).ErrorId);
        // A 10 kB input is quoted, not pasted whole.
        Assert.True(argument.Message.Length < 1000, $"The message is {argument.Message.Length} characters long.");
        Assert.True(NamesInput(argument.Message, input), $"The message does not name the input '{Start(input)}': {argument.Message}");
        foreach (var words in alsoSays)
            Assert.Contains(words, argument.Message, StringComparison.OrdinalIgnoreCase);
        return argument;
    }

    /// <summary>The message quotes the input (its start, for long ones) or, for a blank one, says it is empty or missing.</summary>
    public static bool NamesInput(string message, string? input)
    {
        var trimmed = input?.Trim() ?? "";
        if (trimmed.Length == 0)
            return message.Contains("empty", StringComparison.OrdinalIgnoreCase) || message.Contains("no ", StringComparison.OrdinalIgnoreCase) ||
                   message.Contains("without", StringComparison.OrdinalIgnoreCase) || message.Contains("needs", StringComparison.OrdinalIgnoreCase) || message.Contains("neither", StringComparison.OrdinalIgnoreCase);
        return message.Contains(Start(trimmed), StringComparison.Ordinal);
    }

    private static string Start(string? text) => text is null ? "" : text.Length <= 30 ? text : text[..30];
}
