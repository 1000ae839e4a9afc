using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>Where the gold set lives in the source tree (tests read it in place, not from the build output).</summary>
public static class GoldFiles
{
    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "Sermo.Ingest.Tests", "Anonymization", "Gold");

    public static string GoldJsonl => Path.Combine(Folder, "gold.jsonl");

    /// <summary>The independent gold set of issue #14 (Independent/generate.mjs): its tuning part and its held-out part.</summary>
    public static string IndependentFolder => Path.Combine(Folder, "Independent");

    /// <summary>Round 5's fresh held-out set of issue #14 (Fresh/generate.py: a third generator, hand-typed sources).</summary>
    public static string FreshJsonl => Path.Combine(Folder, "Fresh", "fresh.jsonl");

    /// <summary>Round 6's held-out set of issue #14 (Round6/generate.py and hand-written posts, decision 044).</summary>
    public static string Round6Jsonl => Path.Combine(Folder, "Round6", "round6.jsonl");

    /// <summary>Round 7's held-out set of issue #14 (Round7/generate.py and hand-written posts, decision 049).</summary>
    public static string Round7Jsonl => Path.Combine(Folder, "Round7", "round7.jsonl");

    /// <summary>Round 8's held-out set of issue #14, written by a helper who never read the scrubber (decision 056).</summary>
    public static string Round8Jsonl => Path.Combine(Folder, "Round8", "round8.jsonl");

    /// <summary>Round 9's held-out set of issue #14, by a separate author who never read the scrubber (decision 063).</summary>
    public static string Round9Jsonl => Path.Combine(Folder, "Round9", "round9.jsonl");

    /// <summary>Round 10's held-out set of issue #14, by a separate author who never read the scrubber (decision 071).</summary>
    public static string Round10Jsonl => Path.Combine(Folder, "Round10", "round10.jsonl");

    /// <summary>Round 11's held-out set of issue #14, by a separate author who never read the scrubber (decision 080).</summary>
    public static string Round11Jsonl => Path.Combine(Folder, "Round11", "round11.jsonl");

    /// <summary>Round 12's held-out set of issue #14, by a separate author who never read the scrubber (decision 089).</summary>
    public static string Round12Jsonl => Path.Combine(Folder, "Round12", "round12.jsonl");

    /// <summary>Round 13's held-out set of issue #14, by a separate author who never read the scrubber (decision 098).</summary>
    public static string Round13Jsonl => Path.Combine(Folder, "Round13", "round13.jsonl");

    /// <summary>Round 14's held-out set of issue #14, by a separate author who never read the scrubber (decision 109).</summary>
    public static string Round14Jsonl => Path.Combine(Folder, "Round14", "round14.jsonl");

    /// <summary>Round 15's held-out set of issue #14, by a separate author who never read the scrubber (decision 117).</summary>
    public static string Round15Jsonl => Path.Combine(Folder, "Round15", "round15.jsonl");

    /// <summary>Round 16's held-out set of issue #14, by a separate author who never read the scrubber (decision 122).</summary>
    public static string Round16Jsonl => Path.Combine(Folder, "Round16", "round16.jsonl");

    /// <summary>Round 17's held-out set of issue #14, by a separate author who never read the scrubber (decision 127).</summary>
    public static string Round17Jsonl => Path.Combine(Folder, "Round17", "round17.jsonl");

    /// <summary>Round 18's held-out set of issue #14, by a separate author who never read the scrubber (decision 132).</summary>
    public static string Round18Jsonl => Path.Combine(Folder, "Round18", "round18.jsonl");

    /// <summary>Round 19's held-out set of issue #14, by a separate author who never read the scrubber (decision 138).</summary>
    public static string Round19Jsonl => Path.Combine(Folder, "Round19", "round19.jsonl");

    /// <summary>Round 20's held-out set of issue #14, by a separate author who never read the scrubber (decision 143).</summary>
    public static string Round20Jsonl => Path.Combine(Folder, "Round20", "round20.jsonl");

    /// <summary>Round 21's held-out set of issue #14, by a separate author who never read the scrubber (decision 148).</summary>
    public static string Round21Jsonl => Path.Combine(Folder, "Round21", "round21.jsonl");

    /// <summary>Round 22's held-out set of issue #14, by a separate author who never read the scrubber (decision 153).</summary>
    public static string Round22Jsonl => Path.Combine(Folder, "Round22", "round22.jsonl");

    /// <summary>Round 23's held-out set of issue #14, by a separate author who never read the scrubber (decision 157).</summary>
    public static string Round23Jsonl => Path.Combine(Folder, "Round23", "round23.jsonl");

    /// <summary>Round 24's held-out set of issue #14, by a separate author who never read the scrubber (decision 161).</summary>
    public static string Round24Jsonl => Path.Combine(Folder, "Round24", "round24.jsonl");

    /// <summary>Round 25's held-out set of issue #14, by a separate author who never read the scrubber (decision 165).</summary>
    public static string Round25Jsonl => Path.Combine(Folder, "Round25", "round25.jsonl");

    /// <summary>Round 26's held-out set of issue #14, by a separate author who never read the scrubber (decision 169).</summary>
    public static string Round26Jsonl => Path.Combine(Folder, "Round26", "round26.jsonl");

    /// <summary>Round 27's held-out set of issue #14, by a separate author who never read the scrubber (decision 173).</summary>
    public static string Round27Jsonl => Path.Combine(Folder, "Round27", "round27.jsonl");

    /// <summary>Round 28's held-out set of issue #14, by a separate author who never read the scrubber (decision 178).</summary>
    public static string Round28Jsonl => Path.Combine(Folder, "Round28", "round28.jsonl");

    /// <summary>Round 29's held-out set of issue #14, by a separate author who never read the scrubber (decision 183).</summary>
    public static string Round29Jsonl => Path.Combine(Folder, "Round29", "round29.jsonl");

    /// <summary>Round 30's held-out set of issue #14, by a separate author who never read the scrubber (decision 185).</summary>
    public static string Round30Jsonl => Path.Combine(Folder, "Round30", "round30.jsonl");

    /// <summary>Round 31's held-out set of issue #14, by a separate author who never read the scrubber (decision 193).</summary>
    public static string Round31Jsonl => Path.Combine(Folder, "Round31", "round31.jsonl");

    /// <summary>Round 32's held-out set of issue #14, by a separate author who never read the scrubber (decision 199).</summary>
    public static string Round32Jsonl => Path.Combine(Folder, "Round32", "round32.jsonl");

    /// <summary>Round 33's held-out set of issue #14, by a separate author who never read the scrubber (decision 206).</summary>
    public static string Round33Jsonl => Path.Combine(Folder, "Round33", "round33.jsonl");

    /// <summary>Round 34's held-out set of issue #14, by a separate author who never read the scrubber (decision 210).</summary>
    public static string Round34Jsonl => Path.Combine(Folder, "Round34", "round34.jsonl");

    /// <summary>Round 35's held-out set of issue #14, by a separate author who never read the scrubber (decision 216).</summary>
    public static string Round35Jsonl => Path.Combine(Folder, "Round35", "round35.jsonl");

    /// <summary>Round 36's held-out set of issue #14, by a separate author who never read the scrubber (decision 220).</summary>
    public static string Round36Jsonl => Path.Combine(Folder, "Round36", "round36.jsonl");

    /// <summary>Round 37's held-out set of issue #14, by a separate author who never read the scrubber (decision 222).</summary>
    public static string Round37Jsonl => Path.Combine(Folder, "Round37", "round37.jsonl");

    /// <summary>Round 38's held-out set of issue #14, by a separate author who never read the scrubber (decision 231).</summary>
    public static string Round38Jsonl => Path.Combine(Folder, "Round38", "round38.jsonl");

    /// <summary>Round 39's held-out set of issue #14, by a separate author who never read the scrubber (decision 239).</summary>
    public static string Round39Jsonl => Path.Combine(Folder, "Round39", "round39.jsonl");

    /// <summary>Round 40's held-out set of issue #14, by a separate author who never read the scrubber (decision 247).</summary>
    public static string Round40Jsonl => Path.Combine(Folder, "Round40", "round40.jsonl");

    /// <summary>Round 41's held-out set of issue #14, by a separate author who never read the scrubber (decision 254).</summary>
    public static string Round41Jsonl => Path.Combine(Folder, "Round41", "round41.jsonl");

    /// <summary>Round 42's held-out set of issue #14, by a separate author who never read the scrubber (decision 261).</summary>
    public static string Round42Jsonl => Path.Combine(Folder, "Round42", "round42.jsonl");

    /// <summary>Round 43's held-out set of issue #14, by a separate author who never read the scrubber (decision 266).</summary>
    public static string Round43Jsonl => Path.Combine(Folder, "Round43", "round43.jsonl");

    /// <summary>Round 44's held-out set of issue #14, by a separate author who never read the scrubber (decision 275).</summary>
    public static string Round44Jsonl => Path.Combine(Folder, "Round44", "round44.jsonl");

    /// <summary>Round 45's held-out set of issue #14, by a separate author who never read the scrubber (decision 285).</summary>
    public static string Round45Jsonl => Path.Combine(Folder, "Round45", "round45.jsonl");

    /// <summary>Round 46's held-out set of issue #14, by a separate author who never read the scrubber (decision 294).</summary>
    public static string Round46Jsonl => Path.Combine(Folder, "Round46", "round46.jsonl");

    /// <summary>Round 47's held-out set of issue #14, by a separate author who never read the scrubber (decision 302).</summary>
    public static string Round47Jsonl => Path.Combine(Folder, "Round47", "round47.jsonl");

    /// <summary>Round 48's held-out set of issue #14, by a separate author who never read the scrubber (decision 313).</summary>
    public static string Round48Jsonl => Path.Combine(Folder, "Round48", "round48.jsonl");

    /// <summary>Round 49's held-out set of issue #14, by a separate author who never read the scrubber (decision 323).</summary>
    public static string Round49Jsonl => Path.Combine(Folder, "Round49", "round49.jsonl");

    /// <summary>Round 50's held-out set of issue #14, by a separate author who never read the scrubber (decision 334).</summary>
    public static string Round50Jsonl => Path.Combine(Folder, "Round50", "round50.jsonl");

    /// <summary>Round 51's held-out set of issue #14, by a separate author who never read the scrubber (decision 344).</summary>
    public static string Round51Jsonl => Path.Combine(Folder, "Round51", "round51.jsonl");

    /// <summary>Round 52's held-out set of issue #14, by a separate author who never read the scrubber (decision 356).</summary>
    public static string Round52Jsonl => Path.Combine(Folder, "Round52", "round52.jsonl");

    /// <summary>Round 53's held-out set of issue #14, by a separate author who never read the scrubber (decision 371).</summary>
    public static string Round53Jsonl => Path.Combine(Folder, "Round53", "round53.jsonl");

    /// <summary>Round 54's held-out set of issue #14, by a separate author who never read the scrubber (decision 383).</summary>
    public static string Round54Jsonl => Path.Combine(Folder, "Round54", "round54.jsonl");

    public static IReadOnlyList<GoldPost> Load() => Load(GoldJsonl);

    public static IReadOnlyList<GoldPost> LoadRound7() => Load(Round7Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound8() => Load(Round8Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound9() => Load(Round9Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound10() => Load(Round10Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound11() => Load(Round11Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound12() => Load(Round12Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound13() => Load(Round13Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound14() => Load(Round14Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound15() => Load(Round15Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound16() => Load(Round16Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound17() => Load(Round17Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound18() => Load(Round18Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound19() => Load(Round19Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound20() => Load(Round20Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound21() => Load(Round21Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound22() => Load(Round22Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound23() => Load(Round23Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound24() => Load(Round24Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound25() => Load(Round25Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound26() => Load(Round26Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound27() => Load(Round27Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound28() => Load(Round28Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound29() => Load(Round29Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound30() => Load(Round30Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound31() => Load(Round31Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound32() => Load(Round32Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound33() => Load(Round33Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound34() => Load(Round34Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound35() => Load(Round35Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound36() => Load(Round36Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound37() => Load(Round37Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound38() => Load(Round38Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound39() => Load(Round39Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound40() => Load(Round40Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound41() => Load(Round41Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound42() => Load(Round42Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound43() => Load(Round43Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound44() => Load(Round44Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound45() => Load(Round45Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound46() => Load(Round46Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound47() => Load(Round47Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound48() => Load(Round48Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound49() => Load(Round49Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound50() => Load(Round50Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound51() => Load(Round51Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound52() => Load(Round52Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound53() => Load(Round53Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound54() => Load(Round54Jsonl);

    public static IReadOnlyList<GoldPost> LoadRound6() => Load(Round6Jsonl);

    public static IReadOnlyList<GoldPost> LoadFresh() => Load(FreshJsonl);

    public static IReadOnlyList<GoldPost> LoadIndependent(string part) => Load(Path.Combine(IndependentFolder, $"{part}.jsonl"));

    private static IReadOnlyList<GoldPost> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<GoldPost>(l, Json)!).ToList();

    // The test binary runs from tests/Sermo.Ingest.Tests/bin/...; walk up to the folder holding src/Ingest.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Ingest", "Anonymization", "Data")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root with src/Ingest above {AppContext.BaseDirectory}.");
    }
}
