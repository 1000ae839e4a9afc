namespace Sermo.Worker.Cli;

/// <summary>Where a file verb's output lines go: a file's bytes, or the console's text writer for "-".</summary>
internal sealed class JsonlOutput(JsonlOutput.WriteBytes write, Action flush)
{
    public delegate void WriteBytes(ReadOnlySpan<byte> bytes);

    public void Write(ReadOnlySpan<byte> bytes) => write(bytes);

    public void Flush() => flush();
}
