using Sermo.Analytics.Query;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The query tree as <see cref="Condition"/>s over <see cref="SearchColumnRows"/>, each leaf the meaning of its SQL in
/// <see cref="SqliteQueryTranslator"/>: tags by kind and value (a disease by code prefix or by name), <c>lower()</c>
/// equality for specialty and state (SQLite's lower() folds ASCII letters only), sentiment equality, adverse_json
/// against the empty list, and the day between the bounds.
/// </summary>
internal static class ColumnConditions
{
    public static Condition? From(QueryNode node, SearchColumnRows rows) => node switch
    {
        AndNode => All(QueryText.Chain(node), rows, and: true),
        OrNode => All(QueryText.Chain(node), rows, and: false),
        NotNode not => From(not.Operand, rows) is { } operand ? new Not(operand) : null,
        DateRangeNode range => new Days(rows, range.From?.DayNumber ?? int.MinValue, range.To?.DayNumber ?? int.MaxValue),
        FieldNode field => Field(field, rows),
        _ => null, // text: SQLite's FTS5 answers it
    };

    /// <summary>The conjunction of <paramref name="operands"/>, or null when one needs SQLite.</summary>
    public static Condition? AllOf(IReadOnlyList<QueryNode> operands, SearchColumnRows rows) => All(operands, rows, and: true);

    private static Condition? All(IReadOnlyList<QueryNode> operands, SearchColumnRows rows, bool and)
    {
        var parts = new List<Condition>();
        foreach (var operand in operands)
        {
            if (From(operand, rows) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return and ? new And(parts) : new Or(parts);
    }

    private static Condition? Field(FieldNode field, SearchColumnRows rows) => field.Field switch
    {
        QueryField.Brand => Keys(rows, k => k == ("brand", field.Value)),
        QueryField.Generic => Keys(rows, k => k == ("generic", field.Value)),
        QueryField.Aspect => Keys(rows, k => k == ("aspect", field.Value)),
        QueryField.Disease when field.IsIcd10Prefix => Keys(rows, k => k.Kind == "disease" && CodeInPrefix(k.Value, field.Value)),
        QueryField.Disease => Keys(rows, k => k == (PostTagColumns.DiseaseName, field.Value)),
        QueryField.Specialty => new Named(rows.Specialty, Names(rows.Specialties, rows.SpecialtyName, field.Value)),
        QueryField.State => new Named(rows.State, Names(rows.States, rows.StateName, field.Value)),
        QueryField.Sentiment when rows.SentimentIsSign => new Sentiment(rows, SqliteQueryTranslator.SentimentValue(field.Value)),
        QueryField.AdverseEvent => new Adverse(rows, field.Value == "true"),
        _ => null,
    };

    /// <summary>As the SQL's range: E11 is E11 and E11.x (not E110); E1 is E10..E19.x.</summary>
    private static bool CodeInPrefix(string value, string code)
    {
        var (low, high) = code.Length == 3 ? (code + ".", code + "/") : (code, code[..^1] + (char)(code[^1] + 1));
        return (code.Length == 3 && value == code)
            || (string.CompareOrdinal(value, low) >= 0 && string.CompareOrdinal(value, high) < 0);
    }

    private static Tagged Keys(SearchColumnRows rows, Func<(string Kind, string Value), bool> wanted)
    {
        var keys = rows.TagKeys;
        var match = new bool[keys.KeyCount];
        var lists = new List<List<int>>();
        for (var key = 0; key < keys.KeyCount; key++)
        {
            if (wanted(keys.Key(key)))
            {
                match[key] = true;
                lists.Add(keys.Posting(key));
            }
        }

        return new Tagged(keys, match, lists);
    }

    /// <summary>Which numbered names (1-based; 0 is NULL) equal the value once lower-cased as SQLite's lower() does.</summary>
    private static bool[] Names(int count, Func<int, string> name, string value)
    {
        var match = new bool[count + 1];
        for (var number = 1; number <= count; number++)
        {
            match[number] = string.Equals(AsciiLower(name(number)), value, StringComparison.Ordinal);
        }

        return match;
    }

    private static string AsciiLower(string text) =>
        string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + 32) : source[i];
            }
        });

    private sealed class And(List<Condition> parts) : Condition
    {
        public override Truth Test(long id)
        {
            var result = Truth.True;
            foreach (var part in parts)
            {
                var truth = part.Test(id);
                if (truth == Truth.False)
                {
                    return Truth.False;
                }

                if (truth == Truth.Unknown)
                {
                    result = Truth.Unknown;
                }
            }

            return result;
        }

        /// <summary>Every match is in each part's lists, so the smallest part's lists will do.</summary>
        public override List<List<int>>? Lists() =>
            parts.Select(p => p.Lists()).Where(l => l is not null).MinBy(l => l!.Sum(ids => (long)ids.Count));
    }

    private sealed class Or(List<Condition> parts) : Condition
    {
        public override Truth Test(long id)
        {
            var result = Truth.False;
            foreach (var part in parts)
            {
                var truth = part.Test(id);
                if (truth == Truth.True)
                {
                    return Truth.True;
                }

                if (truth == Truth.Unknown)
                {
                    result = Truth.Unknown;
                }
            }

            return result;
        }

        /// <summary>A match is in some part's lists: only when every part has lists is their union enough.</summary>
        public override List<List<int>>? Lists()
        {
            var all = new List<List<int>>();
            foreach (var part in parts)
            {
                if (part.Lists() is not { } lists)
                {
                    return null;
                }

                all.AddRange(lists);
            }

            return all;
        }
    }

    private sealed class Not(Condition operand) : Condition
    {
        public override Truth Test(long id) => operand.Test(id) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };
    }

    /// <summary><c>p.id IN (SELECT post_rowid FROM post_tags WHERE …)</c>: never NULL.</summary>
    private sealed class Tagged(PostTagColumns keys, bool[] match, List<List<int>> lists) : Condition
    {
        public override Truth Test(long id)
        {
            foreach (var key in keys.KeysOf(id))
            {
                if (match[key])
                {
                    return Truth.True;
                }
            }

            return Truth.False;
        }

        public override List<List<int>>? Lists() => lists;
    }

    /// <summary><c>lower(p.column) = value</c>: NULL (number 0) compares as unknown.</summary>
    private sealed class Named(Func<long, int> number, bool[] match) : Condition
    {
        public override Truth Test(long id) => number(id) is var n && n == 0 ? Truth.Unknown : match[n] ? Truth.True : Truth.False;
    }

    private sealed class Sentiment(SearchColumnRows rows, int value) : Condition
    {
        public override Truth Test(long id) => rows.Sentiment(id) == value ? Truth.True : Truth.False;
    }

    private sealed class Adverse(SearchColumnRows rows, bool wanted) : Condition
    {
        public override Truth Test(long id) => rows.Adverse(id) == wanted ? Truth.True : Truth.False;
    }

    private sealed class Days(SearchColumnRows rows, int from, int to) : Condition
    {
        public override Truth Test(long id) => rows.Day(id) is var day && day >= from && day <= to ? Truth.True : Truth.False;
    }
}
