using System.Text.Json;
using WorkplaceAdmin.Emulator.Tests.Infrastructure;

namespace WorkplaceAdmin.Emulator.Tests.Conformance;

/// <summary>
/// Attachments as Meta's DownloadGroupMedia and DownloadGroupFeed scripts read them: <c>attachments{media,subattachments}</c>
/// on feeds, media URLs fetched without a token, the post's own media fields, and a comment's <c>attachment</c>.
/// </summary>
public abstract class AttachmentsConformance(HostFixture fixture) : ScriptConformanceBase(fixture)
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    [Fact]
    public async Task Feed_media_and_subattachment_media_download_without_a_token()
    {
        var urls = new List<string>();
        foreach (var post in await AllPages($"{GroupIdOf("Social Club")}/feed?fields=attachments{{media,subattachments}}&limit=100"))
        {
            if (!post.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }
            foreach (var attachment in attachments.GetProperty("data").EnumerateArray())
            {
                if (attachment.TryGetProperty("media", out var media))
                {
                    urls.Add(media.GetProperty("image").GetProperty("src").GetString()!);
                }
                if (attachment.TryGetProperty("subattachments", out var subs))
                {
                    urls.AddRange(subs.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("media").GetProperty("image").GetProperty("src").GetString()!));
                }
            }
        }
        Assert.Equal(4, urls.Count); // the album's cover, then its three photos
        foreach (var url in urls)
        {
            Assert.StartsWith(Api.Host.GraphUri.AbsoluteUri, url);
            Assert.EndsWith(".png", new Uri(url).AbsolutePath);
            var file = await Api.GetAbsolute(url, token: null);
            Expect.Ok(file);
            Assert.Equal("image/png", file.ContentHeaders.ContentType!.MediaType);
            var bytes = await DownloadBytes(url);
            Assert.Equal(PngSignature, bytes[..4]);
            Assert.Equal(bytes.Length, file.ContentHeaders.ContentLength);
        }
    }

    [Fact]
    public async Task Photo_dimensions_in_the_answer_match_the_served_image()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var post = await Api.Get($"{postId}?fields=attachments,type,status_type,picture,object_id,link,name,icon");
        var attachment = post.Json.GetProperty("attachments").GetProperty("data")[0];
        Assert.Equal("photo", attachment.GetProperty("type").GetString());
        var image = attachment.GetProperty("media").GetProperty("image");
        var bytes = await DownloadBytes(image.GetProperty("src").GetString()!);
        // PNG IHDR: width and height are big-endian at bytes 16..23.
        Assert.Equal(image.GetProperty("width").GetInt32(), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(image.GetProperty("height").GetInt32(), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Equal("photo", post.Json.GetProperty("type").GetString());
        Assert.Equal("added_photos", post.Json.GetProperty("status_type").GetString());
        Assert.Equal(attachment.GetProperty("target").GetProperty("id").GetString(), post.Json.GetProperty("object_id").GetString());
        Assert.Equal(image.GetProperty("src").GetString(), post.Json.GetProperty("picture").GetString());
        Assert.Contains("photo.php?fbid=", post.Json.GetProperty("link").GetString());
        Assert.Equal("Welcome to Contoso", post.Json.GetProperty("name").GetString());
        Assert.StartsWith("https://", post.Json.GetProperty("icon").GetString());
    }

    [Fact]
    public async Task Files_videos_and_links_have_their_own_shapes()
    {
        var file = (await Api.Get($"{SeedPostId("All Company", "Our new brand guidelines")}/attachments")).Data.Single();
        Assert.Equal("file_upload", file.GetProperty("type").GetString());
        Assert.Equal("Contoso Brand Guidelines 2025", file.GetProperty("title").GetString());
        var pdf = await Api.GetAbsolute(file.GetProperty("url").GetString()!, token: null);
        Assert.Equal("application/pdf", pdf.ContentHeaders.ContentType!.MediaType);
        Assert.Equal(48213, pdf.ContentHeaders.ContentLength);
        Assert.StartsWith("%PDF-", pdf.Body);

        var video = await Api.Get($"{SeedPostId("Engineering", "Sprint review")}?fields=type,source,properties,picture,attachments{{media,type}}");
        Assert.Equal("video", video.Json.GetProperty("type").GetString());
        var source = video.Json.GetProperty("source").GetString()!;
        var videoMedia = video.Json.GetProperty("attachments").GetProperty("data")[0].GetProperty("media");
        Assert.Equal(source, videoMedia.GetProperty("source").GetString());
        // Like Graph, a video has a poster image too (media download scripts read media.image.src on every attachment).
        var poster = videoMedia.GetProperty("image").GetProperty("src").GetString()!;
        Assert.Equal(poster, video.Json.GetProperty("picture").GetString());
        Assert.Equal("image/png", (await Api.GetAbsolute(poster, token: null)).ContentHeaders.ContentType!.MediaType);
        Assert.Equal("video/mp4", (await Api.GetAbsolute(source, token: null)).ContentHeaders.ContentType!.MediaType);
        Assert.Equal("Length", video.Json.GetProperty("properties")[0].GetProperty("name").GetString());

        var link = await Api.Get($"{SeedPostId("IT Announcements", "Laptop refresh")}?fields=type,link,attachments");
        Assert.Equal("link", link.Json.GetProperty("type").GetString());
        var share = link.Json.GetProperty("attachments").GetProperty("data")[0];
        Assert.Equal("share", share.GetProperty("type").GetString());
        Assert.Equal("https://it.contoso.example/laptop-refresh", share.GetProperty("url").GetString());
        Assert.False(share.TryGetProperty("media", out _));
    }

    [Fact]
    public async Task A_comment_attachment_is_a_field_of_the_comment()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var comments = await Api.Get($"{postId}/comments?fields=attachment,message&order=chronological");
        var attachment = comments.Data[0].GetProperty("attachment");
        Assert.Equal("photo", attachment.GetProperty("type").GetString());
        var commentId = comments.Data[0].GetProperty("id").GetString()!;
        var alone = await Api.Get($"{commentId}?fields=attachment{{media,type}}");
        Assert.Equal(attachment.GetProperty("media").GetProperty("image").GetProperty("src").GetString(),
            alone.Json.GetProperty("attachment").GetProperty("media").GetProperty("image").GetProperty("src").GetString());
        Assert.False(comments.Data[1].TryGetProperty("attachment", out _));
    }

    [Fact]
    public async Task Media_links_need_their_signature_and_unknown_fields_are_refused()
    {
        var postId = SeedPostId("All Company", "Welcome to Contoso");
        var src = (await Api.Get($"{postId}?fields=picture")).Json.GetProperty("picture").GetString()!;
        var unsigned = src[..src.IndexOf('?', StringComparison.Ordinal)];
        Assert.Equal(403, (await Api.GetAbsolute(unsigned, token: null)).Status);
        Assert.Equal(403, (await Api.GetAbsolute(unsigned + "?oh=0000", token: null)).Status);
        Assert.Equal(404, (await Api.GetAbsolute(Api.GraphUrl("cdn/1/none.png?oh=1").AbsoluteUri, token: null)).Status);
        Expect.GraphError(await Api.Get($"{postId}?fields=attachments{{colour}}"), 400, 100);
        var withId = (await Api.Get($"{postId}/attachments?fields=id,type")).Data.Single();
        Assert.Equal((await Api.Get($"{postId}?fields=object_id")).Json.GetProperty("object_id").GetString(), withId.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_fields_story_properties_and_source_are_served()
    {
        var share = (await Api.Get($"{SeedPostId("IT Announcements", "Phishing alert")}/sharedposts")).Data.Single().GetProperty("id").GetString()!;
        var post = await Api.Get($"{share}?fields=story,properties,source,name,picture,icon,object_id,link,status_type");
        Expect.Ok(post);
        Assert.Equal("shared_story", post.Json.GetProperty("status_type").GetString());
        Assert.Contains("/permalink/", post.Json.GetProperty("link").GetString());
        Assert.False(post.Json.TryGetProperty("properties", out _));
        Assert.False(post.Json.TryGetProperty("source", out _));
    }

    private async Task<byte[]> DownloadBytes(string url) => await Api.Host.Client.GetByteArrayAsync(url);
}

[Collection(InMemoryCollection.Name)]
public sealed class AttachmentsInMemory(InMemoryFixture fixture) : AttachmentsConformance(fixture);

[Collection(KestrelCollection.Name)]
public sealed class AttachmentsOverKestrel(KestrelFixture fixture) : AttachmentsConformance(fixture);
