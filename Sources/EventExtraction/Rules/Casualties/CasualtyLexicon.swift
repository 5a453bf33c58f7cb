/// The words casualty rules recognise: verbs and nouns of death and injury, the auxiliaries and
/// adverbs that may sit between a figure and its verb, and nouns that name people or things.
enum CasualtyLexicon {
  /// Participles and adjectives that say the people before them died: "5 were killed", "4 dead".
  static let killedStates: Set<String> = [
    "killed", "died", "dead", "slain", "executed", "massacred", "beheaded", "lynched",
    "murdered", "perished", "assassinated", "slaughtered", "decapitated",
  ]

  /// Participles that say the people before them were hurt.
  static let injuredStates: Set<String> = [
    "injured", "wounded", "hurt", "maimed",
  ]

  /// Transitive verbs whose object is the victim: "killed 6", "killing a civilian".
  static let killingVerbs: Set<String> = [
    "killed", "killing", "kills", "kill", "slew", "executed", "executing", "massacred",
    "massacring", "beheaded", "beheading", "decapitated", "decapitating", "lynched", "lynching",
    "murdered", "murdering",
    "assassinated", "assassinating", "slaughtered", "slaughtering", "decapitate",
  ]

  static let injuringVerbs: Set<String> = [
    "injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting",
    "maimed", "maiming", "injure",
  ]

  /// Nouns that count the dead when a figure precedes them: "12 deaths", "1 fatality".
  static let deathNouns: Set<String> = [
    "death", "deaths", "fatality", "fatalities", "dead", "lives", "bodies", "corpses",
  ]

  static let injuryNouns: Set<String> = ["injury", "injuries", "injured", "wounded"]

  /// Words that may stand between a victim phrase and its participle: "were reportedly killed".
  static let auxiliaries: Set<String> = [
    "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "got", "get",
    "reportedly", "allegedly", "also", "all", "later", "subsequently", "eventually", "each",
    "both", "then", "already", "apparently", "instantly", "immediately", "reported", "confirmed",
    "feared", "believed", "said", "to", "found", "left", "and", "shot", "fatally", "mortally",
    "seriously", "severely", "critically", "among", "those", "slightly", "badly", "gravely",
    "lightly", "stabbed",
    "beaten", "burnt", "burned", "hacked", "killed", "injured", "wounded", "not",
  ]

  /// Words that turn a following figure into a share of an earlier one.
  static let partIntroducers: Set<String> = ["including", "includes", "include", "among"]

  /// Nouns for people; heads of victim phrases.
  static let people: Set<String> = [
    "people", "person", "persons", "individual", "individuals", "civilian", "civilians",
    "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls",
    "baby", "babies", "infant", "infants", "teenager", "teenagers", "youth", "youths",
    "soldier", "soldiers", "troops", "trooper", "troopers", "officer", "officers", "police",
    "policeman", "policemen", "policewoman", "gendarme", "gendarmes", "guard", "guards",
    "militant", "militants", "fighter", "fighters", "rebel", "rebels", "insurgent",
    "insurgents", "jihadist", "jihadists", "terrorist", "terrorists", "gunman", "gunmen",
    "attacker", "attackers", "assailant", "assailants", "member", "members", "other", "others",
    "resident", "residents", "villager", "villagers", "farmer", "farmers", "herder", "herders",
    "herdsman", "herdsmen", "pastoralist", "pastoralists", "hunter", "hunters", "worker",
    "workers", "student", "students", "pupil", "pupils", "teacher", "teachers", "protester",
    "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
    "rioters", "thief", "thieves", "robber", "robbers", "bandit", "bandits", "kidnapper",
    "kidnappers", "suspect", "suspects", "victim", "victims", "passenger", "passengers",
    "driver", "drivers", "journalist", "journalists", "official", "officials", "leader",
    "leaders", "chief", "chiefs", "worshipper", "worshippers", "patient", "patients",
    "refugee", "refugees", "migrant", "migrants", "prisoner", "prisoners", "inmate", "inmates",
    "detainee", "detainees", "national", "nationals", "citizen", "citizens", "personnel",
    "staff", "husband", "wife", "son", "sons", "daughter", "daughters", "brother", "brothers",
    "father", "mother", "family", "families", "relative", "relatives", "militiaman",
    "militiamen", "combatant", "combatants", "recruit", "recruits", "commander", "commanders",
    "agent", "agents", "ranger", "rangers", "poacher", "poachers", "trader", "traders",
    "merchant", "merchants", "fisherman", "fishermen", "vigilante", "vigilantes", "elder",
    "elders", "priest", "priests", "imam", "imams", "pastor", "pastors", "doctor", "doctors",
    "nurse", "nurses", "volunteer", "volunteers", "peacekeeper", "peacekeepers", "contractor",
    "contractors", "smuggler", "smugglers", "customs", "forces", "partisans", "supporters",
    "supporter", "activist", "activists", "miner", "miners", "monk", "monks", "nun", "nuns",
    "criminal", "criminals", "informant", "informants", "king", "queen", "mayor", "prefect",
    "deputy", "minister", "mason", "convert", "apprentice", "apprentices", "chairman",
    "spouse", "uncle", "aunt", "nephew", "cousin", "friend", "friends", "neighbour",
    "neighbor", "neighbours", "neighbors", "colleague", "colleagues", "pilot", "pilots",
    "crew", "sailor", "sailors", "marine", "marines", "cadet", "cadets", "hostage", "hostages",
    "captive", "captives", "sorcerer", "witch", "witches", "wizard", "chief", "guide",
    "militia", "jihadi", "jihadis", "islamist", "islamists", "extremist", "extremists",
  ]

