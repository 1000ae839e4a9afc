using System.Data.Common;

namespace Sermo.Storage;

/// <summary>
/// The post store's database on one backend (<c>Storage:Provider</c>: a SQLite file or PostgreSQL). Stores whose SQL
/// both backends understand are written once against this; what differs (connections, how times and days are stored,
/// how a write transaction starts and is serialised against other hosts, row locks) lives in the two subclasses.
/// Parameters are named <c>@name</c>, which both providers bind.
/// </summary>
public abstract class StoreDatabase
{
    /// <summary>An open connection; the schema is migrated on first use.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A time as this backend stores it (round-trip text in SQLite, <c>timestamptz</c> in PostgreSQL).</summary>
    internal abstract object Time(DateTimeOffset at);

    internal abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>A calendar day as this backend stores it (yyyy-MM-dd text in SQLite, <c>date</c> in PostgreSQL).</summary>
    internal abstract object Day(DateOnly day);

    internal abstract DateOnly ReadDay(DbDataReader reader, int ordinal);

    /// <summary>
    /// A write transaction. SQLite takes the file's write lock at once (one writer at a time, whatever the key);
    /// PostgreSQL takes a transaction-scoped advisory lock on <paramref name="serializeOn"/> when one is given, so two
    /// hosts doing the same check-then-write (claiming a report occurrence, a rollup) do it one after the other.
    /// </summary>
    internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, string? serializeOn, CancellationToken cancellationToken);

    /// <summary>A read-only transaction whose statements all see one snapshot.</summary>
    internal abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Appended to a SELECT on <c>posts</c> that must keep the rows it found until commit (PostgreSQL <c>FOR SHARE</c>;
    /// empty on SQLite, whose write transaction already excludes every other writer).
    /// </summary>
    internal abstract string ForShare { get; }

    /// <summary>Marks every day that has posts for the next cube rollup (a watchlist changed).</summary>
    internal abstract string MarkAllPostDaysDirtySql { get; }

    /// <summary>
    /// The database's clock, in the unit lease expiries are stored in (<c>timestamptz</c> in PostgreSQL, Unix
    /// milliseconds in SQLite): every host judges a lease by the same clock, never its own.
    /// </summary>
    internal abstract string NowSql { get; }

    /// <summary>A duration that adds to <see cref="NowSql"/>.</summary>
    internal abstract object Interval(TimeSpan duration);

    /// <summary>A condition that <paramref name="column"/> is one of <paramref name="values"/>; adds its parameter to <paramref name="command"/>.</summary>
    internal abstract string InList(DbCommand command, string column, string parameterName, IReadOnlyCollection<string> values);
}
