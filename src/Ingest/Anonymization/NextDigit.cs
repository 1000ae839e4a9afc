namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The first ASCII digit at or after a position of a text, for a walk that asks at positions that never go back (a post's
/// tokens in order): the answer is kept until the walk passes it, so the text is searched (vectorised) about once in all,
/// not once per word (decision 279). Asking at an earlier position than the last searches again, so the answer is always exact.
/// </summary>
internal struct NextDigit(string text)
{
    private int _searchedFrom = int.MaxValue;

    private int _digit;

    /// <summary>The index of the first digit at or after <paramref name="position"/>, or int.MaxValue when none.</summary>
    public int From(int position)
    {
        if (position < _searchedFrom || _digit < position)
        {
            var next = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            _digit = next < 0 ? int.MaxValue : position + next;
            _searchedFrom = position;
        }

        return _digit;
    }
}
