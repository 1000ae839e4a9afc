using System.Net;
using System.Text;
using Microsoft.Playwright;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Tagging;
using Sermo.Portal.Access;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// Aspect label import on the data team's page (drug,aspect,polarity,text into the aspect training file): merged and
/// audited with who did it, a bad line named by line and field with nothing imported, the same role rules, antiforgery
/// and size limit as the sentiment import, and the round trip clicked in Debian's Chromium (screenshot to look at).
/// </summary>
public sealed class AspectLabelsPageTests : IAsyncLifetime
{
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-models-aspects.png");

    internal const string Training = "drug,aspect,polarity,text\nEliquis,safety,positive,no bleeds in three years\nJardiance,cost,negative,the copay is brutal\n";

    private const string Good = "drug,aspect,polarity,text\nOzempic,access,negative,\"PA denied again, step therapy first\"\nOzempic,,,left for later\nEliquis,safety,positive,no bleeds in three years\n";

    private readonly string _labels = Directory.CreateTempSubdirectory("sermo-portal-aspects-").FullName;
    private PortalHost _host = null!;

    private string TrainingFile => Path.Combine(_labels, "aspects-train.csv");

    private string SentimentFile => Path.Combine(_labels, "sentiment-train.csv");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(TrainingFile, Training);
        await File.WriteAllTextAsync(SentimentFile, LabelsPageTests.Training);
        _host = await PortalHost.StartAsync(new Dictionary<string, string?>
        {
            ["Portal:Labels:TrainingFile"] = SentimentFile,
            ["Portal:Labels:AspectTrainingFile"] = TrainingFile,
            ["Portal:Labels:MaxUploadBytes"] = "2048",
        });
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
        await _host.AccountAsync(PortalRoles.Analyst, email: "ana@sermo.test");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_labels, recursive: true);
    }

    [Fact]
    public async Task ImportAspects_GoodFile_MergedIntoTheAspectFileOnlyAndAuditedWithWhoDidIt()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=ImportAspects", LabelsPageTests.Upload(page, "aspects.csv", Good));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("imported 1 aspect rows from aspects.csv (1 already there); the training file holds 3");
        AspectCsv.Read(TrainingFile).Last().Should().Be(new AspectExample("Ozempic", Aspect.Access, Sentiment.Negative, "PA denied again, step therapy first", 4));
        File.ReadAllText(SentimentFile).Should().Be(LabelsPageTests.Training, "the sentiment training file is not touched");
        File.ReadAllText(Path.Combine(_labels, LabelImport.AuditFileName)).Should()
            .Contain("portal:data@sermo.test imported 1 aspect rows (1 already there); the aspect training file holds 3");
    }

    [Fact]
    public async Task ImportAspects_UnknownAspect_BadRequestNamingLineAndFieldAndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");

        var response = await browser.PostAsync("/portal/models?handler=ImportAspects",
            LabelsPageTests.Upload(page, "aspects.csv", "drug,aspect,polarity,text\nOzempic,efficacy,positive,A1c down\nOzempic,price,negative,too dear\n"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("nothing imported: aspects.csv:3: unknown aspect &#x27;price&#x27;").And.Contain("(field &#x27;aspect&#x27;)");
        File.ReadAllText(TrainingFile).Should().Be(Training);
        File.Exists(Path.Combine(_labels, LabelImport.AuditFileName)).Should().BeFalse("nothing was imported");
    }

    [Fact]
    public async Task ImportAspects_FileOverTheLimit_RefusedWith413AndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        var page = await browser.GetStringAsync("/portal/models");
        var big = "drug,aspect,polarity,text\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"Ozempic,cost,negative,a long enough labelled clause number {i}\n"));

        var response = await browser.PostAsync("/portal/models?handler=ImportAspects", LabelsPageTests.Upload(page, "big.csv", big));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task ImportAspects_WithoutAntiforgeryToken_BadRequestAndNothingImported()
    {
        using var browser = await _host.SignedInBrowserAsync("data@sermo.test");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Good)), "labels", "aspects.csv" } };

        (await browser.PostAsync("/portal/models?handler=ImportAspects", form)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        File.ReadAllText(TrainingFile).Should().Be(Training);
    }

    [Fact]
    public async Task ImportAspects_AnalystOrClientKey_ForbiddenAndNothingImported()
    {
        using var analyst = await _host.SignedInBrowserAsync("ana@sermo.test");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Good)), "labels", "aspects.csv" } };
        var clientKey = await _host.KeyAsync(PortalRoles.Client, "acme");
        using var byKey = new HttpClient { BaseAddress = _host.Address };
        byKey.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", clientKey);
        using var keyForm = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Good)), "labels", "aspects.csv" } };

        (await analyst.PostAsync("/portal/models?handler=ImportAspects", form)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await byKey.PostAsync("/portal/models?handler=ImportAspects", keyForm)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        File.ReadAllText(TrainingFile).Should().Be(Training);
        (await _host.Service<AccessRefusals>().ListAsync(2, CancellationToken.None)).Should().HaveCount(2).And.OnlyContain(r => r.Reason == AccessRefusals.Forbidden);
    }

    [Fact]
    public async Task ImportAspects_InBrowser_BadLineShownThenGoodFileMerged()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var chromium = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(chromium, 1100, 700);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/models", "data@sermo.test");

        await PortalChromium.UploadCsvAsync(page, "#aspects-import", "aspects.csv", "drug,aspect,polarity,text\nOzempic,access,negative,PA denied\nOzempic,access,awful,PA denied twice\n");
        (await page.Locator("#labels-error").InnerTextAsync()).Should().Be(
            "nothing imported: aspects.csv:3: unknown polarity 'awful' (negative, neutral or positive) (field 'polarity')");
        File.ReadAllText(TrainingFile).Should().Be(Training);

        await PortalChromium.UploadCsvAsync(page, "#aspects-import", "aspects.csv", Good);
        (await page.Locator("#labels-notice").InnerTextAsync()).Should().Be(
            "imported 1 aspect rows from aspects.csv (1 already there); the training file holds 3");
        AspectCsv.Read(TrainingFile).Should().HaveCount(3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }
}
