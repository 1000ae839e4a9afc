namespace Sermo.Forum.Storage;

/// <summary>Schema statements both backends share.</summary>
internal static class ForumSchema
{
    public const int Version = 2;

    /// <summary>Every handle and pseudonym reserves its lower-case key, so no one takes a name someone had.</summary>
    public const string CopyPseudonymKeys = """
        INSERT INTO forum_pseudonyms (name_key, member_id, name)
        SELECT lower(handle), member_id, handle FROM forum_members WHERE true
        ON CONFLICT (name_key) DO NOTHING;
        INSERT INTO forum_pseudonyms (name_key, member_id, name)
        SELECT lower(pseudonym), member_id, pseudonym FROM forum_members WHERE true
        ON CONFLICT (name_key) DO NOTHING;
        """;
}
