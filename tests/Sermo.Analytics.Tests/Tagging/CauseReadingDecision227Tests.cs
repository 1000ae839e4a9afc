using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 227: a term in both lists (disease unless a drug is blamed) whose sentence names no drug but reports the
/// condition's onset or watches for it as a toxicity is blamed on a drug of the sentence before ("Now on X. Watching for
/// ILD"). Each case has a counterpart that keeps the disease: the same two sentences without the onset or watch word, a
/// previous drug of the condition's own specialty, a drug of its own sentence given as treatment, or no sentence before.
/// A drug the sentence negates ("no anticoagulants", "avoiding X") blames nothing.
/// Sentences written for this test.
/// </summary>
public class CauseReadingDecision227Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Three months of amiodarone so far. Watching for ILD with PFTs every visit.", "ILD")]
    [InlineData("He finished six cycles of cisplatin. He got hearing loss in both ears by the fourth.", "hearing loss")]
    [InlineData("Second dose of pembrolizumab last week. Now myocarditis on the troponin and the MRI.", "myocarditis")]
    [InlineData("Tamsulosin 0.4 every evening. Orthostatic hypotension is the side effect she mentions most.", "Orthostatic hypotension")]
    public void Tag_OnsetOrWatchWordAfterASentenceNamingADrug_AdverseEvent(string text, string surface)
    {
        var entities = Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == surface);
        entities.Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == surface);
    }

    [Theory]
    // The same drug before, but the sentence states the condition without onset or watching.
    [InlineData("Three months of amiodarone so far. ILD on the old CT as well, unchanged.", "ILD")]
    [InlineData("He finished six cycles of cisplatin. Hearing loss in both ears from childhood otitis, unchanged.", "Hearing loss")]
    // A drug of the condition's own specialty in the sentence before is its treatment.
    [InlineData("Started quetiapine at night last week. Now the delirium is settling.", "delirium")]
    // The condition's own sentence names a drug given for it: that sentence decides, not the one before.
    [InlineData("Tamsulosin 0.4 every evening. Now orthostatic hypotension, treated with midodrine.", "orthostatic hypotension")]
    // No sentence before the condition.
    [InlineData("Watching for ILD on every scan in this clinic.", "ILD")]
    public void Tag_BothListTermWithoutACauseFromTheSentenceBefore_Disease(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface);
    }

    [Theory]
    [InlineData("ICH in the thalamus, 12 mL, no anticoagulants and no antiplatelets at home.", "ICH", true)]
    [InlineData("ICH in the thalamus, 12 mL, on apixaban and aspirin at home.", "ICH", false)]
    [InlineData("Avoiding nortriptyline in an 82M with orthostatic hypotension.", "orthostatic hypotension", true)]
    [InlineData("Nortriptyline in an 82M gave him orthostatic hypotension.", "orthostatic hypotension", false)]
    public void Tag_BothListTermBesideANegatedDrug_DiseaseOnlyWhenTheDrugIsNegated(string text, string surface, bool disease)
    {
        var entity = Tag(text).Entities.Should().ContainSingle(e => e.Surface == surface).Which;
        entity.Type.Should().Be(disease ? EntityType.Disease : EntityType.AdverseEvent);
    }
}
