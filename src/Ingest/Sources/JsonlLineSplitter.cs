using System.Buffers;

namespace Sermo.Ingest.Sources;

/// <summary>
/// Cuts a byte stream into lines as it arrives, keeping at most <c>maxLineBytes</c> of one line: a longer line is
/// reported as oversized (its bytes are dropped as they come), so memory stays bounded whatever the input. Shared by
/// the file drop and the HTTP push, which must see the same lines.
/// </summary>
public sealed class JsonlLineSplitter(int maxLineBytes)
{
    private readonly ArrayBufferWriter<byte> _line = new(4096);
    private ReadOnlyMemory<byte> _pending;
    private bool _oversized;
    private bool _handedOut;
    private long _nextLineStart;

    /// <summary>Lines completed so far (the 1-based number of the last one).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes consumed so far: after the last completed line's newline, or the end of the stream.</summary>
    public long Offset { get; private set; }

    /// <summary>Where the last completed line started.</summary>
    public long LineStart { get; private set; }

    /// <summary>Hands over the next chunk; read its lines with <see cref="TryReadLine"/> before appending another.</summary>
    public void Append(ReadOnlyMemory<byte> chunk) => _pending = chunk;

    /// <summary>The next complete line of the appended chunk, without its newline (empty if oversized); valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool oversized)
    {
        ForgetHandedOutLine();
        while (!_pending.IsEmpty)
        {
            var newline = _pending.Span.IndexOf((byte)'\n');
            var part = newline < 0 ? _pending : _pending[..newline];
            Keep(part.Span);
            Offset += part.Length;
            if (newline < 0)
            {
                _pending = ReadOnlyMemory<byte>.Empty;
                break;
            }

            Offset++;
            _pending = _pending[(newline + 1)..];
            (line, oversized) = HandOut();
            return true;
        }

        (line, oversized) = (ReadOnlyMemory<byte>.Empty, false);
        return false;
    }

    /// <summary>At the end of the stream: the last line, when it had no newline.</summary>
    public bool TryReadLastLine(out ReadOnlyMemory<byte> line, out bool oversized)
    {
        ForgetHandedOutLine();
        if (_line.WrittenCount > 0 || _oversized)
        {
            (line, oversized) = HandOut();
            return true;
        }

        (line, oversized) = (ReadOnlyMemory<byte>.Empty, false);
        return false;
    }

    private void Keep(ReadOnlySpan<byte> part)
    {
        if (!_oversized && _line.WrittenCount + part.Length <= maxLineBytes)
        {
            _line.Write(part);
        }
        else
        {
            _oversized = true;
            _line.Clear();
        }
    }

    private (ReadOnlyMemory<byte> Line, bool Oversized) HandOut()
    {
        LineNumber++;
        LineStart = _nextLineStart;
        _nextLineStart = Offset;
        _handedOut = true;
        return (_line.WrittenMemory, _oversized);
    }

    /// <summary>The caller has read the line it was handed; its buffer starts the next one.</summary>
    private void ForgetHandedOutLine()
    {
        if (_handedOut)
        {
            _line.Clear();
            _oversized = false;
            _handedOut = false;
        }
    }
}
