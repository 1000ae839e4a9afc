"""Generics by WHO ATC second-level group (decision 237), written from clinical knowledge, not downloaded.

Each group lists the generics US physicians prescribe or discuss, by their US established name (lower case), separated by "; ". A generic
sits in one group (its main ATC code); combinations are placed by count_drug_atc.py from their first generic.
"""

ATC_GROUPS = {
    "A02 acid disorders": (
        "omeprazole; esomeprazole; pantoprazole; lansoprazole; dexlansoprazole; rabeprazole; famotidine; cimetidine; "
        "nizatidine; ranitidine; vonoprazan; sucralfate; misoprostol; calcium carbonate; aluminum hydroxide; magnesium "
        "hydroxide; sodium bicarbonate; bismuth subsalicylate"
    ),
    "A03 functional GI (antispasmodics, prokinetics)": (
        "dicyclomine; hyoscyamine; metoclopramide; domperidone; glycopyrrolate; scopolamine; simethicone; prucalopride; "
        "peppermint oil"
    ),
    "A04 antiemetics": (
        "ondansetron; granisetron; palonosetron; dolasetron; aprepitant; fosaprepitant; rolapitant; netupitant; "
        "dronabinol; nabilone; trimethobenzamide; amisulpride"
    ),
    "A05 bile and liver": (
        "ursodiol; obeticholic acid; chenodiol; cholic acid; elafibranor; seladelpar; resmetirom"
    ),
    "A06 laxatives": (
        "polyethylene glycol; senna; sennosides; bisacodyl; docusate; lactulose; linaclotide; lubiprostone; plecanatide; "
        "methylnaltrexone; naloxegol; naldemedine; tenapanor; psyllium; methylcellulose; magnesium citrate; sodium "
        "picosulfate; glycerin; sorbitol"
    ),
    "A07 antidiarrheals, intestinal anti-inflammatories": (
        "loperamide; diphenoxylate; mesalamine; sulfasalazine; balsalazide; olsalazine; budesonide; rifaximin; "
        "fidaxomicin; nitazoxanide; bezlotoxumab; crofelemer; eluxadoline; rifamycin"
    ),
    "A08 antiobesity": (
        "orlistat; phentermine; setmelanotide"
    ),
    "A09 digestives (enzymes)": (
        "pancrelipase"
    ),
    "A10 diabetes drugs": (
        "insulin; insulin glargine; insulin detemir; insulin degludec; insulin lispro; insulin aspart; insulin glulisine; "
        "nph insulin; metformin; glipizide; glyburide; glimepiride; gliclazide; pioglitazone; rosiglitazone; sitagliptin; "
        "saxagliptin; linagliptin; alogliptin; vildagliptin; empagliflozin; dapagliflozin; canagliflozin; ertugliflozin; "
        "sotagliflozin; bexagliflozin; liraglutide; semaglutide; dulaglutide; exenatide; lixisenatide; tirzepatide; "
        "pramlintide; acarbose; miglitol; repaglinide; nateglinide; bromocriptine; colesevelam; insulin icodec"
    ),
    "A11 vitamins": (
        "cholecalciferol; ergocalciferol; calcitriol; thiamine; pyridoxine; riboflavin; niacin; ascorbic acid; "
        "cyanocobalamin; folic acid; vitamin a; vitamin e; phytonadione; multivitamin; biotin"
    ),
    "A12 mineral supplements": (
        "calcium carbonate; calcium citrate; potassium chloride; magnesium oxide; zinc sulfate; potassium citrate"
    ),
    "A16 other alimentary (rare metabolic)": (
        "sapropterin; nitisinone; miglustat; eliglustat; agalsidase beta; migalastat; alglucosidase alfa; avalglucosidase "
        "alfa; imiglucerase; velaglucerase alfa; carglumic acid; sodium phenylbutyrate; glycerol phenylbutyrate; "
        "cysteamine; betaine; levocarnitine; teduglutide"
    ),
    "B01 antithrombotics": (
        "warfarin; heparin; enoxaparin; dalteparin; fondaparinux; apixaban; rivaroxaban; dabigatran; edoxaban; "
        "argatroban; bivalirudin; aspirin; clopidogrel; prasugrel; ticagrelor; cangrelor; cilostazol; dipyridamole; "
        "vorapaxar; alteplase; tenecteplase; reteplase; eptifibatide; tirofiban; abciximab; ticlopidine"
    ),
    "B02 antihemorrhagics": (
        "tranexamic acid; aminocaproic acid; phytonadione; protamine; prothrombin complex concentrate; idarucizumab; "
        "andexanet alfa; desmopressin; emicizumab; factor viii; factor ix; fibrinogen concentrate; romiplostim; "
        "eltrombopag; avatrombopag; lusutrombopag; fostamatinib; concizumab; marstacimab"
    ),
    "B03 antianemic": (
        "ferrous sulfate; ferrous gluconate; iron sucrose; ferric carboxymaltose; ferumoxytol; iron dextran; ferric "
        "derisomaltose; sodium ferric gluconate; epoetin alfa; darbepoetin alfa; methoxy polyethylene glycol-epoetin "
        "beta; cyanocobalamin; folic acid; luspatercept; daprodustat; vadadustat; ferric citrate"
    ),
    "B05 blood substitutes, IV solutions": (
        "albumin; normal saline; lactated ringer's; dextrose; hypertonic saline; plasma-lyte; sodium bicarbonate; "
        "mannitol"
    ),
    "B06 other hematological": (
        "lanadelumab; berotralstat; icatibant; ecallantide; c1 esterase inhibitor; crizanlizumab; voxelotor"
    ),
    "C01 cardiac therapy": (
        "digoxin; amiodarone; dronedarone; sotalol; flecainide; propafenone; mexiletine; dofetilide; procainamide; "
        "quinidine; disopyramide; lidocaine; adenosine; dobutamine; dopamine; norepinephrine; epinephrine; milrinone; "
        "isoproterenol; phenylephrine; vasopressin; nitroglycerin; isosorbide mononitrate; isosorbide dinitrate; "
        "ranolazine; ivabradine; ibutilide"
    ),
    "C02 antihypertensives (central, alpha)": (
        "clonidine; methyldopa; guanfacine; doxazosin; prazosin; terazosin; hydralazine; minoxidil; ambrisentan; "
        "bosentan; macitentan; riociguat"
    ),
    "C03 diuretics": (
        "furosemide; bumetanide; torsemide; ethacrynic acid; hydrochlorothiazide; chlorthalidone; metolazone; indapamide; "
        "chlorothiazide; spironolactone; eplerenone; finerenone; amiloride; triamterene; acetazolamide; tolvaptan"
    ),
    "C04 peripheral vasodilators": (
        "pentoxifylline; cilostazol"
    ),
    "C05 vasoprotectives (hemorrhoids, varices)": (
        "polidocanol; sodium tetradecyl sulfate; hydrocortisone rectal"
    ),
    "C07 beta blockers": (
        "metoprolol; metoprolol tartrate; metoprolol succinate; atenolol; carvedilol; bisoprolol; propranolol; nadolol; "
        "labetalol; nebivolol; esmolol; sotalol; timolol; pindolol; acebutolol; betaxolol"
    ),
    "C08 calcium channel blockers": (
        "amlodipine; nifedipine; felodipine; isradipine; nicardipine; clevidipine; nimodipine; diltiazem; verapamil"
    ),
    "C09 renin-angiotensin agents": (
        "lisinopril; enalapril; ramipril; benazepril; captopril; quinapril; fosinopril; perindopril; trandolapril; "
        "moexipril; losartan; valsartan; irbesartan; olmesartan; telmisartan; candesartan; azilsartan; eprosartan; "
        "sacubitril/valsartan; aliskiren"
    ),
    "C10 lipid modifying": (
        "atorvastatin; rosuvastatin; simvastatin; pravastatin; lovastatin; pitavastatin; fluvastatin; ezetimibe; "
        "fenofibrate; gemfibrozil; niacin; icosapent ethyl; omega-3-acid ethyl esters; evolocumab; alirocumab; "
        "inclisiran; bempedoic acid; evinacumab; lomitapide; colestipol; cholestyramine; colesevelam"
    ),
    "D01 antifungals for skin": (
        "clotrimazole; miconazole; ketoconazole; econazole; terbinafine; ciclopirox; nystatin; efinaconazole; tavaborole; "
        "luliconazole; naftifine; oxiconazole; sertaconazole; butenafine; tolnaftate; griseofulvin"
    ),
    "D02 emollients and protectives": (
        "urea; ammonium lactate; petrolatum; zinc oxide"
    ),
    "D05 antipsoriatics": (
        "calcipotriene; tazarotene; tapinarof; roflumilast topical; methoxsalen; acitretin; coal tar; anthralin; "
        "apremilast; deucravacitinib"
    ),
    "D06 topical antibiotics and antivirals": (
        "mupirocin; bacitracin; retapamulin; silver sulfadiazine; neomycin/polymyxin b/bacitracin; ozenoxacin; docosanol; "
        "penciclovir"
    ),
    "D07 topical corticosteroids": (
        "hydrocortisone; triamcinolone; clobetasol; betamethasone dipropionate; betamethasone valerate; fluocinonide; "
        "fluocinolone; desonide; mometasone; halobetasol; desoximetasone; fluticasone topical; alclometasone; "
        "clocortolone; halcinonide"
    ),
    "D10 anti-acne": (
        "tretinoin; adapalene; benzoyl peroxide; clindamycin topical; isotretinoin; clascoterone; trifarotene; dapsone "
        "topical; azelaic acid; minocycline topical; sarecycline"
    ),
    "D11 other dermatologicals": (
        "tacrolimus topical; pimecrolimus; crisaborole; ruxolitinib cream; dupilumab; tralokinumab; lebrikizumab; "
        "nemolizumab; minoxidil topical; finasteride; ivermectin topical; metronidazole topical; brimonidine topical; "
        "oxymetazoline topical; eflornithine topical; glycopyrronium topical; hydroquinone; imiquimod; fluorouracil "
        "topical; ritlecitinib; baricitinib; deuruxolitinib; delgocitinib"
    ),
    "G01 gynecological anti-infectives": (
        "metronidazole vaginal; clindamycin vaginal; terconazole; boric acid; secnidazole; oteseconazole; ibrexafungerp; "
        "tinidazole"
    ),
    "G02 other gynecologicals": (
        "misoprostol; dinoprostone; oxytocin; methylergonovine; carboprost; cabergoline; bromocriptine; elagolix; "
        "relugolix; fezolinetant; ospemifene; prasterone"
    ),
    "G03 sex hormones": (
        "estradiol; conjugated estrogens; medroxyprogesterone; progesterone; norethindrone; levonorgestrel; etonogestrel; "
        "drospirenone; ethinyl estradiol; testosterone; testosterone cypionate; testosterone enanthate; oxandrolone; "
        "clomiphene; letrozole; raloxifene; bazedoxifene; ulipristal; mifepristone; norgestimate; desogestrel; "
        "segesterone; danazol"
    ),
    "G04 urologicals": (
        "oxybutynin; tolterodine; solifenacin; darifenacin; trospium; fesoterodine; mirabegron; vibegron; tamsulosin; "
        "alfuzosin; silodosin; finasteride; dutasteride; sildenafil; tadalafil; vardenafil; avanafil; phenazopyridine; "
        "bethanechol; pentosan polysulfate; flavoxate; methenamine"
    ),
    "H01 pituitary and hypothalamic": (
        "desmopressin; vasopressin; octreotide; lanreotide; pasireotide; somatropin; leuprolide; cetrorelix; ganirelix; "
        "chorionic gonadotropin; follitropin; menotropins; corticotropin; pegvisomant; tesamorelin"
    ),
    "H02 corticosteroids for systemic use": (
        "prednisone; prednisolone; methylprednisolone; dexamethasone; hydrocortisone; fludrocortisone; cortisone; "
        "budesonide; deflazacort; triamcinolone"
    ),
    "H03 thyroid therapy": (
        "levothyroxine; liothyronine; armour thyroid; methimazole; propylthiouracil; potassium iodide"
    ),
    "H04 pancreatic hormones (glucagon)": (
        "glucagon; dasiglucagon"
    ),
    "H05 calcium homeostasis": (
        "teriparatide; abaloparatide; calcitonin; cinacalcet; etelcalcetide; paricalcitol; doxercalciferol; "
        "palopegteriparatide"
    ),
    "J01 antibacterials": (
        "amoxicillin; amoxicillin/clavulanate; ampicillin; ampicillin/sulbactam; penicillin; penicillin g benzathine; "
        "penicillin v; dicloxacillin; nafcillin; oxacillin; piperacillin/tazobactam; cephalexin; cefazolin; cefadroxil; "
        "cefuroxime; cefoxitin; cefotetan; cefprozil; cefaclor; cefdinir; cefpodoxime; cefixime; ceftriaxone; cefotaxime; "
        "ceftazidime; cefepime; ceftaroline; ceftolozane/tazobactam; ceftazidime/avibactam; cefiderocol; meropenem; "
        "imipenem/cilastatin; ertapenem; meropenem/vaborbactam; imipenem/cilastatin/relebactam; aztreonam; vancomycin; "
        "daptomycin; linezolid; tedizolid; dalbavancin; oritavancin; telavancin; doxycycline; minocycline; tetracycline; "
        "tigecycline; eravacycline; omadacycline; azithromycin; clarithromycin; erythromycin; ciprofloxacin; "
        "levofloxacin; moxifloxacin; ofloxacin; delafloxacin; gentamicin; tobramycin; amikacin; plazomicin; streptomycin; "
        "trimethoprim/sulfamethoxazole; trimethoprim; nitrofurantoin; fosfomycin; metronidazole; clindamycin; colistin; "
        "polymyxin b; chloramphenicol; sulbactam/durlobactam; quinupristin/dalfopristin; cefepime/enmetazobactam; "
        "aztreonam/avibactam; gepotidacin; sulopenem; pivmecillinam"
    ),
    "J02 antimycotics for systemic use": (
        "fluconazole; itraconazole; voriconazole; posaconazole; isavuconazonium; amphotericin b; caspofungin; micafungin; "
        "anidulafungin; rezafungin; ibrexafungerp; flucytosine; terbinafine; oteseconazole"
    ),
    "J04 antimycobacterials": (
        "isoniazid; rifampin; rifabutin; rifapentine; pyrazinamide; ethambutol; bedaquiline; pretomanid; dapsone; "
        "clofazimine; cycloserine; ethionamide; amikacin liposome"
    ),
    "J05 antivirals for systemic use": (
        "acyclovir; valacyclovir; famciclovir; ganciclovir; valganciclovir; foscarnet; cidofovir; letermovir; maribavir; "
        "oseltamivir; zanamivir; peramivir; baloxavir; nirmatrelvir/ritonavir; molnupiravir; remdesivir; tenofovir "
        "disoproxil; tenofovir alafenamide; emtricitabine; lamivudine; abacavir; zidovudine; dolutegravir; bictegravir; "
        "raltegravir; elvitegravir; cabotegravir; efavirenz; rilpivirine; doravirine; etravirine; nevirapine; darunavir; "
        "atazanavir; lopinavir/ritonavir; ritonavir; cobicistat; maraviroc; fostemsavir; ibalizumab; lenacapavir; "
        "entecavir; adefovir; sofosbuvir; ledipasvir/sofosbuvir; sofosbuvir/velpatasvir; glecaprevir/pibrentasvir; "
        "sofosbuvir/velpatasvir/voxilaprevir; elbasvir/grazoprevir; ribavirin; tecovirimat; brincidofovir"
    ),
    "J06 immune sera and immunoglobulins": (
        "immune globulin; hepatitis b immune globulin; rabies immune globulin; varicella zoster immune globulin; rho(d) "
        "immune globulin; nirsevimab; palivizumab; tetanus immune globulin; antivenom; botulism antitoxin"
    ),
    "J07 vaccines": (
        "influenza vaccine; zoster vaccine; tdap vaccine; pneumococcal vaccine; hepatitis b vaccine; hepatitis a vaccine; "
        "hpv vaccine; mmr vaccine; varicella vaccine; covid-19 vaccine; rsv vaccine; meningococcal vaccine; rotavirus "
        "vaccine; polio vaccine; rabies vaccine; typhoid vaccine; yellow fever vaccine; bcg vaccine"
    ),
    "L01 antineoplastics": (
        "cisplatin; carboplatin; oxaliplatin; cyclophosphamide; ifosfamide; bendamustine; melphalan; busulfan; "
        "temozolomide; dacarbazine; lomustine; carmustine; methotrexate; pemetrexed; fluorouracil; capecitabine; "
        "gemcitabine; cytarabine; azacitidine; decitabine; fludarabine; cladribine; clofarabine; mercaptopurine; "
        "thioguanine; hydroxyurea; doxorubicin; daunorubicin; epirubicin; idarubicin; mitoxantrone; bleomycin; mitomycin; "
        "paclitaxel; docetaxel; cabazitaxel; nab-paclitaxel; vincristine; vinblastine; vinorelbine; eribulin; etoposide; "
        "irinotecan; topotecan; trabectedin; pembrolizumab; nivolumab; cemiplimab; dostarlimab; atezolizumab; durvalumab; "
        "avelumab; ipilimumab; tremelimumab; relatlimab; trastuzumab; pertuzumab; trastuzumab deruxtecan; ado-trastuzumab "
        "emtansine; sacituzumab govitecan; enfortumab vedotin; bevacizumab; ramucirumab; cetuximab; panitumumab; "
        "rituximab; obinutuzumab; ofatumumab; daratumumab; isatuximab; elotuzumab; blinatumomab; brentuximab vedotin; "
        "polatuzumab vedotin; teclistamab; talquetamab; elranatamab; epcoritamab; glofitamab; mosunetuzumab; tarlatamab; "
        "amivantamab; mirvetuximab soravtansine; tisotumab vedotin; imatinib; dasatinib; nilotinib; bosutinib; ponatinib; "
        "asciminib; erlotinib; gefitinib; afatinib; osimertinib; lapatinib; neratinib; tucatinib; crizotinib; alectinib; "
        "brigatinib; lorlatinib; ceritinib; entrectinib; larotrectinib; repotrectinib; sunitinib; sorafenib; pazopanib; "
        "axitinib; cabozantinib; lenvatinib; regorafenib; vandetanib; tivozanib; ibrutinib; acalabrutinib; zanubrutinib; "
        "pirtobrutinib; idelalisib; duvelisib; copanlisib; alpelisib; capivasertib; inavolisib; palbociclib; ribociclib; "
        "abemaciclib; olaparib; niraparib; rucaparib; talazoparib; venetoclax; ruxolitinib; fedratinib; pacritinib; "
        "momelotinib; midostaurin; gilteritinib; quizartinib; ivosidenib; enasidenib; olutasidenib; vorasidenib; "
        "glasdegib; sotorasib; adagrasib; dabrafenib; trametinib; vemurafenib; cobimetinib; encorafenib; binimetinib; "
        "selpercatinib; pralsetinib; capmatinib; tepotinib; bortezomib; carfilzomib; ixazomib; lenalidomide; "
        "pomalidomide; thalidomide; selinexor; tazemetostat; belzutifan; revumenib; ziftomenib; arsenic trioxide; "
        "tretinoin; asparaginase; pegaspargase; erdafitinib; pemigatinib; futibatinib; infigratinib; elacestrant; "
        "imetelstat; tebentafusp; lurbinectedin; tisagenlecleucel; axicabtagene ciloleucel; lisocabtagene maraleucel; "
        "idecabtagene vicleucel; ciltacabtagene autoleucel; brexucabtagene autoleucel; talimogene laherparepvec; "
        "nadofaragene firadenovec"
    ),
    "L02 endocrine therapy (cancer)": (
        "tamoxifen; anastrozole; letrozole; exemestane; fulvestrant; leuprolide; goserelin; triptorelin; degarelix; "
        "relugolix; bicalutamide; flutamide; enzalutamide; apalutamide; darolutamide; abiraterone; megestrol; toremifene; "
        "histrelin"
    ),
    "L03 immunostimulants": (
        "filgrastim; pegfilgrastim; sargramostim; eflapegrastim; interferon alfa; peginterferon alfa; interferon beta-1a; "
        "interferon beta-1b; peginterferon beta-1a; interferon gamma; glatiramer; aldesleukin; plerixafor; motixafortide; "
        "bcg intravesical"
    ),
    "L04 immunosuppressants": (
        "tacrolimus; cyclosporine; sirolimus; everolimus; mycophenolate mofetil; mycophenolic acid; azathioprine; "
        "belatacept; basiliximab; antithymocyte globulin; methotrexate; leflunomide; teriflunomide; adalimumab; "
        "infliximab; etanercept; certolizumab; golimumab; tocilizumab; sarilumab; anakinra; canakinumab; rilonacept; "
        "abatacept; ustekinumab; guselkumab; risankizumab; tildrakizumab; mirikizumab; secukinumab; ixekizumab; "
        "brodalumab; bimekizumab; vedolizumab; natalizumab; ocrelizumab; ofatumumab; ublituximab; alemtuzumab; "
        "tofacitinib; baricitinib; upadacitinib; filgotinib; ritlecitinib; deucravacitinib; ozanimod; etrasimod; "
        "fingolimod; siponimod; ponesimod; dimethyl fumarate; diroximel fumarate; monomethyl fumarate; cladribine; "
        "eculizumab; ravulizumab; pegcetacoplan; iptacopan; danicopan; crovalimab; belimumab; anifrolumab; voclosporin; "
        "avacopan; inebilizumab; satralizumab; efgartigimod; rozanolixizumab; nipocalimab; zilucoplan; emapalumab; "
        "pirfenidone; nintedanib; lenalidomide; thalidomide; apremilast; spesolimab; teprotumumab"
    ),
    "M01 anti-inflammatory and antirheumatic (NSAIDs)": (
        "ibuprofen; naproxen; diclofenac; meloxicam; celecoxib; indomethacin; ketorolac; etodolac; nabumetone; piroxicam; "
        "sulindac; oxaprozin; ketoprofen; flurbiprofen; diflunisal; salsalate; mefenamic acid; tolmetin; fenoprofen; "
        "penicillamine; hydroxychloroquine; sulfasalazine"
    ),
    "M03 muscle relaxants": (
        "cyclobenzaprine; methocarbamol; tizanidine; baclofen; carisoprodol; metaxalone; orphenadrine; chlorzoxazone; "
        "dantrolene; onabotulinumtoxina; abobotulinumtoxina; incobotulinumtoxina; rimabotulinumtoxinb; "
        "daxibotulinumtoxina; succinylcholine; rocuronium; vecuronium; cisatracurium; sugammadex; neostigmine"
    ),
    "M04 antigout": (
        "allopurinol; febuxostat; probenecid; colchicine; pegloticase; lesinurad"
    ),
    "M05 bone disease": (
        "alendronate; risedronate; ibandronate; zoledronic acid; pamidronate; denosumab; romosozumab; burosumab; "
        "vosoritide; asfotase alfa"
    ),
    "M09 other musculoskeletal (SMA, DMD)": (
        "nusinersen; risdiplam; onasemnogene abeparvovec; eteplirsen; golodirsen; viltolarsen; casimersen; "
        "delandistrogene moxeparvovec; givinostat; vamorolone; collagenase clostridium histolyticum"
    ),
    "N01 anesthetics": (
        "propofol; etomidate; ketamine; methohexital; sevoflurane; desflurane; isoflurane; nitrous oxide; "
        "dexmedetomidine; remimazolam; lidocaine; bupivacaine; ropivacaine; mepivacaine; chloroprocaine; tetracaine; "
        "liposomal bupivacaine; articaine; benzocaine; prilocaine"
    ),
    "N02 analgesics": (
        "morphine; hydromorphone; oxycodone; hydrocodone; fentanyl; methadone; buprenorphine; tramadol; tapentadol; "
        "codeine; oxymorphone; meperidine; sufentanil; remifentanil; butorphanol; nalbuphine; levorphanol; acetaminophen; "
        "aspirin; sumatriptan; rizatriptan; zolmitriptan; eletriptan; naratriptan; almotriptan; frovatriptan; lasmiditan; "
        "ubrogepant; rimegepant; zavegepant; atogepant; erenumab; fremanezumab; galcanezumab; eptinezumab; ergotamine; "
        "dihydroergotamine; butalbital; suzetrigine; ziconotide"
    ),
    "N03 antiepileptics": (
        "levetiracetam; brivaracetam; lamotrigine; valproate; carbamazepine; oxcarbazepine; eslicarbazepine; phenytoin; "
        "fosphenytoin; phenobarbital; topiramate; zonisamide; lacosamide; gabapentin; pregabalin; clobazam; clonazepam; "
        "ethosuximide; felbamate; perampanel; rufinamide; cenobamate; tiagabine; vigabatrin; primidone; stiripentol; "
        "fenfluramine; cannabidiol; ganaxolone; everolimus"
    ),
    "N04 anti-parkinson": (
        "carbidopa/levodopa; pramipexole; ropinirole; rotigotine; apomorphine; rasagiline; selegiline; safinamide; "
        "entacapone; opicapone; tolcapone; amantadine; istradefylline; benztropine; trihexyphenidyl; "
        "foscarbidopa/foslevodopa"
    ),
    "N05 psycholeptics (antipsychotics, anxiolytics, hypnotics)": (
        "haloperidol; chlorpromazine; fluphenazine; perphenazine; thioridazine; loxapine; olanzapine; quetiapine; "
        "risperidone; paliperidone; aripiprazole; brexpiprazole; cariprazine; ziprasidone; lurasidone; asenapine; "
        "iloperidone; lumateperone; clozapine; pimavanserin; xanomeline/trospium; lithium; lorazepam; alprazolam; "
        "diazepam; clonazepam; chlordiazepoxide; midazolam; temazepam; triazolam; oxazepam; clorazepate; buspirone; "
        "hydroxyzine; zolpidem; eszopiclone; zaleplon; suvorexant; lemborexant; daridorexant; ramelteon; melatonin; "
        "olanzapine/samidorphan"
    ),
    "N06 psychoanaleptics (antidepressants, stimulants, dementia)": (
        "sertraline; fluoxetine; citalopram; escitalopram; paroxetine; fluvoxamine; venlafaxine; desvenlafaxine; "
        "duloxetine; levomilnacipran; milnacipran; bupropion; mirtazapine; trazodone; nefazodone; vilazodone; "
        "vortioxetine; amitriptyline; nortriptyline; imipramine; desipramine; doxepin; clomipramine; protriptyline; "
        "phenelzine; tranylcypromine; isocarboxazid; selegiline transdermal; esketamine; zuranolone; brexanolone; "
        "dextromethorphan/bupropion; gepirone; methylphenidate; dexmethylphenidate; amphetamine; dextroamphetamine; "
        "lisdexamfetamine; atomoxetine; viloxazine; modafinil; armodafinil; solriamfetol; pitolisant; caffeine; "
        "donepezil; rivastigmine; galantamine; memantine; lecanemab; donanemab; aducanumab"
    ),
    "N07 other nervous system": (
        "naltrexone; naloxone; nalmefene; buprenorphine/naloxone; methadone; disulfiram; acamprosate; varenicline; "
        "nicotine; lofexidine; pyridostigmine; riluzole; edaravone; tofersen; tetrabenazine; deutetrabenazine; "
        "valbenazine; dalfampridine; meclizine; betahistine; tafamidis; patisiran; vutrisiran; inotersen; eplontersen; "
        "omaveloxolone; sodium oxybate"
    ),
    "P01 antiprotozoals": (
        "hydroxychloroquine; chloroquine; atovaquone/proguanil; artemether/lumefantrine; mefloquine; primaquine; "
        "tafenoquine; quinine; artesunate; metronidazole; tinidazole; nitazoxanide; atovaquone; pentamidine; "
        "benznidazole; nifurtimox; miltefosine"
    ),
    "P02 anthelmintics": (
        "albendazole; mebendazole; ivermectin; praziquantel; pyrantel pamoate; moxidectin; triclabendazole"
    ),
    "P03 ectoparasiticides": (
        "permethrin; ivermectin topical; malathion; spinosad; benzyl alcohol; lindane"
    ),
    "R01 nasal preparations": (
        "fluticasone nasal; mometasone nasal; budesonide nasal; triamcinolone nasal; azelastine; olopatadine nasal; "
        "ipratropium nasal; oxymetazoline; pseudoephedrine; phenylephrine; cromolyn nasal"
    ),
    "R03 obstructive airway": (
        "albuterol; levalbuterol; salmeterol; formoterol; arformoterol; olodaterol; vilanterol; indacaterol; tiotropium; "
        "ipratropium; umeclidinium; aclidinium; glycopyrrolate inhaled; revefenacin; fluticasone; budesonide; "
        "beclomethasone; mometasone; ciclesonide; flunisolide; montelukast; zafirlukast; zileuton; theophylline; "
        "roflumilast; omalizumab; mepolizumab; reslizumab; benralizumab; dupilumab; tezepelumab; ensifentrine; cromolyn; "
        "depemokimab"
    ),
    "R05 cough and cold": (
        "guaifenesin; dextromethorphan; benzonatate; codeine/guaifenesin; hydrocodone/homatropine"
    ),
    "R06 antihistamines for systemic use": (
        "diphenhydramine; hydroxyzine; cetirizine; levocetirizine; loratadine; desloratadine; fexofenadine; "
        "chlorpheniramine; brompheniramine; promethazine; cyproheptadine; doxylamine; meclizine; dimenhydrinate; "
        "clemastine"
    ),
    "R07 other respiratory (surfactants, CFTR)": (
        "poractant alfa; beractant; calfactant; elexacaftor/tezacaftor/ivacaftor; ivacaftor; lumacaftor/ivacaftor; "
        "tezacaftor/ivacaftor; dornase alfa; vanzacaftor/tezacaftor/deutivacaftor"
    ),
    "S01 ophthalmologicals": (
        "latanoprost; travoprost; bimatoprost; tafluprost; latanoprostene bunod; timolol; brimonidine; dorzolamide; "
        "brinzolamide; netarsudil; pilocarpine; atropine ophthalmic; cyclopentolate; tropicamide; phenylephrine "
        "ophthalmic; prednisolone acetate ophthalmic; loteprednol; difluprednate; dexamethasone ophthalmic; "
        "fluorometholone; ketorolac ophthalmic; bromfenac; nepafenac; moxifloxacin ophthalmic; gatifloxacin ophthalmic; "
        "ofloxacin ophthalmic; besifloxacin; erythromycin ophthalmic; tobramycin/dexamethasone; polymyxin b/trimethoprim; "
        "cyclosporine ophthalmic; lifitegrast; varenicline nasal; perfluorohexyloctane; olopatadine; ketotifen "
        "ophthalmic; ranibizumab; aflibercept; bevacizumab; faricimab; brolucizumab; pegcetacoplan intravitreal; "
        "avacincaptad pegol; lotilaner; fluorescein; proparacaine; apraclonidine"
    ),
    "S02 otologicals": (
        "ciprofloxacin/dexamethasone otic; ofloxacin otic; neomycin/polymyxin b/hydrocortisone otic; acetic acid otic; "
        "carbamide peroxide"
    ),
    "V03 all other therapeutic (antidotes, chelators)": (
        "naloxone; flumazenil; acetylcysteine; fomepizole; hydroxocobalamin; methylene blue; physostigmine; atropine; "
        "pralidoxime; deferoxamine; deferasirox; deferiprone; dimercaprol; succimer; edetate calcium disodium; "
        "glucarpidase; uridine triacetate; sevelamer; lanthanum; calcium acetate; sucroferric oxyhydroxide; patiromer; "
        "sodium zirconium cyclosilicate; sodium polystyrene sulfonate; leucovorin; levoleucovorin; mesna; dexrazoxane; "
        "amifostine; sugammadex; digoxin immune fab; crotalidae polyvalent immune fab"
    ),
    "V04/V08/V09 diagnostic agents, contrast, radiopharmaceuticals": (
        "gadolinium; iohexol; iodixanol; regadenoson; technetium-99m; fludeoxyglucose; lutetium lu 177 dotatate; lutetium "
        "lu 177 vipivotide tetraxetan; radium-223 dichloride; piflufolastat f 18; tuberculin"
    ),
}
