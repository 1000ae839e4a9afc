using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Access;
using Sermo.Portal.Labels;
using Sermo.Portal.Operations;
using Sermo.Storage.Retagging;

namespace Sermo.Portal.Areas.Portal.Pages;

/// <summary>
/// The data team's view of the model registries (post sentiment, aspects): every version with how it was trained and
/// how each of its classifiers scored on the held-out part, which version is promoted, and promote / roll back as
/// `models promote|rollback` do them (the version must load first; the registry's history records who did it);
/// label export and import with the code of `labels export|import`; starting a re-tag (the Hangfire jobs `models
/// retag` runs) and its progress. Training stays a CLI verb.
/// </summary>
[Authorize(Policy = PortalPolicies.DataTeam)]
public sealed class ModelsModel(
    [FromKeyedServices(PostSentimentModel.Task)] ModelRegistry sentiment,
    [FromKeyedServices(AspectModel.Task)] ModelRegistry aspects,
    LabelExport labelExport,
    IOptions<LabelFilesOptions> labelFiles,
    TimeProvider time,
    ILogger<ModelsModel> logger,
    IRetagProgress? retags = null,
    IRetagStarter? retagStarter = null) : PageModel
{
    public static readonly IReadOnlyList<string> Tasks = [PostSentimentModel.Task, AspectModel.Task];

    public IReadOnlyList<RegistryView> Registries { get; private set; } = [];

    /// <summary>What the last promote or rollback did.</summary>
    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The re-tag jobs' running, waiting and newest runs with their progress (after a promote or roll back, as the page was read).</summary>
    public IReadOnlyList<RetagRun>? Retags { get; private set; }

    /// <summary>What the last label export, import or re-tag start did, or why it was refused.</summary>
    public string? LabelsNotice { get; private set; }

    public string? LabelsError { get; private set; }

    public string? RetagNotice { get; private set; }

    public string? RetagError { get; private set; }

    public bool CanStartRetag => retagStarter is not null;

    public bool CanImport => labelFiles.Value.TrainingFile is not null;

    public bool CanImportAspects => labelFiles.Value.AspectTrainingFile is not null;

    public bool CanSuggest => labelExport.CanSuggest;

    public int MaxExportRows => labelFiles.Value.MaxExportRows;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Show();
        await ShowRetagsAsync(cancellationToken);
    }

    /// <summary>Stored posts of a day range as id,label,text (scrubbed text only), as <c>labels export</c> writes them.</summary>
    public async Task<IActionResult> OnPostExportAsync(string? from, string? to, int limit, bool suggest, CancellationToken cancellationToken)
    {
        var max = labelFiles.Value.MaxExportRows;
        var range = DayRange.Parse(from, to, required: true);
        if (range is not { First: { } first, Last: { } last, Error: null })
        {
            return await LabelsRefusedAsync(range.Error ?? "a day range is needed", cancellationToken);
        }

        if (limit < 1 || limit > max)
        {
            return await LabelsRefusedAsync($"posts must be 1 to {max:N0}, not {limit:N0}", cancellationToken);
        }

        IReadOnlyList<LabelExportRow> rows;
        try
        {
            rows = await labelExport.ReadAsync(first, last, limit, suggest, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return await LabelsRefusedAsync(ex.Message, cancellationToken);
        }

        var what = string.Create(CultureInfo.InvariantCulture, $"exported {rows.Count} posts {first:yyyy-MM-dd}..{last:yyyy-MM-dd}{(suggest ? " with suggestions" : "")}");
        logger.LogInformation("Portal {Account}: {Change}", Actor(), what);
        if (labelFiles.Value.TrainingFile is { } trainingFile)
        {
            LabelImport.Audit(trainingFile, time, Actor(), what);
        }

        using var csv = new MemoryStream();
        LabeledCsv.WriteExport(csv, rows);
        return File(csv.ToArray(), "text/csv; charset=utf-8", $"labels-{first:yyyy-MM-dd}-{last:yyyy-MM-dd}.csv");
    }

    /// <summary>A labelled export merged into the training file, as <c>labels import</c> does: all of it or, on a bad line, none.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? labels, CancellationToken cancellationToken) =>
        ImportAsync(labels, labelFiles.Value.TrainingFile, nameof(LabelFilesOptions.TrainingFile),
            "a labelled CSV file (id,label,text as exported, the label column filled)", "labelled rows", LabelImport.Merge, cancellationToken);

    /// <summary>Aspect labels (drug,aspect,polarity,text) merged into the aspect training file, with the same checks, rules and audit.</summary>
    public Task<IActionResult> OnPostImportAspectsAsync(IFormFile? labels, CancellationToken cancellationToken) =>
        ImportAsync(labels, labelFiles.Value.AspectTrainingFile, nameof(LabelFilesOptions.AspectTrainingFile),
            "an aspect CSV file (drug,aspect,polarity,text)", "aspect rows", AspectLabelImport.Merge, cancellationToken);

    /// <summary>Queues the sentiment or aspect re-tag for a day range (both empty: every stored post), unless one of that task is running.</summary>
    public async Task<IActionResult> OnPostRetagAsync(string task, string? from, string? to, CancellationToken cancellationToken)
    {
        if (retagStarter is null || !Tasks.Contains(task))
        {
            return NotFound();
        }

        var range = DayRange.Parse(from, to, required: false);
        if (range.Error is null)
        {
            var start = await retagStarter.StartAsync(task, range.First, range.Last, Actor(), cancellationToken);
            if (start.Started)
            {
                RetagNotice = start.Message;
            }
            else
            {
                RetagError = start.Message;
            }

            Response.StatusCode = start.Started ? StatusCodes.Status200OK : StatusCodes.Status409Conflict;
        }
        else
        {
            RetagError = range.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Show();
        await ShowRetagsAsync(cancellationToken);
        return Page();
    }

    public IActionResult OnPostPromote(string task, string version) => Change(task, registry =>
    {
        registry.Promote(version, PromotionChecks.For(task), time, Actor());
        return $"promoted {version} ({task})";
    });

    public IActionResult OnPostRollback(string task) => Change(task, registry => $"rolled back to {registry.Rollback(time, Actor())} ({task})");

    /// <summary>A refused change (unknown version, one that does not load, nothing to roll back to) answers 400 with the reason.</summary>
    private IActionResult Change(string task, Func<ModelRegistry, string> change)
    {
        if (Registry(task) is not { } registry)
        {
            return NotFound();
        }

        try
        {
            Notice = change(registry);
            logger.LogInformation("Portal {Account}: {Change}", Actor(), Notice);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or InvalidDataException or ArgumentException)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Show();
        return Page();
    }

    /// <summary>An upload checked (a file, within the size limit) and merged by <paramref name="merge"/>; a bad line imports nothing.</summary>
    private async Task<IActionResult> ImportAsync(
        IFormFile? labels, string? trainingFile, string option, string expected, string rowsName,
        Func<Stream, string, string, TimeProvider, string?, LabelImportResult> merge, CancellationToken cancellationToken)
    {
        var maxBytes = labelFiles.Value.MaxUploadBytes;
        if (trainingFile is null)
        {
            return await LabelsRefusedAsync($"no training file is configured ({LabelFilesOptions.SectionName}:{option})", cancellationToken);
        }

        if (labels is null || labels.Length == 0)
        {
            return await LabelsRefusedAsync($"choose {expected}", cancellationToken);
        }

        if (labels.Length > maxBytes)
        {
            return await LabelsRefusedAsync($"the file is {labels.Length:N0} bytes; at most {maxBytes:N0}", cancellationToken, StatusCodes.Status413PayloadTooLarge);
        }

        var source = UploadName(labels.FileName);
        try
        {
            await using var stream = labels.OpenReadStream();
            var result = merge(stream, source, trainingFile, time, Actor());
            LabelsNotice = string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Added:N0} {rowsName} from {source} ({result.AlreadyThere:N0} already there); the training file holds {result.Total:N0}");
            logger.LogInformation("Portal {Account}: {Change}", Actor(), LabelsNotice);
        }
        catch (InvalidDataException ex)
        {
            return await LabelsRefusedAsync($"nothing imported: {ex.Message}", cancellationToken);
        }

        Show();
        await ShowRetagsAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> LabelsRefusedAsync(string error, CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        LabelsError = error;
        Response.StatusCode = status;
        Show();
        await ShowRetagsAsync(cancellationToken);
        return Page();
    }

    private async Task ShowRetagsAsync(CancellationToken cancellationToken) =>
        Retags = retags is null ? null : await retags.RecentAsync(10, cancellationToken);

    /// <summary>The upload's own file name for messages, reduced to plain characters (it is the browser's to choose).</summary>
    private static string UploadName(string? fileName)
    {
        var name = new string([.. Path.GetFileName(fileName ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').Take(80)]);
        return name.Length == 0 ? "upload" : name;
    }

    private void Show() => Registries = [RegistryView.Of(PostSentimentModel.Task, sentiment), RegistryView.Of(AspectModel.Task, aspects)];

    private ModelRegistry? Registry(string task) => task switch
    {
        PostSentimentModel.Task => sentiment,
        AspectModel.Task => aspects,
        _ => null,
    };

    private string Actor() => $"portal:{User.FindFirstValue(ClaimTypes.Name)}";
}
