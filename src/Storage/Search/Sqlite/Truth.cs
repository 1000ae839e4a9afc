namespace Sermo.Storage.Search.Sqlite;

/// <summary>SQL's three truth values: a comparison with NULL is neither true nor false, and so is its NOT.</summary>
internal enum Truth : sbyte
{
    False = 0,
    True = 1,
    Unknown = 2,
}
