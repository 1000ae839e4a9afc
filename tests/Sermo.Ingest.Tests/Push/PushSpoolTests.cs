using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sermo.Ingest.Push;
using Sermo.Ingest.Sources;

namespace Sermo.Ingest.Tests.Push;

public sealed class PushSpoolTests : IDisposable
{
    private const string Good1 = """{"id":"p1","author":"m1","createdAt":"2026-03-04T10:00:00Z","specialty":"cardiology","state":"TX","text":"Eliquis again, call 555-201-3344"}""";
    private const string Good2 = """{"id":"p2","author":"m2","createdAt":"2026-03-05T10:00:00Z","text":"Switched to Xarelto"}""";
    private readonly TempDataFolder _drop = new("push", create: false);

    public void Dispose() => _drop.Dispose();

    [Fact]
    public async Task Accept_ValidLines_SpooledAsOneJsonlFileTheDropSourceReads()
    {
        var receipt = await Spool().AcceptAsync(Body(Good1 + "\n" + Good2), CancellationToken.None);

        receipt.Should().BeEquivalentTo(new { Lines = 2, Accepted = 2, Rejected = Array.Empty<PushedLineRejection>() });
        Directory.GetFiles(_drop).Select(Path.GetFileName).Should().Equal(receipt.File);
        receipt.File.Should().MatchRegex(@"^push-20260304T120000000Z-[0-9a-f]{32}\.jsonl$");
        var posts = await ReadAllAsync(Path.Combine(_drop, receipt.File));
        posts.OfType<IncomingPost>().Select(p => p.PostId).Should().Equal(["push:p1", "push:p2"], "a push file is its own namespace (decision 014)");
    }

    [Fact]
    public async Task Accept_BadLines_ReportedWithReasonAndSpooledSoTheCycleDeadLettersThem()
    {
        var body = string.Join('\n', Good1, "{not json", """{"id":"p3","createdAt":"2026-03-05T10:00:00Z","text":"x"}""", "", Good1.Replace("555-201-3344", "x", StringComparison.Ordinal));

        var receipt = await Spool().AcceptAsync(Body(body), CancellationToken.None);

        receipt.Lines.Should().Be(4, "the blank line is not a record");
        receipt.Accepted.Should().Be(1);
        receipt.Rejected.Select(r => (r.Line, r.Reason)).Should().Equal((2, "malformed-json"), (3, "missing-author"), (5, "duplicate-id"));
        var items = await ReadAllAsync(Path.Combine(_drop, receipt.File));
        items.OfType<RejectedRecord>().Select(r => r.Reason).Should().Equal("malformed-json", "missing-author", "duplicate-id");
    }

