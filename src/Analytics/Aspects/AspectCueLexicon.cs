using System.Text.RegularExpressions;

namespace Sermo.Analytics.Aspects;

/// <summary>
/// What a drug mention's aspect is about, as a fixed, normalised cue ("prior-auth denials", "formulary exclusion",
/// "shortage" …): the reason a report gives when a term's sentiment moved. Each aspect has an ordered list of cues,
/// most specific first, each with the ways physicians write it (shorthand, plurals, spelling variants); a mention's
/// cue is the first whose pattern occurs in its window (<see cref="AspectContext"/>). The answer is always one of the
/// listed phrases, never words copied from the post, so a cue can be published without quoting anyone (privacy P5).
/// </summary>
public static class AspectCueLexicon
{
    // Compiled backtracking: every repetition in the patterns is bounded ({0,60} within a clause, \w* in a word) and a
    // window is one sentence of at most 51 words, so a match is cheap and needs no timeout; a timeout would fail a rollup
    // on a loaded host for nothing (the lazily built NonBacktracking automaton did exactly that under load).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Phrase pieces shared by several cues; a clause boundary (. ; ! ?) ends a pairing of two pieces.
    private const string Near = @"[^.;!?]{0,60}";
    private const string PriorAuth = @"(?:prior[- ]?auth\w*|pre-?auth\w*|\bpas?\b|\bp\.a\.)";
    private const string Denied = @"(?:\bden(?:ied|ial|ials|y|ies|ying)\b|\breject\w*|\brefus\w*|kicked (?:it )?back|\bturned down|\bwon'?t (?:approve|cover|pay)|\bnot (?:approved|covered))";
    private const string Payer = @"(?:insurance|insurer\w*|payer\w*|payor\w*|\bplans?\b|medicare|medicaid|\bpbms?\b|\bpart d\b|commercial)";

