using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 270: disease misses that recur across the sets' authors. A disease abbreviation listed beside another
/// condition is kept, three abbreviations several authors write are lexicon rows, and a condition named after its drug
/// is kept beside the drug. Each rule has counterparts that
/// leave the other sense bare. Sentences written for this test.
/// </summary>
public class Decision270Tests
{
    private static IEnumerable<TaggedEntity> Diseases(string text) =>
        SharedTagger.Tagger.Tag(text).Entities.Where(e => e.Type == EntityType.Disease);

    private static void ShouldReadDisease(string text, string surface, string code) =>
        Diseases(text).Should().Contain(e => e.Surface == surface && e.CanonicalId == code);

    [Theory]
    [InlineData("Wound check on a 70F: venous ulcer, PAD, smoker. Compression held for now.", "PAD", "I73.9")]
    [InlineData("Below-knee amputation last year after PAD and diabetes, now walking with a prosthesis.", "PAD", "I73.9")]
    [InlineData("New to clinic, 66M. Also has CKD 3, HTN, DM, gout. Wants fewer pills.", "DM", "E11.9")]
    public void Tag_AbbreviationListedBesideACondition_KeepsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    // "on" names a modality: peritoneal dialysis, room air.
    [InlineData("Transfer from the nursing home: ESRD on PD, gout, and a new cough.", "PD")]
    [InlineData("Bronchiolitis, sats 90 on RA, retracting.", "RA")]
    public void Tag_AbbreviationAfterOn_NotKeptByTheList(string text, string surface)
    {
        Diseases(text).Should().NotContain(e => e.Surface == surface);
    }

    [Theory]
    [InlineData("58F with FH and type 2 diabetes, LDL 230 on atorvastatin 80 and ezetimibe.", "FH", "E78.01")]
    [InlineData("Bronchiectasis with MAC on sputum twice, starting azithromycin, rifampin and ethambutol.", "MAC", "A31.0")]
    [InlineData("Colectomy on day 5 with fever and a red incision. SSI, opened and packed, cefazolin started.", "SSI", "T81.40XA")]
    public void Tag_AbbreviationAddedToTheLexicon_ReadsTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    // The pronoun and other senses in lower case are never candidates.
    [InlineData("He said he would come back after the scan.", "He")]
    [InlineData("Sevoflurane at 1 mac, then extubated.", "mac")]
    public void Tag_OtherSenseInLowerCase_NoDisease(string text, string surface)
    {
        Diseases(text).Should().NotContain(e => e.Surface == surface);
    }

    [Theory]
    // The other sense by its own words: anaesthesia in the sentence, a sliding scale in the post.
    [InlineData("Induction with propofol, then sevoflurane at a low MAC for the rest of the case.", "MAC")]
    [InlineData("Admitted on a sliding scale of lispro only, glucose in the 300s. SSI alone never controls anyone.", "SSI")]
    [InlineData("Switched the SSI to basal plus correction insulin on day two.", "SSI")]
    public void Tag_AbbreviationBesideItsOtherSense_NoDisease(string text, string surface)
    {
        Diseases(text).Should().NotContain(e => e.Surface == surface);
    }

    [Theory]
    // A condition named after its drug is backed by that drug anywhere in the post.
    [InlineData("Platelets from 240 to 90 on day 6 of heparin after the valve. Presumed HIT, PF4 sent, argatroban running.", "HIT", "D75.82")]
    public void Tag_AbbreviationOfAConditionNamedAfterItsDrug_KeptBesideTheDrug(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }
}
