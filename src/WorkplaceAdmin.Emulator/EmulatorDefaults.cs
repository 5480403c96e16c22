namespace WorkplaceAdmin.Emulator;

/// <summary>
/// The integrations every built-in seed (demo and generated) starts with, and their fixed credentials.
/// Seed files may declare their own integrations instead.
/// </summary>
public static class EmulatorDefaults
{
    public const string CommunityId = "100000000000001";

    public const string AdminIntegrationName = "Admin Integration";
    public const string AdminToken = "EMULATOR-ADMIN-TOKEN-0001";
    public const string AdminAppId = "900000000000001";
    public const string AdminAppSecret = "emulator-admin-app-secret-0001";
    public const string AdminBotPageId = "100000000000011";

    public const string ReadOnlyGroupsIntegrationName = "Read Only Groups";
    public const string ReadOnlyGroupsToken = "EMULATOR-READ-ONLY-GROUPS-TOKEN-0002";
    public const string ReadOnlyGroupsAppId = "900000000000002";
    public const string ReadOnlyGroupsAppSecret = "emulator-read-only-app-secret-0002";
    public const string ReadOnlyGroupsBotPageId = "100000000000012";

    /// <summary>The two default integrations: one with every permission, one that may only read groups.</summary>
    /// <param name="adminRequiresProof">Whether the full-permission integration requires appsecret_proof.</param>
    public static IReadOnlyList<EmulatorIntegration> Integrations(bool adminRequiresProof) =>
    [
        new EmulatorIntegration(AdminIntegrationName, AdminToken, AdminAppId, AdminAppSecret, AdminBotPageId,
            EmulatorPermissions.All, adminRequiresProof),
        new EmulatorIntegration(ReadOnlyGroupsIntegrationName, ReadOnlyGroupsToken, ReadOnlyGroupsAppId, ReadOnlyGroupsAppSecret,
            ReadOnlyGroupsBotPageId, [EmulatorPermissions.ReadGroup], requireAppSecretProof: false),
    ];
}
