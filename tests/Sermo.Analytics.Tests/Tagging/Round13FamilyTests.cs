using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 13's lexicon families (docs/taggers.md "Round 13", decision 101): drugs FDA approved 2023-2025 the lexicon
/// lacked, vaccines by their established names and valency, substances of use, classes, devices and conditions; each
/// on a post where it must fire and, where the word has another sense, one where it must not.
/// </summary>
public class Round13FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Ayvakit has been a game changer for her mastocytosis.", "avapritinib")]
    [InlineData("Switched to cabergoline for the prolactinoma.", "cabergoline")]
    [InlineData("Megestrol for appetite does more harm than good.", "megestrol")]
    [InlineData("Pegvisomant after the second surgery failed.", "pegvisomant")]
    [InlineData("Oral cromolyn before meals helps the flushing.", "cromolyn")]
    [InlineData("Vorasidenib for his IDH-mutant glioma.", "vorasidenib")]
    [InlineData("Started Voranigo last month.", "vorasidenib")]
    [InlineData("Ojemda for the pediatric low-grade glioma.", "tovorafenib")]
    [InlineData("Revuforj for the KMT2A relapse.", "revumenib")]
    [InlineData("Horizant at night for the restless legs.", "gabapentin enacarbil")]
    [InlineData("She was buying kratom online to taper herself.", "kratom")]
    [InlineData("Positive for cocaine and fentanyl on the screen.", "cocaine")]
    [InlineData("Daily weed since high school.", "cannabis")]
    [InlineData("Tranq wounds on both forearms.", "xylazine")]
    public void Tag_Round13DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    /// <summary>A vaccine named for one disease is that vaccine's generic; a valency in the words names the product.</summary>
    [Theory]
    [InlineData("Did he get his flu shot this year?", "influenza vaccine")]
    [InlineData("Pneumococcal vaccine is due at 65.", "pneumococcal vaccine")]
    [InlineData("Shingles vaccine before the JAK inhibitor.", "zoster vaccine")]
    [InlineData("COVID vaccines and myocarditis again.", "covid-19 vaccine")]
    [InlineData("Gave PCV20 and nothing else.", "pneumococcal 20-valent conjugate vaccine")]
    [InlineData("Prevnar 20 in clinic today.", "pneumococcal 20-valent conjugate vaccine")]
    [InlineData("Capvaxive is the new one.", "pneumococcal 21-valent conjugate vaccine")]
    [InlineData("PPSV23 a year later.", "pneumococcal polysaccharide vaccine, 23-valent")]
    [InlineData("Tdap in every pregnancy.", "tdap vaccine")]
    [InlineData("Second MMR dose at four.", "measles, mumps, and rubella vaccine")]
    [InlineData("RotaTeq at two months.", "rotavirus vaccine, live, oral, pentavalent")]
    [InlineData("Jynneos for the contacts.", "smallpox and monkeypox vaccine")]
    [InlineData("HBIG and hep B vaccine at birth.", "hepatitis b vaccine")]
    [InlineData("Fluad for everyone over 65.", "influenza vaccine, adjuvanted")]
    public void Tag_Vaccine_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Generic || e.Type == EntityType.Brand) && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Anabolic steroids and a new cardiomyopathy at 30.", "anabolic-steroid")]
    [InlineData("Allergy shots for the dust mite allergy.", "allergen-immunotherapy")]
    [InlineData("Odactra or SLIT tablets for mites.", "allergen-immunotherapy")]
    [InlineData("Thiopurines raise the lymphoma risk.", "thiopurine")]
    [InlineData("A VMAT2 inhibitor for the tardive.", "vmat2-inhibitor")]
    [InlineData("She is on an opioid blocker now.", "opioid-antagonist")]
    [InlineData("A secretagogue if the PEG fails.", "intestinal-secretagogue")]
    [InlineData("Stop the vestibular suppressants after three days.", "vestibular-suppressant")]
    public void Tag_Round13Class_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Slit lamp exam was normal.")]
    [InlineData("The tips of the fingers were pale.")]
    [InlineData("That was a heroic save in the cath lab.")]
    [InlineData("She rotated through the ICU.")]
    public void Tag_WordWithADrugSense_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Theory]
    [InlineData("LVAD patient with a driveline infection.", "lvad")]
    [InlineData("She sent a Kardia strip from the airport.", "kardiamobile")]
    public void Tag_Round13Device_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Emphysema on the CT, never smoked.", "J43.9")]
    [InlineData("Cannabis hyperemesis, third ED visit.", "R11.15")]
    [InlineData("Cocaine use disorder, in remission.", "F14.20")]
    [InlineData("Benzodiazepine dependence after years of Xanax.", "F13.20")]
    [InlineData("CVID on replacement immunoglobulin.", "D83.9")]
    [InlineData("EGPA with asthma and eosinophilia.", "M30.1")]
    [InlineData("ACL tear in a soccer player.", "S83.519A")]
    [InlineData("Post-herpetic neuralgia after zoster.", "B02.29")]
    [InlineData("Laryngopharyngeal reflux and a chronic cough.", "K21.9")]
    [InlineData("Mostly postnasal drip.", "R09.82")]
    [InlineData("Genital warts in the partner.", "A63.0")]
    [InlineData("Sudden sensorineural hearing loss, started steroids.", "H91.20")]
    [InlineData("Proctitis and tenesmus for a week.", "K62.89")]
    [InlineData("Exercise-induced bronchoconstriction in a runner.", "J45.990")]
    [InlineData("Gait ataxia from the B12 deficiency.", "R26.0")]
    [InlineData("Scopolamine for the motion sickness.", "T75.3XXA")]
    [InlineData("Venom allergy after two stings.", "Z91.030")]
    [InlineData("Sarcopenia more than weight loss.", "M62.84")]
    [InlineData("Cancer pain on a fentanyl patch.", "G89.3")]
    public void Tag_Round13ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
