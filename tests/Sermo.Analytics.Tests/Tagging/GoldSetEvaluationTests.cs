using System.Globalization;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Evaluation;
using Xunit.Abstractions;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The tagger against the hand-annotated gold set in Tagging/Gold (see docs/taggers.md for how it was written):
/// the short sentences (Gold/short), the long posts it was tuned on (Gold/long) and the held-out long posts
/// (Gold/long-heldout), the round-5 and round-6 long posts (Gold/long-fresh, Gold/long-r6), the round-7 held-out
/// long posts (Gold/long-r7), the round-8 long posts (Gold/long-r8, held out until round 9), the round-9 long posts (Gold/long-r9,
/// held out until round 10), the round-10 long posts (Gold/long-r10, held out until round 11), the round-11 long posts
/// (Gold/long-r11, held out until round 12), the round-12 long posts (Gold/long-r12, held out until round 13), the round-13
/// long posts (Gold/long-r13, held out until round 14), the round-14 long posts (Gold/long-r14, held out until round 15), the
/// round-15 long posts (Gold/long-r15, held out until round 16), the round-16 held-out long posts (Gold/long-r16), the round-17
/// long posts (Gold/long-r17, held out until round 18), the round-18 long posts (Gold/long-r18, held out until round 19),
/// the round-19 long posts (Gold/long-r19, held out until round 20), the round-20 long posts (Gold/long-r20, held out until
/// round 21), the round-21 long posts (Gold/long-r21, held out until round 22), the round-22 long posts (Gold/long-r22, held
/// out until round 23), the round-23 long posts (Gold/long-r23, held out until round 24), the round-24 long posts
/// (Gold/long-r24, held out until round 25), the round-25 long posts (Gold/long-r25, held out until round 26), the round-26 long
/// posts (Gold/long-r26, held out until round 27), the round-27 long posts (Gold/long-r27, held out until round 28; read in
/// round 28), the round-28 long posts (Gold/long-r28, held out until round 29; read in round 29), the round-29 long posts
/// (Gold/long-r29, held out until round 30; read in round 30), the round-30 long posts (Gold/long-r30, held out until round 31;
/// read in round 31), the round-31 long posts (Gold/long-r31, held out until round 32; read in round 32), the round-32 long
/// posts (Gold/long-r32, held out until round 33; read in round 33), the round-33 long posts (Gold/long-r33, held out until
/// round 34; read in round 34), the round-34 long posts (Gold/long-r34, held out until round 35; read in round 35), the round-35 long posts
/// (Gold/long-r35, held out until round 36; read in round 37), the round-36 long posts (Gold/long-r36, held out until round
/// 37; read in round 39), the round-37 long posts (Gold/long-r37, held out until round 38), the round-38 long posts
/// (Gold/long-r38, held out until round 39), the round-39 held-out long posts (Gold/long-r39), the round-40 long
/// posts (Gold/long-r40, held out in rounds 40-42, read in round 43), the round-41 long posts (Gold/long-r41, held out in
/// rounds 41-43, read in round 44), the round-42 long posts (Gold/long-r42, held out in rounds 42-44, read in round 45), the round-43 long posts
/// (Gold/long-r43, held out in rounds 43-45, read in round 46), the round-44 held-out long posts (Gold/long-r44), the round-45 held-out long posts
/// (Gold/long-r45), the round-46 held-out long posts (Gold/long-r46), the round-47 held-out long posts (Gold/long-r47), the
/// round-48 held-out long posts (Gold/long-r48), the round-49 held-out long posts (Gold/long-r49), the round-50 held-out
/// long posts (Gold/long-r50), the round-51 held-out long posts (Gold/long-r51), the round-52 held-out long posts
/// (Gold/long-r52), the round-53 held-out long posts (Gold/long-r53) and the round-54 held-out long posts (Gold/long-r54),
/// each scored apart. Prints
/// per-type
/// precision, recall and F1 and asserts the targets.
/// </summary>
public class GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<GoldSetPart>> Parts = new(() => GoldSet.LoadParts(TaggingTestData.Folder("Gold")));

    [Fact]
    public void GoldSet_Loaded_HasShortSentencesAndLongPostsInSeparateParts()
    {
        Parts.Value.Select(p => p.Name).Should().Equal("long", "long-fresh", "long-heldout", "long-r10", "long-r11", "long-r12", "long-r13", "long-r14", "long-r15", "long-r16", "long-r17", "long-r18", "long-r19", "long-r20", "long-r21", "long-r22", "long-r23", "long-r24", "long-r25", "long-r26", "long-r27", "long-r28", "long-r29", "long-r30", "long-r31", "long-r32", "long-r33", "long-r34", "long-r35", "long-r36", "long-r37", "long-r38", "long-r39", "long-r40", "long-r41", "long-r42", "long-r43", "long-r44", "long-r45", "long-r46", "long-r47", "long-r48", "long-r49", "long-r50", "long-r51", "long-r52", "long-r53", "long-r54", "long-r6", "long-r7", "long-r8", "long-r9", "short");
        Part("short").Should().HaveCountGreaterThanOrEqualTo(500);
        Part("long").Should().HaveCountGreaterThanOrEqualTo(90);
        Part("long-heldout").Should().HaveCountGreaterThanOrEqualTo(40);
        Part("long-fresh").Should().HaveCountGreaterThanOrEqualTo(100);
        Part("long-r6").Should().HaveCountGreaterThanOrEqualTo(100);
        Part("long-r7").Should().HaveCountGreaterThanOrEqualTo(100);
        Part("long-r8").Should().HaveCountGreaterThanOrEqualTo(110);
        Part("long-r9").Should().HaveCountGreaterThanOrEqualTo(130);
        Part("long-r10").Should().HaveCountGreaterThanOrEqualTo(140);
        Part("long-r11").Should().HaveCountGreaterThanOrEqualTo(160);
        Part("long-r12").Should().HaveCountGreaterThanOrEqualTo(160);
        Part("long-r13").Should().HaveCountGreaterThanOrEqualTo(160);
        Part("long-r14").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r15").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r16").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r17").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r18").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r19").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r20").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r21").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r22").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r23").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r24").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r25").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r26").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r27").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r28").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r29").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r30").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r31").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r32").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r33").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r34").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r35").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r36").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r37").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r38").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r39").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r40").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r41").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r42").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r43").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r44").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r45").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r46").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r47").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r48").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r49").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r50").Should().HaveCountGreaterThanOrEqualTo(170);
        Part("long-r51").Should().HaveCountGreaterThanOrEqualTo(150);
        Part("long-r52").Should().HaveCountGreaterThanOrEqualTo(150);
        Part("long-r53").Should().HaveCountGreaterThanOrEqualTo(150);
        Part("long-r54").Should().HaveCountGreaterThanOrEqualTo(150);
        var all = Parts.Value.SelectMany(p => p.Sentences).ToList();
        all.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        all.SelectMany(s => s.Entities).Select(e => e.Type).Should().OnlyContain(t => TagEvaluator.EntityTypes.Contains(t));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("long")]
    [InlineData("long-heldout")]
    public void Evaluate_GoldPart_MeetsEntityTargets(string part)
    {
        var evaluation = Evaluate(part);

        evaluation.Drugs.F1.Should().BeGreaterThanOrEqualTo(0.97);
        evaluation.Type("disease").F1.Should().BeGreaterThanOrEqualTo(0.95);
        evaluation.Flag("negated").Accuracy.Should().BeGreaterThanOrEqualTo(0.90);
    }

    /// <summary>
    /// The long posts that still miss a target (docs/taggers.md, Round 10): round 5 (Gold/long-fresh), round 6
    /// (Gold/long-r6), round 7 (Gold/long-r7: held out until round 8, drug F1 0.953 and disease 0.804 then; read,
    /// adjudicated and tuned on in round 8: 0.989 / 0.913), round 8 (Gold/long-r8: written by a second author,
    /// held out until round 9, 0.908 / 0.792 then; read and tuned on in round 9: 0.972 / 0.862, decision 066) and round 9
    /// (Gold/long-r9: written by a separate author, held out until round 10, 0.927 / 0.848 then; read and tuned on in
    /// round 10, decision 074) and round 10 (Gold/long-r10: written by a separate author, held out until round 11,
    /// 0.949 / 0.856 then; read and tuned on in round 11, decision 083) and round 11 (Gold/long-r11: written by a separate
