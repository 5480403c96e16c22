namespace WorkplaceAdmin.Client.People;

/// <summary>The SCIM schema URNs of a Workplace user (workplace-api.md §5.3), 2.0 and the 1.x names found in old data.</summary>
internal static class ScimUserSchemas
{
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string StartTermDates = "urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User";
    public const string AccountStatus = "urn:ietf:params:scim:schemas:extension:facebook:accountstatusdetails:2.0:User";
    public const string AuthMethod = "urn:ietf:params:scim:schemas:extension:facebook:authmethod:2.0:User";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    public const string Enterprise1 = "urn:scim:schemas:extension:enterprise:1.0";
    public const string StartTermDates1 = "urn:scim:schemas:extension:facebook:starttermdates:1.0";
    public const string AccountStatus1 = "urn:scim:schemas:extension:facebook:accountstatusdetails:1.0";
    public const string AuthMethod1 = "urn:scim:schemas:extension:facebook:auth_method:1.0";
    public const string Frontline1 = "urn:scim:schemas:extension:facebook:frontline:1.0";
}
