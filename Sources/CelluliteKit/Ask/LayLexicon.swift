/// How a lay phrase bears on whether a question is about cellulite at all.
enum ScopeSignal: Sendable, Hashable {
    /// Names cellulite itself, or something only cellulite questions mention (Cellfina, lipedema).
    case subject
    /// A skin-surface word (lumpy, dimples) that means cellulite only next to a body area.
    case texture
    /// Names a treatment; the weight says how cellulite-specific the name is (Avéli 1, retinol 0.6).
    case treatment(Double)
    /// A context word (cost, pregnancy, thighs); each distinct group adds a little.
    case context(String)
    /// A sign of skin infection (red, hot, spreading, fever): a context word that, with a second sign
    /// or a pain or swelling word, puts the urgent cellulitis answer first.
    case infection
    /// A neighbouring subject the knowledge base does not cover (acne, wrinkles, stretch marks).
    case offDomain
    /// An everyday use of something the knowledge base also knows (coffee you drink, not caffeine
    /// cream): a milder signal against.
    case distractor
    case none
}

/// One lay phrase and what it means in the knowledge base's words.
struct LexiconRule: Sendable {
    /// The phrase as people type it; normalised (folded, stemmed) when the lexicon is built.
    var phrase: String
    /// Knowledge-base words added to the query when the phrase appears.
    var expansions: [String]
    /// Query weight of the expansions (the phrase's own words keep weight 1).
    var weight: Double
    var signal: ScopeSignal
    /// A treatment slug or general topic the phrase points at; matching entries are boosted.
    var hint: String?
    /// Query weight of the phrase's own words: below 1 when the phrase is only a lay name for its
    /// expansions ("orange peel" means cellulite; the words "orange" and "peel" should not pull
    /// towards the one entry that happens to use them).
    var ownWeight: Double = 1
}

/// The lay-synonym table: how people say things, mapped onto the knowledge base's vocabulary.
/// Treatment aliases from the knowledge base are added at build time; a phrase defined here wins
/// over an alias with the same words, so a common word ("caffeine", "diet") can be made a weak signal.
enum LayLexicon {
    static let rules: [LexiconRule] =
        subject + texture + areas + body + causes + lifestyle + prevalence + teens
        + permanence + quickFixes + homeCare + gadgets + inOffice + severity + pregnancy + men + lipedema
        + cellulitis + cost + intents + treatments + newTreatments + offDomain

    private static func r(
        _ phrases: [String], _ expansions: [String], _ signal: ScopeSignal = .none, hint: String? = nil,
        weight: Double = 0.8, ownWeight: Double = 1
    ) -> [LexiconRule] {
        phrases.map {
            LexiconRule(
                phrase: $0, expansions: expansions, weight: weight, signal: signal, hint: hint, ownWeight: ownWeight)
        }
    }

    // MARK: What cellulite is called

    static let subject: [LexiconRule] =
        r(
            [
                "cellulite", "cellulites", "cellulight", "celulite", "celluite", "cellulte", "cellulitte", "selulite",
                "cellulate", "gynoid lipodystrophy", "lipodystrophy", "panniculopathy",
                "edematous fibrosclerotic panniculopathy", "fibrous bands", "septa", "septae",
            ], ["cellulite"], .subject)
        + r(
            ["orange peel", "orange peel skin", "orange skin", "orange-peel"], ["cellulite"], .subject, weight: 1,
            ownWeight: 0.4)
        + r(
            ["cottage cheese", "cottage cheese thighs", "cottage cheese skin"], ["cellulite"], .subject, weight: 1,
            ownWeight: 0.4)
        + r(["mattress skin", "mattress texture", "mattress look"], ["cellulite"], .subject, weight: 1, ownWeight: 0.4)
        + r(
            [
                "css score", "css scale", "css grade", "css of", "css test", "hexsel", "hexsel scale", "nurnberger",
                "nurnberger muller", "nuernberger", "celluqol",
            ],
            ["severity", "scale", "grade"], .subject, hint: "severity")

    static let texture: [LexiconRule] =
        r(
            [
                "dimple", "dimples", "dimpled", "dimpling", "dimply", "dimpley", "dents", "dented", "divots", "craters",
                "cratered", "pits", "pitted", "hail damage",
            ], ["dimple", "cellulite"], .texture)
        + r(
            [
                "lumpy", "lumps", "lump", "lumpiness", "bumpy", "bumps", "bump", "lumpy bumpy", "rippled", "ripples",
                "rippling", "puckered", "puckering", "uneven", "wobbly", "jiggly", "squishy", "crinkly", "mattress",
                "texture", "textured", "smooth", "smoother", "smoothness", "smoothing",
            ], ["lump", "bump", "cellulite"], .texture, weight: 0.7)

