using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;
using Sermo.Worker.Http;

namespace Sermo.Worker.Tests.Http;

/// <summary>An index the API cannot use answers 503 with its one line, never a 500 with a stack trace.</summary>
public sealed class SearchEndpointTests
{
    [Fact]
    public async Task Search_IndexUnavailable_503ProblemWithTheOneLine()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ISearchIndex>(new UnreachableIndex());
        builder.Services.AddSearchAdmission();
        builder.Services.AddProblemDetails();
        await using var app = builder.Build();
        app.MapSearch();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var response = await http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Be(UnreachableIndex.Line);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(" at Sermo.");
        await app.StopAsync();
    }

    private sealed class UnreachableIndex : ISearchIndex
    {
        public const string Line = "Elasticsearch at http://es.test:9200/ is unreachable (GET /): Connection refused";

        public Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            throw new SearchIndexUnavailableException(Line);
    }
}
