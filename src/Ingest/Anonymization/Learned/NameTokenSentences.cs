using System.Text;

namespace Sermo.Ingest.Anonymization.Learned;

/// <summary>Name and place lists the generated sentences draw from (given names, word-names, surnames, towns, state codes).</summary>
internal sealed record NameSources(IReadOnlyList<string> Given, IReadOnlyList<string> WordGiven, IReadOnlyList<string> Surnames, IReadOnlyList<string> Towns, IReadOnlyList<string> States)
{
    /// <summary>Round 16's lists (decision 124): nicknames, given names and surnames of many languages, workplaces, towns abroad.</summary>
    public WorldNameSources World { get; init; } = WorldNameSources.Empty;
}

/// <summary>Round 16's lists, typed for the retrain (Gold/sources/round16-*.txt).</summary>
internal sealed record WorldNameSources(IReadOnlyList<string> Nicknames, IReadOnlyList<string> Given, IReadOnlyList<string> Surnames, IReadOnlyList<string> Workplaces, IReadOnlyList<string> TownsAbroad)
{
    public static WorldNameSources Empty { get; } = new([], [], [], [], []);
}

/// <summary>
/// Generated training sentences for the learned detector: the classes rules keep missing on unseen text, written as
/// physicians write them (a word-name beside a detected name, "Surname, Given", towns after in/from/near, lower-case
/// names after "pt", senders and signatures), plus sentences where the same words are only words. Slots: {G} given name,
/// {W} given name that is an English word, {S} surname, {g}/{w}/{s} the same in lower case, {T} town, {A} state code; round
/// 16's slots are in NameTokenSentences.Round16.cs. Deterministic for a seed.
/// </summary>
internal static partial class NameTokenSentences
{
    private static readonly string[] Round8Templates =
    [
        "Dr. {S} and {W} from the pharmacy both called about the prior auth.",
        "Spoke with {W} {S} at length; she wants to stay on the current dose.",
        "{S}, {G} - seen today, BP 142/88, continue lisinopril.",
        "{S}, {W} (bed 4) needs her potassium rechecked.",
        "Re: {S}, {G} -- labs attached, A1c 8.2.",
        "pt {g} ws seen this am, no new complaints.",
        "my patient {g} {s} declined the statin again.",
        "pt {g} is doing better after the diuretic change.",
        "{W} called about the refill and I told her to come in Monday.",
        "Thank you {W} for covering the clinic last week.",
        "Thanks {G}, that is exactly what I needed.",
        "{G} asked whether the rash could be from the new antibiotic.",
        "Had {G} sign the consent before the procedure.",
        "We will have {W} sign the release form tomorrow.",
        "Lives in {T} with her daughter {W}, who drives her to dialysis.",
        "Drove in from {T} for the second opinion.",
        "He farms near {T}, about an hour from the nearest cath lab.",
        "Transferred from a critical access hospital in {T}, {A}.",
        "She moved to {T} last spring and lost her PCP.",
        "Family is from {T}; the brother {G} is the contact.",
        "Our clinic in {T} sees a lot of farmers' lung.",
        "cc: {G} {S}, {G} {S}",
        "Per {S}, the echo was read as moderate AS.",
        "{G} {S} is the daughter and the health care proxy.",
        "Son {W} and grandson {G} were at the bedside.",
        "Called {S} back about the MRI, no answer.",
        "Mr. {S} and his wife {W} came together to the visit.",
        "{W} {S} (91) still walks to church every Sunday.",
        "{W} is 94 and sharper than most of my residents.",
        "The patient, {G} {S}, was admitted overnight for syncope.",
        "Case from {T}: 67M, chest pain, troponin flat.",
        "Rural practice outside {T}, {A}. Anyone else seeing this?",
        "Sent {g} home with a Holter and a follow-up in two weeks.",
        "dr {s} said the biopsy was benign.",
        "{G} and {W} both missed their appointments this week.",
        "Ask for {W} at the front desk, she will get you the records.",
        "{S} family wants everything done.",
        "Nurse {W} noticed the drop in sats first.",
        "Her neighbor {W} found her on the floor.",
        "Signed, {G} {S}, MD",
        "-- {W}",
        "Best, {G}",
        "Handed off to {S} at 7, pager in the call room.",
        "{G}'s husband called twice about the discharge.",
        "{W}'s labs came back fine.",
        "Saw {G} {S} from {T} again, same story.",
        "pt {w} seen in clinic, BP better on amlodipine.",
        "pt {w} {s} no show again.",
        "Dr. {S} {W} covers the weekend; page through the operator.",
        "Saw {G} {W} today, 88 and still driving.",
        "{S}, {W} M. - DOB on file, see chart.",
        "Attn: {S}, {G}",
        "Referred by {W} {S} at the health department.",
        "The daughter {G} {W} has power of attorney.",
        "{G} {S} and her sister {W} came from {T} together.",
        "She grew up in {T} and still has family near {T}.",
        "Our satellite office in {T} closes at noon on Fridays.",
        "Flew him out of {T} by helicopter after the STEMI.",
        "Clinic day in {T} tomorrow, back in {T} Thursday.",
        "{W} from hospice called, the family wants a meeting.",
        "Message for {G}: the biopsy came back negative.",
        "Dear {W}, thanks for the referral.",
        "Happy to see {G} again, tell {W} I said hello.",
        "Huge thanks to {W} and {G} at the front desk.",
        "Covering for {S} this week; {W} has the pager.",
        "Mother {W} reports poor feeding for two days.",
        "{G} says the pain is worse at night.",
        "{W} says she stopped the metformin on her own.",
        "{W} {S}, 92, fell at home in {T}.",
        "Hope the new dose helps; will recheck in a month.",
        "Will discuss at tumor board on Tuesday.",
        "Bill the visit as a level 4, documentation supports it.",
        "Mark the site before the procedure.",
        "Faith in the process helps, but labs help more.",
        "Ivy exposure again, classic linear vesicles.",
        "Hazel eyes, no scleral icterus.",
        "Olive oil and nuts, Mediterranean diet counseling done.",
        "Daisy chain of referrals finally got her to rheumatology.",
        "Sterling results on the stress test.",
        "Major bleeding risk is the concern with triple therapy.",
        "General surgery saw her and wants a CT first.",
        "Primary care is overwhelmed in rural counties.",
        "Case conference: Gram negative rods in two of two bottles.",
        "Thanks all, great discussion.",
        "Agree with the plan above, nothing to add.",
        "Question for the group: anyone using tirzepatide off label?",
        "Will start apixaban and see her back in June.",
        "Grace period on the formulary ends Friday.",
        "Frank hematuria on the repeat UA, urology consulted.",
        "Mercy is not a plan for sepsis; start fluids.",
        "Joy of the job is the follow-up visit where they are better.",
        "Art of medicine, science of dosing.",
        "Sunny days make the clinic quiet.",
        "Rose from 1.1 to 2.3 after the contrast.",
        "Crystal arthropathy on the aspirate, gout confirmed.",
        "Summer camp physicals are due next week.",
        "Reed-Sternberg cells on the node biopsy.",
        "Grand rounds on Thursday cover heart failure.",
        "Iris and retina exam was normal.",
        "Ruby red reflex bilaterally on the newborn exam.",
        "Patient is a retired teacher, lives alone, independent in ADLs.",
        "Family Medicine wants to co-manage with Cardiology.",
        "Emergency Department boarding times keep getting worse.",
        "New guidelines from the American Heart Association are out.",
        "Medicare will not cover the second scan.",
        // Round 9 (decision 065): people in the middle of a clinical sentence with no cue word, as sign-outs and curbsides write them.
        "{G} bounced back in two days with the same complaint.",
        "Can someone call {G} back about the prior auth?",
        "F/u next week with {S} re the thyroid nodule.",
        "The monitor alarmed while {G} was in radiology.",
        "{G} and {W} {S} both came in with the flu this week.",
        "Family meeting for {G} {S} tomorrow at 2.",
        "The sign-out said \"{G} in 12 is stable\" and nobody rechecked the potassium.",
        "Shout out to the RT {W} who caught the desat.",
        "His buddy {W} drove him 40 miles to the ED.",
        "{G}'s Crohn flare was the question on rounds.",
        "{S}, {G} (room 4) needs a repeat lactate.",
        "Sad news: {G} {S} passed last night.",
        "Mailing her records to her son {G} overseas.",
        "Switched her from Eliquis to warfarin; the bleed did not change.",
        "Asked our unit about neonatal abstinence syndrome and Wilson disease.",
        "Referred to the clinic in {T} for the Ludwig angina follow-up.",
    ];