    static let areas: [LexiconRule] =
        r(
            [
                "thigh", "thighs", "inner thighs", "outer thighs", "upper thighs", "saddlebags", "saddle bags",
                "back of my legs", "back of my thighs",
            ], ["thigh"], .context("area"))
        + r(
            [
                "bum", "butt", "booty", "bottom", "behind", "backside", "glutes", "glute", "buttock", "buttocks",
                "bum cheeks", "butt cheeks", "ass", "arse", "derriere", "rear", "bootie", "tush", "peach",
            ],
            ["buttock"], .context("area"))
        + r(["legs", "leg", "hips", "hip", "knees", "calves"], ["thigh", "leg"], .context("area"), weight: 0.5)
        + r(
            ["tummy", "belly", "stomach", "abdomen", "abs", "midsection", "love handles"], ["abdomen", "belly"],
            .context("area"))
        + r(["arms", "arm", "upper arms", "bingo wings", "bat wings", "triceps"], ["arm"], .context("area"))

    static let body: [LexiconRule] =
        r(
            [
                "loose skin", "saggy", "sagging", "sag", "saggy skin", "crepey", "crepey skin", "laxity", "flabby",
                "flab",
                "droopy", "slack", "skin elasticity", "elasticity", "firmness",
            ], ["loose", "skin", "laxity", "sagging"],
            .context("body"))
        // Plain "skin" and "fat" say nothing about cellulite by themselves ("belly fat", "dry skin").
        + r(["skin", "fat", "fatty", "fat cells", "collagen", "elastin", "fat deposits", "flesh"], [])

    // MARK: General topics

    static let causes: [LexiconRule] =
        r(
            [
                "why", "cause", "causes", "caused", "causing", "reason", "reasons", "how come", "what makes",
                "where does it come from", "to blame", "trigger", "triggers",
            ], ["cause", "why"], hint: "cause", weight: 0.6)
        + r(
            [
                "genetic", "genetics", "genes", "hereditary", "inherited", "runs in the family", "runs in my family",
                "my mum has", "my mom has", "family",
            ], ["genes", "genetic", "hereditary"], .context("cause"), hint: "cause")
        + r(
            [
                "hormones", "hormonal", "hormone", "estrogen", "oestrogen", "the pill", "birth control", "period",
                "menopause", "contraceptive", "contraceptives", "contraception", "contraceptive pill",
                "combined pill", "mini pill", "coil", "iud", "depo", "hrt", "hormone replacement",
                "hormone replacement therapy", "hormone therapy", "perimenopause", "menopausal",
            ], ["hormones", "estrogen", "contraception", "hrt"], .context("cause"), hint: "cause")
        + r(
            ["fault", "my fault", "blame", "blame myself", "did i cause", "did i do this", "something i did"],
            ["fault", "blame", "cause"], .context("feelings"), hint: "cause")
        + r(
            [
                "skinny", "thin", "slim", "petite", "underweight", "not fat", "not overweight", "overweight",
                "chubby", "curvy",
            ], ["thin", "skinny", "overweight"], hint: "cause", weight: 0.6)
        + r(
            [
                "health", "healthy", "unhealthy", "bad for you", "bad for your health", "disease", "diseases",
                "medical problem", "medical condition", "illness", "sick", "condition",
            ], ["disease", "unhealthy"],
            hint: "cause")
        + r(
            [
                "made of", "consist of", "composed of", "what is it", "under the skin", "underneath", "structure",
                "anatomy",
            ], ["bands", "fat", "skin"], hint: "cause", weight: 0.6)
        + r(
            ["just fat", "only fat", "just extra fat", "same as fat", "same thing as fat", "made of fat"],
            ["fat", "bands", "cause"], hint: "cause", weight: 0.6)
        + r(["toxins", "toxic", "bad circulation", "circulation", "blood flow", "lymph"], ["toxins", "circulation"])
        + r(["age", "aging", "ageing", "older", "getting older", "old"], ["age", "older"])

