using System.Text.RegularExpressions;

namespace Sermo.Analytics.Mnpi;

/// <summary>
/// Hand-written cues of a post that discloses non-public clinical-trial information. Each cue is one feature of the
/// classifier (<see cref="Features"/>); the rules alone flag a post only when an insider source (an investigator, a
/// sponsor's message, a monitoring committee) meets trial data or an explicit "not public", and nothing in the post
/// says the information is already public. The classifier catches the rest (docs/mnpi-guard.md).
/// </summary>
public static partial class TrialDisclosureRules
{
    public const string Insider = "insider";
    public const string TrialData = "trial-data";
    public const string Unblinding = "unblinding";
    public const string Halt = "enrolment-halt";
    public const string NotPublic = "not-public";
    public const string Public = "public-source";

    /// <summary>The cue names in feature order.</summary>
    public static readonly IReadOnlyList<string> Names = [Insider, TrialData, Unblinding, Halt, NotPublic, Public];

    public static int FeatureCount => Names.Count;

    /// <summary>The cues found in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Cues(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>(Names.Count);
        AddIf(found, Insider, InsiderCue().IsMatch(text));
        AddIf(found, TrialData, TrialDataCue().IsMatch(text));
        AddIf(found, Unblinding, UnblindingCue().IsMatch(text));
        AddIf(found, Halt, HaltCue().IsMatch(text));
        AddIf(found, NotPublic, NotPublicCue().IsMatch(text));
        AddIf(found, Public, PublicCue().IsMatch(text));
        return found;
    }

    /// <summary>The rules' verdict on a post's cues.</summary>
    public static bool Flags(IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        if (cues.Contains(Public))
        {
            return false;
        }

        var data = cues.Contains(TrialData) || cues.Contains(Unblinding) || cues.Contains(Halt);
        return (cues.Contains(Insider) && data) || (cues.Contains(NotPublic) && data);
    }

    /// <summary>The cues as the classifier's dense context features (1 present, 0 absent).</summary>
    public static float[] Features(IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return [.. Names.Select(name => cues.Contains(name) ? 1f : 0f)];
    }

    private static void AddIf(List<string> found, string name, bool present)
    {
        if (present)
        {
            found.Add(name);
        }
    }

    [GeneratedRegex(
        @"\b(?:I'?m|I am|as) (?:an? |the )?(?:(?:site |lead |national |principal )?(?:PI|investigator|sub-?I|sub-investigator)|on the (?:\w[\w-]* ){0,4}(?:trial|study|steering committee|DSMB|adjudication committee|monitoring committee|executive committee))\b|\b(?:PI|sub-?I|site PI|investigator) (?:here|on the)\b|\b(?:our|my) (?:site|center|centre|sites|cohort|trial patients)\b|\b(?:I )?(?:sit|am) on the (?:DSMB|adjudication|steering|monitoring)|\bsponsor (?:told|called|emailed|confided|said|let slip|just amended|quietly)|\b(?:investigators?|PIs|sites) (?:were |got |have been )?(?:told|notified|got the)|\b(?:the |our )?(?:CRA|CRO|medical monitor|monitor|coordinator|research nurse) (?:said|told|let slip|came)|\binvestigator(?:s'?)? (?:meeting|newsletter|call)\b|\bDSMB letter\b|\bfrom the (?:CRO|CRA|sponsor)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsiderCue();

    [GeneratedRegex(
        @"\b(?:interim|topline|top-line|readout|primary endpoint|secondary endpoints?|site(?:-level)? data|response rates?|responders?|efficacy|futility|event rates?|curves?|deaths?|placebo|active arm|arm [AB]\b|treatment (?:group|arm)|drug arm|(?:PFS|MACE|SAEs?)\b|dose response|data lock|safety (?:review|signal|cohort))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrialDataCue();

    [GeneratedRegex(
        @"\bunblind(?:ed|ing)?\b|\brandomi[sz]ation list\b|\b(?:tell|guess(?:es)?) (?:who'?s|which|their arm)|\bblinding (?:has )?failed\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnblindingCue();

    [GeneratedRegex(
        @"\benrol(?:l)?(?:ment|ing) (?:is |was |in [\w\s-]{0,40}?)?(?:halted|paused|suspended|frozen|closed|stopped)|\b(?:clinical hold|on hold)\b|\b(?:stop(?:ped|ping)?|halt(?:ed)?|paus(?:ed|ing)|terminat(?:ed|ing)|suspended) (?:dosing|the (?:\w+ )?(?:trial|study)|early|enrol|screening)|\btrial (?:will be |is being )?(?:halted|stopped|suspended|terminated|shut down)|\bclose out\b|\bsites? (?:will )?clos",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HaltCue();

    [GeneratedRegex(
        @"\bnot (?:public|announced|disclosed|reported publicly|yet reported)|\bnothing public\b|\bisn'?t public\b|\bhasn'?t (?:been )?(?:disclosed|announced|said|reported)|\bhaven'?t (?:disclosed|announced)|\b(?:keep it quiet|keep it to yourselves|confidential|embargoed|not supposed to|can'?t share|between us|between investigators|told not to discuss|no announcement)\b|\bnot yet reported\b|\bunpublished\b|\bquietly\b|\bprivately\b|\bwhispered\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPublicCue();

    [GeneratedRegex(
        @"\b(?:press release|published|publicly|public (?:statement|webcast|list|opinion|recommendation|results|assessment|registry|timelines|enrollment|trial website)|announced|presented at|NEJM|Lancet|ASCO|ESMO|ASH|ADA|ESC|clinicaltrials\.gov|8-K|10-Q|earnings call|investor (?:day|presentation)|webcast|Reuters|registry shows|label)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicCue();
}