    [Fact]
    public async Task Accept_LineOverTheDropLineLimit_ReportedAsTooLarge()
    {
        var longLine = Good2.Replace("Switched to Xarelto", new string('a', 3000), StringComparison.Ordinal);

        var receipt = await Spool(maxLineBytes: 2048).AcceptAsync(Body(Good1 + "\n" + longLine + "\n"), CancellationToken.None);

        receipt.Rejected.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 2, Reason = "text-too-large" });
    }

    [Fact]
    public async Task Accept_BodyOverTheBatchLimit_RefusedAndNothingSpooled()
    {
        var body = string.Join('\n', Enumerable.Repeat(Good2, 100));

        var act = () => Spool(maxBatchBytes: 2048).AcceptAsync(Body(body), CancellationToken.None);

        (await act.Should().ThrowAsync<PushRejectedException>()).Which.Reason.Should().Be("batch-too-large");
        Directory.GetFileSystemEntries(_drop).Should().BeEmpty();
    }

    [Fact]
    public async Task Accept_TenThousandJunkLines_ReceiptCountsEveryLineAndListsOnlyTheFirst()
    {
        var body = string.Join('\n', Enumerable.Range(0, 10_000).Select(i => "junk " + i)) + "\n" + Good1;

        var receipt = await Spool().AcceptAsync(Body(body), CancellationToken.None);

        receipt.Lines.Should().Be(10_001);
        receipt.Accepted.Should().Be(1);
        receipt.RejectedCount.Should().Be(10_000);
        receipt.RejectedByReason.Should().BeEquivalentTo(new Dictionary<string, int> { ["malformed-json"] = 10_000 });
        receipt.Rejected.Should().HaveCount(PushReceipt.ListedRejections);
        receipt.Rejected.Select(r => r.Line).Should().Equal(Enumerable.Range(1, PushReceipt.ListedRejections).Select(i => (long)i));
    }

    [Fact]
    public async Task Accept_CallerGoesAwayMidBody_StopsAndSpoolsNothing()
    {
        using var gone = new CancellationTokenSource();
        var endless = new EndlessLines(Encoding.UTF8.GetBytes(Good2 + "\n"), afterChunks: 50, gone);

        var act = () => Spool(maxBatchBytes: 1L << 30).AcceptAsync(endless, gone.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        endless.ChunksRead.Should().BeLessThan(60, "the spool stops reading once the caller is gone");
        Directory.GetFileSystemEntries(_drop).Should().BeEmpty();
    }

    [Fact]
    public async Task Accept_PostDatedYearOne_ReportedAsTheCycleWillDeadLetterIt()
    {
        var ancient = Good2.Replace("2026-03-05T10:00:00Z", "0001-01-01T00:00:00Z", StringComparison.Ordinal);

        var receipt = await Spool().AcceptAsync(Body(Good1 + "\n" + ancient), CancellationToken.None);

        receipt.Rejected.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 2L, Reason = "bad-timestamp" });
    }

    [Fact]
    public async Task Accept_OnlyBlankLines_RefusedAsEmpty()
    {
        var act = () => Spool().AcceptAsync(Body("\n  \r\n"), CancellationToken.None);

        (await act.Should().ThrowAsync<PushRejectedException>()).Which.Reason.Should().Be("empty-batch");
    }

    [Fact]
    public async Task Accept_BodyFailsMidRead_NothingSpooled()
    {
        var act = () => Spool().AcceptAsync(new FailingStream(Encoding.UTF8.GetBytes(Good1 + "\n")), CancellationToken.None);

        await act.Should().ThrowAsync<IOException>();
        (Directory.Exists(_drop) ? Directory.GetFiles(_drop) : []).Should().BeEmpty();
    }

    [Theory]
    [InlineData("s3cret-token-for-tests", true)]
    [InlineData("s3cret-token-for-test", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAuthorized_PresentedToken_OnlyTheConfiguredOneAccepted(string? presented, bool expected) =>
        Spool().IsAuthorized(presented).Should().Be(expected);

    [Fact]
    public void IsAuthorized_NoTokenConfigured_PushIsOffAndNothingAuthorizes()
    {
        var spool = Spool(token: null);

        spool.Enabled.Should().BeFalse();
        spool.IsAuthorized("").Should().BeFalse();
    }

    private PushSpool Spool(string? token = "s3cret-token-for-tests", long maxBatchBytes = 1 << 20, int maxLineBytes = 1 << 20) =>
        new(Options.Create(new IngestOptions { AuthorKeySecret = new string('k', 32), DropFolder = _drop, MaxLineBytes = maxLineBytes }),
            Options.Create(new PushOptions { Token = token, MaxBatchBytes = maxBatchBytes }),
            new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.Zero)));

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<SourceItem>> ReadAllAsync(string path)
    {
        var items = new List<SourceItem>();
        await foreach (var item in new JsonlFileSource(path, 1 << 20).ReadAsync(null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>The same line again and again, in 64 KiB chunks, as a client that never stops sending; cancels after some.</summary>
    private sealed class EndlessLines(byte[] line, int afterChunks, CancellationTokenSource cancel) : Stream
    {
        public int ChunksRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (++ChunksRead == afterChunks)
            {
                cancel.Cancel();
            }

            var written = 0;
            while (written + line.Length <= buffer.Length)
            {
                line.CopyTo(buffer[written..]);
                written += line.Length;
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hands out its bytes once, then fails as a dropped connection would.</summary>
    private sealed class FailingStream(byte[] first) : MemoryStream(first)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("connection reset by peer");
        }
    }
}