    static let lifestyle: [LexiconRule] =
        r(
            [
                "smoke", "smoking", "smoker", "cigarettes", "cigarette", "vaping", "vape", "alcohol",
                "drinking alcohol", "drink alcohol", "booze", "wine", "beer", "sitting", "sit", "sitting all day",
                "sitting down", "desk job", "office job", "sedentary", "inactive", "lifestyle", "sleep",
                "stress", "stressed",
            ], ["smoking", "alcohol", "sitting", "lifestyle"], .context("lifestyle"), hint: "cause")

    static let prevalence: [LexiconRule] =
        r(
            [
                "normal", "common", "everyone", "everybody", "all women", "most women", "every woman", "how many women",
                "how many people", "percent", "percentage", "statistics", "stats", "rare", "abnormal", "usual",
            ], ["common", "normal"],
            .context("prevalence"), hint: "prevalence")
        + r(
            ["am i the only one", "the only one", "only me", "just me", "anyone else"], ["common", "normal"],
            .context("prevalence"), hint: "prevalence", weight: 1)
        + r(
            ["puberty", "young", "at my age", "kids", "kid", "children", "child", "little girls", "young girls"],
            ["teenagers", "puberty", "age"], .context("prevalence"), hint: "prevalence")
        + r(
            [
                "self conscious", "self-conscious", "insecure", "embarrassed", "ashamed", "hate my", "bothers me",
                "feel bad", "feel ugly", "depressed", "confidence", "upset", "anxious", "cry",
            ],
            ["feel", "bad", "bother", "self-conscious"], .context("feelings"), hint: "prevalence")
        + r(
            [
                "athlete", "athletes", "athletic", "fit", "toned", "muscular", "in shape", "runner", "dancer",
                "gym rat",
            ], ["fit", "toned", "athletic"], hint: "prevalence", weight: 0.6)
        + r(
            ["skin tone", "skin tones", "body type", "body types", "every size", "black women", "darker skin"],
            ["body", "type", "skin", "tone"], weight: 0.6)

    static let teens: [LexiconRule] =
        r(
            [
                "teen", "teens", "teenager", "teenagers", "teenage", "13", "14", "15", "16", "17", "13 year old",
                "14 year old", "15 year old", "16 year old", "17 year old", "high school", "school", "daughter",
                "tween", "under 18", "minor", "minors", "my age",
            ], ["teenagers", "teen"], .context("teens"), hint: "teens")

    static let permanence: [LexiconRule] =
        r(
            [
                "permanent", "permanently", "forever", "for good", "cure", "cured", "curable", "completely",
                "100%", "totally gone", "fully",
            ], ["permanent", "rid", "remove", "fixed"], .context("permanence"),
            hint: "permanence", weight: 0.6)
        // "Get rid of" is how people ask about anything (belly fat, acne), so it is no scope signal.
        + r(
            [
                "get rid", "rid of", "go away", "goes away", "disappear", "disappears", "remove", "removal", "erase",
                "eliminate",
            ], ["permanent", "rid", "remove", "fixed"], hint: "permanence", weight: 0.4, ownWeight: 0.5)
        + r(
            ["fix", "fixed", "fixable", "fixing", "treat", "treating", "sort out", "deal with"],
            ["treatment", "improve"], weight: 0.5)
        + r(["realistic", "realistically", "expect", "expectations", "results"], ["realistic", "expect", "results"])
        + r(
            [
                "longest", "longest lasting", "lasts longest", "last longest", "last the longest", "most long lasting",
                "longest results", "most durable", "most permanent",
            ], ["longest", "lasting", "permanent"],
            hint: "permanence", weight: 1)
        + r(
            ["come back", "comes back", "return", "returns", "wear off", "wears off", "fade", "fades"],
            ["come", "back", "wear", "fade"], weight: 0.6)

    static let quickFixes: [LexiconRule] =
        r(
            [
                "quick", "quickly", "fast", "asap", "instant", "instantly", "overnight", "tonight", "today", "tomorrow",
                "this weekend", "weekend", "by friday", "next week", "in time", "last minute", "short notice",
            ],
            ["quick", "fast", "weekend", "tonight"], .context("occasion"), hint: "quick-fixes")
        + r(
            [
                "event", "wedding", "party", "date", "prom", "holiday", "vacation", "beach", "pool", "swimsuit",
                "bikini", "swimwear", "bathing suit", "shorts", "skirt", "dress", "photoshoot", "honeymoon",
            ],
            ["event", "beach", "swimsuit", "holiday"], .context("occasion"), hint: "quick-fixes")
        + r(
            [
                "hide", "hiding", "cover", "cover up", "conceal", "camouflage", "camo", "disguise", "mask", "blur",
                "less visible", "less noticeable", "look better", "look smoother", "make it look better",
                "look less",
            ], ["hide", "camouflage", "cover", "look", "better"], .context("camouflage"),
            hint: "quick-fixes")