    public static IReadOnlyList<LabelledPost> Generate(NameSources sources, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(sources);
        // Round 16's templates only when its lists are given, so an empty list never reaches a slot. Joined here, not in a static
        // field: the two arrays live in two files of a partial class, whose static initialisers run in no promised order.
        string[] templates = sources.World.Nicknames.Count > 0 ? [.. Round8Templates, .. Round16Templates] : Round8Templates;
        var random = new Random(seed);
        var posts = new List<LabelledPost>(count);
        for (var n = 0; n < count; n++)
        {
            var template = templates[random.Next(templates.Length)];
            posts.Add(Render($"gen-{n:D5}", template, sources, random));
        }

        return posts;
    }

    private static LabelledPost Render(string id, string template, NameSources sources, Random random)
    {
        var text = new StringBuilder(template.Length + 32);
        var spans = new List<LabelledSpan>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                var slot = template[i + 1];
                var (value, type) = slot switch
                {
                    'G' => (Pick(random, random.Next(3) == 0 ? sources.WordGiven : sources.Given), "NAME"),
                    'W' => (Pick(random, sources.WordGiven), "NAME"),
                    'S' => (Pick(random, sources.Surnames), "NAME"),
                    'g' => (Pick(random, sources.Given).ToLowerInvariant(), "NAME"),
                    's' => (Pick(random, sources.Surnames).ToLowerInvariant(), "NAME"),
                    'w' => (Pick(random, sources.WordGiven).ToLowerInvariant(), "NAME"),
                    'T' => (Pick(random, sources.Towns), "CITY"),
                    'A' => (Pick(random, sources.States), ""),
                    'N' => (Pick(random, sources.World.Nicknames), "NAME"),
                    'n' => (Pick(random, sources.World.Nicknames).ToLowerInvariant(), "NAME"),
                    'M' => (Pick(random, sources.World.Given), "NAME"),
                    'm' => (Pick(random, sources.World.Given).ToLowerInvariant(), "NAME"),
                    'L' => (Pick(random, sources.World.Surnames), "NAME"),
                    'l' => (Pick(random, sources.World.Surnames).ToLowerInvariant(), "NAME"),
                    'E' => (Pick(random, sources.World.Workplaces), "CITY"),
                    'B' => (Pick(random, sources.World.TownsAbroad), "CITY"),
                    _ => throw new InvalidOperationException($"unknown slot {{{slot}}} in template \"{template}\""),
                };
                if (type.Length > 0)
                {
                    spans.Add(new LabelledSpan(text.Length, text.Length + value.Length, type));
                }

                text.Append(value);
                i += 2;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        return new LabelledPost(id, text.ToString(), spans, []);
    }

    private static string Pick(Random random, IReadOnlyList<string> list) => list[random.Next(list.Count)];
}
