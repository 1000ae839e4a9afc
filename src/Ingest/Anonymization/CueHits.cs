using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The hits, left to right, of one vectorised ordinal search for a rule's cue strings, each searched from where the rule
/// last moved <see cref="From"/>: the loop the cue rules of decisions 201-310 each wrote out, written once.
/// </summary>
internal ref struct CueHits(string text, SearchValues<string> cues)
{
    private readonly string _text = text;
    private readonly SearchValues<string> _cues = cues;

    /// <summary>Where the next search starts; a rule moves it past what it has read.</summary>
    public int From { get; set; }

    /// <summary>The next cue's start at or after <see cref="From"/>; false when none is left.</summary>
    public readonly bool Next(out int at)
    {
        if (From < _text.Length)
        {
            var hit = _text.AsSpan(From).IndexOfAny(_cues);
            if (hit >= 0)
            {
                at = From + hit;
                return true;
            }
        }

        at = -1;
        return false;
    }
}
