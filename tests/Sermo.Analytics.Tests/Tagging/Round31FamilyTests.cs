using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 31's families (docs/taggers.md "Round 31", decision 202), each on a sentence of its own written for this test:
/// the oncology, haematology, infectious disease and transplant clinics' conditions, transfusion reactions and device
/// infections as conditions unless a drug is blamed, their drugs, classes and regimens, immune-related and supportive-care
/// events, and what stays out.
/// </summary>
public class Round31FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Transfusion reactions: blood components are not drugs, so with no drug blamed they are the patient's condition.
    [InlineData("Febrile nonhemolytic transfusion reaction with the first bag of platelets.", "R50.84")]
    [InlineData("Looked like TRALI within an hour of the plasma.", "J95.84")]
    [InlineData("Transfusion associated circulatory overload in a small woman given three units.", "E87.71")]
    // Device infections, organisms named as the infection, and the clinics' other conditions.
    [InlineData("Third driveline infection this year for our HeartMate patient.", "T82.7XXA")]
    [InlineData("Stenotrophomonas maltophilia in the sputum of a lung transplant patient.", "A49.8")]
    [InlineData("Diabetic foot osteomyelitis under the second metatarsal head.", "E11.69")]
    [InlineData("Cancer-associated thrombosis in a man with gastric cancer.", "I82.90")]
    [InlineData("Cryptococcal antigenemia on screening, lumbar puncture next.", "B45.9")]
    [InlineData("Rhinocerebral mucormycosis in a poorly controlled diabetic.", "B46.5")]
    [InlineData("The chart says vancomycin allergy but it was only red man.", "Z88.1")]
    [InlineData("Two years after the lung transplant her CLAD is progressing.", "T86.810")]
    [InlineData("Stage IIB Hodgkin in a college student, PET after two cycles.", "C81.90")]
    [InlineData("Hairy cell leukemia found on a smear done for fatigue.", "C91.40")]
    [InlineData("Chemotherapy-induced peripheral neuropathy keeps her from buttoning shirts.", "G62.0")]
    public void Tag_ClinicCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Agrylin keeps his platelets under a million.", EntityType.Brand, "anagrelide")]
    [InlineData("We switched him from hydroxyurea to anagrelide.", EntityType.Generic, "anagrelide")]
    [InlineData("Enjaymo for her cold agglutinin disease.", EntityType.Brand, "sutimlimab")]
    [InlineData("Weekly factor IX prophylaxis before the knee surgery.", EntityType.Generic, "coagulation factor ix")]
    [InlineData("Alprolix every ten days keeps him out of the ED.", EntityType.Brand, "coagulation factor ix")]
    [InlineData("Brentuximab with AVD for stage IV Hodgkin.", EntityType.Generic, "brentuximab vedotin")]
    [InlineData("We add growth factor after the second cycle.", EntityType.DrugClass, "g-csf")]
    [InlineData("No sulfonamide antibiotics after the rash.", EntityType.DrugClass, "sulfonamide")]
    [InlineData("Burkitt in a teenager, started R-CODOX-M on Monday.", EntityType.Regimen, "r-codox-m")]
    [InlineData("DA-EPOCH-R for the double hit lymphoma.", EntityType.Regimen, "da-epoch-r")]
    [InlineData("Salvage with R-ICE before the transplant.", EntityType.Regimen, "r-ice")]
    [InlineData("CyBorD for the AL amyloidosis.", EntityType.Regimen, "cybord")]
    // Transplant and infection shorthand, and the supportive-care classes.
    [InlineData("Switched from tac to siro because of the skin cancers.", EntityType.Generic, "sirolimus")]
    [InlineData("Posa levels were low, so we went up on the dose.", EntityType.Generic, "posaconazole")]
    [InlineData("VGCV prophylaxis for six months after the kidney.", EntityType.Generic, "valganciclovir")]
    [InlineData("An NK1 antagonist on day one with the cisplatin.", EntityType.DrugClass, "nk1-antagonist")]
    [InlineData("Any mold-active azole is fine once the count recovers.", EntityType.DrugClass, "azole-antifungal")]
    public void Tag_ClinicDrug_Tagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && string.Equals(e.CanonicalId, id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Immune-related adverse events and chemotherapy's supportive-care events, in the shorthand oncologists use.
    [InlineData("ICI colitis after the fourth dose of nivolumab.", "colitis")]
    [InlineData("Immune-mediated hepatitis on pembrolizumab, so steroids started.", "hepatotoxicity")]
    [InlineData("ICI pneumonitis on durvalumab after radiation.", "pneumonitis")]
    [InlineData("Immune nephritis from the checkpoint drug, creatinine doubled.", "nephritis (immune-related)")]
    [InlineData("Chemo-induced nausea despite ondansetron on day two.", "nausea")]
    public void Tag_ClinicEvent_TaggedAsAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == name);
    }

    [Theory]
    // What stays out: a serostatus is not mononucleosis, and a meeting that names a tumour is not a tumour.
    [InlineData("Donor EBV positive, recipient negative, so we watch the PCR.", EntityType.Disease, "B27.90")]
    [InlineData("Tumour board meets on Thursday mornings.", EntityType.Disease, "C80.1")]
    [InlineData("Non-Hodgkin lymphoma in her father at sixty.", EntityType.Disease, "C81.90")]
    public void Tag_ClinicNonMention_NotTagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type && e.CanonicalId == id);
    }

    [Theory]
    // An acronym in capitals whose lower case is an ordinary word names its entity only as spelled (as "PrEP" does).
    [InlineData("TACO after the third unit, so we diuresed and slowed the rest.", true)]
    [InlineData("Possible TACO versus TRALI, echo pending.", true)]
    [InlineData("Taco Tuesday in the cafeteria and nobody ate the salad.", false)]
    [InlineData("He choked on a fish taco at the fair, airway was fine.", false)]
    public void Tag_CapitalAcronymThatIsAWord_OnlyTheCapitalsAreTheCondition(string text, bool tagged)
    {
        Tag(text).Entities.Any(e => e.Surface.Equals("taco", StringComparison.OrdinalIgnoreCase)).Should().Be(tagged);
    }
}
