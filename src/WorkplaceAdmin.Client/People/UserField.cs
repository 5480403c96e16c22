namespace WorkplaceAdmin.Client.People;

/// <summary>The account fields this module writes and compares; the names are the cmdlets' parameter names.</summary>
public enum UserField
{
    Email,
    ExternalId,
    Name,
    GivenName,
    FamilyName,
    Title,
    Department,
    Division,
    Organization,
    CostCenter,
    EmployeeNumber,
    Manager,
    Locale,
    TimeZone,
    PhoneNumber,
    StartDate,
    AuthMethod,
    IsFrontline,
    Active,
}