    static let homeCare: [LexiconRule] =
        r(
            [
                "at home", "home", "diy", "home remedy", "home remedies", "natural", "naturally", "natural remedy",
                "drugstore", "pharmacy", "over the counter", "otc", "skincare", "skin care", "routine", "daily",
                "every day", "myself", "by myself", "on my own", "without a doctor", "without surgery",
                "non invasive", "noninvasive",
            ], ["home", "routine", "daily"], .context("home"), hint: "home-care")
        + r(
            [
                "cream", "creams", "lotion", "lotions", "gel", "rub", "moisturiser", "moisturizer", "moisturising",
                "moisturizing", "balm", "body butter", "product", "products", "topical", "topicals",
            ],
            ["cream", "lotion"], .context("home"))
        + r(
            ["dry brushing", "dry brush", "body brush", "brushing", "gua sha", "loofah", "exfoliate", "exfoliating"],
            ["dry", "brushing", "body", "brush"], .treatment(0.6), hint: "home-care")
        + r(
            [
                "supplement", "supplements", "pill", "pills", "vitamins", "detox", "detox tea", "tea", "water",
                "drinking water", "drink water", "hydration", "hydrated", "apple cider vinegar", "acv",
                "essential oils", "gotu kola", "tablets", "cleanse", "juice cleanse", "flush out", "flush",
            ],
            ["supplements", "detox", "water", "pill"], .context("remedy"), hint: "home-care")
        + r(
            [
                "collagen supplements", "collagen supplement", "collagen powder", "collagen drink", "collagen drinks",
                "collagen peptides", "collagen peptide", "collagen shots", "collagen gummies", "collagen water",
                "taking collagen", "drinking collagen", "drink collagen", "collagen sachets", "verisol",
                "hydrolysed collagen", "hydrolyzed collagen",
            ],
            ["collagen", "peptides", "supplement", "drink"], .treatment(0.6), hint: "collagen-peptides")

    /// Gadgets and spa treatments people try: no evidence, temporary fluid shifts at most.
    static let gadgets: [LexiconRule] =
        r(
            [
                "body wrap", "body wraps", "wrap", "wraps", "wrapping", "cling film", "clingfilm", "plastic wrap",
                "sauna suit", "slimming wrap", "vibration plate", "vibration plates", "vibrating plate",
                "vibration machine", "power plate", "whole body vibration", "red light", "red light therapy",
                "led light therapy", "light therapy", "massage gun", "massage guns", "percussion massager",
                "theragun", "foam roller", "foam rollers", "foam rolling", "cupping", "cupping therapy", "cups",
                "vacuum cups", "gadget", "gadgets", "device at home", "home device",
            ], ["wrap", "vibration", "light", "cupping", "roller", "gadget"], .treatment(0.6), hint: "home-care")

    static let inOffice: [LexiconRule] =
        r(
            [
                "dermatologist", "dermatologists", "derm", "derms", "doctor", "doc", "gp", "clinic", "clinics",
                "medspa",
                "med spa", "spa", "aesthetician", "plastic surgeon", "cosmetic surgeon", "surgeon", "surgery",
                "procedure", "procedures", "professional", "professionally", "in office", "in-office",
                "treatment options", "options", "cosmetic procedure", "consultation", "consult", "appointment",
            ],
            ["dermatologist", "procedure", "office"], .context("clinic"), hint: "in-office")
        + r(
            [
                "most effective", "what works best", "works best", "work best", "strongest", "number one",
                "gold standard", "best treatment", "best treatments", "best option", "best results",
            ], ["effective", "best"], hint: "in-office")
        + r(["combine", "combining", "combination", "together", "stack", "mix"], ["combined", "combine"])
        + r(["candidate", "eligible", "qualify", "allowed"], ["candidate"])
        + r(
            [
                "discontinued", "no longer available", "off the market", "pulled", "banned", "taken off",
                "what happened", "whatever happened", "still available", "still sold", "stopped", "withdrawn",
                "recalled",
            ], ["discontinued", "available", "happened", "stopped"])

