using System.Text.Json;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Clients;

/// <summary>Reads a client definition file (samples/clients/*.json): the client, its watchlist and its reports.</summary>
internal static class ClientFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ClientRecord> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ClientLine? line;
        try
        {
            await using var stream = File.OpenRead(path);
            line = await JsonSerializer.DeserializeAsync<ClientLine>(stream, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        if (line is null || string.IsNullOrWhiteSpace(line.Id) || string.IsNullOrWhiteSpace(line.Name))
        {
            throw new InvalidDataException($"{path}: a client needs \"id\" and \"name\".");
        }

        if (line.Terms is not { Count: > 0 })
        {
            throw new InvalidDataException($"{path}: client '{line.Id}' has no watchlist \"terms\".");
        }

        var reports = line.Reports ?? [];
        var reportsJson = JsonSerializer.Serialize(reports, Json);
        ReportDefinition.ParseAll(line.Id, reportsJson); // fail here, naming the file, rather than at schedule time
        var watchlist = new Watchlist(line.Id, line.Name, line.Kind ?? "pharma",
            line.Terms.Select(t => new WatchlistTerm(t.Label, t.Matches ?? [t.Label.ToLowerInvariant()])).ToList());
        return new ClientRecord(line.Id, line.Name, line.Kind ?? "pharma", line.K ?? SqliteClientRegistry.MinimumK, watchlist, reportsJson);
    }

    private sealed record ClientLine(string Id, string Name, string? Kind, int? K, List<JsonElement>? Reports, List<TermLine>? Terms);

    private sealed record TermLine(string Label, List<string>? Matches);
}
