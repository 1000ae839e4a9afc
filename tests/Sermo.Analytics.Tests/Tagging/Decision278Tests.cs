using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 44's rules and rows from reading long-r41 (docs/taggers.md "Round 44", decision 278), each on a sentence of its
/// own written for this test: "APAP" in a sleep apnoea post, bare "hCG" in a male hypogonadism post, testosterone as the
/// patient's level, dialysis and urology conditions by the index, and the renal and transplant drugs the lexicon lacked.
/// </summary>
public class Decision278Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Fact]
    public void Tag_ApapInASleepApneaPost_IsTheCpapDevice()
    {
        var entities = Tag("Moderate OSA, AHI 24; he sleeps better since we moved him to APAP with a nasal mask.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == "cpap" && e.Surface == "APAP");
        entities.Should().NotContain(e => e.CanonicalId == "acetaminophen");
    }

    [Fact]
    public void Tag_ApapInAPainPost_StaysAcetaminophen()
    {
        Tag("Knee pain, so scheduled APAP 1 g three times a day and a brace.").Entities
            .Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == "acetaminophen");
    }

    [Theory]
    [InlineData("Secondary hypogonadism in a 31M who wants children, so hCG twice weekly instead of testosterone.")]
    [InlineData("Low sperm counts after years of anabolic steroids; we added hCG and waited.")]
    public void Tag_BareHcgInAHypogonadismPost_IsChorionicGonadotropin(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == "chorionic gonadotropin" && e.Surface == "hCG");
    }

    [Theory]
    [InlineData("Ectopic pregnancy at 6 weeks, hCG rising slowly, methotrexate given.")]
    [InlineData("Hypogonadal man, testosterone low; his hCG 3 on the panel was an incidental lab.")]
    public void Tag_HcgAsTheLab_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "chorionic gonadotropin");
    }

    [Theory]
    [InlineData("Fatigue and low libido, testosterone 190 on two mornings.")]
    [InlineData("Total testosterone came back in the normal range.")]
    [InlineData("We give bicalutamide first to blunt the testosterone flare.")]
    [InlineData("After stopping the shots his testosterone recovers within months.")]
    public void Tag_TestosteroneAsTheLevel_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "testosterone");
    }

    [Fact]
    public void Tag_TestosteroneWithADose_StaysTheDrug()
    {
        Tag("He injects testosterone 100 weekly and his hematocrit is 54.").Entities
            .Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == "testosterone");
    }

    [Theory]
    [InlineData("Intradialytic hypotension every run, so we cooled the dialysate.", "I95.3")]
    [InlineData("Uremic pericarditis in a patient who skipped a week of runs.", "I32")]
    [InlineData("Right-sided hydrothorax on PD from a diaphragm leak.", "J94.8")]
    [InlineData("Cloudy bags and belly pain: PD peritonitis until proven otherwise.", "T85.71XA")]
    [InlineData("Encapsulating peritoneal sclerosis after twelve years on PD.", "K66.8")]
    [InlineData("Dialysis disequilibrium syndrome after a first long run in a very uremic man.", "E87.8")]
    [InlineData("Third episode of graft thrombosis this year, so a fistula is planned.", "T82.868A")]
    [InlineData("Post-prostatectomy incontinence at six months, so a sling referral.", "N39.3")]
    [InlineData("Non-obstructive azoospermia on the semen analysis twice.", "N46.01")]
    [InlineData("Upper tract urothelial cancer treated with ureteroscopic ablation.", "C65.9")]
    [InlineData("Secondary hypogammaglobulinemia after CAR-T, IgG 250.", "D80.1")]
    [InlineData("Recurrent oxalate stones after his bypass.", "N20.0")]
    [InlineData("Doxycycline if she is penicillin allergic.", "Z88.0")]
    public void Tag_ConditionByTheIndex_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Clotted line again, Cathflo dwell for two hours opened it.", "alteplase")]
    [InlineData("The unit moved to DefenCath locks for the catheters.", "taurolidine/heparin")]
    [InlineData("Imlifidase before a crossmatch-positive transplant is still rare here.", "imlifidase")]
    [InlineData("Lithostat for struvite stones left after surgery.", "acetohydroxamic acid")]
    [InlineData("Talc pleurodesis failed, so a tunneled pleural catheter.", "talc")]
    [InlineData("CGD on itraconazole and interferon gamma three times a week.", "interferon gamma-1b")]
    [InlineData("Meningococcal vaccines before the first eculizumab dose.", "meningococcal vaccine")]
    public void Tag_DrugTheLexiconLacked_IsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Latent TB screening by interferon gamma release assay before the biologic.", "interferon gamma-1b")]
    [InlineData("Iron is replete, so the ESA dose goes up.", "iron")]
    [InlineData("Red cell aplasia from anti-EPO antibodies is rare.", "epoetin alfa")]
    [InlineData("He is worried about the second cancer risk with lenalidomide.", "C80.1")]
    [InlineData("We screened for cancer because of the membranous pattern.", "C80.1")]
    [InlineData("Our cancer center now tests DPYD before every fluorouracil start.", "C80.1")]
    public void Tag_PhraseHoldingATerm_NotThatMention(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Heavy smoker, so his lung cancer risk is what we talked about.", "C34.92")]
    [InlineData("Screened for cancer of the colon last year; now colon cancer at 52.", "C18.9")]
    public void Tag_NamedCancerNextToACancerPhrase_StaysTheCancer(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Infant with a fever and poor feeding at nine months; blood cultures grew pneumococcus, so sepsis.")]
    [InlineData("A 6-month-old baby admitted with sepsis from a UTI.")]
    public void Tag_SepsisInAnInfantPastTheNewbornPeriod_IsNoNewbornSepsis(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "P36.9");
    }

    [Fact]
    public void Tag_SepsisInANewbornPost_StaysNewbornSepsis()
    {
        Tag("Baby born at 34 weeks, sepsis on day two, on ampicillin and gentamicin.").Entities.Should().Contain(e => e.CanonicalId == "P36.9");
    }

    [Fact]
    public void Tag_BedwettingAlarm_IsTheDeviceNotTheCondition()
    {
        var entities = Tag("The bedwetting alarm worked after six weeks.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == "enuresis-alarm");
        entities.Should().NotContain(e => e.CanonicalId == "N39.44");
    }
}
