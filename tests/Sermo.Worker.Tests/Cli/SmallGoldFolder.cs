namespace Sermo.Worker.Tests.Cli;

/// <summary>A gold folder laid out as the repository's (two posts a file) and a samples folder: the name verbs' small input.</summary>
internal static class SmallGoldFolder
{
    // A gold folder laid out as the repository's, two posts a file, and a samples folder with two forum posts.
    public static void Write(string gold, string samples)
    {
        var post = "{\"id\":\"p1\",\"text\":\"Saw Oyelaran today, BP fine.\",\"identifiers\":[{\"start\":4,\"end\":12,\"type\":\"NAME\"}],\"clinicalTerms\":[]}\n"
            + "{\"id\":\"p2\",\"text\":\"Started Eliquis for the new AF.\",\"identifiers\":[],\"clinicalTerms\":[\"Eliquis\"]}\n";
        foreach (var file in new[] { "gold.jsonl", "Independent/tune.jsonl", "Independent/holdout.jsonl", "Round6/round6.jsonl", "Round7/round7.jsonl", "Round8/round8.jsonl", "Round9/round9.jsonl",
                     "Round10/round10.jsonl", "Round11/round11.jsonl", "Round12/round12.jsonl", "Round13/round13.jsonl", "Round14/round14.jsonl", "Round15/round15.jsonl", "Round16/round16.jsonl",
                     "Round17/round17.jsonl", "Round19/round19.jsonl", "Round20/round20.jsonl", "Fresh/fresh.jsonl" })
        {
            var path = Path.Combine(gold, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, post);
        }

        Directory.CreateDirectory(Path.Combine(gold, "sources"));
        File.WriteAllText(Path.Combine(gold, "sources", "held-out-given-names.txt"), "Oyelaran\nTsegaye\nMarisabel\n");
        File.WriteAllText(Path.Combine(gold, "sources", "held-out-surnames.txt"), "Kowalczyk\nEtxeberria\nOkonjo\n");
        File.WriteAllText(Path.Combine(gold, "sources", "us-places.tsv"), "Ethete\tWY\nPeculiar\tMO\n");
        // Round 16's lists (decision 124): nicknames, given names and surnames of many languages, workplaces, towns abroad.
        File.WriteAllText(Path.Combine(gold, "sources", "round16-nicknames.txt"), "Skeeter\nBitsy\n");
        File.WriteAllText(Path.Combine(gold, "sources", "round16-world-given-names.txt"), "Wairimu\nDagny\n");
        File.WriteAllText(Path.Combine(gold, "sources", "round16-world-surnames.txt"), "Kahananui\nRautenbach\n");
        File.WriteAllText(Path.Combine(gold, "sources", "round16-workplaces.txt"), "Nucor\nWawa\n");
        File.WriteAllText(Path.Combine(gold, "sources", "round16-places-abroad.txt"), "Kisumu\nPokhara\n");
        var forum = Path.Combine(samples, "forum");
        Directory.CreateDirectory(forum);
        File.WriteAllText(Path.Combine(forum, "members.jsonl"), "{}\n");
        File.WriteAllText(Path.Combine(forum, "posts.jsonl"), "{\"id\":\"f1\",\"body\":\"Anyone using Jardiance in HFpEF?\"}\n{\"id\":\"f2\",\"body\":\"Metformin first, always.\"}\n");
        File.WriteAllText(Path.Combine(forum, "planted-identifiers.jsonl"), "");
    }
}
