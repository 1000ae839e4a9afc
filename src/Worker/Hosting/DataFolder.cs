using System.Security.Cryptography;

namespace Sermo.Worker.Hosting;

/// <summary>
/// A working data folder: the SQLite database, the file drop, the outbox and two secrets (author keys, release noise).
/// Every verb works on one, so <c>ingest</c>, <c>heatmap</c> and <c>report</c> see what <c>demo</c> built.
/// </summary>
public sealed class DataFolder
{
    public const string EnvironmentVariable = "SERMO_DATA";

    private DataFolder(string root) => Root = root;

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "sermo.db");

    public string DropFolder => Path.Combine(Root, "drop");

    public string Outbox => Path.Combine(Root, "outbox");

    /// <summary>Internal runs that include an open bucket (P13); beside the outbox, never inside it.</summary>
    public string InternalReports => Path.Combine(Root, "internal-reports");

    /// <summary>The author key's file; hosts that share one store must hold the same one.</summary>
    public const string SecretFile = "author-key.secret";

    /// <summary>The release noise's file (decision 013); hosts that share one store must hold the same one too.</summary>
    public const string ReleaseSecretFile = "release-noise.secret";

    /// <summary>Resolves <c>--data</c>, else <c>SERMO_DATA</c>; creates the folder when <paramref name="create"/>.</summary>
    public static DataFolder Resolve(string? option, bool create)
    {
        var path = option ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserInputException($"No data folder: pass --data DIR or set {EnvironmentVariable}. `sermo demo --out DIR` creates one.");
        }

        var full = Path.GetFullPath(path);
        if (create)
        {
            Directory.CreateDirectory(full);
            Directory.CreateDirectory(Path.Combine(full, "drop"));
            Directory.CreateDirectory(Path.Combine(full, "outbox"));
        }
        else if (!File.Exists(Path.Combine(full, "sermo.db")))
        {
            // A host joining a PostgreSQL store starts from a folder holding only the deployment's two secrets. Both
            // must be there: a fresh release secret would give this host's reports other noise than its peers', and
            // two noisy copies of one cell average the noise away.
            var missing = new[] { SecretFile, ReleaseSecretFile }.Where(f => !File.Exists(Path.Combine(full, f))).ToList();
            if (missing.Count > 0)
            {
                throw new UserInputException($"'{full}' holds no Sermo database (sermo.db) and no {string.Join(" or ", missing)} of a shared store. Run `sermo demo --out {path}` first, or point --data at a data folder.");
            }
        }

        return new DataFolder(full);
    }

    /// <summary>The secret that keys author references; created once per data folder, readable by its owner only.</summary>
    public string AuthorKeySecret() => Secret(SecretFile);

    /// <summary>
    /// The secret every client's release noise derives from (decision 013). It lives here, not in the database, so that a
    /// copy of the database cannot reproduce and remove the noise in a client's reports; it must outlive the outbox.
    /// </summary>
    public string ReleaseNoiseSecret() => Secret(ReleaseSecretFile);

    private string Secret(string fileName)
    {
        var path = Path.Combine(Root, fileName);
        if (!File.Exists(path))
        {
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
                writer.Write(secret);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }

        return File.ReadAllText(path).Trim();
    }
}

/// <summary>
/// Bad command-line input: printed as one clear line, exit code 2, no stack trace. The message quotes what the user
/// gave (a cron, a time zone, a file name), so a line break or other control character in it is shown escaped
/// (<c>\u000D</c>): the refusal stays one line however hostile the value, and says what was there.
/// </summary>
public sealed class UserInputException(string message) : Exception(OnOneLine(message))
{
    private static string OnOneLine(string message)
    {
        if (!message.Any(IsLineBreaking))
        {
            return message;
        }

        var shown = new System.Text.StringBuilder(message.Length + 16);
        foreach (var c in message)
        {
            if (IsLineBreaking(c))
            {
                shown.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    private static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>The one wording every verb uses for a client id that is not registered, listing the known ones.</summary>
    public static UserInputException UnknownClient(string clientId, IEnumerable<Sermo.Storage.Clients.ClientRecord> known) =>
        new($"No client '{clientId}'. Known: {string.Join(", ", known.Select(c => c.ClientId))}.");
}
