namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Known member handles written without "@" ("as drsmith_md said"). Handles are matched as whole
/// words, case-insensitively. Words are looked up in a set, so the cost does not grow with the number
/// of handles; a handle with characters outside [A-Za-z0-9_.-] falls back to a plain search.
/// </summary>
internal static class HandleDetector
{
    public static void Detect(string text, IReadOnlyCollection<string> handles, List<Detection> found)
    {
        var simple = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in handles)
        {
            var handle = raw?.Trim().TrimStart('@') ?? string.Empty;
            if (handle.Length == 0)
            {
                continue;
            }

            if (handle.AsSpan().ContainsAnyExcept(HandleChars) || !char.IsLetterOrDigit(handle[^1]))
            {
                SearchLiterally(text, handle, found);
            }
            else
            {
                simple.Add(handle);
            }
        }

        if (simple.Count > 0)
        {
            ScanWords(text, simple.GetAlternateLookup<ReadOnlySpan<char>>(), found);
        }
    }

    private static readonly System.Buffers.SearchValues<char> HandleChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    private static void ScanWords(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> handles, List<Detection> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!HandleChars.Contains(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && HandleChars.Contains(text[i]))
            {
                i++;
            }

            // Sentence punctuation after a handle is not part of it: "thanks drsmith."
            var end = i;
            while (end > start && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (end > start && handles.Contains(text.AsSpan(start, end - start)))
            {
                var mentionStart = start > 0 && text[start - 1] == '@' ? start - 1 : start;
                found.Add(new Detection(mentionStart, end, PhiType.Mention, 7));
            }
        }
    }

    private static void SearchLiterally(string text, string handle, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text.IndexOf(handle, from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return;
            }

            var end = index + handle.Length;
            if (!RegexScan.IsWordChar(text, index - 1) && !RegexScan.IsWordChar(text, end))
            {
                found.Add(new Detection(index, end, PhiType.Mention, 7));
            }

            from = index + 1;
        }
    }
}
