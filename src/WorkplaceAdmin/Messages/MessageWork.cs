namespace WorkplaceAdmin.Messages;

/// <summary>One send of Send-WorkplaceMessage: a direct message to a recipient (an id or an email), or a message into a thread.</summary>
public sealed record MessageWork(string Recipient, string Text, bool IsThread);
