using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Analytics.Posts;
using Sermo.Portal.Access;
using Sermo.Storage.Search;
using Sermo.Worker.Http;

namespace Sermo.Worker.Tests.Http;

/// <summary>
/// Overload on <c>/api/search</c> is answered at once with 503 and Retry-After, never queued until the client times out.
/// The index holds every search until the test releases it, so which request is refused does not depend on timing.
/// </summary>
// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class SearchAdmissionTests
{
    [Fact]
    public async Task Search_AllSlotsBusyWithoutTheAnalystRole_RefusedBeforeAdmissionNotTheOverload503()
    {
        var index = new HeldIndex();
        await using var served = await ServedDataFolder.StartAsync(
            new Dictionary<string, string?> { [SearchAdmissionOptions.Key(nameof(SearchAdmissionOptions.MaxConcurrent))] = "1", [SearchAdmissionOptions.Key(nameof(SearchAdmissionOptions.QueueLimit))] = "0",
                [SearchAdmissionOptions.Key(nameof(SearchAdmissionOptions.AnswerWithin))] = "00:01:00" },
            services: s => s.AddSingleton<ISearchIndex>(index));
        var accounts = served.Services.GetRequiredService<PortalAccounts>();
        var keys = served.Services.GetRequiredService<PortalApiKeys>();
        var analyst = await keys.IssueAsync((await accounts.CreateAsync("analyst@sermo.test", PortalRoles.Analyst, null, null, CancellationToken.None)).AccountId, "t", null, CancellationToken.None);
        var client = await keys.IssueAsync((await accounts.CreateAsync("robot@acme.clients.test", PortalRoles.Client, "acme", null, CancellationToken.None)).AccountId, "t", null, CancellationToken.None);
        using var held = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=eliquis") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", analyst.Key) } };
        var answer = served.Http.SendAsync(held);
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var asClient = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=xarelto") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", client.Key) } };

        var anonymous = await served.Http.GetAsync(new Uri("/api/search?q=xarelto", UriKind.Relative));
        var wrongRole = await served.Http.SendAsync(asClient);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the policy is checked before admission, so a caller without the role learns nothing of the load");
        wrongRole.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        index.Release.SetResult();
        (await answer).StatusCode.Should().Be(HttpStatusCode.OK);
        index.Searches.Should().Be(1);
    }

    [Fact]
    public async Task Search_AllSlotsBusyAndQueueFull_503WithRetryAfterAndTheHeldSearchStillAnswers()
    {
        var index = new HeldIndex();
        await using var app = await StartAsync(index, o => { o.MaxConcurrent = 1; o.QueueLimit = 0; o.RetryAfterSeconds = 3; o.AnswerWithin = TimeSpan.FromMinutes(1); });
        using var http = Client(app);
        var held = http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var refused = await http.GetAsync(new Uri("/api/search?q=xarelto", UriKind.Relative));

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().Should().Be("Search overloaded");
        index.Release.SetResult();
        (await held).StatusCode.Should().Be(HttpStatusCode.OK);
        index.Searches.Should().Be(1, "the refused search never reached the index");
        await app.StopAsync();
    }

    [Fact]
    public async Task Search_QueuedPastMaxQueueWait_503WithRetryAfter()
    {
        var index = new HeldIndex();
        await using var app = await StartAsync(index, o => { o.MaxConcurrent = 1; o.QueueLimit = 4; o.MaxQueueWait = TimeSpan.FromMilliseconds(200); o.AnswerWithin = TimeSpan.FromMinutes(1); });
        using var http = Client(app);
        var held = http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var queued = await http.GetAsync(new Uri("/api/search?q=xarelto", UriKind.Relative));

        queued.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        queued.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        index.Release.SetResult();
        (await held).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Search_SlotFreesWhileQueued_QueuedSearchAnswers()
    {
        var index = new HeldIndex();
        await using var app = await StartAsync(index, o => { o.MaxConcurrent = 1; o.QueueLimit = 4; o.MaxQueueWait = TimeSpan.FromSeconds(30); o.AnswerWithin = TimeSpan.FromMinutes(1); });
        using var http = Client(app);
        var first = http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = http.GetAsync(new Uri("/api/search?q=xarelto", UriKind.Relative));

        index.Release.SetResult();

        (await first).StatusCode.Should().Be(HttpStatusCode.OK);
        (await second).StatusCode.Should().Be(HttpStatusCode.OK);
        index.Searches.Should().Be(2);
    }

    [Fact]
    public async Task Search_QueueAheadLongerThanMaxQueueWait_503AtOnceWithoutWaiting()
    {
        var clock = new FakeTimeProvider();
        var index = new HeldIndex();
        await using var app = await StartAsync(index, o => { o.MaxConcurrent = 1; o.QueueLimit = 4; o.MaxQueueWait = TimeSpan.FromSeconds(30); o.AnswerWithin = TimeSpan.FromMinutes(5); }, clock);
        using var http = Client(app);
        var slow = http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(60)); // the searches so far took a minute each
        index.Release.SetResult();
        (await slow).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = new HeldIndex();
        index.Next = second;
        var busy = http.GetAsync(new Uri("/api/search?q=xarelto", UriKind.Relative));
        await second.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The fake clock never moves on its own: a search that queued would wait for ever, so an answer is the at-once refusal.
        var refused = await http.GetAsync(new Uri("/api/search?q=humira", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(30));

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("about 60 s");
        second.Release.SetResult();
        (await busy).StatusCode.Should().Be(HttpStatusCode.OK);
        index.Searches.Should().Be(2, "the refused search never reached the index");
    }

    [Fact]
    public async Task Search_StillRunningAtAnswerWithin_Cancelled503WithRetryAfter()
    {
        var clock = new FakeTimeProvider();
        var index = new HeldIndex();
        await using var app = await StartAsync(index, o => { o.MaxConcurrent = 1; o.AnswerWithin = TimeSpan.FromSeconds(5); }, clock);
        using var http = Client(app);
        var slow = http.GetAsync(new Uri("/api/search?q=eliquis", UriKind.Relative));
        await index.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        clock.Advance(TimeSpan.FromSeconds(5));
        var answer = await slow.WaitAsync(TimeSpan.FromSeconds(30));

        answer.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the index was never released: only the deadline can have answered");
        answer.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
        (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("no answer within 5 s");
    }

    [Theory]
    [InlineData("AnswerWithin", "00:00:00")]
    [InlineData("MaxConcurrent", "-1")]
    [InlineData("QueueLimit", "-5")]
    [InlineData("MaxQueueWait", "00:00:00")]
    [InlineData("RetryAfterSeconds", "0")]
    public void Options_BadValue_FailureNamesTheKey(string property, string value)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [SearchAdmissionOptions.Key(property)] = value }).Build())
            .AddSearchAdmission()
            .BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<SearchAdmissionOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith(SearchAdmissionOptions.Key(property) + " is ");
    }

    private static async Task<WebApplication> StartAsync(ISearchIndex index, Action<SearchAdmissionOptions> configure, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new RecordedSearchRefusals().Guard(index));
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSearchAdmission().Configure(configure);
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapSearch();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };

    /// <summary>Holds every search until <see cref="Release"/> is set; says when the first one arrived.</summary>
    private sealed class HeldIndex : ISearchIndex
    {
        private int _searches;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Searches => _searches;

        /// <summary>Where searches after the first released one wait, so a test can hold a second search.</summary>
        public HeldIndex? Next { get; set; }

        public Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) => throw new NotSupportedException();

        public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _searches);
            var held = Release.Task.IsCompleted && Next is { } next ? next : this;
            held.Entered.TrySetResult();
            await held.Release.Task.WaitAsync(cancellationToken);
            return new SearchResult(0, [], null, [], []) { AuthorsUpToK = 5 };
        }
    }
}
