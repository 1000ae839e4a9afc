namespace Sermo.Analytics.Tagging.Evaluation;

/// <summary>
/// The gold guide's device ids (GoldSource/README.md, "Device ids", decision 151): a device span takes the id of its kind,
/// and a kind agrees with every lexicon row whose id, name, category or synonym is one of its members. Authors label
/// without the lexicon (decision 055), so the kind is what they can name; the tagger names the product, and a product is
/// one of its kind, as a brand is its generic. Members are folded (lower case, hyphens as spaces). A kind not listed here
/// still agrees through the rows' own ids, names and categories (decision 101).
/// </summary>
internal static class DeviceKinds
{
    private static readonly Dictionary<string, string[]> Members = new(StringComparer.Ordinal)
    {
        ["cgm"] = ["continuous glucose monitor", "cgm"],
        ["insulin pump"] = ["insulin pump"],

        // An automated insulin delivery system is a pump driven by a sensor: the hybrid closed-loop pumps and the iLet.
        ["automated insulin delivery"] = ["automated insulin delivery", "ilet", "omnipod 5", "tslim x2", "tandem mobi", "minimed 780g", "minimed 770g"],
        ["pacemaker"] = ["pacemaker"],
        ["leadless pacemaker"] = ["leadless pacemaker"],
        ["icd"] = ["defibrillator", "icd"],
        ["subcutaneous icd"] = ["subcutaneous defibrillator"],
        ["crt d"] = ["cardiac resynchronization device"],
        ["wearable cardioverter defibrillator"] = ["wearable defibrillator"],
        ["implantable loop recorder"] = ["implantable loop recorder"],
        ["left atrial appendage occluder"] = ["left atrial appendage occluder"],
        ["transcatheter aortic valve"] = ["transcatheter aortic valve"],
        ["transcatheter mitral repair device"] = ["transcatheter mitral repair", "transcatheter valve repair"],
        ["transcatheter tricuspid repair device"] = ["transcatheter tricuspid repair"],
        ["drug eluting stent"] = ["drug eluting stent", "peripheral drug eluting stent"],
        ["lvad"] = ["left ventricular assist device"],
        ["percutaneous vad"] = ["percutaneous ventricular assist device"],
        ["pulmonary artery pressure sensor"] = ["implantable hemodynamic monitor"],
        ["deep brain stimulator"] = ["dbs"],
        ["responsive neurostimulator"] = ["responsive neurostimulator"],
        ["vagus nerve stimulator"] = ["vns"],
        ["spinal cord stimulator"] = ["scs"],
        ["hypoglossal nerve stimulator"] = ["hypoglossal nerve stimulator"],
        ["sacral neuromodulator"] = ["sacral neuromodulation"],
        ["percutaneous tibial nerve stimulator"] = ["percutaneous tibial nerve stimulation"],
        ["external trigeminal nerve stimulator"] = ["external trigeminal nerve stimulation"],
        ["remote electrical neuromodulation"] = ["remote electrical neuromodulation"],
        ["cpap"] = ["cpap"],
        ["bipap"] = ["bipap"],
        ["spacer"] = ["spacer"],
        ["nebulizer"] = ["nebulizer"],
        ["dry powder inhaler"] = ["dry powder inhaler"],
        ["picc"] = ["picc"],
        ["midline catheter"] = ["midline catheter"],
        ["tunneled central venous catheter"] = ["tunneled central venous catheter"],
        ["central venous catheter"] = ["central venous catheter", "central catheter"],
        ["implanted port"] = ["implanted port"],
        ["urinary catheter"] = ["urinary catheter"],
        ["tunneled pleural catheter"] = ["indwelling pleural catheter", "pleural catheter"],
        ["ivc filter"] = ["vena cava filter"],
        ["cochlear implant"] = ["hearing implant"],
        ["hearing aid"] = ["hearing aid"],
        ["smartwatch"] = ["smartwatch"],
        ["personal ecg"] = ["personal ecg monitor"],
        ["capsule endoscope"] = ["capsule endoscope"],
        ["negative pressure wound therapy"] = ["negative pressure wound therapy"],
        ["prostatic urethral lift"] = ["prostatic urethral lift"],
        ["water vapor thermal therapy"] = ["water vapor therapy"],
        ["intrauterine device"] = ["intrauterine device"],
        ["surgical robot"] = ["surgical robot"],
        ["ambulatory ecg monitor"] = ["ambulatory ecg monitor"],
        ["endoscope"] = ["endoscope"],
        ["bioprosthetic heart valve"] = ["bioprosthetic heart valve"],
        ["bare metal stent"] = ["bare metal stent"],

        // An adjustable gastric band is what surgeons call the LAP-BAND and its like (round 34, decision 219).
        ["adjustable gastric band"] = ["gastric band"],

        // Other spellings of the kinds above that earlier sets used (decision 151 lists them in the guide).
        ["cvc"] = ["central venous catheter"],
        ["foley catheter"] = ["urinary catheter"],
        ["picc line"] = ["picc"],
        ["tavr valve"] = ["transcatheter aortic valve"],
        ["coronary stent"] = ["drug eluting stent", "bare metal stent"],
        ["implantable cardioverter defibrillator"] = ["defibrillator", "icd"],
        ["continuous glucose monitor"] = ["continuous glucose monitor"],
    };

    /// <summary>The guide's kind ids, folded.</summary>
    public static IEnumerable<string> Ids => Members.Keys;

    /// <summary>Whether <paramref name="foldedGoldId"/> is a kind one of whose members is among <paramref name="rowNames"/>.</summary>
    public static bool Covers(string foldedGoldId, IReadOnlySet<string> rowNames) =>
        Members.TryGetValue(foldedGoldId, out var members) && members.Any(rowNames.Contains);
}
