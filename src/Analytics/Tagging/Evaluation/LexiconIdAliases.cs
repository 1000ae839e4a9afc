using System.Text.RegularExpressions;
using Sermo.Analytics.Lexicons;

namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>
/// Which gold ids name the same lexicon row as the tagger's canonical id, so that a gold set written without the
/// lexicon (decision 055: the author used plain names, "pcsk9-inhibitor", "ipi-nivo", "omnipod") is scored on the
/// concept, not on the lexicon's spelling (decision 066). Only spelling: a class, regimen, device or adverse event
/// matches when the gold id, folded (lower case, hyphens, slashes, commas and underscores as spaces), is the row's id, name
/// or one of its terms (a device also by its category, decision 101); a drug matches when the gold id is the lexicon generic without a route, form or salt word
/// ("buprenorphine" for "buprenorphine transdermal", "metoprolol" for "metoprolol succinate"), an acid named as its salt
/// ("valproate" for "valproic acid", "zoledronate" for "zoledronic acid") or the other name of one active moiety
/// ("niacinamide" for "nicotinamide", decision 092). Never a different
/// concept: "metoprolol succinate" in gold does not match "metoprolol tartrate", and a class never matches a member.
/// </summary>
public sealed partial class LexiconIdAliases
{
    /// <summary>
    /// Words that name how a generic is given or which salt it is, not which drug: drugs.csv keeps them in ids where
    /// a brand is one form of a generic (Flonase = "fluticasone nasal"), while physicians and gold sets name the drug.
    /// </summary>
    private static readonly HashSet<string> FormWords = new(StringComparer.Ordinal)
    {
        "nasal", "ophthalmic", "intravitreal", "transdermal", "topical", "oral", "inhalation", "inhaled", "injection",
        "implant", "iud", "liposome", "liposomal", "delayed", "extended", "release", "er", "xr", "desiccated",
        "succinate", "tartrate", "sulfate", "propionate", "furoate", "acetate", "hydrochloride", "intravesical", "vaginal", "patch", "cream", "gel", "ointment",
        "buccal", "mofetil", "palmitate", "live", "hippurate", "fumarate", "sodium",

        // Depot salts and a route (round 29, decision 188): Zyprexa Relprevv is olanzapine, haloperidol decanoate
        // haloperidol, Hizentra immune globulin (the guide drops salts and esters; aripiprazole lauroxil stays apart, a
        // different prodrug whose name holds no salt word).
        "pamoate", "decanoate", "enanthate", "subcutaneous",

        // Testosterone's commonest ester (round 44, decision 278): three older spans id "testosterone cypionate" as
        // testosterone, long-r41's one keeps the ester; one product, as enanthate is.
        "cypionate",

        // A vaccine's adjuvant is part of its formulation, as a salt is: FDA's established name for Shingrix is
        // "zoster vaccine recombinant, adjuvanted", the only recombinant zoster vaccine (decision 101).
        "adjuvanted",

        // FDA's prefixes that keep a conjugate apart from its antibody's own name: "fam-trastuzumab deruxtecan" is
        // trastuzumab deruxtecan, "ado-trastuzumab emtansine" trastuzumab emtansine (and neither is trastuzumab).
        "fam", "ado",

        // Nanoparticle albumin-bound: a formulation of paclitaxel, as liposomal is of doxorubicin.
        "nab",

        // A salt and a molecular-weight grade (round 30, decision 196): neonatal caffeine citrate is caffeine, and
        // Miralax's "polyethylene glycol 3350" is the polyethylene glycol physicians name; the number is the grade.
        "citrate", "3350",

        // The stereo prefix of "L-glutamine", "L-methylfolate": the same drug as the plain name.
        "l",

        // The source animal of an antivenom (round 43, decision 269): FDA writes "crotalidae immune F(ab')2 (equine)",
        // the lexicon the same without parentheses, and one set drops it; one product either way.
        "equine",

        // The same for a plasma or animal source (round 44, decision 278): FDA's "C1 esterase inhibitor (human)" for
        // Berinert and "anti-thymocyte globulin (rabbit)" for Thymoglobulin name one product with or without it.
        "human", "rabbit",
    };

