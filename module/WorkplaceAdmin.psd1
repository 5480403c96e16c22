@{
    RootModule           = 'WorkplaceAdmin.dll'
    ModuleVersion        = '@VERSION@'
    CompatiblePSEditions = @('Core')
    GUID                 = '6f1d3c2a-8b4e-4d7f-9a61-2c5e0b7d4f13'
    Author               = 'WorkplaceAdmin contributors'
    CompanyName          = 'WorkplaceAdmin contributors'
    Copyright            = '(c) WorkplaceAdmin contributors. MIT License.'
    Description          = 'Administer a Workplace from Meta community: people (SCIM), groups, posts, Work Chat messages, webhooks and links to external services. Ships an emulator of the Workplace APIs (Connect-Workplace -Emulator) so every cmdlet runs with no tenant.'
    PowerShellVersion    = '7.4'
    # Loaded before the RootModule: it opens the dependency firewall (Dependencies/, the module's own load context).
    NestedModules        = @('WorkplaceAdmin.Loader.dll')
    FormatsToProcess     = @('WorkplaceAdmin.format.ps1xml', 'Emulator.format.ps1xml', 'Webhooks.format.ps1xml', 'People.format.ps1xml', 'Groups.format.ps1xml', 'Messages.format.ps1xml', 'Links.format.ps1xml', 'Accounts.format.ps1xml', 'Knowledge.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Workplace'
        'Disconnect-Workplace'
        'Get-WorkplaceConnection'
        'Get-WorkplaceCommunity'
        'Get-WorkplaceGroup'
        'Get-WorkplaceEmulatorIntegration'
        'Get-WorkplaceEmulatorRequest'
        'Clear-WorkplaceEmulatorRequest'
        'Set-WorkplaceEmulator'
        'Get-WorkplaceUser'
        'New-WorkplaceUser'
        'Set-WorkplaceUser'
        'Disable-WorkplaceUser'
        'Enable-WorkplaceUser'
        'Remove-WorkplaceUser'
        'Sync-WorkplaceUser'
        'Send-WorkplaceMessage'
        'Get-WorkplaceMessage'
        'Remove-WorkplaceMessage'
        'New-WorkplaceLink'
        'Get-WorkplaceLink'
        'Test-WorkplaceLink'
        'Remove-WorkplaceLink'
        'Resolve-WorkplaceAccount'
        'Get-WorkplaceWebhookSubscription'
        'New-WorkplaceWebhookSubscription'
        'Remove-WorkplaceWebhookSubscription'
        'Test-WorkplaceWebhookSignature'
        'Receive-WorkplaceWebhook'
        'New-WorkplaceGroup'
        'Set-WorkplaceGroup'
        'Get-WorkplaceGroupMember'
        'Add-WorkplaceGroupMember'
        'Remove-WorkplaceGroupMember'
        'Export-WorkplaceGroupFeed'
        'Import-WorkplaceGroupFeed'
        'New-WorkplacePost'
        'Get-WorkplacePost'
        'Get-WorkplacePostEngagement'
        'Get-WorkplacePostViewer'
        'Remove-WorkplacePost'
        'Get-WorkplaceComment'
        'New-WorkplaceComment'
        'Remove-WorkplaceComment'
        'Get-WorkplaceKnowledgeCategory'
        'Export-WorkplaceEmployeeData'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Workplace', 'Meta', 'SCIM', 'Admin', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/workplaceadmin/WorkplaceAdmin/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/workplaceadmin/WorkplaceAdmin'
            IconUri      = 'https://raw.githubusercontent.com/workplaceadmin/WorkplaceAdmin/main/module/icon.png'
            ReleaseNotes = '0.1.0, the first release. 46 cmdlets for a Workplace from Meta community: connections (tokens as SecureString, app secret proof, saved links), people through SCIM (create, update, deactivate, sync from a CSV file with a guard against mass deactivation), groups, sub-groups and their members, posts, comments and their engagement, Work Chat messages (send, read, remove for compliance), webhooks (subscriptions, a loopback receiver, signature checks), group feed backups with attachments and their restore, and the employee data export. Bulk cmdlets stream, retry through throttling and write one result per row; a stopped pipeline (Select-Object -First, Ctrl+C) is never an error. Ships an emulator of the Workplace APIs (Connect-Workplace -Emulator), and help whose every example runs against it (Get-Help -Online opens the docs).'
        }
    }
}
