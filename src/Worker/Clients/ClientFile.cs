using System.Globalization;
using System.Text.Json;
using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Clients;

/// <summary>
/// Reads a client definition file (samples/clients/*.json): the client, its watchlist and its reports, whose crons are
/// stored in Hangfire's syntax (a Quartz one is converted and reported). Bad input names the file and, for a report,
/// the report and the field; it is a <see cref="UserInputException"/> (exit 2).
/// </summary>
internal static class ClientFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>The client, and one line per Quartz cron that was converted.</returns>
    public static async Task<(ClientRecord Client, IReadOnlyList<string> Conversions)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ClientLine? line;
        try
        {
            await using var stream = File.OpenRead(path);
            line = await JsonSerializer.DeserializeAsync<ClientLine>(stream, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new UserInputException($"{path}: {ex.Message}");
        }

        if (line is null || string.IsNullOrWhiteSpace(line.Id) || string.IsNullOrWhiteSpace(line.Name))
        {
            throw new UserInputException($"{path}: a client needs \"id\" and \"name\".");
        }

        if (line.Terms is not { Count: > 0 })
        {
            throw new UserInputException($"{path}: client '{line.Id}' has no watchlist \"terms\".");
        }

        CheckFields(path, line);

        IReadOnlyList<ReportDefinition> reports;
        IReadOnlyList<string> conversions;
        try
        {
            // Fail here, naming the file, rather than when the schedule fires.
            reports = ReportDefinition.ParseAll(line.Id, JsonSerializer.Serialize(line.Reports ?? [], Json), out conversions);
        }
        catch (InvalidDataException ex)
        {
            throw new UserInputException($"{path}: {ex.Message}");
        }

        var reportsJson = ReportDefinition.Serialize(reports);
        var watchlist = new Watchlist(line.Id, line.Name, line.Kind ?? "pharma",
            line.Terms.Select(t => new WatchlistTerm(t.Label, t.Matches ?? [t.Label.ToLowerInvariant()])).ToList())
        {
            Embargo = Embargo(path, line),
        };
        var client = new ClientRecord(line.Id, line.Name, line.Kind ?? "pharma", line.K ?? ClientRegistry.MinimumK, watchlist, reportsJson);
        return (client, conversions.Select(c => $"{path}: {c}").ToList());
    }

    /// <summary>The optional <c>"embargo"</c>: <c>{"terms": [tickers, products], "readouts": [{"date", "daysBefore", "daysAfter"}]}</c>.</summary>
    private static TrialEmbargo? Embargo(string path, ClientLine line)
    {
        if (line.Embargo is not { } embargo)
        {
            return null;
        }

        if (embargo.Terms is not { Count: > 0 } terms || terms.Any(string.IsNullOrWhiteSpace))
        {
            throw new UserInputException($"{path}: client '{line.Id}' embargo needs non-empty \"terms\".");
        }

        var readouts = new List<ScheduledReadout>();
        foreach (var (readout, index) in (embargo.Readouts ?? []).Select((r, i) => (r, i)))
        {
            if (!DateOnly.TryParseExact(readout.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || readout.DaysBefore is < 0 or > 366 || readout.DaysAfter is < 0 or > 366)
            {
                throw new UserInputException($"{path}: client '{line.Id}' embargo readout {index + 1} needs \"date\" as yyyy-MM-dd and daysBefore/daysAfter from 0 to 366.");
            }

            readouts.Add(new ScheduledReadout(date, readout.DaysBefore ?? 0, readout.DaysAfter ?? 0));
        }

        return new TrialEmbargo([.. terms.Select(t => t.Trim())], readouts);
    }

    private sealed record ClientLine(string Id, string Name, string? Kind, int? K, List<JsonElement>? Reports, List<TermLine>? Terms, EmbargoLine? Embargo);

    private sealed record EmbargoLine(List<string>? Terms, List<ReadoutLine>? Readouts);

    private sealed record ReadoutLine(string? Date, int? DaysBefore, int? DaysAfter);

    /// <summary>What the registry, the outbox and the matcher would refuse later, refused here naming the file.</summary>
    private static void CheckFields(string path, ClientLine line)
    {
        if (!Reports.Outbox.ReportWriter.IsSafeSegment(line.Id))
        {
            throw new UserInputException($"{path}: client id '{line.Id}' is not 1-64 letters, digits, '.', '_' or '-' (it names the client's outbox folder).");
        }

        if (line.K is < ClientRegistry.MinimumK)
        {
            throw new UserInputException($"{path}: client '{line.Id}' has k = {line.K}; the minimum is {ClientRegistry.MinimumK}.");
        }

        for (var i = 0; i < line.Terms!.Count; i++)
        {
            var term = line.Terms[i];
            if (term is null || string.IsNullOrWhiteSpace(term.Label) || term.Matches is { Count: 0 } || term.Matches?.Any(string.IsNullOrWhiteSpace) == true)
            {
                throw new UserInputException($"{path}: client '{line.Id}', term {i + 1}: a term needs a \"label\" and, if given, non-empty \"matches\".");
            }
        }
    }

    private sealed record TermLine(string Label, List<string>? Matches);
}
