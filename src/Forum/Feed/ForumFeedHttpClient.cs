using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Sermo.Forum.Feed;

/// <summary>
/// Reads the change feed of a forum deployed apart: <c>GET {base}/api/forum/feed?after=&amp;limit=</c> and
/// <c>GET {base}/api/forum/feed/handles</c> with the forum's service token as a bearer token.
/// </summary>
public sealed class ForumFeedHttpClient(HttpClient http, string token) : IForumChangeFeed
{
    public async Task<ForumChangePage> ReadAsync(long afterCursor, int maxChanges, CancellationToken cancellationToken) =>
        await GetAsync<ForumChangePage>(
            string.Create(CultureInfo.InvariantCulture, $"api/forum/feed?after={afterCursor}&limit={maxChanges}"), cancellationToken);

    public async Task<IReadOnlyCollection<string>> GetMemberHandlesAsync(CancellationToken cancellationToken) =>
        await GetAsync<List<string>>("api/forum/feed/handles", cancellationToken);

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Forum feed {http.BaseAddress}{path} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<T>(ForumFeedJson.Options, ct)
            ?? throw new InvalidDataException($"Forum feed {http.BaseAddress}{path} returned an empty body.");
    }
}
