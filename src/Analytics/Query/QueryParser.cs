namespace Sermo.Analytics.Query;

/// <summary>
/// Parses the analyst query language into a <see cref="QueryNode"/> tree. Recursive descent over a hand-written
/// scanner (no regexes); length, nesting and clause count are capped so hostile input costs bounded time, and so that
/// every tree the parser returns fits every backend's own limits: FTS5's expression parser has a fixed stack of 100
/// entries (about three per parenthesis level) and Elasticsearch refuses <c>bool</c> queries nested deeper than 20
/// (<c>indices.query.bool.max_nested_depth</c>). The translators keep chains of one operator flat, so their depth
/// follows <see cref="MaxDepth"/>, not the clause count; <c>SearchQueryLimits</c> tests every backend at these limits.
/// </summary>
/// <remarks>
/// Grammar: <c>query := or; or := and ("OR" and)*; and := unary (["AND"] unary)*; unary := "NOT" unary | primary;
/// primary := "(" or ")" | "phrase" | word | word* | field:value</c>. Operators are upper case; lower-case
/// <c>and</c> is a word.
/// </remarks>
public static partial class QueryParser
{
    public const int MaxLength = 2_000;
    /// <summary>Parentheses and NOTs open inside each other; each level can cost a backend one level of nesting.</summary>
    public const int MaxDepth = 12;
    public const int MaxClauses = 100;
    public const int MinPrefixLength = 2;

