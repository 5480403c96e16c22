namespace WorkplaceAdmin.Emulator.Security;

/// <summary>Who is calling: the integration a token belongs to, and whether it was its app token.</summary>
internal readonly record struct Caller(EmulatorIntegration Integration, string Token, bool IsAppToken);
