using System.Management.Automation;
using WorkplaceAdmin.Base;
using WorkplaceAdmin.Client;
using WorkplaceAdmin.Client.People;
using WorkplaceAdmin.Completion;

namespace WorkplaceAdmin.People;

/// <summary>
/// The account fields New-, Set- and Sync-WorkplaceUser take, each from a parameter or from a piped object's
/// property (CSV columns), with aliases for common header names. Empty values count as not given.
/// </summary>
public abstract class WorkplaceUserRowCmdlet<TIn, TOut> : WorkplaceBulkCmdlet<TIn, TOut>
{
    /// <summary>
    /// The piped object itself. An object of this module (a WorkplaceUser from Get-WorkplaceUser) names the account
    /// only; a CSV row's or a plain object's properties are the fields to write.
    /// </summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("UserName", "Mail", "PrimaryEmail", "EmailAddress", "UserPrincipalName")]
    [ArgumentCompleter(typeof(EmailCompleter))]
    public string? Email { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EmployeeId", "ObjectId")]
    public string? ExternalId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DisplayName", "FullName")]
    public string? Name { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("FirstName")]
    public string? GivenName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("LastName", "Surname")]
    public string? FamilyName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("JobTitle")]
    public string? Title { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Department { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Division { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Company")]
    public string? Organization { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? CostCenter { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? EmployeeNumber { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ManagerEmail", "ManagerId")]
    public string? Manager { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Locale { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? TimeZone { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Phone", "MobilePhone")]
    public string? PhoneNumber { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>password or sso; checked with the rest of the row (a ValidateSet would refuse an empty CSV cell or a null).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AuthMethod { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Frontline")]
    [FlagTransformation]
    public bool? IsFrontline { get; set; }

    /// <summary>
    /// Whether a piped object of this module names its account only (Set-, Sync-WorkplaceUser: writing back a stale
    /// snapshot's fields would revert changes made meanwhile), or is a template of a new account (New-WorkplaceUser).
    /// </summary>
    protected virtual bool PipedObjectsAreIdentities => true;

    /// <summary>The bound values as a row (numbered as the pipeline record, or 0 for a single call).</summary>
    protected UserRow BoundRow() => new()
    {
        RowNumber = MyInvocation.ExpectingInput ? RowNumber : 0,
        Email = Email,
        ExternalId = ExternalId,
        Name = Field(Name, nameof(Name)),
        GivenName = Field(GivenName, nameof(GivenName)),
        FamilyName = Field(FamilyName, nameof(FamilyName)),
        Title = Field(Title, nameof(Title)),
        Department = Field(Department, nameof(Department)),
        Division = Field(Division, nameof(Division)),
        Organization = Field(Organization, nameof(Organization)),
        CostCenter = Field(CostCenter, nameof(CostCenter)),
        EmployeeNumber = Field(EmployeeNumber, nameof(EmployeeNumber)),
        Manager = Field(Manager, nameof(Manager)),
        Locale = Field(Locale, nameof(Locale)),
        TimeZone = Field(TimeZone, nameof(TimeZone)),
        PhoneNumber = Field(PhoneNumber, nameof(PhoneNumber)),
        StartDate = Field(StartDate, nameof(StartDate)),
        AuthMethod = Field(AuthMethod, nameof(AuthMethod)),
        IsFrontline = Field(IsFrontline, nameof(IsFrontline)),
    };

    /// <summary>A field's value when the user asked for it: on the command line, or as a column of a piped row.</summary>
    private T? Field<T>(T? value, string parameterName) =>
        IsOnCommandLine(parameterName) || !(PipedObjectsAreIdentities && PipedInput.IsModuleObject(InputObject)) ? value : default;

    /// <summary>
    /// A bad row: reported with its row number (which the base puts in front for piped input, so the message
    /// carries only the problem there), and never sent.
    /// </summary>
    protected void WriteBadRow(UserRowException error, object? target)
    {
        if (MyInvocation.ExpectingInput)
            WriteRowError(new UserRowException(0, error.Problem), target);
        else
            WriteItemError(error, target);
    }

    /// <summary>What the user gave for the current record, as an error's TargetObject: the piped row or object, else the account typed.</summary>
    protected object? RowTarget(string? typed) => InputObject is not null ? InputObject : typed;

    /// <summary>For piped input the base names the row; a row error raised while running then carries only its problem.</summary>
    protected override void WriteResult(BulkResult<TIn, TOut> result, ItemSource source)
    {
        if (MyInvocation.ExpectingInput && result.Error is UserRowException { RowNumber: > 0 } bad)
            result = new BulkResult<TIn, TOut> { Index = result.Index, Input = result.Input, Status = result.Status, Output = result.Output, Error = new UserRowException(0, bad.Problem) };
        base.WriteResult(result, source);
    }
}