    static let severity: [LexiconRule] =
        r(
            [
                "how bad", "severity", "severe", "mild", "moderate", "grade", "grades", "grading", "graded", "stage",
                "stages", "scale", "score", "scoring", "measure", "measured", "measuring", "rate", "rating",
                "classify", "classification", "level", "levels", "pinch test", "pinch", "css", "type of cellulite",
                "types of cellulite", "kinds of cellulite", "what type", "assess", "assessment", "diagnose",
            ],
            ["severity", "grade", "scale", "stage"], .context("severity"), hint: "severity")
        + r(
            [
                "photo", "photos", "pictures", "pics", "selfie", "track", "tracking", "progress", "getting better",
                "before and after",
            ], ["photos", "track", "improving"], .context("severity"), hint: "severity",
            weight: 0.6)

    static let pregnancy: [LexiconRule] =
        r(
            [
                "pregnant", "pregnancy", "preggo", "preggers", "expecting a baby", "while expecting", "when expecting",
                "im expecting", "am expecting", "expecting twins", "having a baby",
                "breastfeeding", "breast feeding", "breastfeed", "nursing", "trying to conceive", "ttc",
                "trying for a baby", "trying to get pregnant", "conceive", "postpartum", "after baby",
                "after having a baby", "after pregnancy", "had a baby", "new mom", "new mum", "baby", "first trimester",
                "trimester", "lactating",
            ], ["pregnant", "pregnancy", "breastfeeding"], .context("pregnancy"),
            hint: "pregnancy-safety")
        + r(
            [
                "before i knew", "before i found out", "didnt know i was pregnant", "did not know i was pregnant",
                "found out i was pregnant", "found out im pregnant", "just found out", "by accident",
                "accidentally", "inadvertently", "without knowing", "the baby ok", "harm the baby",
                "hurt the baby", "harmed my baby",
            ], ["before", "knew", "pregnant", "baby"], .context("pregnancy"), hint: "pregnancy-safety")

    static let men: [LexiconRule] =
        r(
            [
                "man", "men", "male", "males", "guy", "guys", "dude", "dudes", "husband", "boyfriend", "bf", "my son",
                "bloke", "blokes", "as a man", "as a guy", "for men", "mens", "boys", "gents",
            ], ["men", "man"],
            .context("men"), hint: "men")
        + r(["women", "woman", "female", "females", "girls", "ladies"], ["women"], weight: 0.5)

    static let lipedema: [LexiconRule] =
        r(
            ["lipedema", "lipoedema", "lipodema", "lipo edema", "lipidema", "lipedemia", "lipoedemia"],
            ["lipedema"], .subject, hint: "lipedema")
        + r(
            [
                "pain", "painful", "hurt", "hurts", "ache", "aches", "aching", "sore", "soreness", "tender",
                "tenderness",
            ], ["pain", "painful", "hurt", "tender"], .context("symptom"))
        + r(
            [
                "swollen", "swelling", "swell", "puffy", "heavy legs", "heavy", "fluid retention", "water retention",
                "retaining water",
            ], ["swelling", "swollen"], .context("symptom"))
        + r(
            ["bruise easily", "bruising easily", "easy bruising", "bruise a lot", "random bruises"],
            ["bruise", "easily"], .context("symptom"), hint: "lipedema")
        + r(
            [
                "lymphedema", "lymphoedema", "lymphodema", "lymph edema", "one sided", "one-sided",
                "both legs", "out of proportion", "disproportionate", "column legs", "big legs", "legs are big",
                "bigger legs", "feet", "foot", "ankles", "ankle", "hands", "shrink", "doesnt shrink",
            ], ["lipedema", "lymphoedema", "feet", "legs"], .context("leg shape"), hint: "lipedema")
        + r(
            ["red flag", "red flags", "worry", "worried", "worrying", "see a doctor", "concerned", "warning signs"],
            ["worry", "red", "flag", "doctor"], hint: "lipedema", weight: 0.6)

    /// Cellulitis, the skin infection, and the signs of one.
    static let cellulitis: [LexiconRule] =
        r(
            ["cellulitis", "celulitis", "cellulitus", "celulitus"], ["cellulitis", "infection"],
            .subject, hint: "cellulitis")
        + r(
            [
                "red", "reddened", "redness", "reddish", "hot", "hot to touch", "hot to the touch", "warm to touch",
                "warm to the touch", "feels warm", "feels hot", "spreading", "spreads", "fever",
                "feverish", "temperature", "high temperature", "chills", "shivering", "shivery", "infected",
                "infection", "skin infection", "bacterial infection", "pus", "oozing", "red streaks", "streaks",
            ], ["red", "hot", "infection", "cellulitis"], .infection, hint: "cellulitis")

