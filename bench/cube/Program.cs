using System.Globalization;
using Sermo.CubeBench;

// Cube benchmark. Usage (repository root): bench/cube/run.sh
//   load DB POSTS          fill a post store with synthetic tagged posts through the ingest bulk path
var mode = args.Length > 0 ? args[0] : "";
var ct = CancellationToken.None;
switch (mode)
{
    case "load":
        var (posts, elapsed) = await PostLoad.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), ct);
        Console.WriteLine($"loaded {posts:N0} posts in {elapsed.TotalSeconds:F0} s ({posts / elapsed.TotalSeconds:N0} posts/s)");
        return 0;
    default:
        Console.Error.WriteLine("usage: load DB POSTS");
        return 2;
}