  /// Nouns that show a figure counts things or time, never victims.
  static let notVictims: Set<String> = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
    "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "airstrikes", "strikes", "raids", "attacks", "bombs", "rockets", "shells", "missiles",
    "organizations", "organisations", "groups", "houses", "homes", "buildings", "vehicles",
    "cars", "motorcycles", "villages", "towns", "km", "kilometres", "kilometers", "miles",
    "meters", "metres", "percent", "per", "cent", "%", "dollars", "francs", "cfa", "euros",
    "naira", "cattle", "cows", "goats", "sheep", "livestock", "animals", "heads", "oxen",
    "am", "pm", "times", "rounds", "incidents", "cases", "arrests", "weapons", "guns",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "o'clock",
  ]

  /// Words that end a noun phrase: prepositions, verbs of reporting, conjunctions.
  static let phraseBreaks: Set<String> = [
    "in", "on", "at", "of", "by", "from", "with", "during", "after", "before", "near", "and",
    "or", "but", "who", "whom", "which", "that", "when", "while", "as", "to", "for", "into",
    "were", "was", "are", "is", "had", "have", "has", "the", "their", "his", "her", "a", "an",
    "as", "than", "not", "no", "also", "including", "among", "amongst", "so", "this", "last",
    "next", "every", "each", "since", "until", "far", "yesterday", "today", "tonight",
    "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Agent-suffixed words that are not people.
  static let notAgents: Set<String> = [
    "number", "numbers", "order", "orders", "border", "borders", "water", "waters", "river",
    "rivers", "center", "centers", "centre", "corner", "power", "powers", "tower", "paper",
    "papers", "chamber", "matter", "manner", "letter", "letters", "quarter", "quarters",
    "summer", "winter", "after", "under", "never", "rather", "together", "either", "neither",
    "whether", "former", "latter", "another", "error", "floor", "motor", "factor", "sector",
    "interior", "minor", "major", "terror", "tractor", "favor", "labor", "color", "honor",
    "october", "november", "december", "september", "weather", "shelter", "shelters",
    "theater", "theatre", "headquarters", "barracks", "christian", "indian", "asian",
    "ambulance", "elephants", "plants", "giants", "remnants", "grants", "counter", "encounter",
    "encounters", "disaster", "trailer", "container", "containers", "helicopter",
    "helicopters", "launcher", "launchers", "computer", "dinner", "banner", "member's",
    "human", "humans", "german", "roman", "ottoman", "woman's", "amen", "omen", "specimen",
    "abdomen", "regimen", "stamen", "talisman",
  ]

  /// Plural heads with no final "s".
  static let pluralPeople: Set<String> = [
    "people", "men", "women", "children", "police", "personnel", "staff", "troops", "youth",
    "policemen", "gunmen", "herdsmen", "militiamen", "fishermen", "others", "forces",
  ]

  /// Whether `word` names a person, by the lexicon or a common agent suffix ("-er", "-ist").
  static func isPerson(_ word: String) -> Bool {
    if people.contains(word) { return true }
    if notVictims.contains(word) || notAgents.contains(word) || word.utf8.count < 5 {
      return false
    }
    for suffix in [
      "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "man", "men",
    ]
    where word.hasSuffix(suffix) {
      return true
    }
    return false
  }

  /// Words ending in "-ed" that modify a noun rather than act as a verb.
  static let participleAdjectives: Set<String> = [
    "suspected", "alleged", "armed", "unarmed", "unidentified", "presumed", "retired",
    "displaced", "detained", "abducted", "kidnapped", "supposed", "reputed", "disabled",
    "married", "hooded", "masked", "uniformed", "unnamed", "unspecified", "undisclosed",
    "unidentified", "suspected", "so-called", "aged", "talented", "renowned", "respected",
    "unemployed", "wanted", "accused", "elected", "appointed", "trained", "assumed",
  ]
}
