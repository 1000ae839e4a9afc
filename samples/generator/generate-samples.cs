#!/usr/bin/env dotnet
#:include PhraseBank.cs
#:include Composer.cs
#:include PostBodies.cs
#:include Topics.cs
#:include Cast.cs
#:include ForumBuilder.cs
#:include Output.cs
#:include DropBuilder.cs
#:include EmergingTopicDrop.cs
// Deterministic generator for Sermo's sample data: forum members, threads and posts, planted identifiers,
// and a second-source file drop with deliberately bad lines. Run from the repository root:
//   dotnet run samples/generator/generate-samples.cs -- samples [seed]
// (another seed gives another stream of the same kind: bench/emerging plants rising topics into such streams)
// Same seed, same phrase bank => byte-identical output. All people and identifiers are fictitious.
var outDir = args.Length > 0 ? args[0] : "samples";
var bank = PhraseBank.Load(Path.Combine(outDir, "generator", "phrases.txt"));
var rng = new Random(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20261124);
var members = Cast.Members(rng);
var forum = new ForumBuilder(rng, bank, members).Build();
Directory.CreateDirectory(Path.Combine(outDir, "forum"));
Directory.CreateDirectory(Path.Combine(outDir, "drop"));
Output.WriteForum(Path.Combine(outDir, "forum"), members, forum);
new DropBuilder(rng, bank).Write(Path.Combine(outDir, "drop"));
EmergingTopicDrop.Write(Path.Combine(outDir, "drop"));
Console.WriteLine($"members {members.Count}, threads {forum.Threads.Count}, posts {forum.Posts.Count}, planted {forum.Posts.Sum(p => p.Planted.Count)}");

