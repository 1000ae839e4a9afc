using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberClinicalTextTests
{
    [Theory]
    [InlineData("Early Parkinson's disease responds to Sinemet.")]
    [InlineData("Crohn's flare, started Humira.")]
    [InlineData("Graves' disease vs Hashimoto's thyroiditis on the labs.")]
    [InlineData("Bell's palsy resolved in 3 weeks.")]
    [InlineData("Rule out Cushing's or Addison's before surgery.")]
    [InlineData("Hodgkin lymphoma in remission.")]
    [InlineData("Down syndrome with AV canal defect.")]
    [InlineData("Guillain-Barré after a GI illness.")]
    [InlineData("Raynaud's and Sjögren's overlap.")]
    [InlineData("Wilson's disease with low ceruloplasmin.")]
    [InlineData("Alzheimer's and Huntington's are both on the differential.")]
    [InlineData("Tourette with comorbid ADHD.")]
    [InlineData("Kaposi sarcoma in an HIV patient.")]
    [InlineData("Barrett's esophagus on surveillance.")]
    [InlineData("Wegener's granulomatosis is now called GPA.")]
    [InlineData("Kawasaki disease needs IVIG.")]
    [InlineData("Meniere's with vertigo.")]
    [InlineData("Lyme titers were negative.")]
    [InlineData("Marfan habitus, check the aortic root.")]
    [InlineData("Asperger's is now ASD.")]
    [InlineData("Osgood-Schlatter in a teenager.")]
    [InlineData("Whipple procedure last year.")]
    [InlineData("Bartter or Gitelman syndrome.")]
    [InlineData("Brugada pattern on the ECG.")]
    [InlineData("Wolff-Parkinson-White with a delta wave.")]
    [InlineData("Lou Gehrig's disease is ALS.")]
    [InlineData("Stevens-Johnson syndrome after lamotrigine.")]
    [InlineData("Positive Murphy's sign and a Wells score of 4.")]
    public void Scrub_EponymousDiseasesAndSigns_AreKept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Switched from Xarelto to Eliquis 5 mg BID.")]
    [InlineData("Keytruda plus chemo for stage IV.")]
    [InlineData("Jardiance and Mounjaro for her diabetes.")]
    [InlineData("Humira failed; trying Skyrizi.")]
    [InlineData("Ozempic shortage again.")]
    [InlineData("Grew Candida albicans in the urine.")]
    [InlineData("Admitted to the Christian hospital downtown.")]
    public void Scrub_DrugBrands_AreKept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("A1c 8.2, eGFR 38, INR 2.4, K 5.1.")]
    [InlineData("BP 142/88, HR 96, SpO2 94% on RA.")]
    [InlineData("3/4 of patients improved and 2 of 3 relapsed.")]
    [InlineData("Metformin 500 mg BID, titrate to 1000 mg.")]
    [InlineData("In 2025 the guideline changed.")]
    [InlineData("A 67-year-old woman with HFrEF, EF 25%.")]
    [InlineData("Transferred from Ohio to a center in Texas.")]
    [InlineData("WBC 12.4, platelets 150, Hgb 9.8, ferritin 12000.")]
    [InlineData("LDL dropped from 160 to 70 over 12 weeks.")]
    [InlineData("Grade 2/6 systolic murmur, 1+ edema.")]
    [InlineData("Follow up in 6-8 weeks, sooner if needed.")]
    [InlineData("Version 1.2.3 of the calculator is out.")]
    public void Scrub_LabsDosesVitalsYearsAgesStates_AreKept(string input) => ShouldKeep(input);

    [Fact]
    public void Scrub_IdentifierFreeClinicalPost_IsUnchanged()
    {
        const string post = """
            Question for the group: 58M with T2DM, A1c 9.4 on metformin 1000 mg BID and Jardiance 25 mg.
            eGFR 48, UACR 300. BMI 36. Considering adding Mounjaro vs Ozempic. Insurance in Ohio covers both.
            He had Bell's palsy in 2019 and a family history of Parkinson's disease.
            Would you stop the SGLT2 if eGFR drops below 30? BP 138/84 on lisinopril 20 mg.
            Thanks in advance, will report back.
            """;
        ShouldKeep(post);
    }
}