    static let cost: [LexiconRule] =
        r(
            [
                "cost", "costs", "costly", "price", "prices", "priced", "pricing", "pricey", "expensive", "cheap",
                "cheaper", "cheapest", "afford", "affordable", "how much", "money", "dollars", "dollar", "bucks",
                "budget", "worth the money", "value", "insurance", "insurer", "medicare", "medicaid", "nhs",
                "health plan", "hsa", "fsa", "reimbursed", "reimburse", "pay", "paying", "quote",
                "spend", "fees", "fee",
            ], ["cost", "price"], .context("cost"), hint: "cost", weight: 1)
        + r(
            [
                "insurance cover", "insurance covers", "medicare cover", "medicaid cover", "nhs cover",
                "cover the cost",
                "covered by insurance", "covered by medicare", "pay for it",
            ], ["insurance", "cost", "pay"],
            .context("cost"), hint: "cost", weight: 1)
        + r(
            [
                "bang for buck", "bang for your buck", "bang for my buck", "best value", "value for money",
                "good value", "most for my money", "cost effective",
            ], ["cost", "price", "money", "worth"],
            .context("cost"), hint: "cost", weight: 1)

    // MARK: What the question asks (efficacy, downtime, durability, risk); no topic of its own.

    static let intents: [LexiconRule] =
        r(
            [
                "work", "works", "working", "worked", "effective", "effectiveness", "any good", "legit", "scam",
                "worth it", "help", "helps", "helpful", "does anything", "do anything", "proven", "evidence",
                "science", "scientific", "research", "studies", "study", "waste of money", "useful",
                "make a difference", "difference", "improve", "improvement", "reduce",
            ],
            ["work", "effective", "evidence", "help"], weight: 0.5)
        + r(
            [
                "downtime", "down time", "recovery", "recover", "recovering", "time off", "off work", "back to work",
                "return to work", "heal", "healing", "how soon", "bed rest", "gym after",
            ], ["downtime", "recovery"])
        + r(
            [
                "last", "lasts", "lasting", "long lasting", "how long", "durable", "maintenance", "top up",
                "touch up", "upkeep",
            ], ["last", "long", "upkeep"], weight: 0.6)
        + r(
            [
                "risk", "risks", "risky", "side effect", "side effects", "side-effects", "dangerous", "danger",
                "safe", "safety", "complications", "go wrong", "scar", "scarring", "bad reaction", "allergic",
                "allergy", "harm", "harmful", "bruise", "bruises", "bruising",
            ], ["risk", "side", "effects", "safe"],
            weight: 0.6)
        + r(["sessions", "session", "visits", "how many times", "how often"], ["sessions"])

    // MARK: Treatments people name in their own words (the knowledge base's aliases are added too)

