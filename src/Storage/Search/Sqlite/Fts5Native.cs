using System.Runtime.InteropServices;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>FTS5's <c>fts5_api</c> (sqlite3.h), as far as <see cref="ColumnBm25"/> uses it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5Api
{
    public int Version;
    public IntPtr CreateTokenizer;
    public IntPtr FindTokenizer;
    public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, delegate* unmanaged[Cdecl]<void*, void>, int> CreateFunction;
}

/// <summary>FTS5's <c>Fts5ExtensionApi</c> (sqlite3.h, the version 2 members in their order), as far as <see cref="ColumnBm25"/> uses it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public IntPtr UserData;
    public IntPtr ColumnCount;
    public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
    public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
    public IntPtr Tokenize;
    public delegate* unmanaged[Cdecl]<IntPtr, int> PhraseCount;
    public IntPtr PhraseSize;
    public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;
    public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;
    public delegate* unmanaged[Cdecl]<IntPtr, long> Rowid;
    public IntPtr ColumnText;
    public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
    public delegate* unmanaged[Cdecl]<IntPtr, int, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
    public delegate* unmanaged[Cdecl]<IntPtr, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
    public delegate* unmanaged[Cdecl]<IntPtr, int, void*> GetAuxdata;
}

/// <summary>The few SQLite entry points SQLitePCLRaw does not wrap, from the same native library it loads.</summary>
internal static unsafe partial class NativeSqlite
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern void sqlite3_result_double(IntPtr context, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern void sqlite3_result_error_code(IntPtr context, int code);
}
