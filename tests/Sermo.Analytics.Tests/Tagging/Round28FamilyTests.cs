using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 28's families (docs/taggers.md "Round 28", decision 181), each on a sentence of its own written for this test:
/// the outpatient specialty clinics' drugs (dermatology, ophthalmology, ENT and allergy, urology, women's health), their
/// device kinds settled in the guide this round, their conditions and the events of their drugs, and what stays out.
/// </summary>
public class Round28FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Topical steroids by potency, and the skin's other topicals.
    [InlineData("Desonide on the eyelids for two weeks only.", EntityType.Generic, "desonide")]
    [InlineData("Ultravate on the plaques, weekends only after the first month.", EntityType.Brand, "halobetasol")]
    [InlineData("Lidex solution for the scalp.", EntityType.Brand, "fluocinonide")]
    [InlineData("Topicort spray was not covered.", EntityType.Brand, "desoximetasone")]
    [InlineData("Derma-Smoothe oil overnight under a shower cap.", EntityType.Brand, "fluocinolone")]
    [InlineData("Finacea foam twice a day for the papules.", EntityType.Brand, "azelaic acid")]
    [InlineData("Hydroquinone 4% with sunscreen for the melasma.", EntityType.Generic, "hydroquinone")]
    [InlineData("Triluma at night, three months then a break.", EntityType.Brand, "fluocinolone/hydroquinone/tretinoin")]
    [InlineData("Aldara three nights a week for the superficial BCC.", EntityType.Brand, "imiquimod")]
    [InlineData("Efudex to the forearms for a month.", EntityType.Brand, "fluorouracil")]
    [InlineData("Levulan and blue light for the actinic keratoses.", EntityType.Brand, "aminolevulinic acid")]
    [InlineData("Klisyri is five days and done.", EntityType.Brand, "tirbanibulin")]
    [InlineData("Valchlor gel for his patch-stage lesions.", EntityType.Brand, "mechlorethamine")]
    [InlineData("Qbrexza wipes for the axillae.", EntityType.Brand, "glycopyrronium")]
    [InlineData("Jublia for the great toenail, 48 weeks.", EntityType.Brand, "efinaconazole")]
    [InlineData("Griseofulvin for the kerion in the 6 year old.", EntityType.Generic, "griseofulvin")]
    [InlineData("Aquaphor on the lips every hour while on isotretinoin.", EntityType.Brand, "petrolatum")]
    [InlineData("Petroleum jelly under a bandage after the biopsy.", EntityType.Generic, "petrolatum")]
    [InlineData("Neosporin on a fresh wound is a common cause of contact allergy.", EntityType.Brand, "bacitracin/neomycin/polymyxin b")]
    // Acne and rosacea.
    [InlineData("Benzoyl peroxide wash in the shower.", EntityType.Generic, "benzoyl peroxide")]
    [InlineData("Epiduo Forte bleached her pillowcase.", EntityType.Brand, "adapalene/benzoyl peroxide")]
    [InlineData("Cabtreo is the three-in-one gel.", EntityType.Brand, "clindamycin phosphate/adapalene/benzoyl peroxide")]
    [InlineData("Tazorac cream for the hands.", EntityType.Brand, "tazarotene")]
    [InlineData("Seysara for the teen who cannot swallow big pills.", EntityType.Brand, "sarecycline")]
    [InlineData("Oracea for the papulopustular rosacea.", EntityType.Brand, "doxycycline")]
    [InlineData("Solodyn was too expensive so we went generic.", EntityType.Brand, "minocycline")]
    // Botulinum toxins by their own established names, not Botox's.
    [InlineData("Dysport for the axillary sweating.", EntityType.Brand, "abobotulinumtoxina")]
    [InlineData("Jeuveau for the glabellar lines.", EntityType.Brand, "prabotulinumtoxina")]
    // Glaucoma drops, combinations and the implant of one drug.
    [InlineData("Cosopt twice a day after the latanoprost.", EntityType.Brand, "dorzolamide/timolol")]
    [InlineData("Simbrinza when she cannot take a beta blocker.", EntityType.Brand, "brinzolamide/brimonidine")]
    [InlineData("Apraclonidine before the laser.", EntityType.Generic, "apraclonidine")]
    [InlineData("Azopt stings less than the other one.", EntityType.Brand, "brinzolamide")]
    [InlineData("Betoptic for the asthmatic with glaucoma.", EntityType.Brand, "betaxolol")]
    [InlineData("Zioptan preservative-free for the dry eye patient.", EntityType.Brand, "tafluprost")]
    [InlineData("iDose TR placed at the time of cataract surgery.", EntityType.Brand, "travoprost")]
    [InlineData("Cyclopentolate for the refraction in kids.", EntityType.Generic, "cyclopentolate")]
    [InlineData("Tropicamide drops and a 20 minute wait.", EntityType.Generic, "tropicamide")]
    [InlineData("Omidria in the irrigation keeps the pupil big.", EntityType.Brand, "phenylephrine/ketorolac")]
    [InlineData("Qlosi for her presbyopia, twice a day.", EntityType.Brand, "pilocarpine")]
    // Allergy, dry-eye and anti-infective drops.
    [InlineData("Pataday once daily in pollen season.", EntityType.Brand, "olopatadine")]
    [InlineData("Zaditor over the counter works fine.", EntityType.Brand, "ketotifen")]
    [InlineData("Visine every day for years, now rebound redness.", EntityType.Brand, "tetrahydrozoline")]
    [InlineData("Oxervate eight times a day for the neurotrophic ulcer.", EntityType.Brand, "cenegermin")]
    [InlineData("Durezol after the cataract surgery.", EntityType.Brand, "difluprednate")]
    [InlineData("TobraDex for the lid infection.", EntityType.Brand, "tobramycin/dexamethasone")]
    [InlineData("Ofloxacin drops in the ear for the perforation.", EntityType.Generic, "ofloxacin")]
    [InlineData("Cequa when Restasis burned too much.", EntityType.Brand, "cyclosporine")]
    [InlineData("Photrexa soak before the UV light.", EntityType.Brand, "riboflavin")]
    // Nasal sprays and ENT drugs.
    [InlineData("Dymista worked where the two sprays alone did not.", EntityType.Brand, "azelastine/fluticasone")]
    [InlineData("Ryaltris two sprays each side.", EntityType.Brand, "mometasone/olopatadine")]
    [InlineData("Afrin for three days at most.", EntityType.Brand, "oxymetazoline")]
    [InlineData("Gaviscon after meals for the throat clearing.", EntityType.Brand, "sodium alginate")]
    [InlineData("Clotrimazole drops for the otomycosis.", EntityType.Generic, "clotrimazole")]
    // Urology: bladder, prostate, erections, stones.
    [InlineData("Nocdurna at bedtime for his night voiding.", EntityType.Brand, "desmopressin")]
    [InlineData("Uroxatral made him less dizzy than the other one.", EntityType.Brand, "alfuzosin")]
    [InlineData("Rapaflo and retrograde ejaculation, he stopped.", EntityType.Brand, "silodosin")]
    [InlineData("Gelnique on the thigh, no dry mouth.", EntityType.Brand, "oxybutynin")]
    [InlineData("Enablex was the last antimuscarinic we tried.", EntityType.Brand, "darifenacin")]
    [InlineData("Stendra works in fifteen minutes for him.", EntityType.Brand, "avanafil")]
    [InlineData("Levitra on an empty stomach.", EntityType.Brand, "vardenafil")]
    [InlineData("Trelstar every six months for the prostate cancer.", EntityType.Brand, "triptorelin")]
    [InlineData("Urocit-K for the low urine citrate.", EntityType.Generic, "potassium citrate")]
    [InlineData("Elmiron for years and now maculopathy.", EntityType.Brand, "pentosan polysulfate")]
    [InlineData("Cranberry pills do not treat a UTI.", EntityType.Generic, "cranberry")]
    // Contraceptives, menopause and fertility.
    [InlineData("Xulane patch changed weekly.", EntityType.Brand, "norelgestromin/ethinyl estradiol")]
    [InlineData("Twirla for the woman who wanted a lower dose patch.", EntityType.Brand, "levonorgestrel/ethinyl estradiol")]
    [InlineData("Slynd is the estrogen-free pill with a longer window.", EntityType.Brand, "drospirenone")]
    [InlineData("DMPA every 12 weeks in clinic.", EntityType.Generic, "medroxyprogesterone")]
    [InlineData("Ulipristal works later than levonorgestrel.", EntityType.Generic, "ulipristal")]
    [InlineData("Liletta placed at the postpartum visit.", EntityType.Brand, "levonorgestrel")]
    [InlineData("Phexxi before sex, she hated it.", EntityType.Brand, "lactic acid/citric acid/potassium bitartrate")]
    [InlineData("Estring every three months for the dryness.", EntityType.Brand, "estradiol")]
    [InlineData("Vagifem tablets twice weekly.", EntityType.Brand, "estradiol")]
    [InlineData("Vaginal estrogen is fine after her breast cancer.", EntityType.Generic, "estradiol")]
    [InlineData("Duavee for the woman who will not take a progestin.", EntityType.Brand, "conjugated estrogens/bazedoxifene")]
    [InlineData("Crinone gel for luteal support.", EntityType.Brand, "progesterone")]
    [InlineData("Vivjoa for her recurrent yeast.", EntityType.Brand, "oteseconazole")]
    [InlineData("Clomid for three cycles before the referral.", EntityType.Brand, "clomiphene")]
    [InlineData("Gonal-f 150 units a day from day 3.", EntityType.Brand, "follitropin alfa")]
    [InlineData("Menopur added on day 5.", EntityType.Brand, "menotropins")]
    [InlineData("Cetrotide once the lead follicle hits 14.", EntityType.Brand, "cetrorelix")]
    [InlineData("Ganirelix started on day 6 of stims.", EntityType.Generic, "ganirelix")]
    [InlineData("Ovidrel trigger at 36 hours before retrieval.", EntityType.Brand, "choriogonadotropin alfa")]
    [InlineData("Addyi nightly and no alcohol near bedtime.", EntityType.Brand, "flibanserin")]
    // Classes physicians of these clinics name.
    [InlineData("Estrogen is out after her stroke.", EntityType.DrugClass, "estrogen")]
    [InlineData("Steroid drops four times a day after the surgery.", EntityType.DrugClass, "corticosteroid")]
    [InlineData("Venom immunotherapy for five years after the sting.", EntityType.DrugClass, "allergen-immunotherapy")]
    [InlineData("The contraceptive ring stays in three weeks.", EntityType.DrugClass, "hormonal-contraceptive")]
    public void Tag_SpecialtyClinicDrug_Tagged(string text, EntityType type, string id)
    {
        // Ids compare ignoring case, as the scorer does (FDA spells the toxins "abobotulinumtoxinA").
        Tag(text).Entities.Should().Contain(e => e.Type == type && string.Equals(e.CanonicalId, id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Device kinds settled in the guide this round.
    [InlineData("Toric IOL to fix the astigmatism at the same time.", "intraocular-lens")]
    [InlineData("The lens implant dislocated into the vitreous.", "intraocular-lens")]
    [InlineData("Scleral lenses saved her vision after the GVHD.", "contact-lens")]
    [InlineData("She sleeps in her contact lenses and got an ulcer.", "contact-lens")]
    [InlineData("MiSight contact lenses slowed his myopia.", "misight")]
    [InlineData("Punctal plugs in the lower lids helped the dry eye.", "punctal-plug")]
    [InlineData("Ear tubes for the third time in the 3 year old.", "tympanostomy-tube")]
    [InlineData("A ring pessary for the prolapse, she declined surgery.", "pessary")]
    [InlineData("Artificial urinary sphincter after the prostatectomy leak.", "artificial-urinary-sphincter")]
    [InlineData("A male sling is enough for light leakage.", "male-urethral-sling")]
    [InlineData("Midurethral sling for her stress leakage.", "midurethral-sling")]
    [InlineData("Optilume balloon for the recurrent stricture.", "optilume")]
    [InlineData("miraDry in two sessions for the sweating.", "miradry")]
    [InlineData("PTNS weekly for twelve weeks for the urgency.", "percutaneous-tibial-nerve-stimulator")]
    public void Tag_SpecialtyClinicDevice_TaggedAsItsKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // Conditions of these clinics, by the ICD-10-CM index.
    [InlineData("Squamous cell carcinoma on the scalp of the transplant patient.", "C44.92")]
    [InlineData("Stress incontinence after three deliveries.", "N39.3")]
    [InlineData("Chronic scrotal pain after the vasectomy.", "N50.82")]
    [InlineData("Angle closure in the hyperope, laser iridotomy done.", "H40.20")]
    [InlineData("Two prior breast cancers on her mother's side.", "C50.919")]
    public void Tag_SpecialtyClinicCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Events of these clinics' drugs and devices.
    [InlineData("Folliculitis on the chest from the tapinarof cream.", "folliculitis")]
    [InlineData("Dermatitis where the patch sat.", "dermatitis")]
    [InlineData("OHSS after the hCG trigger, admitted for paracentesis.", "ovarian hyperstimulation syndrome")]
    [InlineData("Ochronosis after years of hydroquinone.", "exogenous ochronosis")]
    [InlineData("Hypertrichosis on the arms from the minoxidil pills.", "hypertrichosis")]
    [InlineData("Eyelash growth is the side effect she liked.", "eyelash growth")]
    [InlineData("Iris darkening in the hazel eye on latanoprost.", "iris hyperpigmentation")]
    [InlineData("Periorbital fat atrophy from the bimatoprost.", "periorbital fat atrophy")]
    [InlineData("Corneal endothelial cell loss with the old implant.", "corneal endothelial cell loss")]
    [InlineData("Corneal melt on the NSAID drops.", "corneal melt")]
    [InlineData("Epiphora since the radioactive iodine.", "epiphora")]
    [InlineData("Rhinitis medicamentosa from a year of oxymetazoline.", "rhinitis medicamentosa")]
    [InlineData("Septal perforation in the cocaine user on nasal steroids too.", "nasal septum perforation")]
    [InlineData("Otorrhea through the tube for a week.", "otorrhea")]
    [InlineData("Mouth itching with the first grass tablets.", "oral pruritus")]
    [InlineData("Penile fracture during intercourse on tadalafil.", "penile fracture")]
    [InlineData("Vaginal discharge with the ring, no infection on the swab.", "vaginal discharge")]
    [InlineData("Irregular periods on spironolactone.", "menstrual irregularity")]
    [InlineData("Mesh erosion three years after the sling.", "vaginal erosion")]
    [InlineData("Multiple gestation after the letrozole cycle.", "multiple pregnancy")]
    [InlineData("Birth defects are why she needs two forms of contraception on isotretinoin.", "congenital anomaly")]
    [InlineData("Taste loss on terbinafine lasted months.", "dysgeusia")]
    [InlineData("Blurry vision after the glycopyrronium wipe touched her eye.", "vision changes")]
    [InlineData("Irregular bleeding on the implant in the first year.", "breakthrough bleeding")]
    public void Tag_SpecialtyClinicEvent_TaggedAsAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == name);
    }

    [Theory]
    // What stays out: an ordinary verb one edit from a brand, nocturia and striae (older sets leave them bare).
    [InlineData("This will enable earlier refills.", EntityType.Brand, "darifenacin")]
    [InlineData("Nocturia twice a night, no other symptoms.", EntityType.Disease, "R35.1")]
    [InlineData("Purple striae and a buffalo hump, Cushing's workup sent.", EntityType.AdverseEvent, "striae")]
    public void Tag_SpecialtyClinicNonMention_NotTagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type && e.CanonicalId == id);
    }
}
