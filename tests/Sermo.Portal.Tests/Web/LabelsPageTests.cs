using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;
using Sermo.Storage.Ingestion;

namespace Sermo.Portal.Tests.Web;

/// <summary>Label export and import and starting a re-tag on the data team's page, over a real SQLite store.</summary>
public sealed class LabelsPageTests : IAsyncLifetime
{
    internal const string Training = "label,text\nnegative,bleeding on apixaban\npositive,A1c down and no lows\nneutral,started on the usual dose\n";

    private readonly RecordingRetags _retags = new();
    private PortalHost _host = null!;

    private readonly string _labels = Directory.CreateTempSubdirectory("sermo-portal-labels-").FullName;

    private string TrainingFile => Path.Combine(_labels, "sentiment-train.csv");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(TrainingFile, Training);
        _host = await PortalHost.StartAsync(
            new Dictionary<string, string?> { ["Portal:Labels:TrainingFile"] = TrainingFile, ["Portal:Labels:MaxUploadBytes"] = "2048" },
            s => s.AddSingleton<IRetagStarter>(_retags).AddSingleton<IRetagProgress>(_retags));
        await SeedPostsAsync(_host);
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_labels, recursive: true);
    }

    [Fact]
    public async Task Export_DayRange_CsvOfIdLabelAndScrubbedTextOnly()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Export", Form(page, new() { ["from"] = "2026-03-10", ["to"] = "2026-03-10", ["limit"] = "500" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("labels-2026-03-10-2026-03-10.csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id,label,text");
        lines.Should().HaveCount(4, "three posts on the day, the fourth is the day after");
        lines[1].Should().MatchRegex("^\\d+,,Eliquis note forum:p1\\.$");
        csv.Should().NotContain("author-", "no author key leaves in an export").And.NotContain("cardiology");
        File.ReadAllText(Path.Combine(_labels, LabelImport.AuditFileName)).Should()
            .EndWith("portal:data@sermo.test exported 3 posts 2026-03-10..2026-03-10\n");
    }

    [Fact]
    public async Task Export_RangeBackwards_BadRequestNamingTheField()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Export", Form(page, new() { ["from"] = "2026-03-11", ["to"] = "2026-03-10", ["limit"] = "5" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"labels-error\"").And.Contain("to: 2026-03-10 is before from: 2026-03-11");
    }

    [Fact]
    public async Task Import_BadLine_ErrorNamesLineAndFieldAndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Import",
            Upload(page, "to-label.csv", "id,label,text\n1,positive,great response\n2,postive,a typo\n"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("nothing imported: to-label.csv:3: label &#x27;postive&#x27;").And.Contain("field &#x27;label&#x27;");
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task Import_GoodFile_RowsMergedAndAuditedWithWhoDidIt()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Import",
            Upload(page, "to-label.csv", "id,label,text\n1,positive,great response\n2,,left for later\n3,negative,bleeding on apixaban\n"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("imported 1 labelled rows from to-label.csv (1 already there); the training file holds 4");
        LabeledCsv.Read(TrainingFile).Last().Should().Be(new LabeledText("positive", "great response", 5));
        File.ReadAllText(Path.Combine(_labels, LabelImport.AuditFileName)).Should().Contain("portal:data@sermo.test imported 1 labelled rows");
    }

    [Fact]
    public async Task Import_FileOverTheLimit_RefusedWith413AndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");
        var big = "id,label,text\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{i},positive,a fine long enough labelled post number {i}\n"));

        var response = await browser.PostAsync("/portal/models?handler=Import", Upload(page, "big.csv", big));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("at most 2,048");
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task Import_WithoutAntiforgeryToken_BadRequestAndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("id,label,text\n1,positive,x y\n"u8.ToArray()), "labels", "x.csv" } };

        var response = await browser.PostAsync("/portal/models?handler=Import", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task Import_Analyst_ForbiddenAndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("ana@sermo.test");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("id,label,text\n1,positive,x y\n"u8.ToArray()), "labels", "x.csv" } };

        (await browser.PostAsync("/portal/models?handler=Import", form)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task Retag_DayRange_StartedWithWhoAskedAndShownRunning()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Retag", Form(page, new() { ["task"] = "aspects", ["from"] = "2026-03-01", ["to"] = "2026-03-31" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _retags.Starts.Should().ContainSingle().Which.Should().Be(("aspects", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "portal:data@sermo.test"));
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"retag-notice\"").And.Contain("<td>aspects</td><td>Processing</td>");
    }

    [Fact]
    public async Task Retag_OneDayOnly_BadRequestAndNothingStarted()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=Retag", Form(page, new() { ["task"] = "sentiment", ["from"] = "2026-03-01", ["to"] = "" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("to: &#x27;&#x27; is not a yyyy-MM-dd day");
        _retags.Starts.Should().BeEmpty();
    }

    /// <summary>Three posts on 2026-03-10 and one on the 11th, each with an author key and specialty the export must not carry.</summary>
    internal static async Task SeedPostsAsync(PortalHost host)
    {
        var day = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        TaggedPost[] posts =
        [
            .. Enumerable.Range(1, 3).Select(i => Post($"forum:p{i}", $"author-{i}", day.AddMinutes(i))),
            Post("forum:p4", "author-4", day.AddDays(1)),
        ];
        await host.Service<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
    }

    private static TaggedPost Post(string id, string author, DateTimeOffset at) =>
        new(id, "forum", author, at, "cardiology", "TX", $"Eliquis note {id}.", 0, [], [], Sentiment.Neutral, 0);

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = PortalHost.AntiforgeryToken(page);
        return new FormUrlEncodedContent(fields);
    }

    internal static MultipartFormDataContent Upload(string page, string name, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent
        {
            { new StringContent(PortalHost.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { file, "labels", name },
        };
    }
}
