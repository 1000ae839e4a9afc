using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 368's change (issue #14), from the "names in capitals" row pooled over rounds 10-48: a registration name in capitals,
/// "SURNAME, GIVEN", inside a sentence in lower case, where neither word is listed, set off by a person cue before it or a record
/// after it. Lists of acronyms, lab panels and drug names in capitals joined by a comma stay. Sentences of our own, none from a
/// gold set; the rule is called alone.
/// </summary>
public class PhiScrubberDecision368RulesTests
{
    [Theory]
    [InlineData("finally sent the prior auth for KOROVAN, TEMESGEN (dob on file) to the plan", "KOROVAN, TEMESGEN")]
    [InlineData("the donor is WAIRIMU, NJERI, MRN 5520931, and her crossmatch came back", "WAIRIMU, NJERI")]
    [InlineData("the interpreter ALOFAGA, PENITANI was late again", "ALOFAGA, PENITANI")]
    [InlineData("script printed under HOANG, THU HA DOB 3/3/41 again", "HOANG, THU HA")]
    [InlineData("per OKONKWO, EBERE the dog bit him twice", "OKONKWO, EBERE")]
    public void Detect_SurnameAndGivenInCapitalsInASentence_Found(string input, string name) => Names(input).Should().Equal([name]);

    [Theory]
    [InlineData("ordered labs for CBC, BMP (fasting) before the scope")]
    [InlineData("pmh is HTN, DM, CKD and the usual")]
    [InlineData("he went from ICU, PACU (briefly) back to the floor")]
    [InlineData("she is NPO, NKDA, and consented for the case")]
    [InlineData("for LASIX, COUMADIN (home meds) the pharmacy called")]
    [InlineData("pt is ALERT, ORIENTED and eating")]
    [InlineData("the note says LOVELY, TEMESGEN came in")]
    [InlineData("saw KOROVAN, TEMESGEN today, no change")]
    [InlineData("refills for LISINOPRIL, METFORMIN (90 days) went out")]
    [InlineData("pt is AFIB, COPD (on home O2) and stable")]
    [InlineData("ETA FOR CHAN, DIEGO (MRN 5) IS 2 HRS")]
    public void Detect_AcronymsOrNoSlot_NothingFound(string input) => Names(input).Should().BeEmpty();

    private static IEnumerable<string> Names(string input)
    {
        var found = new List<Detection>();

        CapitalRegistrationPairsInRunningText.Detect(TokenIndex.Build(input), found);

        return found.Select(span => input[span.Start..span.End]);
    }
}
