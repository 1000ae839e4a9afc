using Sermo.Worker.Hosting;

namespace Sermo.Worker.Tests.Crash;

/// <summary>
/// Where a crash-suite data folder keeps its store: the folder's own SQLite file, or a PostgreSQL database of its own
/// on the test server. The suite, its kills and its checks are the same on both; only this differs.
/// </summary>
internal abstract class CrashBackend
{
    public abstract string Name { get; }

    /// <summary>Configuration an in-process host over <paramref name="folder"/> needs (wins over SERMO_ variables).</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings(string folder);

    /// <summary>The same configuration as SERMO_ variables, for a child <c>sermo</c> process.</summary>
    public Dictionary<string, string> Environment(string folder) =>
        Settings(folder).ToDictionary(s => "SERMO_" + s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");

    /// <summary>Makes <paramref name="folder"/>'s store exist and be empty (before the seed).</summary>
    public abstract Task CreateAsync(string folder);

    /// <summary>The store of <paramref name="from"/> as a copy for <paramref name="to"/>, with the folder's secrets.</summary>
    public async Task CopyAsync(string from, string to)
    {
        Directory.CreateDirectory(to);
        await CopyStoreAsync(from, to);
        foreach (var secret in new[] { DataFolder.SecretFile, DataFolder.ReleaseSecretFile }.Where(s => File.Exists(Path.Combine(from, s))))
        {
            File.Copy(Path.Combine(from, secret), Path.Combine(to, secret), overwrite: true);
        }
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public abstract IReadOnlyList<string> Lines(string folder, string sql);

    /// <summary>Closes pooled connections, so a copy or a delete does not find the store in use.</summary>
    public abstract void ClearPools();

    /// <summary>Removes what <see cref="CreateAsync"/> and <see cref="CopyAsync"/> made outside the folders.</summary>
    public abstract Task DropAsync();

    public override string ToString() => Name;

    protected abstract Task CopyStoreAsync(string from, string to);
}
