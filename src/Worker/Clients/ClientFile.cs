using System.Text.Json;
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
            line.Terms.Select(t => new WatchlistTerm(t.Label, t.Matches ?? [t.Label.ToLowerInvariant()])).ToList());
        var client = new ClientRecord(line.Id, line.Name, line.Kind ?? "pharma", line.K ?? ClientRegistry.MinimumK, watchlist, reportsJson);
        return (client, conversions.Select(c => $"{path}: {c}").ToList());
    }

    private sealed record ClientLine(string Id, string Name, string? Kind, int? K, List<JsonElement>? Reports, List<TermLine>? Terms);

    private sealed record TermLine(string Label, List<string>? Matches);
}
