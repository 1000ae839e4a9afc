using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Learning;
using Sermo.Storage.Retagging;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>labels export</c>: stored posts of a day range as CSV (id,label,text; scrubbed text only) for labelers;
/// <c>labels import</c>: their labelled file merged into a training file (label,text), unlabelled rows skipped; with
/// <c>--aspects</c>, aspect labels (drug,aspect,polarity,text) into the aspect training file. The code is the data team's
/// page's (<see cref="LabelExport"/>, <see cref="LabelImport"/>, <see cref="AspectLabelImport"/>); this verb only parses and prints.
/// </summary>
internal static class LabelsCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (yyyy-MM-dd), inclusive.", Required = true };
        var output = new Option<string>("--out") { Description = "CSV to write: id,label,text.", Required = true };
        var limit = new Option<int>("--limit") { Description = "At most this many posts.", DefaultValueFactory = _ => 1000 };
        var suggest = new Option<bool>("--suggest") { Description = "Pre-fill label with the promoted model's prediction (labelers correct it); empty otherwise." };
        var export = new Command("export", "Export stored posts (scrubbed text only) for labelling.") { from, to, output, limit, suggest };
        export.SetAction((parse, ct) => SermoCommandLine.RunAsync(() => ExportAsync(parse, parse.GetRequiredValue(from), parse.GetRequiredValue(to),
            parse.GetRequiredValue(output), parse.GetValue(limit), parse.GetValue(suggest), ct)));

        var input = new Option<string>("--in") { Description = "Labelled CSV (header with label and text; other columns ignored).", Required = true };
        var into = new Option<string>("--into") { Description = "Training CSV to add the rows to (label,text; drug,aspect,polarity,text with --aspects); created if missing; a text already there is not added twice.", Required = true };
        var aspects = new Option<bool>("--aspects") { Description = "The file holds aspect labels (drug,aspect,polarity,text) for `train aspects`; rows with neither aspect nor polarity are skipped." };
        var import = new Command("import", "Merge a labelled file into a training file for `train sentiment` (or `train aspects` with --aspects).") { input, into, aspects };
        import.SetAction(parse => SermoCommandLine.RunAsync(() => Task.FromResult(Import(parse, parse.GetRequiredValue(input), parse.GetRequiredValue(into), parse.GetValue(aspects)))));

        return new Command("labels", "Round-trip posts through labelers: export for labelling, import the labels back.") { export, import };
    }

    private static async Task<int> ExportAsync(ParseResult parse, string from, string to, string output, int limit, bool suggest, CancellationToken ct)
    {
        var first = Day(from);
        var last = Day(to);
        if (limit < 1)
        {
            throw new UserInputException("--limit must be at least 1");
        }

        var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
        using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
        var export = host.Services.GetRequiredService<LabelExport>();
        if (suggest && !export.CanSuggest)
        {
            throw new UserInputException("--suggest needs a promoted model: `models promote VERSION` first");
        }

        IReadOnlyList<LabelExportRow> rows;
        try
        {
            rows = await export.ReadAsync(first, last, limit, suggest, ct);
        }
        catch (ArgumentException ex)
        {
            throw new UserInputException(ex.Message);
        }

        LabeledCsv.WriteExport(output, rows);
        parse.InvocationConfiguration.Output.WriteLine($"exported {rows.Count:N0} posts {first:yyyy-MM-dd}..{last:yyyy-MM-dd} to {output}");
        return 0;
    }

    private static int Import(ParseResult parse, string input, string into, bool aspects)
    {
        if (!File.Exists(input))
        {
            throw new FileNotFoundException($"label file '{input}' does not exist", input);
        }

        LabelImportResult result;
        using (var stream = File.OpenRead(input))
        {
            result = aspects
                ? AspectLabelImport.Merge(stream, input, into, TimeProvider.System)
                : LabelImport.Merge(stream, input, into, TimeProvider.System);
        }

        parse.InvocationConfiguration.Output.WriteLine(
            $"added {result.Added:N0} labelled {(aspects ? "aspect " : "")}rows to {into} ({result.AlreadyThere:N0} already there); it now holds {result.Total:N0}");
        return 0;
    }

    private static DateOnly Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UserInputException($"'{value}' is not a yyyy-MM-dd day");
}