    private static readonly Dictionary<string, QueryField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["brand"] = QueryField.Brand,
        ["generic"] = QueryField.Generic,
        ["disease"] = QueryField.Disease,
        ["specialty"] = QueryField.Specialty,
        ["state"] = QueryField.State,
        ["sentiment"] = QueryField.Sentiment,
        ["ae"] = QueryField.AdverseEvent,
        ["aspect"] = QueryField.Aspect,
    };

    /// <summary>Parses and checks that the query is selective; throws <see cref="QuerySyntaxException"/> or <see cref="QueryRefusedException"/>.</summary>
    public static QueryNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new QueryRefusedException($"The query is {text.Length} characters long; the limit is {MaxLength}.", MaxLength);
        }

        var root = new Parser(text).ParseQuery();
        if (!IsSelective(root))
        {
            throw new QueryRefusedException(
                "The query would scan every post: it needs at least one word, phrase, prefix or tag filter (brand:, disease:, ...) "
                + "that is not negated; a date range or NOT alone is not enough.");
        }

        return root;
    }

    /// <summary>True when the query names something posts must contain, so a backend can start from an index.</summary>
    public static bool IsSelective(QueryNode node) => node switch
    {
        TermNode or PhraseNode or PrefixNode or FieldNode => true,
        AndNode and => IsSelective(and.Left) || IsSelective(and.Right),
        OrNode or => IsSelective(or.Left) && IsSelective(or.Right),
        _ => false,
    };

    private sealed partial class Parser(string text)
    {
        private int _pos;
        private int _depth;
        private int _clauses;

        public QueryNode ParseQuery()
        {
            SkipSpace();
            if (_pos >= text.Length)
            {
                throw Error("Empty query", "a word, \"phrase\", prefix* or field:value");
            }

            var node = ParseOr();
            SkipSpace();
            if (_pos < text.Length)
            {
                throw text[_pos] == ')'
                    ? Error("Unmatched ')'", "an operator, a word or the end of the query")
                    : Error($"Unexpected '{text[_pos]}'", "an operator, a word or the end of the query");
            }

            return node;
        }

        private QueryNode ParseOr()
        {
            var left = ParseAnd();
            while (TryKeyword("OR"))
            {
                left = new OrNode(left, ParseAnd());
            }

            return left;
        }

        private QueryNode ParseAnd()
        {
            var left = ParseUnary();
            while (true)
            {
                SkipSpace();
                if (TryKeyword("AND"))
                {
                    left = new AndNode(left, ParseUnary());
                }
                else if (_pos < text.Length && text[_pos] != ')' && !AtKeyword("OR"))
                {
                    left = new AndNode(left, ParseUnary()); // implicit AND
                }
                else
                {
                    return left;
                }
            }
        }

        private QueryNode ParseUnary()
        {
            SkipSpace();
            var start = _pos;
            if (TryKeyword("NOT"))
            {
                return new NotNode(Nested(start, ParseUnary));
            }

            return ParsePrimary();
        }

        private QueryNode ParsePrimary()
        {
            SkipSpace();
            if (_pos >= text.Length)
            {
                throw Error("Query ends early", "a word, \"phrase\", prefix*, field:value or '('");
            }

            if (++_clauses > MaxClauses)
            {
                throw new QueryRefusedException($"The query has more than {MaxClauses} clauses (words, phrases, prefixes, filters, groups): clause {_clauses} starts at position {_pos + 1}.", _pos);
            }

            var c = text[_pos];
            if (c == '(')
            {
                var opened = _pos++;
                var inner = Nested(opened, ParseOr);
                SkipSpace();
                if (_pos >= text.Length || text[_pos] != ')')
                {
                    throw Error("Unclosed '('", "')'");
                }

                _pos++;
                return inner;
            }

            if (c == '"')
            {
                return ParsePhrase();
            }

            if (c == ')')
            {
                throw Error("Unexpected ')'", "a word, \"phrase\", prefix* or field:value");
            }

            if (c == '*')
            {
                throw new QueryRefusedException($"A bare '*' at position {_pos + 1} would match every post; give a word beginning of at least {MinPrefixLength} letters (metfor*).", _pos);
            }

            var start = _pos;
            var word = ReadWord();
            if (word.Length == 0)
            {
                throw Error($"Unexpected '{c}'", "a word, \"phrase\", prefix* or field:value");
            }

            if (word is "AND" or "OR")
            {
                throw new QuerySyntaxException($"Operator '{word}' without a left-hand side", start, "a word, \"phrase\", prefix*, field:value or '('");
            }

            if (_pos < text.Length && text[_pos] == ':' && word.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                _pos++;
                return ParseDrugClass();
            }

            if (_pos < text.Length && text[_pos] == ':')
            {
                if (!Fields.TryGetValue(word, out var field) && !word.Equals("date", StringComparison.OrdinalIgnoreCase))
                {
                    throw new QuerySyntaxException($"Unknown field '{word}'", start, "one of brand:, generic:, class:, disease:, specialty:, state:, sentiment:, ae:, aspect:, date:");
                }

                _pos++;
                return word.Equals("date", StringComparison.OrdinalIgnoreCase) ? ParseDateRange() : ParseField(field);
            }

            if (_pos < text.Length && text[_pos] == '*')
            {
                _pos++;
                var prefix = word.ToLowerInvariant();
                if (prefix.Length < MinPrefixLength || !prefix.All(char.IsLetterOrDigit))
                {
                    throw new QueryRefusedException($"The prefix '{word}*' at position {start + 1} is too broad or not one word; use at least {MinPrefixLength} letters or digits.", start);
                }

                return new PrefixNode(prefix);
            }

            return WordsNode(Words(word), start);
        }

        private PhraseNode ParsePhrase()
        {
            var start = _pos++;
            var end = text.IndexOf('"', _pos);
            if (end < 0)
            {
                throw new QuerySyntaxException("Unclosed phrase", text.Length, "a closing '\"' for the phrase opened at position " + (start + 1));
            }

            var words = Words(text[_pos..end]);
            _pos = end + 1;
            if (words.Count == 0)
            {
                throw new QuerySyntaxException("Empty phrase", start, "words between the quotes");
            }

            return new PhraseNode(words);
        }

        private static QueryNode WordsNode(List<string> words, int start) => words.Count switch
        {
            0 => throw new QuerySyntaxException("No letters or digits in the word", start, "a word"),
            1 => new TermNode(words[0]),
            _ => new PhraseNode(words), // "a-fib" is the phrase "a fib", as every backend's tokenizer sees it
        };

        /// <summary>Lower-cased letter/digit runs: the tokens every backend's analyzer also produces.</summary>
        private static List<string> Words(string raw)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= raw.Length; i++)
            {
                var inWord = i < raw.Length && char.IsLetterOrDigit(raw[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    words.Add(raw[start..i].ToLowerInvariant());
                    start = -1;
                }
            }

            return words;
        }

        /// <summary>Reads up to whitespace, a parenthesis, a quote, ':' or '*'.</summary>
        private string ReadWord()
        {
            var start = _pos;
            while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('(' or ')' or '"' or ':' or '*'))
            {
                _pos++;
            }

            return text[start.._pos];
        }

        /// <param name="opened">Where the '(' or NOT that opens this level starts.</param>
        private T Nested<T>(int opened, Func<T> parse)
        {
            if (++_depth > MaxDepth)
            {
                throw new QueryRefusedException(
                    $"The query nests deeper than {MaxDepth} levels of parentheses and NOTs: level {_depth} opens at position {opened + 1}.", opened);
            }

            var result = parse();
            _depth--;
            return result;
        }

        private bool AtKeyword(string keyword)
        {
            SkipSpace();
            var end = _pos + keyword.Length;
            return string.CompareOrdinal(text, _pos, keyword, 0, keyword.Length) == 0
                && (end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is '(' or '"');
        }

        private bool TryKeyword(string keyword)
        {
            if (!AtKeyword(keyword))
            {
                return false;
            }

            _pos += keyword.Length;
            SkipSpace();
            if (_pos >= text.Length || text[_pos] == ')')
            {
                throw Error($"'{keyword}' has nothing after it", "a word, \"phrase\", prefix*, field:value or '('");
            }

            return true;
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private QuerySyntaxException Error(string message, string expected) => new(message, _pos, expected);
    }
}