    static let treatments: [LexiconRule] =
        r(["cellfina", "vacuum subcision", "suction subcision", "merz"], ["cellfina"], .treatment(1), hint: "cellfina")
        + r(
            ["aveli", "avelli", "avely", "revelle", "lighted hook", "light hook"], ["aveli"], .treatment(1),
            hint: "aveli")
        + r(
            [
                "qwo", "kwo", "cellulite injection", "cellulite injections", "cellulite injectable", "cellulite shot",
                "cellulite shots", "cellulite jab", "cellulite jabs", "injection for cellulite",
                "injections for cellulite", "injectable for cellulite", "enzyme injection", "collagenase",
            ],
            ["qwo", "injection"], .treatment(1), hint: "qwo")
        + r(["cellulaze", "cynosure"], ["cellulaze", "laser"], .treatment(1), hint: "cellulaze")
        + r(
            ["laser", "lasers", "laser treatment", "laser lipo"], ["cellulaze", "laser"], .treatment(0.6),
            hint: "cellulaze")
        + r(
            [
                "sculptra", "poly lactic acid", "collagen injections", "butt filler", "dermal filler",
                "dermal fillers",
            ], ["sculptra", "filler"], .treatment(1), hint: "sculptra")
        + r(["filler", "fillers"], ["sculptra", "filler"], .treatment(0.5), hint: "sculptra")
        + r(
            ["subcision", "subcission", "subscision", "needle subcision"], ["subcision"], .treatment(1),
            hint: "manual-subcision")
        + r(["needle", "needles"], ["needle", "subcision"], .treatment(0.3), hint: "manual-subcision")
        + r(
            [
                "velasmooth", "velashape", "vela shape", "venus legacy", "venus freeze", "thermage", "skin tightening",
                "tightening", "heat treatment", "rf",
            ], ["radiofrequency"], .treatment(0.8), hint: "radiofrequency")
        + r(
            [
                "sound waves", "sound wave", "soundwave", "shock waves", "shockwaves", "shockwave", "z wave", "zwave",
                "soliton", "acoustic",
            ], ["acoustic", "shockwave"], .treatment(1), hint: "acoustic-wave")
        + r(
            [
                "massage", "massages", "massaging", "massager", "lymphatic drainage", "lymphatic massage", "roller",
                "rollers", "massage machine", "cellulite massager", "vacuum therapy",
            ], ["massage", "endermologie"],
            .treatment(0.5), hint: "mechanical-massage")
        + r(
            [
                "coolsculpt", "cool sculpt", "freezing fat", "freeze fat", "freeze my fat", "fat freezing",
                "cryolipolysis", "coolsculpting", "cool sculpting",
            ], ["cryolipolysis", "coolsculpting", "freezing"],
            .treatment(0.8), hint: "cryolipolysis")
        + r(["freeze", "freezing", "frozen"], ["cryolipolysis", "freezing"], .treatment(0.3), hint: "cryolipolysis")
        + r(["caffeine", "caffeinated", "coffee"], ["caffeine"], .treatment(0.3), hint: "caffeine-topical")
        // Coffee you drink is not the cream you rub in.
        + r(
            [
                "drink coffee", "drinking coffee", "drinks coffee", "cup of coffee", "cups of coffee", "coffee drinker",
                "espresso", "latte", "cold brew", "iced coffee", "energy drink",
            ], ["caffeine"], .distractor)
        + r(
            ["coffee scrub", "coffee scrubs", "coffee grounds", "coffee body scrub", "caffeine scrub", "scrub"],
            ["coffee", "scrub", "caffeine"], .treatment(0.8), hint: "caffeine-topical")
        + r(
            ["retin a", "retinal", "retinaldehyde", "vitamin a", "retinoic acid"], ["retinol", "retinoid"],
            .treatment(0.6), hint: "retinol-topical")
        + r(
            ["niacinamide", "serum", "serums", "body serum"], ["antioxidant", "serum"], .treatment(0.4),
            hint: "antioxidant-topical")
        + r(
            ["tan", "tanning", "tanned", "tanner", "sunless"], ["self", "tanner", "tan"], .treatment(0.5),
            hint: "self-tanner")
        + r(
            [
                "fake tanning", "faux tan", "st tropez", "gradual tan", "tanning drops", "tan lotion", "self tanning",
                "self tanned", "tan water",
            ], ["self", "tanner", "tan"], .treatment(0.7), hint: "self-tanner")
        + r(
            [
                "shimmer", "glow oil", "body glow", "highlighter", "bronzer", "body bronzer", "leg makeup",
                "body makeup", "body highlighter", "glitter", "bronzing",
            ], ["bronzing", "shimmer", "oil"],
            .treatment(0.6), hint: "bronzing-oil")
        + r(["oil", "oils"], ["oil"], .treatment(0.2))
        + r(
            [
                "diet", "dieting", "exercise", "exercises", "exercising", "weight loss", "losing weight", "lose weight",
                "workout", "workouts", "work out", "working out", "strength training", "gym", "squat",
                "squats", "lunges", "cardio", "running", "walking", "weights", "lifting", "calories", "keto",
                "intermittent fasting", "slim down", "tone up", "lose fat", "losing fat", "burn fat", "fat loss",
                "weight", "eat", "eating", "food", "pilates", "yoga", "hiit", "swimming", "cycling", "spinning",
                "resistance training", "resistance bands", "hip thrusts", "leg day", "stairmaster", "stair climber",
                "barre", "aerobics", "lifting weights", "weight training", "strength",
            ], ["weight", "loss", "exercise", "diet"],
            .context("fitness"), hint: "weight-loss-exercise")
        + r(
            [
                "sugar", "sugary", "salt", "salty", "sodium", "carbs", "carbohydrates", "processed food",
                "junk food", "fast food", "dairy", "gluten", "vegan", "fruit", "vegetables", "protein",
            ], ["diet", "sugar", "salt", "food"], .context("fitness"), hint: "weight-loss-exercise")
        + r(
            [
                "ozempic", "wegovy", "mounjaro", "zepbound", "saxenda", "semaglutide", "tirzepatide", "liraglutide",
                "glp 1", "glp1", "glp", "weight loss injection", "weight loss injections", "weight loss jab",
                "weight loss jabs", "weight loss drug", "weight loss drugs", "weight loss medicine",
                "weight loss medicines", "weight loss medication", "fat jab", "fat jabs", "skinny jab",
            ], ["glp", "weight", "loss", "medicine"], .context("fitness"), hint: "weight-loss-exercise")
        + r(
            [
                "sunbed", "sunbeds", "sun bed", "sun beds", "tanning bed", "tanning beds", "solarium",
                "tanning salon", "sunbathing", "sunbathe", "real tan", "natural tan", "sun tan", "suntan",
                "tan in the sun", "uv", "uv light", "uv rays", "sunlamp", "sunlamps",
            ], ["sunbed", "uv", "sun", "tan"], .context("tanning"), hint: "self-tanner")
        + r(
            [
                "leggings", "spanx", "tights", "stockings", "body shaper", "control pants", "scrunch leggings",
                "honeycomb leggings", "tiktok leggings", "compression", "shaping shorts", "waist trainer",
            ],
            ["compression", "leggings", "shapewear"], .treatment(0.5), hint: "compression-garments")

