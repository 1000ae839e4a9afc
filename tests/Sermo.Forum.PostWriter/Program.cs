using Sermo.Forum.Engine;
using Sermo.Forum.Storage;

// The child process of the forum's kill test: publishes posts from several writers until killed, printing
// "ack <post id>" after each commit. The test SIGKILLs it mid-write and then checks every acknowledged post is in the feed.
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: Sermo.Forum.PostWriter sqlite|postgres <connection string> <writers>");
    return 2;
}

ForumDatabase database = args[0] == "postgres" ? new PostgresForumDatabase(args[1]) : new SqliteForumDatabase(args[1]);
var engine = new ForumEngine(database, TimeProvider.System);
var author = new Member("m-writer", "writer_h", "WriterPseudo", "Cardiology", "TX", Verified: true, OptedOut: false, new DateOnly(2025, 1, 1));
await engine.ImportAsync(new ForumSnapshot([author], [new ForumThread("t-kill", "Kill test", "Cardiology", author.MemberId, DateTimeOffset.UtcNow)], []), CancellationToken.None);
var stdout = Console.Out;
var writers = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
{
    for (var i = 0; ; i++)
    {
        var postId = $"k{w:00}-{i:000000}";
        await engine.PublishAsync(new ForumPost(postId, "t-kill", null, author.MemberId, DateTimeOffset.UtcNow, $"Post {i} of writer {w}."), CancellationToken.None);
        lock (stdout)
        {
            stdout.WriteLine("ack " + postId);
            stdout.Flush();
        }
    }
})));
return 0;
