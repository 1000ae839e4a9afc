using System.Globalization;
using System.Text.RegularExpressions;

namespace Sermo.Analytics.Learning;

/// <summary>A version folder in the registry and what its manifest says.</summary>
public sealed record ModelVersion(string Name, string Folder, ModelManifest Manifest);

/// <summary>
/// A folder of model versions of one task (<c>v0001/</c>, <c>v0002/</c> …, each <c>manifest.json</c> + ML.NET zip files), the
/// promoted version's name in <c>PROMOTED</c> (replaced atomically, so a watching Worker never reads half a name),
/// and <c>promotions.log</c>, the history <c>rollback</c> walks back.
/// </summary>
public sealed partial class ModelRegistry
{
    public const string PromotedFile = "PROMOTED";
    public const string HistoryFile = "promotions.log";

    public ModelRegistry(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string PromotedPath => Path.Combine(Root, PromotedFile);

    public IReadOnlyList<ModelVersion> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(Root)
            .Select(d => (Folder: d, Name: Path.GetFileName(d)))
            .Where(d => VersionName().IsMatch(d.Name) && File.Exists(Path.Combine(d.Folder, ModelManifest.FileName)))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new ModelVersion(d.Name, d.Folder, ModelManifest.Read(d.Folder)))];
    }

    /// <summary>The promoted version's name, or null when none is.</summary>
    public string? Promoted()
    {
        if (!File.Exists(PromotedPath))
        {
            return null;
        }

        var name = File.ReadAllText(PromotedPath).Trim();
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// Writes a model as the next version: <paramref name="save"/> fills a staging folder with the model files, the
    /// manifest gets the version's name, and the folder is renamed into place (a reader never sees half a version).
    /// </summary>
    public ModelVersion Add(ModelManifest manifest, Action<string> save)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(save);
        Directory.CreateDirectory(Root);
        var staging = Directory.CreateDirectory(Path.Combine(Root, $".staging-{Guid.NewGuid():N}")).FullName;
        try
        {
            save(staging);
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var number = List().Select(v => int.Parse(v.Name.AsSpan(1), CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1 + attempt;
                var name = $"v{number:D4}";
                var versioned = manifest with { Version = name };
                versioned.Write(staging);
                var folder = Path.Combine(Root, name);
                try
                {
                    Directory.Move(staging, folder);
                    return new ModelVersion(name, folder, versioned);
                }
                catch (IOException) when (Directory.Exists(folder))
                {
                    // another trainer took this number a moment ago: try the next
                }
            }

            throw new IOException($"could not allocate a version folder in {Root}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public ModelVersion Get(string name)
    {
        var version = List().FirstOrDefault(v => v.Name == name);
        return version ?? throw new FileNotFoundException($"no version '{name}' in {Root}; `models list` shows them");
    }

    /// <summary>Promotes a version after <paramref name="check"/> (loading it) has passed.</summary>
    /// <param name="by">Who promoted it (a portal account), kept in the promotion history; null for the CLI.</param>
    public void Promote(string name, Action<ModelVersion> check, TimeProvider? time = null, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var version = Get(name);
        check(version);
        SetPromoted(name, "promote", time ?? TimeProvider.System, by);
    }

    /// <summary>Goes back to the version promoted before the current one; returns its name.</summary>
    public string Rollback(TimeProvider? time = null, string? by = null)
    {
        var stack = PromotionStack();
        if (stack.Count < 2)
        {
            throw new InvalidOperationException("nothing to roll back to: fewer than two promotions in the history");
        }

        var previous = stack[^2];
        SetPromoted(previous, "rollback", time ?? TimeProvider.System, by);
        return previous;
    }

    /// <summary>The version a caller should use: the promoted one, else the newest; null for an empty registry.</summary>
    public ModelVersion? Current()
    {
        var promoted = Promoted();
        return promoted is not null ? Get(promoted) : List().LastOrDefault();
    }

    /// <summary>
    /// Resolves <c>--model DIR</c>: a version folder (holds manifest.json) or a registry (its promoted version, else its newest).
    /// </summary>
    public static ModelVersion Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(Path.Combine(full, ModelManifest.FileName)))
        {
            return new ModelVersion(Path.GetFileName(full), full, ModelManifest.Read(full));
        }

        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"model folder '{path}' does not exist");
        }

        return new ModelRegistry(full).Current()
            ?? throw new FileNotFoundException($"'{path}' is neither a model version (no {ModelManifest.FileName}) nor a registry holding any version");
    }

    /// <summary>Promotions minus rollbacks, oldest first; the last is the current one.</summary>
    private List<string> PromotionStack()
    {
        var stack = new List<string>();
        var history = Path.Combine(Root, HistoryFile);
        if (!File.Exists(history))
        {
            return stack;
        }

        foreach (var line in File.ReadLines(history))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                continue;
            }

            if (parts[1] == "promote")
            {
                stack.Add(parts[2]);
            }
            else if (parts[1] == "rollback" && stack.Count > 0)
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }

        return stack;
    }

    private void SetPromoted(string name, string action, TimeProvider time, string? by)
    {
        var temporary = Path.Combine(Root, $".{PromotedFile}.{Guid.NewGuid():N}");
        File.WriteAllText(temporary, name + "\n");
        File.Move(temporary, PromotedPath, overwrite: true);
        File.AppendAllText(Path.Combine(Root, HistoryFile), $"{time.GetUtcNow():O}\t{action}\t{name}{(by is null ? "" : "\t" + by)}\n");
    }

    [GeneratedRegex(@"^v\d{4,}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex VersionName();
}