    /// <summary>
    /// Two names of one active moiety: the US adopted name and the international one ("niacinamide", "nicotinamide"),
    /// a prodrug salt named for what it releases ("divalproex" is valproate), a vaccine by its virus's abbreviation.
    /// Each maps to the first name of its pair.
    /// </summary>
    private static readonly Dictionary<string, string> SameMoiety = new(StringComparer.Ordinal)
    {
        ["nicotinamide"] = "niacinamide",
        ["divalproex"] = "valproate",
        ["paracetamol"] = "acetaminophen",
        ["salbutamol"] = "albuterol",
        ["levosalbutamol"] = "levalbuterol",
        ["adrenaline"] = "epinephrine",
        ["noradrenaline"] = "norepinephrine",
        ["glibenclamide"] = "glyburide",
        ["pethidine"] = "meperidine",
        ["ciclosporin"] = "cyclosporine",
        ["rifampicin"] = "rifampin",
        ["lignocaine"] = "lidocaine",
        ["frusemide"] = "furosemide",
        ["respiratory syncytial virus vaccine"] = "rsv vaccine",
        ["human papillomavirus vaccine"] = "hpv vaccine",
        ["sennosides"] = "senna",
        ["eptacog alfa"] = "coagulation factor viia",
        ["racemic epinephrine"] = "racepinephrine",

        // How a product is made, not which moiety (decision 120): rFVIIa's established name, and the recombinant
        // zoster vaccine, the only one distributed in the US since Zostavax left in 2020, which sets name "zoster vaccine".
        ["coagulation factor viia recombinant"] = "coagulation factor viia",
        ["zoster vaccine recombinant"] = "zoster vaccine",

        // The only HPV vaccine distributed in the US since 2016 (Gardasil 9): "HPV vaccine" names it (decision 101).
        ["human papillomavirus 9 valent vaccine"] = "hpv vaccine",

        // A plain "vitamin D" is cholecalciferol (round 23's guide): the form sold as vitamin D in the US, where
        // ergocalciferol is written "D2" or by name. Older sets spell it "vitamin d" twice, cholecalciferol eight times.
        ["vitamin d"] = "cholecalciferol",

        // FDA's established vaccine names against the plain names the guide gives them (round 26, decision 172): one
        // vaccine, spelled by its antigens or by the disease it prevents. A formulation a brand fixes (cell-based,
        // 23-valent polysaccharide, pentavalent, Vi polysaccharide) is formulation, as an adjuvant is above.
        ["measles mumps and rubella vaccine"] = "mmr vaccine",
        ["measles mumps rubella and varicella vaccine"] = "mmrv vaccine",
        ["meningococcal group b vaccine"] = "meningococcal b vaccine",
        ["smallpox and monkeypox vaccine"] = "mpox vaccine",
        ["hepatitis a and hepatitis b vaccine"] = "hepatitis a vaccine/hepatitis b vaccine",
        ["influenza vaccine cell based"] = "influenza vaccine",
        ["influenza vaccine live intranasal"] = "influenza vaccine",
        ["influenza vaccine intranasal"] = "influenza vaccine",
        ["pneumococcal polysaccharide vaccine 23 valent"] = "pneumococcal polysaccharide vaccine",
        ["rotavirus vaccine live oral pentavalent"] = "rotavirus vaccine",
        ["rotavirus vaccine pentavalent"] = "rotavirus vaccine",
        ["typhoid vi polysaccharide vaccine"] = "typhoid vaccine",
        ["poliovirus vaccine inactivated"] = "poliovirus vaccine",
        ["dengue tetravalent vaccine"] = "dengue vaccine",

        // FDA's "efgartigimod alfa-fcab" (Vyvgart): "alfa" keeps apart no other efgartigimod, as it does epoetin's two.
        ["efgartigimod alfa"] = "efgartigimod",

        // One product named with or without its salt, source animal, word order or abbreviation point (round 37,
        // decision 234): the guide names the product as physicians do, the lexicon as the label does.
        ["penicillin v potassium"] = "penicillin v",
        ["regular insulin"] = "insulin regular",
        ["crotalidae polyvalent immune fab ovine"] = "crotalidae polyvalent immune fab",
        ["st. john's wort"] = "st john's wort",

        // The prefix written joined or hyphenated (round 44, decision 278): one globulin.
        ["antithymocyte globulin"] = "anti thymocyte globulin",
    };

    private readonly Dictionary<string, HashSet<string>> _groupNames = new(StringComparer.OrdinalIgnoreCase);

    private LexiconIdAliases()
    {
    }

    public static LexiconIdAliases From(ClinicalLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var aliases = new LexiconIdAliases();
        foreach (var row in lexicon.DrugClasses)
        {
            aliases.Add(row.Id, [row.Id, row.Name, .. row.Synonyms]);
        }

        // A device is also named by its kind, as a brand drug is by its generic: a gold id that is the row's category
        // ("leadless-pacemaker" for Micra) or a name of the category's own row ("lvad" for HeartMate 3) agrees.
        var kindRows = lexicon.Devices.ToLookup(row => row.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var row in lexicon.Devices)
        {
            var kindNames = kindRows[row.Category].SelectMany(kind => (IEnumerable<string>)[kind.Id, .. kind.Synonyms]);
            aliases.Add(row.Id, [row.Id, row.Name, row.Category, .. row.Synonyms, .. kindNames]);
        }

        foreach (var row in lexicon.AdverseEvents)
        {
            aliases.Add(row.Name.ToLowerInvariant(), [row.Name, .. row.Synonyms]);
        }

        return aliases;
    }

