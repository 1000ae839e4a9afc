namespace Sermo.Storage.Search.Sqlite;

/// <summary>One part of a <see cref="ColumnFilter"/>: its truth for a held row, and the tag lists every match is in.</summary>
internal abstract class Condition
{
    public abstract Truth Test(long id);

    /// <summary>Row id lists whose union holds every row this condition is true for; null when there are none such.</summary>
    public virtual List<List<int>>? Lists() => null;
}