    // MARK: Treatments added in December 2026 (their aliases in treatments.json are added too)

    static let newTreatments: [LexiconRule] =
        r(
            [
                "morpheus8", "morpheus 8", "morpheus", "rf microneedling", "radiofrequency microneedling",
                "radio frequency microneedling", "microneedling", "micro needling", "profound",
                "profound subq", "subq",
            ], ["microneedling", "radiofrequency", "needle"], .treatment(1), hint: "rf-microneedling")
        + r(["sofwave", "sof wave", "sofwave ultrasound"], ["sofwave", "ultrasound"], .treatment(1), hint: "sofwave")
        + r(
            [
                "radiesse", "radiese", "calcium hydroxylapatite", "calcium hydroxyapatite", "caha",
                "hyperdilute radiesse", "diluted radiesse",
            ], ["calcium", "hydroxylapatite", "radiesse", "filler"], .treatment(1), hint: "calcium-hydroxylapatite")
        + r(
            ["liposuction", "lipo", "vaser", "vaser lipo", "lipo suction", "smartlipo", "fat removal surgery"],
            ["liposuction", "fat", "surgery"], .treatment(1), hint: "liposuction")
        + r(
            [
                "emsculpt", "em sculpt", "emsculpt neo", "muscle stimulation", "muscle stimulator", "ems",
                "electric muscle stimulation", "electrical muscle stimulation", "electromagnetic",
                "electromagnetic muscle stimulation", "muscle toning machine",
            ], ["muscle", "stimulation", "emsculpt"], .treatment(1), hint: "muscle-stimulation")
        + r(
            [
                "mesotherapy", "meso", "mesotherapie", "carboxytherapy", "carboxy", "carboxy therapy",
                "injection lipolysis", "lipodissolve", "fat dissolving", "fat dissolving injections",
                "fat dissolving injection", "fat dissolving jabs", "lipolysis injections", "lemon bottle",
                "aqualyx",
            ], ["mesotherapy", "injection", "lipolysis"], .treatment(1), hint: "mesotherapy")

    // MARK: Neighbouring subjects the knowledge base does not cover

    static let offDomain: [LexiconRule] = r(
        [
            "acne", "pimple", "pimples", "zit", "zits", "blackhead", "blackheads", "whitehead", "breakout", "breakouts",
            "wrinkle", "wrinkles", "crows feet", "fine lines", "face", "facial", "forehead", "chin", "double chin",
            "jaw", "jawline", "neck", "eye", "eyes", "eyelid", "lips", "nose", "dark circles", "eye bags", "hair",
            "scalp", "dandruff", "bald", "balding", "hair loss", "beard", "eyebrows", "eyelashes", "nails", "nail",
            "teeth", "tooth", "gums", "stretch marks", "stretch mark", "striae", "varicose", "spider veins", "veins",
            "tattoo", "tattoos", "sunburn", "mole", "moles", "wart", "warts", "rosacea", "psoriasis", "melasma",
            "freckles", "ingrown", "razor bumps", "strawberry legs",
            "keratosis pilaris", "chicken skin", "goosebumps", "goose bumps", "hives", "rash", "bug bites",
            "mosquito", "shaving", "waxing", "epilation",
        ],
        [], .offDomain)
}
