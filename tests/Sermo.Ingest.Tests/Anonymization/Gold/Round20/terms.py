"""Clinical words the generated posts must keep, typed by the author for round 20 (decision 143)."""

ADULT = ["community-acquired pneumonia", "cellulitis", "NSTEMI", "pyelonephritis", "COPD exacerbation",
         "upper GI bleed", "diverticulitis", "acute pancreatitis", "hyponatremia", "DKA", "new-onset AF",
         "heart failure exacerbation", "C diff colitis", "small bowel obstruction", "pulmonary embolism",
         "alcohol withdrawal", "urosepsis", "hip fracture", "syncope", "hypercalcemia", "cholangitis",
         "spontaneous bacterial peritonitis", "temporal arteritis", "myasthenic crisis", "thyroid storm"]
CHILD = ["bronchiolitis", "croup", "Kawasaki disease", "intussusception", "pyloric stenosis", "otitis media",
         "febrile seizure", "Henoch-Schönlein purpura", "appendicitis", "asthma exacerbation", "hand, foot and mouth",
         "slipped capital femoral epiphysis", "Osgood-Schlatter", "type 1 diabetes", "nursemaid's elbow",
         "scarlet fever", "MIS-C", "Perthes disease", "supracondylar fracture", "Sever disease"]
OLD = ["aortic stenosis", "delirium", "subdural hematoma", "hip fracture", "aspiration pneumonia", "hypernatremia",
       "complete heart block", "fecal impaction", "pressure injury", "polymyalgia rheumatica", "urinary retention"]
DRUGS = ["ceftriaxone", "apixaban", "furosemide", "insulin glargine", "vancomycin", "prednisone", "metoprolol",
         "amoxicillin", "dexamethasone", "lorazepam", "heparin drip", "piperacillin-tazobactam", "levetiracetam",
         "oseltamivir", "albuterol", "IVIG", "methylprednisolone", "octreotide", "pantoprazole", "naloxone"]
LEGAL = ["missed appendicitis", "delayed diagnosis of sepsis", "retained guidewire", "wrong-site surgery",
         "missed scaphoid fracture", "shoulder dystocia", "missed testicular torsion", "medication error",
         "failure to diagnose a stroke", "missed aortic dissection", "surgical fire"]