    private static readonly Dictionary<Aspect, (string Cue, Regex Pattern)[]> Cues = new()
    {
        [Aspect.Access] = Compile(
            ("prior-auth denials", $"{PriorAuth}{Near}{Denied}|{Denied}{Near}{PriorAuth}"),
            ("formulary exclusion", @"non-?formulary|off[- ]formulary|not on (?:the |our |their )?formulary|(?:dropped|removed|excluded|kicked|pulled) (?:off |from )(?:the |our |their )?formulary|formulary" + Near + @"(?:exclu\w*|dropped|removed)"),
            ("step therapy", @"step[- ]?(?:therapy|edits?)|fail[- ]first|(?:try|tried|trial) and fail\w*|has to fail|must fail"),
            ("shortage", @"shortage\w*|back[- ]?order\w*|out of stock|unavailab\w*|supply (?:issue|problem)\w*|no pharmacy (?:has|had|carries)|can'?t (?:find|source) (?:it|any)"),
            ("coverage denials", $"{Payer}{Near}{Denied}|{Denied}{Near}{Payer}|not covered|won'?t cover|doesn'?t cover|no coverage|lost coverage"),
            ("appeals and peer-to-peers", @"appeal\w*|peer[- ]to[- ]peer|\bp2p\b"),
            ("prior authorization", PriorAuth),
            ("formulary tier", @"formular\w*|\btier\s?\d\b|\btiers?\b|preferred (?:agent|drug|brand)"),
            ("coverage and approval", @"\bcovered\b|coverage|approv\w*|insurance|\bpbms?\b")),
        [Aspect.Cost] = Compile(
            ("copay cards and assistance", @"coupon\w*|co-?pay cards?|savings (?:card|program)\w*|patient assistance|manufacturer (?:assistance|support|card)\w*|\bpap\b"),
            ("copays", @"\bco-?pays?\b|\bco-?insurance\b"),
            ("deductibles", @"deductible\w*|donut hole|coverage gap"),
            ("out-of-pocket cost", @"out[- ]of[- ]pocket|\boop\b|pays? (?:it )?(?:all )?themselves|cash pay\w*|self[- ]pay"),
            ("generic or biosimilar alternatives", @"\bgenerics?\b|biosimilar\w*"),
            ("price", @"pric\w*|expensive|cost\w*|afford\w*|\bcheap\w*|\$\s?\d|\bdollars?\b|\bbucks\b|\b\d+k\b a (?:year|month)")),
        [Aspect.Safety] = Compile(
            ("bleeding", @"bleed\w*|hemorrhag\w*|haemorrhag\w*|\bbruis\w*|\bmelena\b|\bgib\b|hematuria"),
            ("hypoglycemia", @"hypoglyc\w*|hypos\b|\blow (?:blood )?sugars?\b|\blows\b"),
            ("GI side effects", @"nause\w*|vomit\w*|diarrh\w*|constipat\w*|\bgi (?:side|upset|effects|intoleran\w*|issues|symptoms)\b|stomach|gastroparesis|pancreatitis"),
            ("infections", @"infection\w*|\butis?\b|\buris?\b|thrush|yeast|mycotic|cellulitis|\btb\b|reactivation"),
            ("skin reactions", @"\brash\w*|hives|urticaria|\bitch\w*|injection[- ]site|skin reaction\w*|dermatitis"),
            ("kidney effects", @"\brenal\b|kidney\w*|\baki\b|creatinine|\begfr\b"),
            ("liver effects", @"\bliver\b|\blfts?\b|transaminas\w*|hepatotox\w*|\balt\b|\bast\b"),
            ("cardiac effects", @"\bqtc?\b|arrhythm\w*|\bafib\b|palpitation\w*|heart failure|\bmi\b|cardiac"),
            ("monitoring burden", @"monitor\w*|lab (?:draws?|checks?|work)|blood (?:work|tests?|draws?)|\blabs\b|\bbbw\b"),
            ("discontinuations", @"\bstopped\b|discontinu\w*|\bd/c'?d?\b|\bquit\b|came off|taken off|switched (?:off|away)"),
            ("side effects", @"side[- ]?effects?|\bs/?e\b|\baes?\b|adverse|tolerat\w*|intoleran\w*|reaction\w*|toxic\w*|safety|\bsafe\b|\brisks?\b|black box|boxed warning")),
        [Aspect.Efficacy] = Compile(
            ("treatment failure", @"(?:not|didn'?t|doesn'?t|don'?t|never|isn'?t|wasn'?t) (?:really )?(?:work\w*|help\w*|effective|do (?:much|anything))|stopped working|\bfail(?:ed|s|ing)?\b|failure to respond|no (?:response|benefit|improvement|effect|change)|non-?respon\w*|refractory|relaps\w*|progress(?:ed|ion|ing)|breakthrough|wore off|wears off"),
            ("glycemic control", @"\ba1c\b|hba1c|\bglucose\b|\bsugars?\b|glyc\w* control|\bcgm\b"),
            ("weight loss", @"\bweight\b|\bpounds\b|\blbs?\b|\bkg\b|\bbmi\b"),
            ("blood pressure control", @"blood pressure|\bbps?\b|hypertens\w*|systolic"),
            ("lipid lowering", @"\bldl\b|cholesterol|lipid\w*|triglycerid\w*"),
            ("remission", @"remission|\bcleared?\b|\bclearance\b|resolv\w*|disease[- ]free|\bned\b|complete response"),
            ("symptom relief", @"\bpain\b|symptom\w*|relief|flares?\b|migraines?|headache\w*"),
            ("outcomes data", @"outcome\w*|mortality|survival|\bpfs\b|\bos\b|trial data|\bdata\b|\bstud(?:y|ies)\b|evidence"),
            ("response", @"respon\w*|\bwork\w*|effective\w*|efficacy|improv\w*|\bbetter\b|benefit\w*|control\w*|\bhelp\w*")),
        [Aspect.Dosing] = Compile(
            ("dose adjustments", @"dose (?:adjust\w*|reduc\w*|chang\w*)|renal(?:ly)? dos\w*|adjust\w* (?:the |his |her )?dose|(?:cut|dropped|lowered|reduced) (?:the |his |her )?dose|dose (?:up|down)"),
            ("titration", @"titrat\w*|up-?titrat\w*|dose escalation|ramp\w* up|start(?:ing)? low"),
            ("missed doses", @"miss(?:ed|es|ing)? (?:a )?doses?|adheren\w*|complian\w*|non-?complian\w*|forget\w*|forgot\w*"),
            ("injections", @"inject\w*|needles?|\bshots?\b|\bpens?\b|auto-?injector\w*|\bsubq\b|\bsc\b"),
            ("infusions", @"infus\w*|chair time|\biv\b"),
            ("tapering", @"taper\w*|wean\w*"),
            ("pill burden", @"pill burden|\bpills?\b|tablets?|capsules?|too many (?:meds|pills)|\blarge\b|\bhuge\b"),
            ("dosing frequency", @"twice (?:a|per) day|\bbid\b|\btid\b|\bqid\b|three times|every \d+ (?:hours|days|weeks)|\bdaily\b|once[- ]?(?:a|per|daily)|\bweekly\b|\bmonthly\b|q\d+h|q(?:day|week|month)"),
            ("dosing schedule", @"\bdos(?:e|es|ed|ing)\b|\bmg\b|schedule|regimen|convenien\w*|\broute\b|\boral\b")),
    };

    /// <summary>Every cue of <paramref name="aspect"/>, most specific first: the whole set a report can name.</summary>
    public static IReadOnlyList<string> CuesOf(Aspect aspect) => Cues.TryGetValue(aspect, out var cues) ? cues.Select(c => c.Cue).ToArray() : [];

    /// <summary>The normalised cue of a mention about <paramref name="aspect"/> whose window is <paramref name="window"/>; null when none occurs.</summary>
    public static string? Find(Aspect aspect, string window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (!Cues.TryGetValue(aspect, out var cues))
        {
            return null;
        }

        foreach (var (cue, pattern) in cues)
        {
            if (pattern.IsMatch(window))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>
    /// The cue of drug mention <paramref name="entities"/>[<paramref name="target"/>] of <paramref name="text"/>, read in
    /// its aspect-model window; null when the mention has no aspect or its window names no cue.
    /// </summary>
    public static string? ForMention(string text, IReadOnlyList<Tagging.TaggedEntity> entities, int target)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(text);
        // A stored mention outside its text (a store written by hand, an old row) has no window to read: no cue.
        if (target < 0 || target >= entities.Count || entities[target].Aspect is not { } aspect || entities[target].End > text.Length)
        {
            return null;
        }

        return Find(aspect.Name, AspectContext.Window(text, entities, target).Text);
    }

    private static (string Cue, Regex Pattern)[] Compile(params (string Cue, string Pattern)[] cues) =>
        cues.Select(c => (c.Cue, new Regex(c.Pattern, Options, Regex.InfiniteMatchTimeout))).ToArray();
}