    /// <summary>Whether <paramref name="goldId"/> names the concept the tagger gave <paramref name="canonicalId"/>.</summary>
    public bool Agree(string type, string goldId, string canonicalId)
    {
        ArgumentNullException.ThrowIfNull(goldId);
        ArgumentNullException.ThrowIfNull(canonicalId);
        if (string.Equals(goldId, canonicalId, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (type is "brand" or "generic")
        {
            // One side is the other without its form words; two different salts or forms never agree.
            var gold = Moiety(Fold(WithoutBiologicSuffix(goldId)));
            var predicted = Moiety(Fold(WithoutBiologicSuffix(canonicalId)));
            return gold == predicted || SameCombination(gold, Moiety(BaseGeneric(predicted))) || SameCombination(Moiety(BaseGeneric(gold)), predicted);
        }

        var folded = Fold(goldId.Replace('/', ' '));
        return _groupNames.TryGetValue(canonicalId, out var names)
            && (names.Contains(folded)
                || (type == "device" && DeviceKinds.Covers(folded, names))
                || (type == "adverse-event" && names.Contains(OtherNumber(folded))));
    }

    /// <summary>
    /// One product whatever the order of its generics: labels and authors order a combination's components differently
    /// ("ceftazidime/avibactam" on the label, "avibactam/ceftazidime" alphabetically, round 24's guide); a combination
    /// never agrees with one of its components.
    /// </summary>
    private static bool SameCombination(string gold, string predicted) =>
        gold == predicted
        || (gold.Contains('/', StringComparison.Ordinal)
            && gold.Split('/').Order(StringComparer.Ordinal).SequenceEqual(predicted.Split('/').Order(StringComparer.Ordinal)));

    /// <summary>
    /// The generic without form and salt words, per component of a combination ("a/b acetate" -> "a/b"). A component
    /// made only of such words ("sodium" alone, "potassium citrate") keeps them: it names the salt itself.
    /// </summary>
    internal static string BaseGeneric(string generic) => string.Join(
        "/",
        generic.ToLowerInvariant().Split('/').Select(BaseComponent));

    private static string BaseComponent(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !FormWords.Contains(w)).ToArray();
        return string.Join(' ', kept.Length > 0 ? kept : words);
    }

    /// <summary>One spelling per active moiety: an acid as its salt, then the pair table, per component.</summary>
    internal static string Moiety(string folded) => string.Join(
        "/",
        AcidAsSalt(folded).Split('/').Select(part => SameMoiety.GetValueOrDefault(part, part)));

    /// <summary>
    /// "valproic acid" -> "valproate": a drug that is an acid is named by the acid or by its salt's anion, one active
    /// moiety either way (USAN "valproate", "zoledronic acid"; INN and labels mix them).
    /// </summary>
    internal static string AcidAsSalt(string folded) =>
        folded.EndsWith("ic acid", StringComparison.Ordinal) && !folded.Contains('/', StringComparison.Ordinal)
            ? string.Concat(folded.AsSpan(0, folded.Length - "ic acid".Length), "ate")
            : folded;

    /// <summary>
    /// An event's name in the other number, by its last letter ("fall" and "falls", "myalgia" and "myalgias"): sets name
    /// events singular or plural as MedDRA does not settle it, and no two events differ only so (decision 151).
    /// </summary>
    private static string OtherNumber(string folded) => folded.EndsWith('s') ? folded[..^1] : folded + "s";

    /// <summary>
    /// Lower case, hyphens, underscores and commas as spaces, one space between words; slashes kept. Commas separate
    /// the qualifiers of FDA's established vaccine names ("covid-19 vaccine, mrna"), which lexicon ids write without; a
    /// whole word in parentheses ("(equine)") is that word, while parentheses inside a word ("f(ab')2") stay.
    /// </summary>
    private static string Fold(string id) =>
        string.Join(' ', id.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word is ['(', _, .., ')'] ? word[1..^1] : word));

    /// <summary>
    /// "adalimumab-adaz" -> "adalimumab", "fecal microbiota spores, live-brpk" -> "fecal microbiota spores, live": FDA's
    /// four-letter suffix keeps one biologic's products apart and carries no meaning; the gold guide names a biologic
    /// without it (decision 055), labels and lexicon rows sometimes with it (decision 112). Drugs only: a regimen's id
    /// ("ipi-nivo") joins two names the same way.
    /// </summary>
    internal static string WithoutBiologicSuffix(string id) => BiologicSuffix().Replace(id.ToLowerInvariant(), string.Empty);

    [GeneratedRegex(@"(?<=[a-z])-[a-z]{4}(?=$|[ ,/])", RegexOptions.CultureInvariant)]
    private static partial Regex BiologicSuffix();

    private void Add(string id, IEnumerable<string> names)
    {
        if (!_groupNames.TryGetValue(id, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _groupNames[id] = set;
        }

        foreach (var name in names)
        {
            set.Add(Fold(name.Replace('/', ' ')));
        }
    }
}
