using System.Text.Json;
using WorkplaceAdmin.Client.Models;
using WorkplaceAdmin.Client.People;

namespace WorkplaceAdmin.Client.Tests.People;

public class ScimUserReaderTests
{
    private static WorkplaceUser Read(string json) => ScimUserReader.Read(JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void Reads_core_enterprise_and_facebook_extensions()
    {
        var user = Read("""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"100001","userName":"a.b@x.example","externalId":"E-1",
             "name":{"formatted":"Ann Bell","givenName":"Ann","familyName":"Bell"},"title":"Engineer","locale":"en_GB","timezone":"Europe/London",
             "active":true,"phoneNumbers":[{"value":"+44-1","type":"mobile"},{"value":"+44-2","type":"work","primary":true}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D","division":"Labs","organization":"Contoso",
               "costCenter":"CC-1","employeeNumber":"42","manager":{"managerId":"100000","displayName":"Boss Person"}},
             "urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User":{"startDate":1767225600,"termDate":0},
             "urn:ietf:params:scim:schemas:extension:facebook:accountstatusdetails:2.0:User":{"invited":true,"inviteDate":1700000000,"claimed":true,"claimDate":"2023-11-15T10:00:00+0000"},
             "urn:ietf:params:scim:schemas:extension:facebook:authmethod:2.0:User":{"authMethod":"sso"}}
            """);

        Assert.Equal("100001", user.Id);
        Assert.Equal("a.b@x.example", user.Email);
        Assert.Equal("E-1", user.ExternalId);
        Assert.Equal(("Ann Bell", "Ann", "Bell"), (user.Name, user.GivenName, user.FamilyName));
        Assert.Equal(("Engineer", "en_GB", "Europe/London"), (user.Title, user.Locale, user.TimeZone));
        Assert.Equal("+44-2", user.PhoneNumber);
        Assert.Equal(("R&D", "Labs", "Contoso", "CC-1", "42"), (user.Department, user.Division, user.Organization, user.CostCenter, user.EmployeeNumber));
        Assert.Equal(("100000", "Boss Person"), (user.ManagerId, user.ManagerName));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), user.StartDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), user.InvitedTime);
        Assert.Equal(new DateTimeOffset(2023, 11, 15, 10, 0, 0, TimeSpan.Zero), user.ClaimedTime);
        Assert.Equal("sso", user.AuthMethod);
        Assert.Equal(WorkplaceUserStatus.Claimed, user.Status);
        Assert.True(user.Active);
        Assert.Null(user.IsFrontline);
    }

    [Theory]
    [InlineData("false", "true", "true", WorkplaceUserStatus.Deactivated)]
    [InlineData("true", "false", "false", WorkplaceUserStatus.NotInvited)]
    [InlineData("true", "true", "false", WorkplaceUserStatus.Invited)]
    [InlineData("true", "true", "true", WorkplaceUserStatus.Claimed)]
    public void Status_follows_the_export_mapping(string active, string invited, string claimed, WorkplaceUserStatus expected)
    {
        var user = Read($$$"""
            {"id":"1","active":{{{active}}},"urn:ietf:params:scim:schemas:extension:facebook:accountstatusdetails:2.0:User":{"invited":{{{invited}}},"claimed":{{{claimed}}} } }
            """);
        Assert.Equal(expected, user.Status);
    }

    [Fact]
    public void Reads_scim_1_extension_names_and_iso_start_dates()
    {
        var user = Read("""
            {"id":"7","emails":[{"value":"old@x.example","primary":true}],"displayName":"Old Timer",
             "urn:scim:schemas:extension:enterprise:1.0":{"department":"Ops","manager":{"value":"5"}},
             "urn:scim:schemas:extension:facebook:starttermdates:1.0":{"startDate":"2020-02-03T00:00:00Z"},
             "urn:scim:schemas:extension:facebook:auth_method:1.0":{"auth_method":"password"},
             "urn:scim:schemas:extension:facebook:frontline:1.0":{"is_frontline":true}}
            """);

        Assert.Equal("old@x.example", user.Email);
        Assert.Equal("Old Timer", user.Name);
        Assert.Equal(("Ops", "5"), (user.Department, user.ManagerId));
        Assert.Equal(new DateTimeOffset(2020, 2, 3, 0, 0, 0, TimeSpan.Zero), user.StartDate);
        Assert.Equal("password", user.AuthMethod);
        Assert.True(user.IsFrontline);
        Assert.Equal(WorkplaceUserStatus.NotInvited, user.Status);
    }

    [Fact]
    public void A_zero_start_date_means_none()
    {
        var user = Read("""{"id":"8","urn:ietf:params:scim:schemas:extension:facebook:starttermdates:2.0:User":{"startDate":0}}""");
        Assert.Null(user.StartDate);
        Assert.True(user.Active);
    }

    [Fact]
    public void Status_filters_select_active_or_one_status()
    {
        var claimed = new WorkplaceUser { Id = "1", Active = true, Status = WorkplaceUserStatus.Claimed };
        var gone = new WorkplaceUser { Id = "2", Active = false, Status = WorkplaceUserStatus.Deactivated };
        Assert.True(UserStatusRules.Matches(gone, []));
        Assert.True(UserStatusRules.Matches(claimed, [UserStatusFilter.Active]));
        Assert.False(UserStatusRules.Matches(gone, [UserStatusFilter.Active]));
        Assert.True(UserStatusRules.Matches(gone, [UserStatusFilter.Invited, UserStatusFilter.Deactivated]));
        Assert.False(UserStatusRules.Matches(claimed, [UserStatusFilter.NotInvited]));
    }
}
