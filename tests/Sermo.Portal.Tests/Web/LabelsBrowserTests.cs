using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sermo.Portal.Access;
using Sermo.Portal.Operations;

namespace Sermo.Portal.Tests.Web;

/// <summary>
/// The data team's labels round trip and re-tag start clicked in Debian's Chromium: export a day, import a file with a
/// bad line (the error shown, nothing imported), import the labelled file, start a re-tag and see its progress
/// (against <see cref="RecordingRetags"/>: the Hangfire starter is the Worker's). Screenshot to look at.
/// </summary>
public sealed class LabelsBrowserTests : IAsyncLifetime
{
    public static readonly string Screenshot = Path.Combine(Path.GetTempPath(), "sermo-portal-models-labels.png");

    private readonly RecordingRetags _retags = new();
    private readonly string _labels = Directory.CreateTempSubdirectory("sermo-portal-labels-").FullName;
    private PortalHost _host = null!;

    private string TrainingFile => Path.Combine(_labels, "sentiment-train.csv");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(TrainingFile, LabelsPageTests.Training);
        _host = await PortalHost.StartAsync(
            new Dictionary<string, string?> { ["Portal:Labels:TrainingFile"] = TrainingFile },
            s => s.AddSingleton<IRetagStarter>(_retags).AddSingleton<IRetagProgress>(_retags));
        await LabelsPageTests.SeedPostsAsync(_host);
        await ModelsPageTests.TwoVersionsAsync(_host.ModelsFolder, promoted: "v0002");
        await _host.AccountAsync(PortalRoles.DataTeam, email: "data@sermo.test");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_labels, recursive: true);
    }

    [Fact]
    public async Task DataTeam_ExportsImportsAndStartsRetag_ErrorThenMergeThenProgressShown()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PortalChromium.LaunchAsync(playwright);
        var page = await PortalChromium.OpenPageAsync(browser, 1100, 700, acceptDownloads: true);
        await PortalChromium.SignInAtAsync(page, _host.Address, "/portal/models", "data@sermo.test");

        await page.FillAsync("#labels-export input[name=from]", "2026-03-10");
        await page.FillAsync("#labels-export input[name=to]", "2026-03-10");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#labels-export button"));
        var exported = await File.ReadAllLinesAsync((await download.PathAsync())!);
        download.SuggestedFilename.Should().Be("labels-2026-03-10-2026-03-10.csv");
        exported.Should().HaveCount(4).And.StartWith("id,label,text");

        // The labeler's file: the first post labelled, the second with a label the training file does not use.
        var rows = exported.Skip(1).Select(l => l.Split(',', 3)).ToArray();
        var bad = $"id,label,text\n{rows[0][0]},positive,{rows[0][2]}\n{rows[1][0]},postive,{rows[1][2]}\n";
        await PortalChromium.UploadCsvAsync(page, "#labels-import", "to-label.csv", bad);
        (await page.Locator("#labels-error").InnerTextAsync()).Should().Be(
            "nothing imported: to-label.csv:3: label 'postive' is not one the training file uses (negative, neutral, positive) (field 'label')");
        File.ReadAllText(TrainingFile).Should().Be(LabelsPageTests.Training);

        await PortalChromium.UploadCsvAsync(page, "#labels-import", "to-label.csv", bad.Replace(",postive,", ",negative,", StringComparison.Ordinal));
        (await page.Locator("#labels-notice").InnerTextAsync()).Should().Be(
            "imported 2 labelled rows from to-label.csv (0 already there); the training file holds 5");

        await page.FillAsync("#retag-sentiment input[name=from]", "2026-03-01");
        await page.FillAsync("#retag-sentiment input[name=to]", "2026-03-31");
        await page.ClickAsync("#retag-sentiment button");
        (await page.Locator("#retag-notice").InnerTextAsync()).Should().Be("sentiment re-tag queued as job 1");
        (await page.Locator("#retags tr:has-text('sentiment')").InnerTextAsync()).Should().Contain("500 of 1,200 posts re-tagged with v0002");
        _retags.Starts.Should().ContainSingle().Which.Should().Be(("sentiment", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), "portal:data@sermo.test"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }
}
