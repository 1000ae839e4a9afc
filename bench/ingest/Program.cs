using System.Globalization;
using Sermo.IngestBench;

// Helpers of bench/ingest/run.sh (the script runs the `sermo ingest` verb itself):
//   drop SAMPLE_POSTS COUNT OUT.jsonl   writes a drop of COUNT forum-like posts made from the sample forum's sentences
//   fts5 DROP.jsonl DB BATCH            the same-run reference: the drop's texts into a bare FTS5 table; prints posts, seconds, posts/s, CPU seconds
//   stages DROP.jsonl FOLDER [REGISTRY] CPU per post of each stage on one thread, next to the bare FTS5 insert (a table)
//   seen-ids COUNT                      managed bytes a drop's id set holds after COUNT lines: strings vs digests
//   aspects DROP.jsonl REGISTRY         the aspect model's scores on every drug mention, each classifier featurizing vs one
//                                       featurization for both: fails unless bit-identical; CPU of each (decision 136)
var mode = args.Length > 0 ? args[0] : "";
switch (mode)
{
    case "drop" when args.Length == 4:
        var (posts, bytes) = ForumDrop.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
        Console.WriteLine($"{posts} posts, {bytes / posts} bytes of text each on average");
        return 0;
    case "fts5" when args.Length == 4:
        var (inserted, elapsed, cpu) = BareFts5Insert.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
        Console.WriteLine(FormattableString.Invariant($"{inserted} {elapsed.TotalSeconds:F3} {inserted / elapsed.TotalSeconds:F0} {cpu.TotalSeconds:F3}"));
        return 0;
    case "stages" when args.Length is 3 or 4:
        Console.WriteLine(await StageCosts.RunAsync(args[1], args[2], args.Length == 4 ? args[3] : null));
        return 0;
    case "seen-ids" when args.Length == 2:
        Console.WriteLine(SeenIdsMemory.Run(int.Parse(args[1], CultureInfo.InvariantCulture)));
        return 0;
    case "aspects" when args.Length == 3:
        var (report, identical) = await AspectPairCheck.RunAsync(args[1], args[2]);
        Console.WriteLine(report);
        return identical ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: drop SAMPLE_POSTS COUNT OUT.jsonl | fts5 DROP.jsonl DB BATCH | stages DROP.jsonl FOLDER [REGISTRY] | seen-ids COUNT | aspects DROP.jsonl REGISTRY");
        return 2;
}