/// author, held out until round 12, 0.934 / 0.838 then; read and tuned on in round 12, decision 092) and round 12
/// (Gold/long-r12: written by a separate author, held out until round 13, 0.889 / 0.800 then; read and tuned on in
/// round 13, decision 101) and round 13 (Gold/long-r13: written by a separate author, held out until round 14, 0.945 / 0.868
/// then on the list-rule markup, decision 108; read and tuned on in round 14, decision 112) and round 14 (Gold/long-r14:
/// written by a separate author, held out until round 15, 0.957 / 0.916 then, decision 110; read and tuned on in round 15,
/// decision 120) and round 15 (Gold/long-r15: written by a separate author, held out until round 16, 0.971 / 0.882
/// before round 15's tuning and 0.975 / 0.880 after, decision 118; read and tuned on in round 16: 0.982 / 0.936, decision 125) and round 16 (Gold/long-r16: written by a separate author,
/// held out until round 17, 0.979 / 0.898 before round 16's tuning and 0.979 / 0.901 after, decision 123; read and tuned
/// on in round 17, decision 130) and round 17 (Gold/long-r17: written by a separate author, held out until round 18,
/// 0.971 / 0.896 before round 17's tuning and 0.971 / 0.902 after, decision 128; read and tuned on in round 18, decision
/// 135) and round 18 (Gold/long-r18: written by a separate author, held out until round 19, 0.938 / 0.845 before and
/// after round 18's tuning, decision 133; read and tuned on in round 19, decision 141) and round 19 (Gold/long-r19:
/// written by a separate author, held out until round 20, 0.949 / 0.901 before and 0.955 / 0.911 after round 19's
/// tuning, decision 139; read and tuned on in round 20, decision 146) and round 20 (Gold/long-r20: written by a separate
/// author, held out until round 21, 0.965 / 0.918 before and 0.968 / 0.919 after round 20's tuning, decision 144; read and
/// tuned on in round 21, decision 151) and round 21 (Gold/long-r21: written by a separate author, held out until round
/// 22, 0.947 / 0.861 before and 0.950 / 0.861 after round 21's tuning, decision 149; read and tuned on in round 22,
/// decision 156) and round 22 (Gold/long-r22: written by a separate author, held out until round 23, 0.964 / 0.950 before
/// and 0.964 / 0.953 after round 22's tuning, decision 154; read and tuned on in round 23, decision 160) and round 23 (Gold/long-r23: written by a separate author, held out until
/// round 24, 0.951 / 0.895 before round 23's tuning, decision 158; read and tuned on in round 24: 0.954 / 0.895 before, 0.974 /
/// 0.922 after, decision 164) and round 24 (Gold/long-r24: written by a separate author, held out until round 25, 0.868 /
/// 0.756 before and 0.876 / 0.760 after round 24's tuning, decision 162; read and tuned on in round 25, decision 168) and round 25 (Gold/long-r25: written by a separate author, held out until
/// round 26, 0.852 / 0.768 before round 25's tuning, decision 166; read and tuned on in round 26, decision 172) and round 26 (Gold/long-r26: written by a separate author, held out until
/// round 27, 0.957 / 0.854 before and 0.960 / 0.861 after round 26's tuning, decision 170; read and tuned on in round 27, decision 176) and round 27 (Gold/long-r27: written by a separate author, held out until
/// round 28, 0.909 / 0.893 before and 0.910 / 0.915 after round 27's tuning, decision 174; read and tuned on in round 28, decision 181) and round 28 (Gold/long-r28: written by a separate author, held out until
/// round 29, 0.964 / 0.925 before round 28's tuning and 0.974 / 0.934 on main after round 28's tuning and coverage passes, decision 179; read and tuned on in round 29, decision 188) and round 29 (Gold/long-r29: written by a separate author, held out until
/// round 30, 0.927 / 0.891 before round 29's tuning and 0.951 / 0.904 on main after round 29's tuning and coverage passes, decision 184; read and tuned on in round 30, decision 196) and round 30 (Gold/long-r30: written by a separate author, held out until
/// round 31, 0.968 / 0.914 before round 30's tuning and 0.968 / 0.913 on main after round 30's tuning and coverage passes, decision 186; read and tuned on in round 31: 0.976 / 0.948 after, decision 202) and round 31 (Gold/long-r31: written by a separate author, held out until
/// round 32, 0.981 / 0.929 before round 31's tuning and 0.981 / 0.930 on main after round 31's tuning and coverage passes, decision 194; read and tuned on in round 32, decision 209) and round 32 (Gold/long-r32: written by a separate author, held out until
/// round 33, 0.966 / 0.894 before round 32's tuning and 0.966 / 0.897 on main after round 32's tuning and coverage passes, decision 200; read and tuned on in round 33: 0.982 / 0.940 after, decision 213) and round 33 (Gold/long-r33: written by a separate author, held out until
/// round 34, 0.980 / 0.891 before round 33's tuning and 0.981 / 0.894 on main after round 33's tuning and coverage passes, decision 207; read and tuned on in round 34: 0.987 / 0.949 after, decision 219) and round 34 (Gold/long-r34: written by a separate author, held out until
/// round 35, 0.989 / 0.948 before round 34's tuning and 0.988 / 0.954 on main after round 34's tuning and coverage passes, decision 211; read and tuned on in round 35: 0.997 / 0.981 after, decision 225) and round 35 (Gold/long-r35: written by a separate author, held out until
/// round 36, 0.974 / 0.967 before round 35's tuning and 0.974 / 0.969 on main after round 35's tuning and coverage passes, decision 217; read and tuned on in round 37: 0.993 / 0.984 after, decision 234) and round 36 (Gold/long-r36: written by a separate author, held out until
/// round 37, 0.984 / 0.939 before round 36's tuning and 0.986 / 0.943 on main when round 39 began, decision 221; read and tuned on in round 39: 0.987 / 0.959 after, decision 242) and round 37 (Gold/long-r37: written by a separate author, held out until
/// round 38, 0.949 / 0.841 before round 37's tuning after its second reading, decision 223; read and tuned on in round 40: 0.981 / 0.936 after, decision 250) and round 38 (Gold/long-r38: written by a separate author, held out until
/// round 39, 0.955 / 0.896 before round 38's tuning, decision 232; read and tuned on in round 41: 0.970 / 0.931 after, decision 257) and round 39 (Gold/long-r39: written by a separate author, held out until
/// round 40, 0.984 / 0.975 before round 39's tuning, decision 240; read and tuned on in round 42, decision 264) and round 40 (Gold/long-r40: written by a separate author, held out until
/// round 41, 0.949 / 0.820 before round 40's tuning after its second reading, decision 248; read and tuned on in round 43: 0.982 / 0.933 after, decision 269) and round 41 (Gold/long-r41: written by a separate author, held out until
/// round 42, 0.957 / 0.889 before round 41's tuning after its second reading, decision 255; read and tuned on in round 44: 0.985 / 0.932 after, decision 278) and round 42 (Gold/long-r42: written by a separate author, held out in
/// rounds 42-44, 0.953 / 0.903 before round 42's tuning after its second reading, decision 262; read and tuned on in round 45: 0.984 / 0.948 after, decision 288) and round 43 (Gold/long-r43: written by a separate author, held out in
/// rounds 43-45, 0.982 / 0.927 before round 43's tuning after its third reading, decision 267; read and tuned on in round 46, decision 297) and round 46 (Gold/long-r46: written by a separate author, held out
/// until decision 326, 0.975 / 0.969 on the taggers before its round after its third reading, decision 295; read and tuned on by decision 326) and round 47 (Gold/long-r47: written by a separate author, held out
/// until decision 337, 0.975 / 0.922 on the taggers before its round after its third reading, decision 303; read and tuned on by decision 337) and round 48 (Gold/long-r48: written by a separate author, held out
/// until decision 347, 0.978 / 0.971 on main's taggers at 24d7b858 when first scored, decision 314; read and tuned on by decision 347) and round 49 (Gold/long-r49: written by a separate author, held out
/// until decision 359, 0.960 / 0.897 on main's taggers at e0357fd9 when first scored, decision 324; read and tuned on by decision 359) and round 50 (Gold/long-r50: written by a separate author, held out
/// until decision 374, 0.979 / 0.915 on main's taggers at f3702fbc when first scored, decision 335; read and tuned on by decision 374) and round 51 (Gold/long-r51: written by a separate author, held out
/// until decision 386, 0.986 / 0.937 on main's taggers at c3f46a54 when first scored, decision 345; read and tuned on by decision 386), tuning sets
/// adjudicated by the guide. These floors, just under the last figures, catch a regression; they are not the targets.
    /// </summary>
    [Theory]
    [InlineData("long-fresh", 0.97, 0.91)]
    [InlineData("long-r6", 0.98, 0.96)]
    [InlineData("long-r7", 0.98, 0.93)]
    [InlineData("long-r8", 0.97, 0.90)]
    [InlineData("long-r9", 0.98, 0.93)]
    [InlineData("long-r10", 0.97, 0.92)]
    [InlineData("long-r11", 0.97, 0.92)]
    [InlineData("long-r12", 0.96, 0.92)]
    [InlineData("long-r13", 0.98, 0.90)]
    [InlineData("long-r14", 0.97, 0.93)]
    [InlineData("long-r15", 0.98, 0.93)]
    [InlineData("long-r16", 0.97, 0.89)]
    [InlineData("long-r17", 0.97, 0.89)]
    [InlineData("long-r18", 0.93, 0.84)]
    [InlineData("long-r19", 0.95, 0.90)]
    [InlineData("long-r20", 0.96, 0.91)]
    [InlineData("long-r21", 0.94, 0.85)]
    [InlineData("long-r22", 0.95, 0.94)]
    [InlineData("long-r23", 0.96, 0.90)]
    [InlineData("long-r24", 0.88, 0.83)]
    [InlineData("long-r25", 0.84, 0.75)]
    [InlineData("long-r26", 0.94, 0.84)]
    [InlineData("long-r27", 0.89, 0.89)]
    [InlineData("long-r28", 0.97, 0.93)]
    [InlineData("long-r29", 0.96, 0.94)]
    [InlineData("long-r30", 0.97, 0.94)]
    [InlineData("long-r31", 0.97, 0.92)]
    [InlineData("long-r32", 0.97, 0.93)]
    [InlineData("long-r33", 0.97, 0.93)]
    [InlineData("long-r34", 0.97, 0.95)]
    [InlineData("long-r35", 0.97, 0.95)]
    [InlineData("long-r36", 0.97, 0.95)]
    [InlineData("long-r37", 0.97, 0.92)]
    [InlineData("long-r38", 0.96, 0.92)]
    [InlineData("long-r39", 0.96, 0.94)]
    [InlineData("long-r40", 0.97, 0.92)]
    [InlineData("long-r41", 0.97, 0.92)]
    [InlineData("long-r42", 0.97, 0.93)]
    [InlineData("long-r43", 0.95, 0.89)]
    // long-r44: held out in rounds 44-46 (decision 276), read and tuned on in round 47 (decision 305); its old floors.
    [InlineData("long-r44", 0.93, 0.90)]
    [InlineData("long-r45", 0.95, 0.91)]
    [InlineData("long-r46", 0.94, 0.93)]
    [InlineData("long-r47", 0.94, 0.90)]
    [InlineData("long-r48", 0.94, 0.94)]
    [InlineData("long-r49", 0.93, 0.86)]
    // long-r50: held out in rounds 50-52 (decision 335), read and tuned on in round 53 (decision 374); its old floors.
    [InlineData("long-r50", 0.94, 0.88)]
    [InlineData("long-r51", 0.95, 0.90)]
    public void Evaluate_LongPostsBelowTarget_NoWorseThanLastMeasured(string part, double drugFloor, double diseaseFloor)
    {
        var evaluation = Evaluate(part);

        evaluation.Drugs.F1.Should().BeGreaterThanOrEqualTo(drugFloor);
        evaluation.Type("disease").F1.Should().BeGreaterThanOrEqualTo(diseaseFloor);
    }

    /// <summary>
    /// The round-52 held-out posts (Gold/long-r52), written by a separate author who did not read the tagger, its lexicons,
    /// the older sets' posts or any error list (decision 357), centred on radiology and interventional radiology (contrast
    /// reactions and premedication, contrast nephropathy and metformin, gadolinium and NSF, incidental nodules, cysts and
    /// adrenal masses, biopsies, drains, embolization, TIPS, ports and PICCs, anticoagulants and antiplatelets around
    /// procedures, sedation) and on urgent care and telehealth (URIs, sinusitis, otitis, strep, UTIs and stewardship,
    /// sprains and lacerations, rashes and cellulitis, conjunctivitis, STIs, asthma flares, back pain, controlled-substance
    /// refills by video), in the guide's markup with decision 101's list rule applied. Only the figures are printed, never
    /// the misses. Floors 0.92 / 0.88: the first score on main's taggers at d803c686 (drug F1 0.957, disease 0.916) less 0.03,
    /// rounded down; they catch a regression and are not targets.
    /// </summary>
    [Fact]
    public void Evaluate_Round52HeldOutPosts_PrintsFiguresWithoutErrors() => EvaluateFiguresOnly("long-r52", 0.92, 0.88);

    /// <summary>
    /// The round-53 held-out posts (Gold/long-r53), written by a separate author who did not read the tagger, its lexicons,
    /// the older sets' posts or any error list (decision 372), centred on palliative care, hospice and geriatrics (symptom
    /// control at the end of life, opioid rotation, secretions, terminal agitation and delirium, device deactivation,
    /// hospice eligibility in heart failure, COPD, cancer and dementia, deprescribing and Beers-list drugs, falls and
    /// fractures, dementia and its behaviours, pressure injuries, dysphagia and feeding tubes) and on travel and occupational
    /// medicine (pre-travel vaccines and malaria prophylaxis, traveller's diarrhoea, altitude and diving, returning fevers,
    /// needlesticks and PEP, lead, solvents, carbon monoxide and other toxic exposures, work injuries and return to work,
    /// hearing loss, asbestos, silica and beryllium), in the guide's markup with decision 101's list rule applied. Only the
    /// figures are printed, never the misses. Floors 0.94 / 0.87: the first score on main's taggers at 7375d1e5 (drug F1
    /// 0.976, disease 0.908) less 0.03, rounded down; they catch a regression and are not targets.
    /// </summary>
    [Fact]
    public void Evaluate_Round53HeldOutPosts_PrintsFiguresWithoutErrors() => EvaluateFiguresOnly("long-r53", 0.94, 0.87);

    /// <summary>
    /// The round-54 held-out posts (Gold/long-r54), written by a separate author who did not read the tagger, its lexicons,
    /// the older sets' posts or any error list (decision 384), centred on pulmonology and sleep medicine (asthma and COPD
    /// inhalers by class and brand, SABA overuse, spacers and nebulizers, biologics, steroid bursts and their harms, ILD and
    /// antifibrotics, sarcoidosis, pulmonary hypertension, bronchiectasis and NTM, cystic fibrosis modulators, nodules,
    /// embolism, home oxygen, CPAP and other apnoea treatments, smoking cessation) and on nephrology and dialysis (CKD with
    /// SGLT2 inhibitors, finerenone and GLP-1 drugs, potassium binders, access and catheters, PD peritonitis, anaemia and
    /// ESAs, mineral bone disease, glomerular disease and its newer drugs, AKI and nephrotoxic drugs, renal dosing, stones),
    /// in the guide's markup with decision 101's list rule applied. Only the figures are printed, never the misses. Floors
    /// 0.94 / 0.92: the first score on main's taggers at 7b9424e9 (drug F1 0.976, disease 0.950) less 0.03, rounded down;
    /// they catch a regression and are not targets.
    /// </summary>
    [Fact]
    public void Evaluate_Round54HeldOutPosts_PrintsFiguresWithoutErrors() => EvaluateFiguresOnly("long-r54", 0.94, 0.92);

    /// <summary>Entity sentiment has its target on the short sentences it was built on (issue #4); long posts report it only.</summary>
    [Fact]
    public void Evaluate_ShortPart_MeetsEntitySentimentTarget()
    {
        Evaluate("short").EntitySentiment.Accuracy.Should().BeGreaterThanOrEqualTo(0.80);
    }

    [Fact]
    public void Evaluate_TaggerThatFindsNothing_ScoresZeroRecall()
    {
        var evaluation = TagEvaluator.Evaluate(new NothingTagger(), Part("short").Take(20));

        evaluation.Drugs.Recall.Should().Be(0);
        evaluation.Drugs.FalseNegatives.Should().BePositive();
    }

    private static IReadOnlyList<GoldSentence> Part(string name) => Parts.Value.Single(p => p.Name == name).Sentences;

    /// <summary>
    /// Each round's held-out test prints figures only, never the misses (decision 118). Not private: between a round
    /// that turns its held-out set into a tuning set and the branch that adds the next held-out set, nothing calls it.
    /// </summary>
    internal void EvaluateFiguresOnly(string part, double drugFloor, double diseaseFloor)
    {
        var posts = Part(part);

        var evaluation = TagEvaluator.Evaluate(SharedTagger.Tagger, posts, SharedTagger.IdAliases);
        output.WriteLine(part + ": " + Describe(evaluation));

        evaluation.Sentences.Should().Be(posts.Count);
        evaluation.Drugs.F1.Should().BeGreaterThanOrEqualTo(drugFloor);
        evaluation.Type("disease").F1.Should().BeGreaterThanOrEqualTo(diseaseFloor);
    }

    private TagEvaluation Evaluate(string part)
    {
        var evaluation = TagEvaluator.Evaluate(SharedTagger.Tagger, Part(part), SharedTagger.IdAliases);
        output.WriteLine(part + ": " + Describe(evaluation));
        foreach (var error in evaluation.Errors)
        {
            output.WriteLine(error);
        }

        return evaluation;
    }

    internal static string Describe(TagEvaluation evaluation)
    {
        var lines = new List<string> { $"{evaluation.Sentences} sentences", "type            P      R      F1     tp   fp   fn" };
        foreach (var score in evaluation.Types.Append(evaluation.Drugs).Append(evaluation.AdverseEventPairs))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{score.Type,-18} {score.Precision,5:F3}  {score.Recall,5:F3}  {score.F1,5:F3}  {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4}"));
        }

        foreach (var flag in evaluation.Flags.Append(evaluation.EntitySentiment))
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{flag.Flag} accuracy {flag.Accuracy:F3} ({flag.Agreements}/{flag.Compared}; gold+ {flag.GoldPositives}, predicted+ {flag.PredictedPositives}, both {flag.BothPositive})"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private sealed class NothingTagger : ITextTagger
    {
        public TagResult Tag(string text) => new([], [], Sentiment.Neutral, 0);
    }
}
