using Microsoft.Extensions.Options;
using Sermo.Analytics.Tagging;
using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Pipeline;
using Sermo.Storage;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Ingest.Tests.Pipeline;

/// <summary>A real SQLite post store in a temporary folder, with the scrubbing enricher the pipeline tests feed it through.</summary>
internal sealed class PipelineStore : IDisposable
{
    public PipelineStore(string name)
    {
        Folder = new TempDataFolder(name);
        Database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(Folder, "store.db") }));
        Store = new SqliteIngestStore(Database, TimeProvider.System);
    }

    public TempDataFolder Folder { get; }

    public SqliteDatabase Database { get; }

    public SqliteIngestStore Store { get; }

    public static IOptions<IngestOptions> Options(int batchSize = 500) =>
        Microsoft.Extensions.Options.Options.Create(new IngestOptions { AuthorKeySecret = new string('k', 32), BatchSize = batchSize });

    /// <summary>Scrubs for real; tags nothing, so the tests see exactly what the pipeline and store do.</summary>
    public static PostEnricher Enricher(IOptions<IngestOptions> options) => new(new PhiScrubber(), new NoEntitiesTagger(), options, TimeProvider.System);

    public async Task<List<string>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public void Dispose() => Folder.Dispose();

    private sealed class NoEntitiesTagger : ITextTagger
    {
        public TagResult Tag(string text) => new([], [], Sentiment.Neutral, 0);
    }
}
