"""Names, titles, organizations and aliases; the canonical speaker per person.

Within a document (`DocNames`): every capitalised name run is collected, so that a bare surname
("Lovato", "Mr Blair") resolves to the fullest form the document gives ("Roberto Lovato"), an
acronym ("ICE") to the organization the document spells out ("Immigration and Customs
Enforcement"), and a title used as a noun ("the home secretary") to the person who holds it.

Across the archive (`build_speakers`): per-document speakers merge only on evidence: the same
full name, or the same surname and the same organization. A bare name never merges across
documents on its own. The journalist's `corpus/speakers.toml` wins over the automatic merge:

    # merge several names into one canonical speaker
    [[merge]]
    name = "William J. Bratton"
    variants = ["Bill Bratton", "William Bratton"]

    # keep apart names the automatic merge would join; each listed name stays its own speaker
    [[split]]
    names = ["John Smith", "John A. Smith"]

    # say that a speaker is an organization (or is not)
    [[speaker]]
    name = "Immigration and Customs Enforcement"
    is_organization = true
    variants = ["ICE"]

`load_overrides(path)` reads that file into the dict `build_speakers` takes.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

from archive.model import Quote, Speaker
from archive.quotes.lexicon import (
    CALENDAR_WORDS, COMMON_WORDS, FIRMS_NAMED_AS_PEOPLE, ORG_SHORT_FORMS, PLACE_WORDS, TITLE_ABBREVIATIONS, WEEKDAYS)

HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dr": None, "dr.": None, "sir": "m", "lord": "m", "lady": "f", "dame": "f", "prof": None,
    "prof.": None, "professor": None, "rev": None, "rev.": None, "reverend": None, "baroness": "f",
    "baron": "m", "mister": "m", "madam": "f", "father": "m", "sister": "f", "fr": "m", "fr.": "m",
    "sr": "f", "sr.": "f", "revd": None, "revd.": None, "maulana": "m",
    "teachta": None,  # "Teachta Cullinane": an Irish TD (Teachta Dála), styled in Irish
}
#: a Muslim pilgrim's style in West Africa, dropped only before a full name ("Alhaji Lai
#: Mohammed"; "Alhaji Kamara" is a footballer's given name and surname)
PILGRIM_STYLES = {"alhaji": "m", "alhaja": "f", "alhajji": "m"}
#: Malaysian and Bruneian honours written before a name, one word or two ("Tan Sri Zeti", "Datuk
#: Seri Anwar"), and the gender they imply; a single "Tan" or "Sri" is a name ("Tan Kin Lian", "Sri Mulyani")
MALAY_HONORIFICS = {
    "tan sri": None, "puan sri": "f", "toh puan": "f", "datuk seri": None, "dato' seri": None, "dato' sri": None,
    "dato sri": None, "datuk": None, "dato'": None, "datin": "f", "tun": None,
}
#: words that head a title ("Police Chief", "home affairs spokesman")
TITLE_HEADS = {
    "supervisor", "clerk", "critic", "recorder", "assemblyman", "assemblywoman", "assemblymember", "councilmember", "alderman",
    "undersheriff", "cio", "pres", "pres.",
    "alderman-at-large", "councilman-at-large", "councilwoman-at-large", "councilmember-at-large", "councilor-at-large",
    "member-at-large", "trustee-at-large",
    "delegate", "legislator", "lawmaker", "assessor", "organizer", "organiser",
    "chief", "president", "secretary", "minister", "director", "chairman", "chairwoman", "chair",
    "spokesman", "spokeswoman", "spokesperson", "governor", "senator", "sen.", "rep.",
    "representative", "mayor", "commissioner", "attorney", "judge", "justice", "ambassador",
    "manager", "coach", "captain", "leader", "officer", "ceo", "chancellor", "head", "editor",
    "correspondent", "analyst", "economist", "executive", "founder", "co-founder", "general",
    "sheriff", "superintendent", "inspector", "lawyer", "counsel", "professor", "prof.", "dean",
    "principal", "deputy", "vice", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "bishop",
    "archbishop", "primate", "archdeacon", "deacon", "moderator", "chaplain", "rector", "patriarch", "cleric",
    "preacher", "monsignor", "mufti", "ayatollah", "abbot", "gm", "ch",
    "chairperson", "treasurer", "spokesmen", "adviser", "advisor", "aide",
    "boss", "producer", "actor", "actress", "singer", "star", "striker", "midfielder",
    "defender", "goalkeeper", "player", "champion", "winger", "mp", "mep", "msp", "mla", "mr", "dr", "dr.",
    "secretary-general", "under-secretary", "undersecretary", "lt.", "col.", "gen.", "sgt.", "capt.", "colonel", "lieutenant",
    "sergeant", "detective", "holder", "rep", "sen", "gov", "lt", "col", "gen", "sgt", "capt", "maj", "cpl",
    "adm", "supt", "insp", "det", "brig", "brig.", "cmdr", "cmdr.", "cdr", "cdr.", "atty", "atty.", "cllr", "clr", "cr", "coun", "coun.", "gov.", "maj.", "adm.", "supt.", "insp.", "det.", "del.", "cardinal", "rabbi", "imam", "pastor", "speaker", "whip",
    "comptroller", "controller", "counselor", "counsellor", "auditor", "collector", "marshal", "trustee", "coroner", "cfo", "coo", "cto", "pm", "cm", "headteacher",
    "headmaster", "headmistress", "columnist", "reporter", "journalist", "historian", "curator", "provost",
    "sophomore", "freshman",
    "consultant", "specialist", "surgeon", "psychologist", "psychiatrist", "lecturer", "solicitor", "barrister",
    "magistrate", "priest", "vicar", "drummer", "guitarist", "bassist", "rapper", "comedian",
    "photographer", "musician", "composer", "playwright", "screenwriter", "poet", "publisher",
    "commentator", "batsman", "bowler", "fly-half", "scrum-half", "full-back", "quarterback",
    "prop", "flanker", "sprinter", "hurdler", "jockey", "golfer", "cyclist", "swimmer",
    "entrepreneur", "businessman", "businesswoman", "investor", "banker", "engineer", "architect", "designer", "nurse", "matron", "rn",
    "veterinarian", "zookeeper", "keeper", "conservationist", "ecologist", "zoologist", "investigator", "paramedic", "firefighter",
    "patrolman", "patrolwoman", "trooper", "lifeguard", "warden", "coxswain", "commandant",
    "pontiff",
    "epidemiologist", "virologist", "physicist", "chemist", "biologist", "astronomer", "agent", "author", "writer", "novelist", "director-general",
    "strategist", "campaigner", "activist", "politician", "frontrunner", "front-runner", "incumbent",
    "challenger", "contender", "candidate", "congressman", "congresswoman",
    "councilman", "councilwoman", "councillor", "premier", "envoy", "administrator",
    "prosecutor", "economist", "expert", "researcher", "scientist", "doctor", "physician",
    "partner", "owner", "founder", "teammate", "manager", "trainer", "skipper", "chef",
    "maker", "film-maker", "filmmaker", "fellow", "peer", "spokesman", "minister", "meteorologist",
    "officer", "administrator", "commander", "secretary", "presenter", "host", "broadcaster", "dj", "seed", "athlete",
    "taoiseach", "tánaiste", "tanaiste", "prefect", "sub-prefect", "pupil", "retiree", "pensioner", "aviculturist", "constable", "admiral", "commodore", "brigadier", "fm", "cs", "md", "cr", "advocate", "opener", "all-rounder", "spinner", "paceman", "seamer", "wicketkeeper", "batter",
}
ORG_WORDS = {
    # news agencies named alone ("Reuters said"; not those whose full name runs on: "Xinhua News Agency")
    "reuters", "bloomberg", "interfax", "tass", "nikkei", "politico", "axios", "yonhap", "kyodo", "bernama",
    "council", "party", "states", "association", "department", "office", "commission", "union", "ltd", "zoo", "aquarium", "infirmary",
    "order",  # ("the Fraternal Order of Police")
    "movement", "ombudsman", "palace",
    # a utility's or an industry's trade ("Yorkshire Water", "British Gas", "Great Lakes Aviation")
    "water", "gas", "electricity", "utilities", "aviation", "mining", "oil",
    "inc", "inc.", "corp", "corp.", "llc", "plc", "group", "bank", "ministry", "university", "committee",
    "agency", "service", "services", "police", "government", "institute", "foundation",
    "federation", "league", "club", "company", "co", "co.", "board", "court", "society",
    "organisation", "organization", "house", "congress", "parliament", "senate", "network",
    "trust", "authority", "administration", "bureau", "fund", "forum", "alliance", "coalition",
    "centre", "center", "centres", "centers", "industries", "international", "corporation", "airlines", "airways", "resources", "productions", "transportation", "aerospace", "telecom",
    "telecommunications", "logistics", "healthcare", "insurance", "bancorp", "petroleum", "chemicals",
    "semiconductor", "therapeutics", "railroad", "hotels", "resorts", "realty", "ventures", "investments",
    "securities", "schools",
    "motors", "reserve", "times", "post", "news", "journal", "television", "radio", "press",
    "records", "studios", "pictures", "fc", "united", "city", "rovers", "council's", "nations",
    "enforcement", "security", "communities", "school", "college", "hospital", "army", "navy",
    "force", "guard", "exchange", "partners", "holdings", "capital", "media", "labs", "systems",
    "software", "technologies", "pharmaceuticals", "entertainment", "bbc", "fbi", "cia",
    "market", "markets", "foods", "stores", "brands", "airport", "railways", "energy", "electric",
    "chronicle", "herald", "gazette", "tribune", "telegraph", "mail", "magazine", "boerse", "bourse",
    "industry", "unit", "squad", "chamber", "commerce", "confederation",
    "theatre", "theater", "opera", "ballet", "orchestra", "philharmonic", "museum", "patrol", "initiative",
    "programme", "program", "academy", "chiefs", "inquiry", "conference", "ferries",
}
#: capitalised words that are not names (sentence starts, days, months)
NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "he", "she", "it",
    "they", "we", "i", "this", "that", "these", "those", "however", "meanwhile", "also", "if",
    "nevertheless", "nonetheless", "moreover", "furthermore", "therefore", "instead", "likewise",
    "besides", "thus", "hence", "indeed", "otherwise", "afterwards", "afterward", "elsewhere",
    "speaking", "according", "when", "while", "after", "before", "as", "his", "her", "their",
    "its", "our", "my", "there", "here", "so", "yet", "now", "then", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "last", "next", "one", "two", "three", "many", "some", "all", "both",
    "what", "who", "why", "how", "where", "which", "by", "from", "to", "of", "under", "over",
    "whoever",
    "mr", "mrs", "ms", "dr", "sir", "not", "no", "yes", "do", "does", "did", "is", "was", "are",
    "will", "would", "could", "should", "can", "may", "might", "such", "other", "another",
    "each", "every", "despite", "although", "though", "because", "since", "until", "during",
    "among", "between", "through", "about", "new", "asked", "earlier", "later", "top",
    "still", "even", "just", "only", "most", "more", "even", "instead", "indeed", "like",
    "once", "again", "well", "first", "second", "third", "finally", "overall", "together",
    "sources", "critics", "officials", "analysts", "experts", "police", "gardaí", "gardai", "people", "fans",
    "emeritus", "emerita",  # ("Prof. Emeritus Yasunori Matogawa": the run after "Prof." opens on it)
    "charge",  # ("Special Agent in Charge Aaron T. Ford": the run after "in" opens on it)
    # ("Evidence suggests that …, NOAA said": what a source goes by; not "Research" or "Data", a
    # fellow's field and a body's name)
    "evidence",
}
PARTICLES = {"de", "van", "von", "da", "do", "der", "den", "du", "la", "le", "del", "della", "di",
             "bin", "al", "el", "ben", "ter", "ten", "dos", "das", "st.", "ó", "ní", "nic", "ua", "zu", "ap"}
CONNECTORS = {"of", "and", "for", "the", "&", "on", "in"}
#: the words that join an Arabic or Malay name's parts ("Faisal bin Farhan"): a first name goes before
ARABIC_NAME_LINKS = {"bin", "bint", "ibn", "binti"}
#: first names that tell a person's gender (for "he"/"she" resolution); plain data, lower case.
#: Names common to both genders (Alex, Sam, Jordan, Robin, Jamie, Kim…) are in NEUTRAL_NAMES.
FEMALE_NAMES = frozenset(
    """sylvie sandrine celine helene violet
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice 
    alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa
    sophia marie diana brittany natalie isabella charlotte rose alexis kayla tessa hillary
    condoleezza clare harriet estelle jacqui nicola kate kathy kirsty lucy jane joanna caroline
    louise claire fiona gillian sally serena venus anastasia svetlana paula sonya luz jessie ilhan
    kamala alexandria sheila yvette liz penny anne annie gwyneth kylie madonna beyonce britney
    whitney cate keira scarlett ellen edith ethel eleanor eleanore elaine eileen emilia erica erika
    esther eva eve evangeline faith felicity florence freya gabriella gabrielle georgia georgina
    geraldine gina ginny gwen hazel heidi holly hope imogen ingrid irene iris isabel isabelle isla
    ivy jade janine jasmine jeanette jeanne jenny jill joanne jocelyn josephine joy juanita judi
    julianne juliet justine karin katie katrina katy kay kayleigh keeley kerry kristen kristin
    kristina lara leah leila lena lilian lily lorna lorraine louisa lucia
    lucinda lydia lynn lynne mabel maggie mandy marcia margot marguerite mariah marian marianne
    marina marion marjorie marsha maureen maxine meg melanie melinda meredith mia michaela mildred
    millie miranda miriam molly monica monique muriel nadia naomi natasha nell nellie nina nora
    norma olga pam patsy pauline pearl peggy penelope philippa phoebe phyllis polly priscilla priti
    rachael ramona rebekah regina rhiannon rita roberta rosa rosalind rosemary rosie roxanne ruby
    sabrina sadie sasha selina shauna sheryl shona sienna simone sofia sonia sophie
    stella sue susanna susannah suzanne sylvia tamara tanya tara tatiana thelma tina tonya tracey
    tracy trudy ursula valerie vanessa vera veronica vicky vivian viviane wanda wendy yolanda
    yvonne zoe zara agnes alison allison alyssa amelia angelina antonia audrey ava barbra
    bernadette beth bethany bianca bonnie bridget brigitte camilla candice carla carmen carole
    cassandra cecilia celia charlene chelsea cherie chloe christa ciara claudia colleen constance
    cora courtney daisy daphne dawn deirdre delia della dolores dominique dora edna elena eliza
    ella elsa emilie angelique anita annette antoinette beatrice beatriz belinda carina catalina
    consuelo dolly francesca francoise giulia greta hilda ines isadora jacinda jolene josefina
    karla laurie leticia liliana lourdes magdalena manuela margarita mariana marisol martina
    matilda mercedes mireille natalia nathalie ophelia paloma paola patrizia petra raquel rocio
    silvia sigrid sinead siobhan theodora valentina ximena yasmin zainab fatima aisha ayesha priya
    anjali sunita indira benazir mei ling yuki yoko keiko akiko sakura hye jin olena oksana irina
    yulia marta agnieszka katarzyna ewa malgorzata ngozi chimamanda winnie graca oprah meryl
    melania ivanka nikki elise stacey ayanna rashida tulsi kirsten debbie deb dianne barb
    jeannie letitia helena berit jolanda angie jemma katerina
    marybel caitlyn margie germaine susanne teri lupita rae hilary""".split()
)
MALE_NAMES = frozenset(
    """christophe guillaume yves luc rene luca lars sven anders mikael bjorn abdullah raj
    james john robert michael william david richard joseph thomas charles christopher daniel dean
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald
    timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
    benjamin samuel frank gregory raymond ray alexander patrick jack dennis jerry tyler aaron jose adam
    henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
    gerald carl terry sean austin arthur lawrence jesse dylan bryan joe billy bruce albert willie
    gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
    johnny tony gordon ron roberto felipe bill trevor liam gerry tim greg andy rafael carlos marat
    lleyton tom dan kurt chad luis alistair alastair nick ian iain neil howard martin will abraham
    adrian alfred alfie alonzo ambrose andre andres angus antonio archie arnold barry bart basil
    ben bernard bert boris brad bradley brendan brett bryce byron calvin cameron carlton cecil
    cedric charlie chester clarence claude clayton clifford clint clive colin conor connor
    cornelius craig curtis cyril dale damian damien dane darren darryl dave declan derek desmond
    dick dominic don doug duncan dustin dwayne dwight earl ed eddie edgar edmund edwin eli elliot
    elliott elton elvis emmanuel ernest ernie errol esteban evan ewan fabian felix fernando floyd
    francis francisco fred freddie frederick gareth garry gavin geoff geoffrey gerard gilbert giles
    glen glenn graeme graham grant guy hamish hank harry harvey hector herbert herman horace hubert
    hugh hugo humphrey isaac ivan jake jamal jared jarrod jasper javier jay jeff jeffery jim jimmy
    joel johan jonah jonas jorge josh jude julian julius karl keir kelvin ken kenny kieran kirk
    lance len lenny leo leon leonard leroy les lewis lionel lloyd lorenzo lucas luke malcolm manuel
    marc marco marcus mario marshall marvin mathew maurice max maxwell melvin miguel mike miles
    milton mitchell mohamed mohammed muhammad mohammad murray nathaniel ned neville nigel
    norman oliver omar oscar owen pablo pat pedro percy phil phillip pierre quentin ramon randall
    raul reginald reuben rex ricardo rick ricky rob robbie rod rodney roland rory ross rupert rufus
    sammy santiago saul sebastian sergio seth sid sidney simon sol spencer stan stanley stefan
    steve stewart stuart ted teddy terence terrence theo theodore toby todd trent tristan troy
    vernon victor vince wade warren wesley wilbur wilfred willard winston xavier yusuf zach abdul
    ahmed ahmad ali hassan hussein ibrahim khalid mahmoud mustafa rashid tariq walid youssef hamid
    karim nabil amir reza hamza bashar recep vladimir dmitry sergei sergey alexei alexey andrei
    igor nikolai oleg pavel yuri volodymyr viktor petro mikhail leonid fyodor gennady anatoly
    evgeny yevgeny jacques jean-claude jean-pierre jean-luc francois nicolas olivier philippe
    laurent thierry didier gerhard helmut horst jurgen klaus wolfgang olaf friedrich heinz hans
    dieter uwe matteo giuseppe giovanni luigi paolo silvio alessandro enrico fabio alfonso mariano
    alejandro diego gustavo eduardo ignacio jaime joaquin julio mauricio nestor orlando rodrigo
    salvador vicente shinzo fumio narendra rahul rajiv sanjay vijay amit anil arvind ashok deepak
    manmohan rishi sadiq jair lula evo fidel nelson thabo kofi barack mitt newt rand mitch chuck
    elon bernie pete beto cory rudy rudolph bibi yitzhak shimon ehud ariel naftali yair benny
    avigdor moshe matt bob bobby danny tommy jon jonny martyn huw cormac noel milan alain herve hervé
    renaud hugues frederic sebastien joachim jorg jörg rolf carsten linus jordi riccardo leonardo
    roderick travis keanu spike brent arsene jez avi lebron linford""".split()
)
#: nationalities that stand before a name or a company ("American Davenport", "British Gas")
NATIONALITIES = {"American", "British", "European", "Japanese", "Chinese", "German", "French", "Irish",
                 "Scottish", "Welsh", "English", "Indian", "Russian", "Canadian", "Australian", "Spanish",
                 "Italian", "Dutch", "Swiss", "Swedish", "Belgian", "Brazilian", "Argentine", "Mexican",
                 "Korean", "Israeli", "Pakistani", "Iranian", "Iraqi", "Turkish", "Greek", "Polish",
                 "Norwegian", "Danish", "Finnish", "Austrian", "Portuguese", "South African", "Kenyan",
                 "Nigerian", "Egyptian", "Saudi"}
#: words that stand before a surname like a first name ("American Davenport", "Olympian Davenport");
#: "Olympian" gives no country, so no "the American" clashes with it; nor do the nouns ("Briton Coe")
NAME_ADJECTIVES = NATIONALITIES | {"Olympian", "Briton", "Spaniard", "Swede", "Frenchman", "Frenchwoman", "Dutchman",
                                   "Englishman", "Welshman", "Irishman", "Scotsman"}


def place_adjective(tokens: list[str]) -> bool:
    """"South American" of "other South American leaders": a compass point and a nationality, an
    adjective of place, nobody's name (not "Philip French", "Irvine Welsh", "PC Welsh")."""
    return len(tokens) == 2 and tokens[-1] in NATIONALITIES and tokens[0].lower() in COMPASS_WORDS


def plural_title(word: str) -> bool:
    """"Presidents", "Campaigners": a title head in the plural, for several people (not "Mrs")."""
    return word[-1:] == "s" and len(word) >= 5 and word[:-1].lower() in TITLE_HEADS and word.lower() not in HONORIFICS


#: what befell someone, capitalised where it opens a sentence before the name or the firm:
#: "Sacked Olympus chief …", "Jailed Nasheed"
FALLEN_WORDS = {"sacked", "jailed", "ousted", "disgraced", "embattled", "beleaguered", "axed", "fired", "deposed",
                "exiled", "detained", "suspended", "convicted", "accused", "acquitted", "banned", "dismissed"}
#: the endings of nationalities' adjectives ("Indonesian", "Congolese", "Kurdish", "Chilean",
#: "Kenyan", "Pakistani")
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "an", "i")


def nationality_word(word: str) -> bool:
    """"Indonesian", "Kenyan", "Pakistani": a place's adjective, the place found under its ending
    (not "Nitish", "Lucian": first names that end so)."""
    if word in NAME_ADJECTIVES:
        return True
    low = word.lower()
    for ending in DEMONYM_ENDINGS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if any(place in PLACE_WORDS for place in (stem, stem + "a", stem + "ia", stem + "y", stem + "e")):
                return True
    return False
#: a plural noun after a capitalised run, with no verb of its own: "Indonesian Hajj officers organizing"
PLURAL_NOUN_AFTER_RE = re.compile(r"[^\S\n]+[a-z]+[^s\W]s\b(?![’'])(?![^\S\n]+(?:that|the|a|an|he|she|it|they|we)\b)")
#: what a family calls a parent, capitalised before the first name: "Mum Tanya said"
PARENT_STYLES = {"mum", "mom", "dad", "grandma", "gran", "granny", "grandad", "grandpa"}
#: first names that end like a gerund ("Sterling Brown", "Irving Berlin")
GERUND_NAMES = {"sterling", "irving", "channing", "fleming", "manning", "browning", "harding", "ewing"}
#: first names of either gender: a name's start, but no "he" or "she" to go by
NEUTRAL_NAMES = frozenset(
    """chris robin jamie kim jo sam alex jordan pat terry leslie charlie jackie lindsay jean
    gabriele kym sandy gill cat bobbie billie frankie stevie michel michele camille""".split()
)
#: the states of the USA, lower case (an "of" name of a national body: "the ACLU of Texas")
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
    virginia washington wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york",
    "north carolina", "north dakota", "rhode island", "south carolina", "south dakota", "west virginia"}
#: the lower-case word right before a name
PREVIOUS_WORD_RE = re.compile(r"\b([a-z][\w-]*)\s+$")
#: a department named by its field first ("Corrections Department", "State Department")
INVERTED_DEPARTMENT_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Department|Ministry)")
#: Canadian provinces and Australian states, as an organization's "of" names them ("… of B.C.")
PROVINCES = frozenset({"b.c.", "british columbia", "alberta", "saskatchewan", "manitoba", "ontario", "quebec",
                       "nova scotia", "new brunswick", "newfoundland", "new south wales", "victoria", "queensland",
                       "tasmania", "south australia", "western australia"})
COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"})


def is_region(name: str) -> bool:
    """A state, province or country, or a part of one ("Northern California"): what an
    organization's "of" may name without being another organization ("the ACLU of Texas")."""
    words = name.lower().split()
    if len(words) > 1 and words[0] in COMPASS_WORDS and is_region(" ".join(words[1:])):
        return True
    place = " ".join(words)
    return place in US_STATES or place in PROVINCES or place in PLACE_WORDS
#: Spanish first names common in US news (immigration stories above all), accents written or not,
#: and a few Catalan, Portuguese and French ones;
#: not those that are places or brands as well (Salvador, Santiago, Mercedes, Guadalupe, Dolores)
SPANISH_FEMALE_NAMES = frozenset(
    """ana juana margarita silvia alejandra adriana gabriela marisol maribel yesenia araceli leticia
    graciela esperanza marisela mayra paola reyna rocio rocío xochitl ximena guillermina lorena
    maría lucía sofía ines inés rosario elvira griselda núria nuria montserrat mercè joana conceição
    élodie émilie hélène""".split()
)
SPANISH_MALE_NAMES = frozenset(
    """jose josé juan luis carlos jorge miguel pedro francisco javier manuel antonio alejandro ricardo
    roberto fernando eduardo rafael sergio raul raúl arturo alberto ernesto enrique hector héctor oscar
    óscar ramon ramón guillermo gerardo armando alfredo rodrigo andres andrés gustavo julio hugo ignacio
    mario victor víctor pablo emilio felipe ruben rubén tomas tomás joaquin joaquín gonzalo mauricio
    efrain efraín rogelio octavio josep lluís lluis pere oriol joão joao gonçalo álvaro alvaro ángel
    íñigo iñigo jesús sebastián martín agustín agustin émile éric étienne édouard andré jérôme""".split()
)
#: Irish and Welsh first names (their politics, churches and sport), fadas written or not
IRISH_FEMALE_NAMES = frozenset(
    """niamh aoife siobhán siobhan gráinne grainne róisín roisin saoirse caoimhe sinéad sinead
    clodagh orla orlaith aisling ailbhe deirdre bríd brid máire maire nuala úna una eimear
    mairéad mairead sorcha méabh meabh siân sian cerys ffion
    angharad bethan eluned catrin mared lowri manon mererid elin heledd delyth eirlys nerys meinir""".split()
)
IRISH_MALE_NAMES = frozenset(
    """pádraig padraig seán éamon eamon éamonn eamonn ciarán ciaran darragh eoin cian oisín oisin
    micheál micheal diarmuid donal dónal fergal colm cathal tadhg ruairí ruairi páraic paraic
    séamus seamus liam niall conor cillian enda aidan aodhán aodhan dara rónán ronan
    geraint dafydd emyr iwan aled gruffydd ieuan dewi gethin owain carwyn alun rhodri gwilym
    meirion osian steffan""".split()
)
#: first names from across Europe, Africa and Asia, and newer American ones, that news quotes
#: often (none that is also a common English word, a frequent surname or a month's abbreviation:
#: no "Rich", "Jan", "Marine", "Li", "Jackson", "Destiny")
WORLD_FEMALE_NAMES = frozenset(
    """amina tasneem fatma zeynep ayşe ayse olena oksana yulia tetiana svetlana ekaterina yekaterina
    anastasia agnieszka katarzyna małgorzata malgorzata beata ewa francesca chiara giulia federica
    ségolène segolene amélie amelie sunita anita kavita pooja neha deepika shreya ngozi chiamaka
    adaeze folake yuko keiko yoko latoya tanisha keisha shaniqua imani aaliyah tiana kiara shantel tamika
    brianna hailey kaylee makayla mackenzie addison aubrey nevaeh layla zoey lillian aubree maya clara
    eliana kinsley delilah""".split()
)
WORLD_MALE_NAMES = frozenset(
    """josef jozef jürgen jurgen jörg joerg matthias jens thorsten lukas tobias florian maximilian
    niklas jannik piotr paweł pawel tomasz krzysztof marek jakub wojciech grzegorz andrzej zbigniew
    mateusz michał michal ondřej ondrej jiří jiri václav vaclav miloš milos dragan zoran goran
    aleksandar oleksandr oleksiy andriy mykola volodymyr vitaliy yuriy yevgeny evgeny mikhail
    nikolai nikolay arkady ilya kirill anatoly gennady valery francesco giorgio lorenzo riccardo
    massimo stefano enrico gianni luigi salvatore vittorio françois benoît benoit thierry didier
    laurent mathieu yannick joão joao luiz tiago diogo gonçalo goncalo rajesh suresh ramesh mukesh
    sunil ravi arjun anand arvind ashok dinesh ganesh girish harish jagdish manoj naveen nitin
    pradeep prakash rakesh sandeep satish shankar sudhir vikram vinod yogesh imran nawaz shehbaz
    bilawal asif zulfikar mukhtar rafiqul shafiqul aminul kwame kofi kwesi chinedu emeka obinna
    oluwaseun olusegun adebayo babajide tunde hiroshi takeshi kenji shinzo yoshihide fumio haruki
    devin jayden jaylen tyrone deshawn darnell malik terrell devonte jalen tremaine kareem rashad lamar
    reggie demetrius cody shane colby caleb aiden brayden kayden kaden jace silas ezra asher levi micah
    emmett maddox""".split()
)
#: the short forms British copy prints as first names ("RMT boss Mick Lynch", "Kev Hughes")
SHORT_MALE_NAMES = frozenset("mick micky mickey kev jez gaz baz daz".split())
FEMALE_NAMES = FEMALE_NAMES | SPANISH_FEMALE_NAMES | IRISH_FEMALE_NAMES | WORLD_FEMALE_NAMES
MALE_NAMES = MALE_NAMES | SPANISH_MALE_NAMES | IRISH_MALE_NAMES | (WORLD_MALE_NAMES - FEMALE_NAMES) | SHORT_MALE_NAMES
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES | NEUTRAL_NAMES

HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor|Rev|Baroness)\.?"
#: what an organization's name ends in after a possessive ("Attorney's Office", "Children's Hospital")
POSSESSIVE_ORG_HEADS = ("Office|Department|Hospital|College|University|Bureau|Association|Union|Society|Fund|"
                        "Council|Commission|Services?|Court|Church|School|Academy|Institute|League|Alliance|Aid|"
                        "Federation|Organi[sz]ations?|Trust|Foundation|Guild")
#: a place's possessive right before a state's body: "Japan’s Defense Ministry", "South Korea’s
#: Joint Chiefs of Staff", "Ontario’s Ministry of the Environment"
STATE_OWNER_BEFORE_RE = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+\s+(?:(?:of|and)\s+(?:the\s+)?)?){0,3}[A-Z][a-z]+)['’]s\s+$")
#: a name running on past a mention of a shorter one: "Ministry of Defence" past "Ministry"
NAME_RUNS_ON_RE = re.compile(r"[^\S\n]+(?:of\b|for\b|[A-Z])")
#: countries named in several words
COUNTRY_NAMES = {"United States", "United Kingdom", "United Arab Emirates", "United Nations Security Council",
                 "New Zealand", "South Africa", "Saudi Arabia", "North Korea", "South Korea", "Hong Kong",
                 "Sri Lanka", "Costa Rica", "Puerto Rico", "El Salvador", "Czech Republic",
                 "Dominican Republic", "Central African Republic", "Democratic Republic of Congo",
                 "the United States", "the United Kingdom"}
#: the places that own a state's body (and a few more countries of several words)
STATE_OWNERS = PLACE_WORDS | US_STATES | PROVINCES | frozenset(name.lower() for name in COUNTRY_NAMES) | frozenset(
    "democratic republic of the congo|republic of congo|papua new guinea|trinidad and tobago|south sudan|east timor|"
    "sierra leone|burkina faso|ivory coast|bosnia and herzegovina|north macedonia".split("|"))
#: a state's bodies, which news copy names with their country: "Japan’s Coast Guard"
STATE_BODY_RE = re.compile(r"\b(?:Ministry|Joint Chiefs|Coast Guard|Navy|Army|Air Force|(?:Self-)?Defen[cs]e Forces|Embassy)\b")
#: "St. Louis County police", "Mt. Hood": a saint's or a mount's abbreviation opening a place's
#: name (not "Main St." ending an address: no capitalised word before it)
SAINT_TOKEN = (r"(?=(?:St|Ste|Mt|Ft)\.[^\S\n]+[A-Z][a-z])"
               + "".join(rf"(?<![A-Z][a-z]{{{n}}}[^\S\n])" for n in (1, *range(3, 12)))
               + r"(?<![A-SU-Z][a-z]{2}[^\S\n])(?<!T[a-gi-z][a-z][^\S\n])(?<!Th[a-df-z][^\S\n])"  # ("The St. Louis …")
               + r"(?:St|Ste|Mt|Ft)\.")
#: capitals a name may open with besides A-Z: "Álvarez", "Özil", "Šefčovič", "Ødegaard"
ACCENTED_CAPITALS = "À-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
NAME_TOKEN = (r"(?=[A-Z" + ACCENTED_CAPITALS + r"])(?:" + SAINT_TOKEN + "|"
              # ("S&P Global Ratings", "P&O Ferries": initials joined by "&"; not "after the Q&A Johnson said")
              r"(?!(?:Q&A|R&D|M&A)(?![A-Z]))[A-Z]{1,3}&[A-Z]{1,3}(?=[^\S\n]+[A-Z][a-z])|"
              r"[A-Z][a-z]+(?:ers|ians|ists|ors|ants|ents|ses|ees)['’](?=[^\S\n]+[A-Z])|"
              # ("National Sheriffs' Association": any plural's possessive before a body's head)
              r"[A-Z][a-z]+s['’](?=[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+){0,2}(?:" + POSSESSIVE_ORG_HEADS + r")\b)|"
              r"[A-Z][a-z]+['’]s(?=[^\S\n]+(?:[A-Z][a-z]+['’]s[^\S\n]+)?(?:[A-Z][a-z]+[^\S\n]+){0,2}(?:" + POSSESSIVE_ORG_HEADS + r")\b)|"
              r"[A-Z]-[A-Z][a-z]+|[A-Z](?=[^\S\n]+(?:[A-Z][^\S\n]+)?[A-Z][a-z])|[ODANL]['’][A-Z][a-z]+|[A-Z]{2,}[A-Z][a-z]{2,}|[A-Z][a-z]*[A-Z][a-z]+(?:-[A-Z][a-zà-öø-ÿĀ-ɏ]+)*|[A-Z][a-z]{2,}[A-Z]{2,}(?![\w’'-])|[A-Z" + ACCENTED_CAPITALS + r"][a-zà-öø-ÿĀ-ɏ]+(?:-[A-Za-zà-öø-ÿĀ-ɏ]+|['’](?!(?:s|d|ll|re|ve|m|t)\b)[A-Za-zà-öø-ÿĀ-ɏ]+)*|[A-Z]\.(?:[A-Z]\.)+[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?:-[A-Z]+)?(?![\dA-Z]))")  # ("K.D.Lal Kantha"; not "COP" of "COP26")
NAME_RUN = (
    rf"(?=[A-Z{ACCENTED_CAPITALS}])(?:{NAME_TOKEN}|{HONORIFIC_RE})(?:[^\S\n]+(?:(?:de|van|von|zu|da|do|dos|das|der|den|du|la|le|del|di|bin|al|el|ten|ter|ap|Ó|Ní|Nic|Ua)[^\S\n]+){{0,2}}(?:al-|el-)?"
    rf"(?:{NAME_TOKEN})(?:,?[^\S\n]+(?:Jr|Sr)\.?(?![\w’'-])|[^\S\n]+(?:II|III|IV)(?![\w’'-]))?)*"
)
NAME_RUN_RE = re.compile(NAME_RUN)
ORG_RUN_RE = re.compile(
    rf"(?:the[^\S\n]+)?{NAME_TOKEN}(?:[^\S\n]+(?:(?:of|and|for|on(?![^\S\n]+[A-Z][a-z]+day\b)|&)[^\S\n]+(?:the[^\S\n]+)?)?{NAME_TOKEN}|[^\S\n]+[A-Z][a-z]*!)*"
)
ACRONYM_DEF_RE = re.compile(
    rf"((?:{NAME_TOKEN})(?:(?:,[^\S\n]+|[^\S\n]+(?:(?:of|and|for|on|&|de|du|des|del|di)[^\S\n]+(?:the[^\S\n]+)?)?){NAME_TOKEN})+(?:['’]s)?)"
    rf"[^\S\n]*\(([A-Z][A-Za-z&]{{1,9}})\)"
)
#: how many of an organization's people, or what of a firm's, a sentence opens on: "Thousands of
#: British Airways (BA) travellers", "Shares of LinkedIn Corp."
QUANTITY_HEADS = {"thousands", "hundreds", "millions", "dozens", "scores", "tens", "some", "many", "most", "all",
                  "shares", "profits", "revenues", "sales", "members"}
#: a product's model code after a maker's name: "DS", "AV", "PSP", "400", "X5"
MODEL_CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,5}")
LEADING_ADJ_RE = re.compile(
    r"^(?:(?:Tory|Labour|Conservative|Liberal|Democrat|Democratic|Republican|Lib|Dem|Green|Former|"
    r"Veteran|Shadow|Acting|Interim|Then|Incoming|Outgoing|Retired|Late|Spaniard|Briton|Swede|Frenchman|"
    r"Welsh|Scots|Swiss|Greek|Basque|[A-Z][a-z]+-born|"  # ("French-born Patricia")
    r"(?:[A-Z][a-z]+\s+){1,2}(?:Republican|Democrat)|"  # ("Tennessee Republican", "New Mexico Democrat")
    r"Frenchwoman|Dutchman|Englishman|Welshman|Irishman|Scotsman|[A-Z][a-z]+(?:ian|ish|ese|can|ch|i)|"
    r"(?:(?:South|North|East|West)\s+)?(?!European)[A-Z][a-z]+(?:ean|ese))\s+)+"  # ("South Tyrolean", "Korean";
    # not "European", which opens the names of bodies and events: "European Indoor Championships")
)
DESCRIPTOR_FOLLOW_RE = re.compile(r"[^\S\n]+([a-z][\w-]*)[^\S\n]+[A-Z]")
PAREN_FIRST_RE = re.compile(r"\((?:[^()\n]{0,40}[^\S\n])?([A-Z][a-z]+)\)[^\S\n]+([A-Z][\w’'-]+)")  # (also "(FFA chief David) Gallop")
OF_TITLE_RE = re.compile(r"\b(?:(?:[Ss]ecretary|[Mm]inister|Chief|[Cc]hancellor|[Dd]irector|Head|[Cc]ommissioner|[Pp]rosecutor|[Pp]resident|"
                         r"[Gg]overnor|[Cc]hair(?:man|woman|person)?|CEO|[Pp]rincipal|[Cc]hief\s+[Ee]xecutive|[Ss]pokes(?:man|woman|person)|[Mm]ayor|Leader|"
                         r"(?:[Aa]rch)?[Bb]ishop|Speaker|Dean|Moderator|Officer|Member|[Ss]enator|MP|MSP|MEP|MLA|TD|"
                         # ("Senior Superintendent of Police Amod Nagpure", "Chief Constable of Kent Alan Pughsley")
                         r"Superintendent|Inspector|Commander|Comptroller|Controller|Registrar|Conservator|Manager|Constable|"
                         r"Warden|Provost|Rector)(?:[\s-]+[Gg]eneral)?(?:\s+of\s+State)?\s+(?:of|for|at)\s+(?:the\s+)?"  # ("Leader of the Opposition Pritam Singh", "Secretary of State for Foreign Affairs")
                         # ("ambassador to Ireland Larysa Gerasko": an envoy's country)
                         r"|(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Hh]igh\s+[Cc]ommissioner)\s+to\s+(?:the\s+)?"
                         # ("Corporate Communications Manager with Iarnród Éireann Barry Kenny": an employer)
                         r"|(?:[Mm]anager|[Dd]irector|[Oo]fficer|[Ss]pokes(?:man|woman|person)|[Aa]nalyst|[Ee]conomist|"
                         r"[Cc]o-?ordinator|[Aa]dvis[eo]r)\s+with\s+(?:the\s+)?)"
                         # ("Minister of Mineral Resources and Energy Gwede Mantashe": a domain in two parts;
                         # "Deputy Governor of the Central Bank of Ireland Vasileios Madouros": a body's own "of";
                         # "Deputy Head of NASA’s Science Mission Directorate Thomas Zurbuchen": an owner's unit)
                         r"(?:(?:[A-Z][\w&'’-]*,?\s+){1,4}(?:and|&|of)\s+|[A-Z][\w&.-]*['’]s\s+)?$")
#: a verb's object right before a name: "blocking the " of "blocking the Suez Canal, the head of …"
VERB_THE_BEFORE_RE = re.compile(r"\b[a-z]+(?:ing|ed)\s+the\s+$")
#: a speech verb opening what follows a name's comma: no apposition but the sentence's verb
APPOS_VERB_START_RE = re.compile(r"(?:said|says|told|tells|added|adds|warned|argued|insisted|claimed|stated|explained|noted)\b")
#: the verbs an apposition's organization ends before when its closing comma is lost, the
#: present ones too ("chief executive of Salmon Scotland claims …"; as an apposition's first
#: word, "claims director" and "states attorney" are offices)
APPOS_ORG_END_VERB = r"(?:said|says|told|tells|added|adds|warned|warns|argued|argues|insisted|insists|claimed|claims|stated|explained|noted|believes)\b"
#: a verb in what follows a name's comma, which makes it a clause, not an office: "who wrote",
#: "has said", "never a fan", "promised a review", "based" or "one" alone (not "a noted historian")
VERB_IN_APPOS_RE = re.compile(r"\b(?:who|which|has|have|had|never|wrote|took|made|said|told|won|led|takes|makes)\b"
                              r"|\b\w+ed\s+(?:a|an|the|his|her|their|its)\b|^(?:based|one)$")
#: what follows a name run in an apposition: ", president of Black Law Enforcement in America,";
#: the organization ends at the sentence's verb when the closing comma is lost (", executive
#: director at the Centre for Policy Alternatives told Al Jazeera")
#: a dash opening an aside inside an apposition
DASH_ASIDE_RE = re.compile(r"[^\S\n]+[-–—][^\S\n]+")
APPOS_TAIL_RE = re.compile(
    r",[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|an[^\S\n]+)?(?!(?:of|at|for|from|in)\b)([a-z][\w -]{1,60}?)[^\S\n]+(?:of|at|for)[^\S\n]+"
    r"(?:the[^\S\n]+)?([A-Z][^,;.\n]{1,80}?)(?:[,;.]|(?=[^\S\n]+" + APPOS_ORG_END_VERB + "))"
)
AFFILIATION_APPOS_RE = re.compile(
    r",[^\S\n]+(?:from|of|at)[^\S\n]+(?:the[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){0,3}"
    r"(?:group|campaign|charity|union|association|organisation|organization|think-tank|lobby|firm|company)"
    r"[^\S\n]+[A-Z][^,;.\n]{1,60},")  # (", from human rights group Liberty,"; not ", from Bangor in County Down,")
KIN_APPOS_RE = re.compile(r",[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?(?:father|mother|son|daughter|brother|sister|husband|wife|"
                          r"uncle|aunt|grandmother|grandfather|grandson|granddaughter|widow|widower|parent|cousin|"
                          r"niece|nephew|fiancée|fiancee|fiancé|fiance|partner)[^\S\n]+of[^\S\n]")
#: ", the French Economics Commissioner,": an office the name holds, its words capitalised
#: a capitalised office after a name and its comma, with its seat or body, closed by a comma: ",
#: Conservative MP for Wealden,", ", Chief Executive of Oxfam," (not ", Minister for Housing Matthew
#: Pennycook said": an office before its holder's name)
CAPITAL_OFFICE_APPOS_RE = re.compile(r",[^\S\n]+(?:[A-Z][\w’'&-]*[^\S\n]+){0,3}(?P<head>[A-Z][\w-]*)"
                                     r"(?:[^\S\n]+(?:for|of|at)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'&-]*(?:[^\S\n]+[A-Z][\w’'&-]*){0,3})?,")
OFFICE_APPOS_RE = re.compile(r",[^\S\n]+the[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+){0,4}(?P<head>[A-Z][a-z-]+)[^\S\n]*,")
#: what only a person is, set after a name: "Heath Dalton, a resident of Leilani Estates who …,"
#: (not kin: "Azmat Begg, father of Moazzam," keeps whose father he is)
PERSON_ROLES = frozenset("""resident worker student survivor victim neighbour neighbor volunteer passenger witness
    farmer teacher driver pensioner tenant landlord shopkeeper retiree veteran""".split())
#: ", a veteran TV writer,": a role in lower case, its head a title word (a person's)
ROLE_APPOS_RE = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?(?P<head>[a-z][a-z-]+)[^\S\n]*[,;]")
#: an age as the apposition's head: ", a 25-year-old selling mobile phone cards"
AGED_APPOS_RE = re.compile(r",[^\S\n]+an?[^\S\n]+\d{1,3}-year-old\b")
#: the same role, then where or whose: ", a resident of Leilani Estates who …"
ROLE_OF_APPOS_RE = re.compile(r",[^\S\n]+(?:a|an)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,2}?(?P<head>[a-z][a-z-]+)[^\S\n]+(?:of|from|in|at|who|with)\b")
PEERAGE_RE = re.compile(r"\b(?:Lord|Lady|Baroness|Baron)[^\S\n]+(?!(?:Mayor|Provost|Chancellor|Chief|Justice|"
                        r"Advocate|President|Speaker|Lieutenant|Privy|Bishop|Mayoress)\b)"
                        r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[^\S\n]+of[^\S\n]+"
                        r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![^\S\n]+(?:of|and|[A-Z])\b)")
KIN_RE = re.compile(r"\b([A-Z][a-z][\w-]+)(?:['’]s|s['’]|['’])[^\S\n]+(daughter|son|brother|sister|father)[^\S\n]+"
                    r"([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")
#: a relative named by a first name alone after an owner: "Celia's husband Andy"
KIN_GENDER_RE = re.compile(r"['’]s?[^\S\n]+(husband|wife|widow|widower|son|daughter|brother|sister|father|mother)[^\S\n]+"
                           r"([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")
FEMALE_KIN_WORDS = {"wife", "widow", "daughter", "sister", "mother"}
#: an acronym, then its name in apposition: "CENTR, the Council of European … Registries,"
#: (found from each ", the ": the acronym before it, the name after it)
ACRONYM_BEFORE_RE = re.compile(r"(?<![\w&])([A-Z]{2,8})$")
APPOS_NAME_RE = re.compile(rf"({NAME_TOKEN}(?:[^\S\n]+(?:(?:of|and|for|on|&)[^\S\n]+(?:the[^\S\n]+)?)?{NAME_TOKEN})+)[,.]")
#: a nickname in quotation marks, then a surname ("Brian 'Head' Welch"): matched from the mark,
#: the first name before it checked after
NICKNAME_MARK_RE = re.compile(
    r"['\"‘“][A-Z][\w.-]*(?:[^\S\n][A-Z][\w.-]*)?['\"’”][^\S\n]+([A-Z][a-z][\w'’-]*)\b"
)
FIRST_BEFORE_MARK_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?:[^\S\n]+[A-Z]\.)?[^\S\n]+$")  # (also "Bernard C. “Jack” Young")
ACRONYM_PAREN_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
ORG_PREFIX_RE = (r"(?<![\w’'.-])(?P<prefix>(?:(?:U\.S\.|U\.K\.|[A-Z][\w&-]*(?:['’]s)?)[^\S\n]+"
                 r"(?:(?:of|on|and|for|the|&)[^\S\n]+)*){0,5})")
DESCRIPTOR_RE = re.compile(r"-[a-z]")
ORG_SUFFIX_RE = r"(?P<suffix>(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w&.-]*){0,2})(?![\w’'-])"
POSSESSIVE_RE = re.compile(r"['’]s?$")
#: the words of a description glued before an organization's name ("San Francisco-based ")
DESCRIBED_LEAD_RE = re.compile(r"(?:\S+\s+){0,3}?\S+-(?:based|owned|backed|led|run|funded|listed|controlled)\s+")
#: an organization's name up to a list of its fields ("Department of Planning, "), before the list's
#: last items ("Industry and Environment")
LISTED_ORG_BEFORE_RE = re.compile(
    r"((?:(?!The[^\S\n])[A-Z][\w&'’-]*[^\S\n]+)*(?:Department|Ministry|Office|Institute|Commission|School|Faculty|Committee|"
    r"Centre|Center|College|Board|Council|Bureau|Agency|Federation|Union|Association)[^\S\n]+(?:of|for)[^\S\n]+"
    r"(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*(?:,[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)*)*,[^\S\n]+"
    r"(?:and[^\S\n]+)?)$")  # (", and": a list's last comma)
#: an acronym among a list's items: the list names bodies, not one body's fields
LISTED_ACRONYM_RE = re.compile(r",[^\S\n]+[A-Z]{2,}\b")
#: the last word of an organization's full name that a shortened form leaves out ("Whole Foods"
#: for Whole Foods Market, "Pacific Gas & Electric" for … Co.)
SUFFIX_ORG_WORDS = {"market", "markets", "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "plc",
                    "llc", "group", "corporation", "company", "holdings", "resources", "transportation", "federation"}
ORG_PREFIX_END_RE = re.compile(ORG_PREFIX_RE + r"$")
#: the places an organization's words may name, inside a town: where someone is, not who speaks
FACILITY_WORDS = {"airport", "station", "stadium", "arena", "park", "port", "harbour", "harbor", "square"}
PLACE_PREPOSITION_END_RE = re.compile(r"\b(?:at|in|near|from|to|outside)\s+$")
ORG_SUFFIX_AT_RE = re.compile(ORG_SUFFIX_RE)


def nickname_at(text: str, mark: int) -> tuple[int, str] | None:
    """A nickname in quotation marks opening at `mark` inside a name ("Brian 'Head' Welch"): where
    the first name before it starts and the surname after it; None when it is not one (the span
    finder takes it for no quotation, the name scan for part of the name)."""
    match = NICKNAME_MARK_RE.match(text, mark)
    first = FIRST_BEFORE_MARK_RE.search(text, max(0, mark - 20), mark) if match else None
    if first is None or first.group(1).lower() not in FIRST_NAMES or match.group(1).lower() in NOT_NAMES:
        return None
    return first.start(1), match.group(1)


#: "… is senior benefit officer", "… was the club's chief executive": a title given by a copula
COPULA_TITLE_RE = re.compile(
    r"[^\S\n]+(?:is|was)[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?(?:[\w’'-]+[^\S\n]+){0,3}?"
    r"(?:officer|spokesman|spokeswoman|spokesperson|secretary|minister|chairman|chairwoman|economist|analyst|"
    r"correspondent|professor|lecturer|coach|captain|editor|presenter|MP|executive|director|president|founder)\b"  # (not "JP Morgan is the main adviser")
    r"|[^\S\n]+(?:is|was)[^\S\n]+one[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[\w’',-]+[^\S\n]+){0,3}?"  # ("Faizan Awan is
    r"(?:people|patients|residents|families|parents|women|men|mothers|fathers|workers|survivors|victims)\b")  # one of … people")
#: nationalities ending in "i" beyond NATIONALITIES: LEADING_ADJ_RE's "-i" is for them alone
I_DEMONYMS = {"Saudi", "Omani", "Thai", "Somali", "Yemeni", "Kuwaiti", "Nepali", "Bengali", "Bangladeshi",
              "Azeri", "Qatari", "Emirati", "Bahraini", "Malawi", "Burundi", "Hindi", "Punjabi", "Kashmiri",
              "Israeli", "Pakistani", "Iraqi", "Afghani", "Adivasi"}


@functools.lru_cache(maxsize=65536)
def strip_leading_adj(name: str) -> str:
    """LEADING_ADJ_RE's cut ("Former", "Tory", "Afghan"), except a first name it would take for
    an adjective ("Brian K. Coombes": a first name before a middle initial is the name's)."""
    stripped = LEADING_ADJ_RE.sub("", name)
    if stripped == name:
        return name
    cut = name[: len(name) - len(stripped)].split()
    if len(cut) >= 2 and cut[-1].lower() in FIRST_NAMES:
        return strip_leading_adj(" ".join(name.split()[len(cut) - 1:]))  # "Saudi Ali Al-Qarni": "Ali" is his
    if cut and (cut[-1].lower() in FIRST_NAMES or INITIAL_RE.match(stripped.split()[0] if stripped else "")):
        return name
    if cut and cut[-1].endswith("i") and cut[-1] not in NATIONALITIES and cut[-1] not in I_DEMONYMS:
        return name  # "Shani Rhys James": a first name ending in "i", not "Israeli" or "Pakistani"
    return stripped


def word_positions(text: str, word: str, start: int = 0, end: int | None = None):
    """Where `word` stands in `text[start:end]` as a whole word (no letter, digit, apostrophe or
    hyphen either side): plain finds, so a check per name compiles no regex."""
    end = len(text) if end is None else end
    at = text.find(word, start, end)
    while at >= 0:
        before = text[at - 1] if at > start else " "
        after = text[at + len(word)] if at + len(word) < end else " "
        if not (before.isalnum() or before in "’'-") and not (after.isalnum() or after in "’'-"):
            yield at
        at = text.find(word, at + 1, end)


#: a sentence adverb in capitals because it opens the sentence ("Consequently Almunia concludes")
ADVERB_RE = re.compile(r"^[A-Z][a-z]{3,}(?:ally|ously|ently|antly|ively|stly|tely|fully|arly|ably)$")


def _sentence_start_adjective(tokens: list[str]) -> bool:
    """A word before a full name that no name starts with ("Defiant", "Veteran"): at a sentence's
    start it is a description, capitalised because it comes first."""
    if len(tokens) < 3 or not tokens[0].isalpha() or tokens[0].isupper():
        return False
    low = tokens[0].lower()
    return (low not in FIRST_NAMES and low not in HONORIFICS and low not in PARTICLES and low not in NAME_CAPABLE
            and low not in TITLE_HEADS and _full_name(tokens[1:]))


def _full_name(tokens: list[str]) -> bool:
    """A first name and at least one more name token ("Kurt Volker", "Brian K. Coombes")."""
    return len(tokens) >= 2 and (tokens[0].lower() in FIRST_NAMES or bool(INITIAL_RE.match(tokens[1])))


#: what a company is, written before its name: "Bookmaker Ladbrokes", "Miner Highland Gold"
COMPANY_DESCRIPTORS = {"bookmaker", "bookmakers", "carmaker", "chipmaker", "broadcaster", "retailer",
                       "airline", "supermarket", "brewer", "insurer", "lender", "publisher", "miner",
                       "drugmaker", "automaker", "carrier", "operator", "regulator", "watchdog", "bank",
                       "firm", "group", "giant", "isp", "consultancy", "conglomerate", "housebuilder",
                       "manufacturer", "supplier", "distributor", "utility", "startup", "ngo", "nonprofit",
                       "steelmaker", "shipbuilder", "reinsurer"}
#: parties and their members, glued before a name ("Tories Ken Clarke", "Labour MP …")
PARTY_WORDS = {"tory", "tories", "labour", "conservative", "conservatives", "democrat", "democrats",
               "republican", "republicans", "liberal", "liberals", "socialist", "socialists", "ukip",
               "snp", "green", "greens", "gop"}


#: letters after a name that are no part of it: "Ian MacDonald QC", "Jane Smith MP", "Tom Jones OBE"
POSTNOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "MS", "AM", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE",
                "PhD", "FRS", "JP", "SC", "AO", "AC", "OAM", "OC", "MLC", "MPP", "MNA", "MW"}


#: an age set after a name in commas: "Alenezi, 34, from Kuwait"
AGE_APPOSITION_RE = re.compile(r",\s+\d{1,3},")
#: words a title-case headline capitalises after a name that never belong to one
HEADLINE_BREAKS = {"On", "In", "At", "For", "To", "With", "From", "After", "Over", "Against", "Into", "About"}
#: a title-case headline's verbs that are also plural nouns, which an organization's name may hold
#: ("Ben Stokes Steps Down", but "the Little Steps Foundation", "Bright Eyes Trust")
NOUN_LIKE_HEADLINE_VERBS = {"Faces", "Steps", "Eyes", "Plans", "Signs", "Opens", "Gives", "Fears", "Hopes", "Returns", "Visits",
                            "Targets", "Offers", "Shows"}
#: a title-case headline's verbs, which end a name wherever they stand ("Starmer Accuses Sunak")
TITLE_CASE_VERBS = {"Says", "Said", "Slams", "Hits", "Backs", "Calls", "Vows", "Urges", "Warns", "Accuses", "Raises",
                  "Blasts", "Rejects", "Denies", "Admits", "Defends", "Insists", "Demands", "Quits", "Resigns",
                  "Announces", "Reveals", "Unveils", "Launches", "Sues", "Storms", "Beats", "Wins", "Loses",
                  "Pleads", "Describes", "Praises", "Welcomes", "Condemns", "Responds", "Explains", "Hails",
                  "Pledges", "Criticises", "Criticizes", "Apologises", "Apologizes", "Dismisses", "Confirms",
                  "Escapes", "Dies", "Pulls", "Slashes", "Axes", "Mulls", "Ditches", "Scraps", "Blames", "Lashes",
                  "Seeks", "Halts", "Turns", "Takes", "Makes", "Gets", "Tells", "Asks", "Joins", "Wants", "Sinks",
                  "Collapses", "Kills", "Soars", "Plunges"} | NOUN_LIKE_HEADLINE_VERBS  # (not "Sacks": Oliver Sacks)


#: last words of a body's name after "the" that no organization word list holds ("the Walt Disney
#: World Resort", "the Estée Lauder Companies"): no show named after a person
BODY_NAME_ENDS = {"Resort", "Resorts", "Companies", "World", "Hotel", "Hotels", "Stores", "Center", "Centre"}
#: the quote marks a show's title stands in ("“Jimmy Kimmel Live!”")
WORK_TITLE_MARKS = frozenset("\"“”‘’'")


#: a speech verb in a line, which makes it a sentence rather than a photo's caption
CAPTION_CUE_RE = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|explained)\b")
#: a photo's credit in a line, which makes it a caption ("(photo courtesy: Roma Capitale)")
CAPTION_MARK_RE = re.compile(r"\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|Getty|AFP|Reuters)\b")


def _words_past(longer: list[str], name: list[str]) -> list[str]:
    """The words the longer name has after the name's own, where it first holds them ("Tiger Woods
    - …" of "Tiger Woods"); none when it holds them only at its end ("Aimee Lou Wood" of "Wood")
    or not at all."""
    at = next((k for k in range(len(longer) - len(name) + 1) if longer[k : k + len(name)] == name), None)
    return [] if at is None else longer[at + len(name) :]


def _in_running_text(text: str, at: int) -> bool:
    """The line holding `at` ends as a sentence does, not as a headline."""
    line_end = text.find("\n", at)
    rest = text[at : line_end if line_end >= 0 else len(text)].rstrip()
    return bool(rest) and rest[-1] in ".!?\"”’'"  # (a line that ends on the name is a headline's)


#: offices no surname spells, which a press release sets after a name ("Anna Cooper Director, Carers Trust")
TRAILING_OFFICES = {"director", "manager", "chairman", "chairwoman", "chairperson", "president", "secretary",
                    "executive", "officer", "spokesman", "spokeswoman", "spokesperson", "coordinator", "treasurer"}


#: photo agencies whose credit a caption sets right after the name it shows
PHOTO_AGENCIES = {"EPA-EFE", "EPA", "AFP", "AP", "PA", "REUTERS", "ANP", "ANSA", "DPA"}


def drop_postnominals(tokens: list[str]) -> list[str]:
    """A name without the words after it: honours ("QC", "MP"), and an office or an officer's
    initials a press release sets there ("Frances Lawrence CEO, Dementia Carers Count"; not "the
    Boeing CEO", whose first word is no first name)."""
    while len(tokens) > 2:
        last = tokens[-1].rstrip(",")
        office = (last.isupper() and last.lower() in TITLE_HEADS) or last.lower() in TRAILING_OFFICES
        credit = last in PHOTO_AGENCIES  # ("French President Emmanuel Macron EPA-EFE/…": a caption's photo credit)
        if last not in POSTNOMINALS and not ((office or credit) and tokens[0].lower() in FIRST_NAMES):
            break
        tokens = tokens[:-1]
    return tokens


def _article_alias(surname: str) -> str | None:
    """The key of a surname without its Arabic article ("aridi" for "al-aridi"), if it has one."""
    return surname[3:] if surname[:3] in ("al-", "el-") and len(surname) > 5 else None


def _name_before_particle(name: str) -> str | None:
    """The key of the word before a particle surname, after two given names ("lula" for Luiz
    Inacio Lula da Silva): the name the text may use for them alone."""
    tokens = name.split()
    for k in range(3, len(tokens) - 1):
        if tokens[k].lower() in PARTICLES:
            return normalize(tokens[k - 1]) if tokens[k - 1][:1].isupper() and tokens[k - 1].lower() not in PARTICLES else None
    return None


def trim_name(tokens: list[str], after_office: bool = False, styled: bool = False) -> list[str]:
    """A person's name run without the words glued before it: frequent English words (any case;
    "Maybe", "Also"), months and weekdays, and a place or an outlet's acronym when the rest is a
    full name ("Ukraine Kurt Volker", "VOA Carla Babb"). A first name, an honorific or a word
    that is also a name ("Will Smith") is never dropped, nor, `after_office`, the first of two
    words ("Fisheries Minister Per Sandberg"). Letters after the name ("QC", "MP") go too: they
    would be taken for its surname. After an honorific (`styled`), capitals are initials ("Dr AK
    Abdul Momen"), not an acronym."""
    tokens = drop_postnominals(tokens)
    for k in range(1, len(tokens)):
        if tokens[k] in TITLE_CASE_VERBS or tokens[k] == "Statement" or (k >= 2 and tokens[k] in HEADLINE_BREAKS):
            # "Virat Kohli On India's Crushing Defeat": a headline's capitals run on past the name
            # ("Hansen Statement on …": a press release's heading)
            tokens = tokens[:k]
            break
    if len(tokens) > 2 and tokens[-1] == "The":
        tokens = tokens[:-1]  # "Union Minister R K Singh The minister also said": a heading run into the text
    while len(tokens) > 1 and tokens[-1].lower() in WEEKDAYS and (len(tokens) > 2 or tokens[0].lower() not in FIRST_NAMES):
        tokens = tokens[:-1]  # "Lalit Modi Monday said", "downtown Kingston Wednesday morning" (not "Joe Friday")
    if len(tokens) > 2 and tokens[-1].lower() in CALENDAR_WORDS and tokens[-1] != "May" and tokens[-1].lower() not in FIRST_NAMES:
        tokens = tokens[:-1]  # "by Leah Shahum July 27, 2021": a byline's date (not "Theresa May")
    if len(tokens) == 2 and tokens[0].isupper() and tokens[0].lower() in FIRST_NAMES and tokens[1][1:2].islower():
        tokens = [tokens[0].capitalize(), tokens[1]]  # "DOUGLAS Ross has accused …": a lede's capitals
    while len(tokens) >= 2:
        head = tokens[0]
        low = head.lower().rstrip(".,")
        if low in FIRST_NAMES or low in HONORIFICS or low in NAME_CAPABLE or low in PARTICLES:
            break
        if INITIAL_RE.match(head) or (len(head) == 1 and len(tokens) >= 3 and len(tokens[1]) == 1 and tokens[1].isupper()):
            break  # ("A M Sapre": initials without their full stops, not the article)
        if styled and head.isupper() and len(head) <= 3:
            break
        rest = tokens[1:]
        if low in COMMON_WORDS and not (len(rest) == 1 and (low in TITLE_HEADS or after_office)):
            tokens = rest
            continue
        if low == "at-large":
            tokens = rest  # "City Councillors At-Large Felix Arroyo and …": the office's tail
            continue
        if low in OFFICE_DOMAINS and after_office:
            tokens = rest  # "Council Director Infrastructure Phil Hoare": the office's domain, then the name
            continue
        if (low in PLACE_WORDS or low in PARTY_WORDS
                or (head.isupper() and len(head) >= 2 and head not in ("II", "III", "IV"))) \
                and (_full_name(rest) or head.isupper() and len(rest) >= 3 and rest[0].isupper() and _full_name(rest[1:])):
            # ("ESA DG Josef Aschbacher": an acronym, an abbreviated office, then the name)
            tokens = rest
            continue
        break
    return tokens


#: a programme's name before the word for it: "the BBC’s Good Morning Scotland programme"
PROGRAMME_AFTER_RE = re.compile(r"[^\S\n]+(?:programme|podcast|documentary)\b")  # (not "show": a verb too)
#: a photo agency after a photographer's name and a slash: "/PA Wire", "/AFP", "/Getty Images"
PHOTO_AGENCY_RE = re.compile(r"(?:[A-Z]{2,5}\b|Getty|Reuters|Alamy|Shutterstock)")


def names_no_one(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run names a thing, an account or a photographer, not a person who
    speaks: it ends on a number joined by a hyphen ("the UK Covid-19 inquiry", "an RAF F-35"), is
    a social media handle ("Director of NIRC @MichaelAodhan said"), a photo credit ("Jonathan
    Brady/PA Wire") or a programme ("Good Morning Scotland programme")."""
    return ((text.startswith("-", end) and text[end + 1 : end + 2].isdigit()) or text[start - 1 : start] == "@"
            or (text.startswith("/", end) and PHOTO_AGENCY_RE.match(text, end + 1) is not None)
            or PROGRAMME_AFTER_RE.match(text, end) is not None)


CAP_START_RE = re.compile(r"(?<![\w'’.-])[A-Z]")
#: the same, or one right after a dash written as two hyphens ("the crew--Avalon Wasteneys, …")
CAP_OR_DASHED_START_RE = re.compile(r"(?<![\w'’.-])[A-Z]|(?<=\w--)[A-Z]")


def _name_runs(text: str):
    """NAME_RUN matches, tried only where a capitalised word starts (the scan is the cost)."""
    end = -1
    match_at = NAME_RUN_RE.match
    for cap in (CAP_OR_DASHED_START_RE if "--" in text else CAP_START_RE).finditer(text):
        pos = cap.start()
        if pos < end:
            continue
        m = match_at(text, pos)
        if m:
            end = m.end()
            yield m


def org_possessive_stripped(name: str) -> str:
    """A body's name without its possessive ("West Northamptonshire Council’s (WNC) team", "the
    Royal College of Nursing's (RCN)", "the Regulator of Social Housing’s (RSH)"), which a name
    like "Papa John's" or "St John's" keeps."""
    bare = POSSESSIVE_RE.sub("", name)
    return bare if bare != name and (any(w.lower() in ORG_WORDS for w in bare.split()) or " of " in bare) else name


def _acronym_definitions(text: str):
    """ACRONYM_DEF_RE matches, searched only in the line before each "(ACR)": a name with its
    acronym is rare, and trying the long pattern at every capital letter was the cost."""
    previous_end = 0
    for paren in ACRONYM_PAREN_RE.finditer(text):
        start = paren.start()
        line_start = max(text.rfind("\n", 0, start) + 1, start - 400, previous_end)
        previous_end = paren.end()
        match = ACRONYM_DEF_RE.search(text, line_start, paren.end())
        if match is not None and match.end() == paren.end():
            yield match


@functools.lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Case-, accent- and whitespace-insensitive key of a name."""
    if name.isascii():
        return " ".join(name.lower().replace(".", " ").split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().replace(".", " ").split())


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def surname_key(tokens: list[str]) -> str:
    """The key a name is known by: its last word, past a "Jr." or "III"."""
    if len(tokens) > 2 and (tokens[-1].lower() in NAME_SUFFIXES or tokens[0] == "Pope") or (
            len(tokens) == 2 and tokens[-1].lower().rstrip(".") in ("jr", "sr")):
        return normalize(tokens[-2].rstrip(","))  # (also "Pope Leo XIV": Leo; "Roux Jr": Roux)
    return normalize(tokens[-1])


#: first names that men and women both bear, whatever the name lists say ("Pat Hughes, 81, broke
#: her hip", "Hilary Benn" is a man)
SHARED_FIRST_NAMES = frozenset("""pat charlie hilary kerry ashley andrea jean evelyn courtney aubrey vivian simone
    nicola leslie lesley jordan sam alex chris jo jamie robin terry jackie frankie sandy kim lee jody morgan taylor
    casey drew sidney sydney dana shannon kelly tracy laurie lindsay marion francis rene sasha""".split())


def first_name_gender(name: str) -> str | None:
    """"f" or "m" when the name's first word is a first name of that gender only."""
    first = name.split()[0].lower()
    if first in SHARED_FIRST_NAMES:
        return None
    female, male = first in FEMALE_NAMES, first in MALE_NAMES
    return "f" if female and not male else "m" if male and not female else None


def strip_honorific(name: str) -> tuple[str, str | None]:
    """("Blair", "m") for "Mr Blair"; the gender an honorific implies, if any."""
    parts = name.split()
    for width in (2, 1):  # "Tan Sri Muhammad Shafee Abdullah", "Datuk Asmadi Abu Talib", "Tun Dr Mahathir"
        if len(parts) > width and (lead := MALAY_HONORIFICS.get(" ".join(parts[:width]).lower().replace("’", "'"), 0)) != 0:
            rest, gender = strip_honorific(" ".join(parts[width:]))
            return rest, gender or lead
    if len(parts) > 2 and parts[0].lower().rstrip(".") in ("most", "right", "very", "rt") and parts[1].lower() in HONORIFICS:
        parts = parts[1:]  # "the Most Reverend Peter Smith"
    elif len(parts) > 2 and parts[0].lower().rstrip(".") in ("right", "rt") and parts[1].lower().rstrip(".") in (
            "hon", "honourable", "honorable"):
        return strip_honorific(" ".join(parts[2:]))  # "Rt Hon Stephen Crabb MP": a privy counsellor's style
    elif len(parts) > 2 and (parts[0].lower() in ("honourable", "honorable") or parts[0] == "Hon."):
        return strip_honorific(" ".join(parts[1:]))  # "Honourable Cameron Dick": a minister's style
    elif len(parts) > 3 and parts[0] == "The" and parts[1].lower() in ("honourable", "honorable"):
        return strip_honorific(" ".join(parts[2:]))  # (a letterhead's "The Honourable Cameron Dick")
    if len(parts) > 2 and parts[0].lower() in PILGRIM_STYLES:
        return " ".join(parts[1:]), PILGRIM_STYLES[parts[0].lower()]
    if len(parts) > 1 and parts[0].lower() in HONORIFICS:
        gender = HONORIFICS[parts[0].lower()]
        if len(parts) > 2 and parts[1].lower() in HONORIFICS:
            # "Professor Sir John Curtice", "Rev Dr Tom Wright": honorifics in a row
            return " ".join(parts[2:]), gender or HONORIFICS[parts[1].lower()]
        return " ".join(parts[1:]), gender
    return name, None


#: bodies and services a list after a ministry may name instead of its domains ("Ofgem and Ofwat")
NOT_DOMAINS = {"treasury", "cabinet", "navy", "army", "air", "police"}
#: the heads of government bodies named for a domain of several parts
DOMAIN_HEADS = {"Ministry", "Department", "Minister", "Secretary", "Office", "Committee", "Commission", "Agency"}
#: what an office is of, its domain's last word ("Director of Public Works", "Minister of Foreign
#: Affairs"): no surname
OFFICE_DOMAINS = {"works", "affairs", "development", "safety", "health", "education", "finance", "defence",
                  "defense", "state", "justice", "transport", "transportation", "security", "operations", "communications", "staff",
                  "services", "planning", "housing", "corrections", "elections", "schools", "parks", "interior",
                  "trade", "environment", "energy", "culture", "labour", "agriculture", "tourism", "industry",
                  "commerce", "immigration", "infrastructure", "welfare", "resources", "reform", "expenditure"}
#: organizations' words that are surnames too, after a first name we know
SURNAME_ORG_WORDS = {"house", "court", "post", "bank", "press", "guard", "bloomberg", "order"}  # ("Michael Bloomberg")


#: what a law's name ends with
LAW_WORDS = {"regulation", "regulations", "act", "directive", "treaty", "amendment"}


def names_a_law(tokens: list[str], text: str = "") -> bool:
    """"the Equality Act", "the Enforcement Bill": a law or a bill, which speaks for nobody; a bill
    only where the text writes "the … Bill" (not "Pastor Bill", "Tom Bill", "Grandad Bill": a man)."""
    if len(tokens) < 2 or not tokens[-2][:1].isupper():
        return False
    if tokens[-1] == "Bill":
        before = tokens[-2].lower().rstrip(".")
        return bool(text) and not (before in FIRST_NAMES or before in HONORIFICS or before in TITLE_HEADS) and re.search(
            rf"\bthe\s+(?:(?:[A-Z][\w,-]*|and|of|&)\s+)*{re.escape(tokens[-2])}\s+Bill\b(?![^\S\n]+[a-z]+[^\S\n]+(?:club|fans?|family)\b)",
            text) is not None
    return tokens[-1].lower() in LAW_WORDS


#: an owner opening a phrase: "the UK’s " of "the UK’s largest grocery chain"
OWNER_LEAD_RE = re.compile(r"^(?:the\s+)?\S+['’]s\s+")


def names_org(org: str) -> bool:
    """The organization a person was given names one, not only describes it ("chief executive of
    the UK’s largest grocery chain": an owner, then lower-case words)."""
    described = OWNER_LEAD_RE.sub("", org, count=1)
    return described == org or described != described.lower()


#: a middle initial: "G." of "Tani G. Cantil-Sakauye"
INITIAL_RE = re.compile(r"[A-Z]\.")


#: the country codes a national body's name ends in
NATIONAL_SUFFIXES = {"UK", "USA", "US", "EU"}


#: the prefixes of ships' names
VESSEL_PREFIXES = {"HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "USNS"}  # (not "MS", a Member of the Senedd, nor "MV Govindan"'s initials)


@functools.lru_cache(maxsize=65536)
def is_org_name(name: str) -> bool:
    tokens = name.replace("’", "'").split()
    if not tokens:
        return False
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
        return True
    if "&" in tokens[1:-1] or name in FIRMS_NAMED_AS_PEOPLE:
        return True  # "Marsh & McLennan", "Procter & Gamble": an ampersand joins a firm's name
    if len(tokens) >= 2 and tokens[0] in VESSEL_PREFIXES:
        return True  # "HMS Richmond": a ship, named like a person
    if len(tokens) >= 2 and tokens[0].startswith(("al-", "el-")) and tokens[-1] in ("TV", "Radio"):
        return True  # "al-Masirah TV": a channel, though its first word is an Arabic surname's
    if (len(tokens) >= 2 and tokens[-1].lower() in SURNAME_ORG_WORDS
            and ((given := tokens[:-1] if not INITIAL_RE.fullmatch(tokens[-2]) else tokens[:-2])[-1:] or [""])[0].lower() in FIRST_NAMES
            and (all(t.lower() in TITLE_HEADS for t in given[:-1]) or given[-2:-1] and given[-2].lower() in TITLE_HEADS)):
        # "Stephen House", "Mayor Michael Bloomberg", "New York City Mayor Michael R. Bloomberg": a
        # first name (an initial) and a surname, after an office
        return False
    if len(tokens) >= 2 and tokens[-1] in NATIONAL_SUFFIXES and not (len(tokens) == 2 and tokens[0].lower() in COMMON_WORDS):
        # "Disability Rights UK", "Cancer Research UK": no person's name ends in a country (not
        # "Other UK hopes Kate Winslet and …")
        return True
    return any(t.lower().strip(".,!") in ORG_WORDS for t in tokens) or tokens[0].lower() == "the"


def person_after_org(tokens: list[str]) -> int:
    """Where a person's name starts after an organization's name that runs straight into it
    ("California Supreme Court Tani G. Cantil-Sakauye": a court and its judge, the title left out),
    else 0: the words after the organization's last head word open on a first name, or are a first
    name, an initial and a surname."""
    heads = [i for i, t in enumerate(tokens) if t.lower().strip(".,") in ORG_WORDS]
    if not heads:
        return 0
    tail = tokens[heads[-1] + 1:]
    if not 2 <= len(tail) <= 4 or not all(t[:1].isupper() for t in tail) or tail[-1].endswith("."):
        return 0
    if tail[0].lower() in FIRST_NAMES or len(tail) == 3 and INITIAL_RE.fullmatch(tail[1]):
        return heads[-1] + 1
    return 0


def organization_before_person(run: str, text: str) -> tuple[str, str] | None:
    """(organization, person) when a run of capitalised words is an organization's name, then a
    first name and a surname, and the text names the organization elsewhere as one ("a report by
    Homelessness Australia", "Homelessness Australia’s CEO", not "says Te Kaurinui")."""
    words = run.split()
    if len(words) < 4:
        return None
    for cut in (len(words) - 2, len(words) - 3):
        if (cut >= 2 and words[cut].lower() in FIRST_NAMES and words[cut - 1].lower() not in FIRST_NAMES
                and not any(w.lower() in TITLE_HEADS or w.lower() in PARTY_WORDS or w.lower() in ("lib", "dem", "dems")
                            or w.lower().rstrip(".") in HONORIFICS for w in words[:cut])):
            # (not "Home Secretary Charles Clarke", "Lib Dem Norman Baker", "Rt Rev Michael …":
            # an office, a party or a style before the name)
            if text.count(" ".join(words[:cut])) <= text.count(" ".join(words[: cut + 1])):
                continue  # never named without the person after it
            owner = re.escape(" ".join(words[:cut]))
            if re.search(rf"\b(?:by|from|at|for|with|of)\s+(?:the\s+)?{owner}(?![\w’'-])", text) or any(
                    m.group(1).lower() in TITLE_HEADS for m in re.finditer(rf"(?<![\w’'-]){owner}['’]s\s+(?:[a-z-]+\s+)?(\w+)", text)):
                return " ".join(words[:cut]), " ".join(words[cut:])
    return None


def acronym_of(name: str, hyphens: bool = False, whole_acronyms: bool = False) -> str:
    """The initials of a name's capitalised words (with `hyphens`, of each capitalised part:
    "Anti-Doping" gives "AD"; with `whole_acronyms`, an acronym in the name gives all its
    letters: "NHS Blood and Transplant" gives "NHSBT")."""
    if hyphens:
        name = re.sub(r"-(?=[A-Z])", " ", name)
    return "".join(t if whole_acronyms and t.isupper() and t.isalpha() else t[0]
                   for t in name.split() if t.lower() not in CONNECTORS and t[:1].isupper())


def _initials_of_word(word: str) -> str:
    """What one word gives an acronym: "U.S." gives "US", "Anti-Doping" gives "AD" (USADA, WADA)."""
    if "." in word and DOTTED_INITIALS_RE.fullmatch(word):
        return word[::2]
    if "-" in word and all(part[:1].isupper() for part in word.split("-")):
        return acronym_of(word, hyphens=True)
    return word[0]


DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
#: a capitalised abstract noun that ends a body's name after "and" ("… Control and Prevention"),
#: not another body's name ("Electronic Arts and Vivendi")
ABSTRACT_NOUN_RE = re.compile(r"[A-Z][a-z]+(?:tion|ment|ity|ence|ance|ogy|ics|ness|ure)")


def initials_within(acronym: str, initials: str) -> bool:
    """The acronym's letters are the name's initials in order, the first ones alike, some left
    out: "NICE" of "NIHCE"."""
    letters = iter(initials[1:].upper())
    return acronym[:1].upper() == initials[:1].upper() and all(ch in letters for ch in acronym[1:].upper())


def spelt_within(acronym: str, name: str) -> bool:
    """The acronym's letters in order inside the name, its first and last the first and last
    words' initials: "JAXA" of "Japan Aerospace eXploration Agency"."""
    words = name.split()
    letters = iter("".join(words)[1:].upper())
    return (acronym[:1].upper() == words[0][:1].upper() and acronym[-1:].upper() == words[-1][:1].upper()
            and all(ch in letters for ch in acronym[1:].upper()))


#: styles kept in a name when a regnal number follows ("Pope Leo XIV", "King Charles III")
NUMBERED_STYLES = ("Pope", "King", "Queen")
#: titles that are part of how a royal is named
ROYAL_TITLES = {"crown", "prince", "princess", "sheikh"}


def name_core(name: str) -> str:
    """A person's own name without a royal title or a peer's territorial designation
    ("Prince William" -> "William", "Nicholls of Birkenhead" -> "Nicholls")."""
    words = name.split(" of ", 1)[0].split()
    while len(words) > 1 and words[0].lower() in ROYAL_TITLES:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=256)
def titled_word_re(word: str) -> re.Pattern:
    """`word` right after a capitalised word, a title ("Coun. Hansen"), not an honorific ("Ms Abbott")."""
    return re.compile(rf"(?<![.!?]\s)\b(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir)\b)[A-Z][\w.]*\s+{re.escape(word)}\b")


def one_edit_apart(a: str, b: str, edits: int = 1) -> bool:
    """Two different words at most `edits` letters apart (changed, added or dropped), with the
    same first letter."""
    if a == b or abs(len(a) - len(b)) > edits or a[:1] != b[:1]:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= edits


#: offices named in the plural before a list of their holders ("Representatives Cortney Niland, …")
PLURAL_TITLES = {"representatives", "senators", "councillors", "councilmembers", "councilmen", "councilwomen",
                 "commissioners", "supervisors", "trustees", "delegates", "aldermen", "legislators", "judges",
                 "justices", "ministers", "governors", "mayors", "sens.", "reps."}
#: nouns that make a body of the role word before them ("Representative Association", "Officers' Union")
BODY_NOUNS = {"association", "union", "federation", "society", "council", "institute", "foundation",
              "alliance", "league", "guild", "committee", "commission", "trust", "network", "forum"}
#: words that go on a title after its head ("President Pro Tempore", "Professor Emeritus")
TITLE_TAILS = {"pro", "tempore", "tem", "emeritus", "emerita", "elect", "designate", "observer"}  # ("EU Chief Observer Eduard Kukan")
#: the words a chief's title runs on to in youth movements ("Chief Scout Bear Grylls", "Chief Guide
#: Moira McKenna"; not "Vice President Scout Bassett", a first name)
CHIEF_TAILS = {"Scout", "Guide"}


#: roles that are no title in lower case ("a member said") but are one capitalised between an
#: organization and a name: "Strike Alliance Member Wasanthe Samarasinghe"
CAPITALISED_ROLES = {"Member", "Coordinator", "Convener", "Convenor"}


#: a monarch's or pope's number: "XIV" of "Leo XIV"
REGNAL_NUMBER_RE = re.compile(r"[IVXL]+")
#: British police ranks written before a name
POLICE_RANK_ABBREVIATIONS = {"PC", "WPC", "PCSO", "DC", "DS", "DI", "DCI", "DSI", "DCS", "ACC", "DCC", "Ins"}


@functools.lru_cache(maxsize=65536)
def split_title(run: str) -> tuple[str | None, str]:
    """("Former Los Angeles Police Chief", "William J. Bratton") from the whole capitalised run."""
    tokens = run.split()
    last_title = -1
    for k, tok in enumerate(tokens[:-1]):
        low = tok.lower()
        if low == "gm" and (tok != "GM" or tokens[k + 1].lower() not in FIRST_NAMES):
            continue  # "Oilers GM Steve Tambellini": a general manager; "GM Daewoo", "GM Europe": the company
        if tok in POLICE_RANK_ABBREVIATIONS and tokens[k + 1].lower() not in ORG_WORDS and (
                tokens[k + 1].lower() in FIRST_NAMES or len(tokens) - k >= 3):
            last_title = k  # "PC Lee Birch", "DCI Jane Smith": a British police rank (not "PC Pro")
            continue
        if tok == "Md" and tokens[k + 1][:1].isupper():
            continue  # "Md Enamur Rahman": Mohammed shortened, no managing director
        if low in ("cio", "pres", "pres.") and tokens[k + 1].lower() not in FIRST_NAMES:
            continue  # "CIO Dive", "First Pres. Church": a publication, a church (an officer's name opens on a first name)
        if (low in FIRST_NAMES or low == "dj") and k == len(tokens) - 2:
            # "Dean Goldfine": a title that is also a first name, right before the surname; "DJ
            # Shadow": a stage name (a DJ's title goes before a first name and a surname)
            continue
        if (low.rstrip(".") in TITLE_HEADS or low in TITLE_HEADS or low.split("-")[-1] in TITLE_HEADS
                or ("-in-" in low and low.split("-")[0] in TITLE_HEADS)  # ("Assistant Director-in-Charge")
                or low in PLURAL_TITLES  # ("Representatives Cortney Niland, …")
                or (low == "member" and tokens[k + 1] in ("for", "of"))  # ("Member for Sandgate Stirling Hinchliffe")
                or (tok in CAPITALISED_ROLES and 1 <= k <= len(tokens) - 3)
                or (tok in CAPITALISED_ROLES and k == 0 and len(tokens) >= 3)):  # ("Member Olly Brown told us")
            last_title = k
    if (last_title >= 0 and tokens[last_title] in NUMBERED_STYLES and 1 <= len(tokens) - last_title - 1 <= 2
            and not any(t.lower() in FIRST_NAMES for t in tokens[:last_title])  # (not "Martin Luther King III")
            and ((len(tokens) - last_title == 2 and tokens[last_title] == "Pope") or REGNAL_NUMBER_RE.fullmatch(tokens[-1]))):
        # "Pope Francis", "Pope Leo XIV", "King Charles III": the title is part of the name a
        # pope goes by, or a monarch numbered as one
        return (" ".join(tokens[:last_title]) or None), " ".join(tokens[last_title:])
    if last_title >= 0 and tokens[last_title + 1 : last_title + 3] == ["in", "Charge"] and last_title + 4 <= len(tokens):
        last_title += 2  # "FBI Special Agent in Charge Aaron T. Ford"
    if last_title >= 0:
        while last_title + 3 <= len(tokens) and (tokens[last_title + 1].lower() in TITLE_TAILS
                                                 or (tokens[last_title] == "Chief" and tokens[last_title + 1] in CHIEF_TAILS)
                                                 or (tokens[last_title + 1].lower() in BODY_NOUNS
                                                     and last_title + 4 <= len(tokens))):
            # "Senate President Pro Tempore Kevin de Leon", "Professor Emeritus John Smith";
            # "Chairman of the … Representative Association Michael Dickson": a role word naming
            # a body is no title of its own
            last_title += 1
        # "Secretary of State Mike Pompeo", "Chancellor of the Exchequer Gordon Brown"
        k = last_title + 1
        # ("MINISTER FOR FINANCE Paschal Donohoe": a title in capitals)
        if k < len(tokens) - 2 and tokens[k] in ("of", "for", "OF", "FOR"):
            # the office's domain runs up to a first name, leaving the name at least two words
            # ("High Commissioner for Human Rights Michelle Bachelet")
            connector = k
            end = domain_end(tokens, k + 1)  # (whether the domain ends by its own words, before a name we cannot know)
            k = connector + len(office_domain_split(tokens[connector + 1 :])[0])
            opens = tokens[k + 1].lower()
            if (tokens[connector] in ("of", "OF") or opens in FIRST_NAMES or opens in HONORIFICS or end is not None
                    or (tokens[last_title] == "Member" and len(tokens) - connector == 4)):
                # ("Member for Sandgate Stirling Hinchliffe": a one-word seat, then the member's name;
                # not "Member for Sleaford and North Hykeham", a seat alone)
                last_title = k
                while last_title + 2 < len(tokens) and tokens[last_title + 1].lower() in OFFICE_DOMAINS:
                    last_title += 1  # "Minister of Foreign Affairs Blinken": the domain's last word, then a surname
            # else "the Tory MP for Sleaford and North Hykeham": an office with no name after it
        if len(tokens) - last_title - 1 < 1:
            return None, run
        if all(t.lower().rstrip(",") in NAME_SUFFIXES for t in tokens[last_title + 1 :]):
            return None, run  # "Martin Luther King Jr.": "King" is the surname the suffix follows
        if (last_title == len(tokens) - 2 and tokens[-1].endswith("s") and tokens[-1].lower()[:-1] in TITLE_HEADS
                and any(t == "of" or t.lower() in ORG_WORDS for t in tokens[:last_title])):
            # "the Association of Ambulance Chief Executives": a body of officers, no one of them
            # (not "Councillor Fellows", "Director Kings": surnames)
            return None, run
        title = " ".join(tokens[: last_title + 1])
        if title.lower() in HONORIFICS:
            return None, run
        if tokens[last_title].lower() in HONORIFICS:
            # "California Mr Torvalds": the honorific belongs to the name, a place is no title
            head = tokens[:last_title]
            name = " ".join(tokens[last_title:])
            if any(t.lower() in TITLE_HEADS and t.lower() not in HONORIFICS for t in head):
                return " ".join(head), name
            return None, name
        if tokens[last_title].lower() in ROYAL_TITLES:
            # "Crown Prince Frederik", "Foreign Minister Prince Saud Al-Faisal": a royal is named
            # with the title; the office before it stays the title
            first = last_title
            while first > 0 and tokens[first - 1].lower() in ROYAL_TITLES:
                first -= 1
            return (" ".join(tokens[:first]) or title), " ".join(tokens[first:])  # ("Crown Prince", "Crown Prince Frederik")
        return title, " ".join(tokens[last_title + 1 :])
    if len(tokens) >= 3 and _is_descriptor(tokens[0], tokens[1]):
        # "Scrum-half Peter Stringer", "Film-maker Spike Lee": a capitalised descriptor before a
        # first name and a surname is a title, not part of the name
        return tokens[0], " ".join(tokens[1:])
    for k in range(1, len(tokens) - 1):
        # "Fianna Fail TD Jackie Cahill", "Ingham County Clerk Denise Holloway": words ending in a
        # role or an office's initials, before a first name we know and a surname
        if (tokens[k].lower() in FIRST_NAMES and tokens[k + 1][:1].isupper()
                and not any(t.lower() in FIRST_NAMES or t.lower().rstrip(".") in HONORIFICS for t in tokens[:k])
                and (_is_descriptor(tokens[k - 1], tokens[k]) or OFFICE_INITIALS_RE.fullmatch(tokens[k - 1]))):
            return " ".join(tokens[:k]), " ".join(tokens[k:])
    for k in range(1, len(tokens)):
        # "Donegal TD Pádraig Mac Lochlainn", "Sinn Fein TD McDonald": whatever name follows a
        # member's initials, after the seat or party they stand for
        if ELECTED_INITIALS_RE.fullmatch(tokens[k - 1]) and k >= 2 and all(t[:1].isupper() for t in tokens[k:]):
            return " ".join(tokens[:k]), " ".join(tokens[k:])
    if (len(tokens) == 3 and len(tokens[0]) >= 9 and tokens[0].lower().endswith(("er", "or", "ist"))
            and tokens[0].lower() not in FIRST_NAMES and tokens[1][:1].isupper() and tokens[2][:1].isupper()):
        return tokens[0], " ".join(tokens[1:])  # "Volcanologist Einar Magnusson", "Headliner Jess Carver"
    return None, run


def _subsequence(part: list[str], whole: list[str]) -> bool:
    it = iter(whole)
    return all(token in it for token in part)


#: positions a player is described by before the name
PLAYING_POSITIONS = {"wing", "prop", "hooker", "lock", "centre", "flanker", "winger", "striker", "keeper",
                     "goalkeeper", "defender", "midfielder", "forward", "skipper"}

DEAN_OFFICE_RE = re.compile(r"\bdean\b|\bDean of\b|\bDean [A-Z][a-z]+ [A-Z][a-z]")  # ("Cathedral Dean Graeme Knowles")
#: what an organization holds, not what it is called: "six Bafta Awards" leaves "Bafta said" Bafta's
EVENT_WORDS = {"awards", "cup", "prize", "trophy", "championship", "championships", "olympics", "festival"}
#: what a person is, not a name, though a sentence's start capitalises it
LIFE_STAGES = {"teenager", "youngster", "newcomer", "rookie", "veteran", "schoolboy", "schoolgirl", "resident",
               "neighbour", "neighbor", "witness", "shopper", "passenger", "motorist", "pensioner", "volunteer"}


#: an office's initials before a name: "TD", "MP", "MEP", "MSP", "MLA"
OFFICE_INITIALS_RE = re.compile(r"(?:TD|MP|MEP|MSP|MLA|MPP|MHA|AM|QC|KC)")
#: the initials of an elected member, which no name spells ("AM" and "QC" may end a name's run)
ELECTED_INITIALS_RE = re.compile(r"(?:TD|MP|MEP|MSP|MLA|MPP|MHA)")


def _is_descriptor(word: str, following: str) -> bool:
    low = word.lower().rstrip(".")
    if low in FIRST_NAMES or low in HONORIFICS or low in PARTICLES or not word[:1].isupper():
        return False
    if "-" in word and word.split("-", 1)[1][:1].islower() and not word.isupper():
        return True  # Scrum-half, Film-maker (names hyphenate capitals: Jean-Pierre)
    if (low in PLAYING_POSITIONS or low in LIFE_STAGES) and following[:1].isupper():
        return True  # "Wing Christophe Dominici says …", "Teenager Sania Mirza completed …"
    return (following.lower() in FIRST_NAMES and (not low.endswith("lee") or low in ("parolee", "enrollee"))  # (not "Ashlee Marie Preston")
            and low.endswith(("er", "or", "ist", "ian", "ee", "ant", "ent", "man", "woman", "ans", "ians", "ese", "ish")))



#: words that are also names ("He Jianxiong", "Will Carling", "May Bateman"): a pronoun, modal
#: or month opens a name when a capitalised word that is no common word follows it
NAME_CAPABLE = {"he", "will", "may", "june", "april", "august", "hope", "grace", "rose", "joy",
                "faith", "bill", "frank", "guy", "ray", "jack"}
MONTH_WORDS = {"may", "june", "april", "august"}
MONTH_PREPOSITIONS = {"in", "on", "since", "by", "until", "till", "last", "next", "early", "late",
                      "mid", "from", "through", "before", "after", "of", "during", "this", "that"}
#: a role and "in" right before a name: "spokesperson in Limpopo Mashudu Malabi-Dzhangi"
ROLE_IN_BEFORE_RE = re.compile(r"\b(?:spokes(?:wo)?man|spokesperson|official|officer|director|manager|head|chief|"
                               r"commissioner|representative|coordinator|correspondent)[^\S\n]+in[^\S\n]+$")


def placed_role_name(words: list[str], before: str) -> bool:
    """The first of three or more capitalised words after a role and "in" is the place the role
    is in, not the name's first word: "spokesperson in Limpopo Mashudu Malabi-Dzhangi"."""
    return (len(words) >= 3 and words[0].lower() not in FIRST_NAMES and words[0].lower() not in HONORIFICS
            and before.endswith("in ") and ROLE_IN_BEFORE_RE.search(before) is not None)


#: two first names and the surname they share: "Judith and Simon Hill" (tried at each " and ")
COUPLE_RE = re.compile(r"(?P<first>[A-Z][a-z]+)[^\S\n]+(?:and|&)[^\S\n]+(?P<other>[A-Z][a-z]+)[^\S\n]+(?P<surname>[A-Z][\w’'-]+)")


def _couples(text: str):
    """The matches of COUPLE_RE, looked for only where " and " or " & " stands (a scan of the
    whole text for a capital before them cost 2% of all instructions)."""
    for joint in (" and ", " & "):
        at = text.find(joint)
        while at >= 0:
            word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
            if text[word_start : word_start + 1].isupper() and (m := COUPLE_RE.match(text, word_start)):
                yield m
            at = text.find(joint, at + len(joint))


#: the partner of a couple after the first one's first name: "Allen| and Violet| Large"
COUPLE_PARTNER_RE = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+([A-Z][a-z]+)")
#: a capitalised word right after a point
CAPITAL_AFTER_RE = re.compile(r"[^\S\n]+[A-Z]")
#: a capitalised word right before a point: "Matt Lucas and David Walliams" has one before "Lucas"
CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w’'.-]*[^\S\n]+$")
#: a word right before that is a first name we know ("Molly" before "Russell’s father Ian")
FIRST_NAME_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[^\S\n]+$")
#: prepositions of place a name may follow without a comma: "At Euston Mick Lynch"
PLACE_PREPOSITIONS = ("at", "in", "from", "outside")
#: one right before a run
PLACE_PREPOSITION_BEFORE_RE = re.compile(rf"(?i:(?:^|[\s(])(?:{'|'.join(PLACE_PREPOSITIONS)})\s+$)")
#: a preposition whose object may be a place with a clause's subject glued after it ("fell on Bila Tserkva Emma")
PLACE_OBJECT_BEFORE_RE = re.compile(rf"(?i:(?:^|[\s(])(?:{'|'.join(PLACE_PREPOSITIONS + ('on', 'near', 'over', 'into', 'across'))})\s+$)")
PREPOSITION_BEFORE_RE = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|last|next|early|late|mid|from|through|before|after|of|"
    r"during|this|that|In|On|Since|By|Until|Last|Next|Early|Late|From|Through|Before|After|During)\s+|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+)$")  # (or a day: "dated 30 June Flory revealed")


def opens_name(tokens: list[str]) -> bool:
    """"He Jianxiong": a name-capable common word followed by a capitalised token that is not
    itself a common word."""
    return (len(tokens) >= 2 and tokens[0].lower() in NAME_CAPABLE and tokens[0][:1].isupper()
            and tokens[1][:1].isupper() and tokens[1].lower().rstrip(".,") not in NOT_NAMES
            and tokens[1].lower().rstrip(".,") not in HEADLINE_VERBS and not tokens[1].isupper())


#: verbs a title-case headline puts after "He" ("He Says Sorry"): no name
HEADLINE_VERBS = {"says", "said", "tells", "told", "is", "was", "has", "had", "can", "could",
                  "should", "must", "does", "did", "gets", "got", "wants", "makes", "takes", "goes",
                  "comes", "faces", "wins", "won", "loses", "lost", "quits", "admits", "denies",
                  "warns", "vows", "calls", "urges", "backs", "rejects", "slams", "hits", "set",
                  "sets", "to", "be", "knew", "knows", "thinks", "sees", "saw", "derails", "crashes", "sues",
                  "launches", "announces", "plans", "seeks", "hires", "buys", "sells", "joins", "beats",
                  "speaks", "talks", "responds", "reveals", "explains", "insists", "defends", "discusses", "reflects",
                  "cites", "blames", "expects", "predicts", "hails", "praises", "welcomes", "condemns", "blasts",
                  "criticises", "criticizes", "unveils", "pledges", "promises", "signs", "visits", "thanks",
                  "congratulates", "appeals", "demands", "opens", "marks", "honours", "honors", "meets"}


def office_domain_split(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(domain, name) of a run after "Minister of" / "Leader of the": "Secretary of State Mike
    Pompeo", "High Commissioner for Human Rights Michelle Bachelet": the office's domain belongs
    to the title, up to a first name (or the last two words, or a country before an Arabic
    name: "President of Egypt Abdel Fattah al-Sisi")."""
    cut = domain_end(tokens, 0)
    if cut is None:
        cut = 1
        while len(tokens) - cut > 2 and tokens[cut].lower() not in FIRST_NAMES and tokens[cut].lower() not in HONORIFICS:
            cut += 1
        if len(tokens) - cut == 2 and tokens[cut].lower() not in FIRST_NAMES:
            # no first name we know: a country is the whole domain before an Arabic name of three
            # words or fewer ("President of Egypt Abdel Fattah al-Sisi"; "Mayor of New York City
            # Eric Adams" reads on to the first name; "Kenya Wildlife Service", "Texas Instruments"
            # are bodies)
            cut = next((k for k in range(cut - 1, 0, -1) if is_region(" ".join(tokens[:k]))
                        and tokens[k][:1].isupper() and len(tokens) - k <= 3
                        and any(t.lower().startswith(("al-", "el-")) or t.lower() in ARABIC_NAME_LINKS for t in tokens[k:])), cut)
    return tokens[:cut], tokens[cut:]


def domain_end(tokens: list[str], start: int) -> int | None:
    """Where an office's domain ends when a name we cannot know follows it: after its first
    domain word that another capital follows, leaving two words or more ("Minister for Finance
    Paschal Donohoe", "Minister of Energy and Infrastructure Suhail Al Mazrouei"; "Minister of
    State Security …" and "the Corrective Services Department …" read on), or before the given
    name that "bin" follows."""
    for j in range(start, len(tokens) - 2):
        following = tokens[j + 1]
        if (following[:1].isupper() and tokens[j + 2].lower() in ARABIC_NAME_LINKS
                and not any(t.lower() in FIRST_NAMES for t in tokens[start : j + 1])):
            # "Foreign Minister of Saudi Arabia Faisal bin Farhan": a first name before "bin" (and
            # a royal's style before that: "Minister of Sport Prince Abdulaziz bin Turki"); where a
            # first name we know comes first, the name opens on it ("Minister of Defence Mohamed
            # Khaled bin Nordin")
            return j if j > start and tokens[j].lower() in ROYAL_TITLES else j + 1
        if (tokens[j].lower() in OFFICE_DOMAINS and following[:1].isupper()
                and following.lower() not in OFFICE_DOMAINS and following.lower() not in CONNECTORS
                and not NOUN_ENDING_RE.search(following) and not is_region(following) and following not in NATIONAL_SUFFIXES
                and not any(t.lower() in ORG_WORDS for t in tokens[j + 1 :])
                and not any(t.lower() in FIRST_NAMES for t in tokens[j + 1 :])):
            # (not "Energy Efficiency …", "Public Health Scotland", "Energy UK", "the NTSB Safety
            # Board", "Home Affairs Select Committee": a domain's own words; nor before a first name
            # we know, where the title's last word is unknowable: "Defence Personnel Matt Keogh")
            return j + 1
    return None


#: the endings of English nouns, which no first name has: "Efficiency", "Policy", "Promotion", "Consumers"
NOUN_ENDING_RE = re.compile(r"(?:cy|tion|sion|ment|ity|ence|ance|ship|ness|ics|ism|ing|ure|ers|ors|ies)$")


#: title heads that are nobody's surname: a capitalised run ending in one names an office
OFFICE_WORDS = {"commissioner", "minister", "secretary", "president", "director", "spokesman", "spokeswoman",
                "spokesperson", "chairman", "chairwoman", "chairperson", "governor", "senator", "mayor",
                "ambassador", "councillor", "councilor", "superintendent", "treasurer", "secretary-general",
                "under-secretary", "undersecretary", "archbishop", "primate", "taoiseach", "tánaiste", "tanaiste",
                "officer"}


def office_name(name: str) -> bool:
    """"Economics Commissioner": capitalised words ending in an office, no first name before it."""
    tokens = name.split()
    return len(tokens) >= 2 and tokens[-1].lower() in OFFICE_WORDS and tokens[0].lower() not in FIRST_NAMES


#: styles a peer goes by with one name: "Lord Mandelson", "Baroness Morgan"
PEER_STYLES = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl"}
def peer_style_name(name: str) -> bool:
    """A peer's style and one name, the way a peer is known: "Lord Mandelson"."""
    words = name.split()
    return len(words) == 2 and words[0] in PEER_STYLES


#: a peer's territorial designation after the name: " of Birkenhead"
PEER_TERRITORY = r"[^\S\n]+of[^\S\n]+[A-Z]"
#: words before a storm's name, which is a person's first name: "Hurricane Dorian"
STORM_WORDS = {"Hurricane", "Storm", "Typhoon", "Cyclone", "Tornado"}


def _rank_before(abbr: list[str], run: str) -> bool:
    """An office's abbreviation right before the run, its full stop no sentence's end: "Gov.
    Jenniffer Gonzalez" (not a state's or a republic's that ends one: "Wilmington, Del.
    Exhausted Tom Reilly", "Dominican Rep. Proud Maria Alvarez"; nor a rank before a word of
    feeling: "a retired Brig. Gen. Grieving Margaret Holloway"; nor a word before a first name
    we know: "promoted to Sgt. Colleague Tom Reed", "Sgt. First Class Maria Lopez")."""
    if not abbr or not abbr[0][:1].isupper() or abbr[0][:-1].lower() not in TITLE_ABBREVIATIONS:
        return False
    words = run.split()
    return (abbr[0][:-1].lower() not in PLACE_LIKE_ABBREVIATIONS and not FEELING_SHAPE_RE.search(words[0])
            and not (len(words) >= 3 and words[1].lower() in FIRST_NAMES))


#: abbreviations that are a place's or a state's as often as a rank's ("Del.", "Col.", "Rep.")
PLACE_LIKE_ABBREVIATIONS = {"del", "col", "rep", "pres", "ch"}
#: the endings of words of feeling or state that open a sentence ("Exhausted", "Grieving", "Heartbroken")
FEELING_SHAPE_RE = re.compile(r"(?:ed|ing|en|ful|ous|ive|less|ish|ud|ic)$")


@functools.lru_cache(maxsize=65536)
def _mention(run: str, mid_sentence: bool, of_title: bool):
    """(surname key, gender, full name or None, title) of a capitalised run, or None."""
    run = POSSESSIVE_RE.sub("", run.strip())
    tokens = run.split()
    if of_title:
        tokens = office_domain_split(tokens)[1]
    if len(tokens) > 3 and ("Sir" in tokens or "Dame" in tokens) and tokens[0].lower() not in FIRST_NAMES:
        # "(Commissioner of Police of the) Metropolis Sir Mark Rowley": an office's domain ends
        # where a knight's name starts
        at = next(k for k, t in enumerate(tokens) if t in ("Sir", "Dame"))
        if 1 <= at <= len(tokens) - 3:
            tokens = tokens[at:]
    if not mid_sentence and len(tokens) >= 2 and ADVERB_RE.match(tokens[0]) and tokens[0].lower() not in FIRST_NAMES:
        tokens = tokens[1:]  # "Consequently Almunia concludes": the sentence's adverb, then the name
    stripped_prep = False  # "In May Tom Reyes": after a preposition, "May" is the month
    while (
        tokens
        and not mid_sentence
        and tokens[0].lower().rstrip(".") in NOT_NAMES
        and tokens[0].rstrip(".").lower() not in ("mr", "mrs", "ms", "dr", "sir")
        and not (len(tokens) >= 2 and tokens[0].lower() in FIRST_NAMES and tokens[1][:1].isupper())
        and not (opens_name(tokens) and not (tokens[0].lower() in MONTH_WORDS and stripped_prep))
    ):
        stripped_prep = tokens[0].lower() in MONTH_PREPOSITIONS
        tokens = tokens[1:]
    if len(tokens) >= 2 and plural_title(tokens[0]):
        tokens = tokens[1:]  # "Presidents Barroso and Poroshenko": an office several people share
    if not tokens:
        return None
    name_capable = opens_name(tokens)
    run = " ".join(tokens)
    title, name = split_title(run)
    if title and (name.split()[0] in TITLE_CASE_VERBS or (
            len(name.split()) >= 4 and name.split()[0].endswith("ly") and name.split()[0].lower() not in FIRST_NAMES
            and name.split()[1].lower() in COMMON_WORDS)):
        # "Coptic Pope Turns Up the Heat", "Environment Minister Strongly Against Forest Fire
        # Arsonists": a headline's office, then its verb or adverb, no name
        return None
    peer = name.split()[0] if peer_style_name(name) else None
    unstyled, gender = strip_honorific(name)
    styled = unstyled != name  # ("Dr Khaled Ali Al-Fadhel": after an honorific, no word opens the sentence)
    name = unstyled
    stripped = strip_leading_adj(name)
    if stripped != name and (len(stripped.split()) >= 2 or name.split()[0].endswith("-born") or (
            not mid_sentence and len(name.split()) == 2 and name.split()[0] in NAME_ADJECTIVES)):
        # ("American Davenport believes …": a nationality, then the surname)
        title = title or name[: len(name) - len(stripped)].strip()
        name = stripped
    tokens = trim_name(name.split(), after_office=bool(title and title.split()[-1].lower() in TITLE_HEADS), styled=styled)
    if (not mid_sentence and not styled and not (title and title.split()[-1].lower() in TITLE_HEADS)
            and _sentence_start_adjective(tokens)):
        # ("Justice Collin Lawrence Sequerah": after an office, the word opens the name)
        tokens = tokens[1:]  # "Defiant Matt Williams says …": capitalised only as the sentence's first word
    if (not mid_sentence and len(tokens) == 2 and tokens[0].endswith("ing") and len(tokens[0]) > 5
            and tokens[0].lower() not in FIRST_NAMES and tokens[0].lower() not in GERUND_NAMES):
        tokens = tokens[1:]  # "Questioning Vindman's judgment": a gerund opening a heading, no first name
    if len(tokens) == 2 and tokens[0].lower() in FALLEN_WORDS:
        # "Sacked Olympus chief executive Michael Woodford": what befell him, then the firm (not
        # asked only at a sentence's start: after a headline with no full stop the run reads as
        # mid-sentence, and the word is capitalised only where a sentence starts anyway)
        tokens = tokens[1:]
    if len(tokens) >= 2 and tokens[0].lower() in PARENT_STYLES:
        tokens = tokens[1:]  # "Mum Tanya said": how her family calls her, then her name
    if (not mid_sentence and len(tokens) == 2 and tokens[0].lower() not in FIRST_NAMES
            and (("-" in tokens[0] and any(part[:1].islower() for part in tokens[0].split("-")[1:]))
                 or (len(tokens[0]) >= 9 and tokens[0].endswith(("er", "or", "ist"))))):
        tokens = tokens[1:]  # "Matchwinner Keane", "Man-of-the-match Duff": a description, then the surname
    if len(tokens) >= 4 and " " in (place := " ".join(tokens[-2:])) and is_region(place):
        tokens = tokens[:-2]  # "her label Donna Karan New York": a brand, the name and a state
    if len(tokens) >= 3 and _is_descriptor(tokens[0], tokens[1]):
        title = title or tokens[0]  # "New Yorker Dick Morris": the descriptor left after "New"
        tokens = tokens[1:]
    name = " ".join(tokens)
    if not tokens or is_org_name(name):
        return None
    if names_a_law(tokens):
        return None  # "General Data Protection Regulation": a law, nobody's name
    if place_adjective(tokens):
        return None
    if tokens[0] in STORM_WORDS or (len(tokens) >= 3 and tokens[1] in STORM_WORDS):
        return None  # "Hurricane Dorian", "Tropical Storm Erin": a storm's name, nobody's
    verb_at = next((k for k in range(2, len(tokens)) if tokens[k][-1:] == "s" and tokens[k].lower() in HEADLINE_VERBS
                    and tokens[k - 1].lower() not in HEADLINE_VERBS), None) if len(tokens) >= 3 else None
    if verb_at is not None:
        # "Roger Goodell Speaks on State of the NFL", "Rolf Habben Jansen Cites Low Freight Rates":
        # a headline's name, then its verb
        tokens = tokens[:verb_at]
        name = " ".join(tokens)
    if (len(tokens) == 2 and tokens[1].lower() in HEADLINE_VERBS) or tokens[0].lower() in HEADLINE_VERBS:
        # "Amtrak Derails In Mississippi": a headline's subject and verb; "Privacy Commissioner
        # Launches Facebook Investigation": its verb after a title, no name
        return None
    if office_name(name):
        return None  # "the French Economics Commissioner": an office, nobody's name
    if tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in FIRST_NAMES and not name_capable:
        return None
    surname = surname_key(tokens)
    if len(tokens) < 2:
        if peer is not None and tokens == name.split():
            return surname, gender, f"{peer} {tokens[0]}", None  # "Lord Mandelson": a peer's name is its style
        return (surname, gender, None, None) if gender else None
    first = tokens[0].lower()
    if not gender:
        gender = "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else GENDERED_TITLES.get(first)
    if not gender and title:
        gender = GENDERED_TITLES.get(title.split()[-1].lower())  # ("Queen Margrethe", "Emperor Akihito")
    return surname, gender, name, title


#: royal and noble titles that tell whether "he" or "she" means their holder
GENDERED_TITLES = {"prince": "m", "king": "m", "duke": "m", "emperor": "m", "earl": "m", "sultan": "m", "pope": "m",
                   "princess": "f", "queen": "f", "duchess": "f", "empress": "f", "countess": "f"}


class DocNames:
    """Every name of one document, for surname, acronym and title resolution."""

    #: filled by the name scan, which runs on first use: a text with nothing to attribute
    #: (no quotation, no cue) never pays for it
    _SCANNED = ("full", "gender", "titles", "acronyms", "titled", "standalone", "appositions", "firsts",
                "first_at")

    def __init__(self, text: str):
        self.text = text
        self._runs: list[list[str]] | None = None

    def __getattr__(self, name: str):
        if name in DocNames._SCANNED:
            self._scan()
            return self.__dict__[name]
        raise AttributeError(name)

    def _scan(self) -> None:
        text = self.text
        self.full: dict[str, list[str]] = defaultdict(list)  # surname key -> full names
        self.gender: dict[str, str] = {}
        self.titles: dict[str, str] = {}  # normalized title -> person
        self.acronyms: dict[str, str] = {}
        self.titled: set[str] = set()
        self.aged: set[str] = set()  # single names a paragraph opens on with an age ("Alenezi, 34,")
        self.standalone: dict[str, int] = defaultdict(int)
        self.appositions: dict[str, tuple[str, str]] = {}
        self.firsts: dict[str, list[str]] = defaultdict(list)  # first-word key -> full names
        self.first_at: dict[str, int] = {}  # full name -> offset of its first mention
        if "(" in text:
            for match in _acronym_definitions(text):
                full, acr = org_possessive_stripped(match.group(1)), match.group(2)  # ("… Council’s (WNC) team")
                if full.isupper():
                    continue  # "LAS VEGAS (AP) —": a dateline and its news agency
                if (acronym_of(full).upper() != acr.replace("&", "").upper()
                        and "".join(w[0] for w in full.split() if w[:1].isupper()) != acr):  # ("Farmers For Action (FFA)")
                    # "In London, the State Administration of Radio, Film and Television (SARFT)":
                    # the commas of a list inside the name, not before it; "Director Noel Wathion
                    # of the European Medicines Agency (EMA)": a person of the body before its name
                    words = full.split()
                    full = next((" ".join(words[k:]) for k in range(1, len(words) - 1) if words[k][:1].isupper()
                                 and acronym_of(" ".join(words[k:])).upper() == acr.replace("&", "").upper()), full)
                if full.startswith("The ") and len(full.split()) > 2:
                    full = full[4:]  # a sentence start: "The Motion Picture Association of America (MPAA)"
                elif " of " in full and full.split(" of ", 1)[0].lower() in QUANTITY_HEADS:
                    full = full.split(" of ", 1)[1].removeprefix("the ")  # "Thousands of British Airways (BA) travellers"
                capitals = "".join(c for c in acr if c.isupper())
                if acr.replace("&", "").upper() in (acronym_of(full).upper(), acronym_of(full, hyphens=True).upper(),
                                                    "".join(w[0] for w in full.split() if w[:1].isupper()),
                                                    acronym_of(full, whole_acronyms=True)) or len(acr) <= 2 or (
                        len(acr) >= 3 and (acr[1:].islower() or initials_within(acr, acronym_of(full)) or spelt_within(acr, full))
                        and is_org_name(full)) or (
                        len(capitals) >= 3 and capitals == acronym_of(full).upper()):
                    # "the Greek Athletics Federation (Segas)": a short name in another language too;
                    # "National Institute for Health and Clinical Excellence (NICE)": some initials left out;
                    # "Japan Aerospace Exploration Agency (JAXA)": a letter from inside a word;
                    # "South African National Parks (SANParks)": the initials, then a word of the name
                    self.acronyms.setdefault(acr, full)
        at = text.find(", the ")
        while at >= 0:
            # "CENTR, the Council of European National Top Level Domain Registries, said"
            acr = ACRONYM_BEFORE_RE.search(text, max(0, at - 9), at)
            name = APPOS_NAME_RE.match(text, at + 6) if acr else None
            if name is not None:
                full = name.group(1)
                if full[0] == acr.group(1)[0] and len(full.split()) >= 2 and is_org_name(full):
                    self.acronyms.setdefault(acr.group(1), full)
            at = text.find(", the ", at + 6)
        if "(" in text:
            for match in PAREN_FIRST_RE.finditer(text):
                # "Coach (Frank) Vogel": a first name an editor supplied inside a quotation
                first, surname = match.group(1), match.group(2)
                if first.lower() in FIRST_NAMES:
                    self._add_full(f"{first} {surname}", normalize(surname), match.start(1))
        if "'" in text or "’" in text:
            for match in KIN_RE.finditer(text):
                # "Mr Eavis' daughter Emily", "Molly Russell's father Ian": a child, sibling or
                # father named by first name shares the surname (a mother may not)
                surname, kin, first = match.groups()
                if (first.lower() in FIRST_NAMES and surname.lower() not in NOT_NAMES
                        and not (surname.lower() in FIRST_NAMES and not CAPITALISED_BEFORE_RE.search(text, max(0, match.start(1) - 30), match.start(1))
                                 and not re.search(rf"\b[A-Z][a-z]+[^\S\n]+{re.escape(surname)}\b", text))
                        and not (kin == "father" and ((given := FIRST_NAME_BEFORE_RE.search(text, max(0, match.start(1) - 30), match.start(1))) is None
                                                      or given.group(1).lower() not in FIRST_NAMES))):
                    # ("Celia's daughter Alex": a first name alone owns no surname to share;
                    # a father only after a first name and a surname: not "Harry’s father Charles",
                    # "Prince Harry’s", "Toddler Isla’s"; "Molly Russell’s" is one)
                    self._add_full(f"{first} {surname}", normalize(surname), match.start(3))
            for match in KIN_GENDER_RE.finditer(text):
                # "Celia's husband Andy": whom a first name alone means is a man
                self.gender.setdefault(normalize(match.group(2)), "f" if match.group(1) in FEMALE_KIN_WORDS else "m")
        for couple in _couples(text):
            # "Judith and Simon Hill": two people of one surname, each named in full
            first, other, surname = couple.group("first"), couple.group("other"), couple.group("surname")
            if (first.lower() in FIRST_NAMES and other.lower() in FIRST_NAMES
                    and (surname.lower() not in FIRST_NAMES or not CAPITAL_AFTER_RE.match(text, couple.end()))
                    and not CAPITALISED_BEFORE_RE.search(text, max(0, couple.start() - 30), couple.start())):
                # (not "Matt Lucas and David Walliams": "Lucas" ends a name of its own; "James and
                # Alexis Spencer" end on a surname that is a first name too, where no capital follows)
                self._add_full(f"{first} {surname}", normalize(surname), couple.start())
        for mark in NICKNAME_MARK_RE.finditer(text):
            # "Brian 'Head' Welch", "Antonio \"LA\" Reid": the name as printed, nickname and all
            if (found := nickname_at(text, mark.start())) is not None:
                first_at, surname = found
                self._add_full(" ".join(text[first_at : mark.end()].split()), normalize(surname), first_at)
        for match in _name_runs(text):
            if text.startswith(",", match.end()) and not VERB_THE_BEFORE_RE.search(text, max(0, match.start() - 24), match.start()):
                # (not "the vessel blocking the Suez Canal, the head of the Authority said": an object)
                self._apposition(match.group(), text, match.end())
            run = POSSESSIVE_RE.sub("", match.group())
            if len(run.split()) < 2:
                # a single word is evidence of a surname used alone, and names nobody in full
                self.standalone[normalize(run)] += 1
                if (run == match.group() and AGE_APPOSITION_RE.match(text, match.end())
                        and (match.start() == 0 or text[match.start() - 1] == "\n")):
                    self.aged.add(normalize(run))  # "Alenezi, 34, from Kuwait arrived": a person's age
                continue
            if names_no_one(text, match.start(), match.end()):
                continue
            if text.startswith(":", match.end()) and match.group().endswith(" Credit"):
                # "incoming President Paul Moynihan Credit: refer to caption": a caption's name,
                # then the label of its photo credit
                self.add_mention(match.group()[: -len(" Credit")], match.start(), text)
                continue
            if (text.startswith(" of ", match.end()) and len(words := run.split()) >= 3 and run == match.group()
                    and words[-1].lower() in TITLE_HEADS and words[0].lower() in FIRST_NAMES
                    and (match.start() == 0 or text[match.start() - 1] == "\n")
                    and CAPTION_MARK_RE.search(text, match.end(), line_end := text.find("\n", match.end()) % (len(text) + 1))
                    and not CAPTION_CUE_RE.search(text, match.end(), line_end)):
                # "Virginia Raggi Mayor of Rome (photo …)": a caption's name, then its office (not
                # "said Mary Ellen Bishop of Tulsa", "Mary Beth King of Dallas lost her home": a
                # surname that is a title's word, in a sentence)
                self.add_mention(" ".join(words[:-1]), match.start(), text)
                continue
            self.add_mention(match.group(), match.start(), text)
            if run == match.group() and (COPULA_TITLE_RE.match(text, match.end()) or AGE_APPOSITION_RE.match(text, match.end())
                                         or (text.startswith(", who ", match.end()) and not is_org_name(run)
                                             and text[max(0, match.start() - 4) : match.start()].lower() != "the ")):
                # "Piers Freelove is senior benefit officer at …", "Tassos Konstantinidis, 25,", "…, who":
                # a title, an age, a relative pronoun for people (a person, though no first name we
                # know says so)
                self.titled.add(normalize(strip_leading_adj(run)))
        if " of " in text and ("Lord" in text or "Lady" in text or "Baron" in text):
            for match in PEERAGE_RE.finditer(text):
                # "Lord Nicholls of Birkenhead": a peer's title names him in full, place and all
                # (unless the text gives his own name: "Jim Callaghan", later "Lord Callaghan")
                surname = normalize(match.group(1))
                if all(" of " in name for name in self.full.get(surname, [])):
                    self._add_full(f"{match.group(1)} of {match.group(2)}", surname, match.start(1))
        for surname, names in self.full.items():
            if len(names) > 1 and any(n.split()[0] not in NAME_ADJECTIVES for n in names):
                # "Taylor Dent" and, later, "American Dent surviving three break points": the
                # nationality describes the one person; it is no first name of another (a name
                # the text repeats is one: "Swiss Re" beside "Munich Re")
                for name in names:
                    if len(name.split()) == 2 and name.split()[0] in NAME_ADJECTIVES and text.count(name) == 1:
                        self._drop_full(name, surname)
        self._person_cache: dict[str, bool] = {}  # the names are fixed from here on
        self._ambiguous_cache: dict[str, bool] = {}

    def _drop_full(self, name: str, surname: str) -> None:
        self.full[surname].remove(name)
        for alias in (_article_alias(surname), _name_before_particle(name)):
            if alias and name in self.full.get(alias, ()):
                self.full[alias].remove(name)
        self.first_at.pop(name, None)
        first = normalize(name.split()[0])
        if name in self.firsts.get(first, []):
            self.firsts[first].remove(name)

    def _add_full(self, name: str, surname: str, at: int) -> None:
        """A person's full name, known by its surname key and its first word, first seen at `at`.
        A peer's style ("Lord Butler") is a name only while no first name is known for it."""
        if name in self.full[surname]:
            return
        if peer_style_name(name):
            if self.full[surname]:
                return
        else:
            for peer in [n for n in self.full[surname] if peer_style_name(n)]:
                self._drop_full(peer, surname)
        self.full[surname].append(name)
        for alias in (_article_alias(surname), _name_before_particle(name)):
            if alias and name not in self.full[alias]:
                self.full[alias].append(name)  # "Yehya al-Aridi" is "Aridi" later on, Lula da Silva "Lula"
        self.first_at[name] = at
        first = normalize(name.split()[0])
        if name not in self.firsts[first]:
            self.firsts[first].append(name)

    def _apposition(self, run: str, text: str, comma: int) -> None:
        """ "Ron Hampton, president of Black Law Enforcement in America,": a title and
        organization the document gives a name, for mentions elsewhere."""
        match = APPOS_TAIL_RE.match(text, comma)
        if match is not None and APPOS_VERB_START_RE.match(match.group(1)):
            return  # "…, the Rt Rev Michael Scott-Joynt, said it would separate the state from …": a verb
        if match is None:
            office = OFFICE_APPOS_RE.match(text, comma)
            role = ROLE_APPOS_RE.match(text, comma)
            if role is None and (role_of := ROLE_OF_APPOS_RE.match(text, comma)) is not None and role_of.group("head") in PERSON_ROLES:
                role = role_of
            capital_office = CAPITAL_OFFICE_APPOS_RE.match(text, comma)
            if (AFFILIATION_APPOS_RE.match(text, comma) or KIN_APPOS_RE.match(text, comma)
                    or (office and office.group("head").lower() in OFFICE_WORDS)
                    or (capital_office and capital_office.group("head").lower() in TITLE_HEADS)
                    or (role and (role.group("head") in TITLE_HEADS or role.group("head") in PERSON_ROLES))
                    or AGED_APPOS_RE.match(text, comma)):
                # "Shami Chakrabarti, from human rights group Liberty,": someone who speaks for an
                # organization ("Nusrat Ghani, Conservative MP for Wealden,": an office; "Tebogo Lekotje, father of one of the children,": someone's
                # relative; "Yves-Thibault de Silguy, the French Economics Commissioner,": an
                # office holder; "Janis Hirsch, a veteran TV writer,": someone in a role; "Tassos
                # Konstantinidis, a 25-year-old …": someone of an age), a person though no first
                # name we know says so
                _, name = split_title(POSSESSIVE_RE.sub("", run))
                if len(name.split()) >= 2 and not is_org_name(name):
                    self.titled.add(normalize(strip_honorific(name)[0]))
            return
        _, name = split_title(POSSESSIVE_RE.sub("", run))
        name = strip_honorific(name)[0]
        if len(name.split()) >= 2 and not is_org_name(name):
            head = match.group(1).split()[-1].lower()
            if head in PERSON_ROLES:
                # "Heath Dalton, a resident of Leilani Estates who …": a person, of a place, not
                # an organization's
                self.titled.add(normalize(name))
                return
            if VERB_IN_APPOS_RE.search(match.group(1)):
                return  # ", today promised a review of Britain's gun laws": what they did, no office
            org = DASH_ASIDE_RE.split(match.group(2), 1)[0]  # ("Wippit - a peer to peer service … -": the name before the aside)
            if (described := DESCRIBED_LEAD_RE.match(org)) is not None and org[described.end() :][:1].isupper():
                # ("the Colombo-based Centre for Policy Alternatives"; not "the Frankfurt-based exchange")
                org = org[described.end() :]
            self.appositions.setdefault(name, (match.group(1).strip(), org.strip()))
            if head in TITLE_HEADS:
                self.titled.add(normalize(name))  # ("Beena Paul Venugopal, artistic director of IFFK,")

    def add_mention(self, run: str, start: int, text: str) -> None:
        if " " in run and run.rsplit(None, 1)[1] in ("Dr", "Mr", "Mrs", "Ms", "Prof") and text[start + len(run) : start + len(run) + 1] == ".":
            run = run.rsplit(None, 1)[0]  # "Minister of Pilgrimage Dr. Mahmoud Safar": the honorific opens the next name
        first = run.split(None, 1)
        if first and first[0].lower() in MONTH_WORDS and PREPOSITION_BEFORE_RE.search(text, max(0, start - 10), start):
            # "in May Johnson said": the month, then the name
            if len(first) < 2:
                return
            start += len(run) - len(first[1])
            run = first[1]
            if len(run.split()) < 2:
                self.standalone[normalize(POSSESSIVE_RE.sub("", run))] += 1
                return
        words = run.split()
        if (len(words) >= 3 and words[-1].lower() in FIRST_NAMES and words[-2].lower() not in FIRST_NAMES
                and text.count(place := " ".join(words[:-1])) > text.count(run)
                and PLACE_OBJECT_BEFORE_RE.search(text, max(0, start - 10), start) is not None):
            # "As rockets fell on Bila Tserkva Emma felt angry": a place the text names alone, then a
            # first name opening the clause (no comma after the fronted phrase)
            start += len(place) + 1
            run, words = words[-1], words[-1:]
            self.standalone[normalize(run)] += 1
            return
        if (len(words) == 2 and nationality_word(words[0]) and words[0].lower() not in FIRST_NAMES
                and text[start - 1 : start] == " " and text[start - 2 : start - 1].islower()
                and PLURAL_NOUN_AFTER_RE.match(text, start + len(run))):
            return  # "a quota for Indonesian Hajj officers": a nationality and a noun modifying another
        after_place_word = len(words) == 3 and PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 10), start) is not None
        if len(words) == 4 and words[0].lower() in PLACE_PREPOSITIONS:
            after_place_word, words = True, words[1:]
            start += len(run) - len(" ".join(words))
            run = " ".join(words)
        if (after_place_word and len(words) == 3 and words[1].lower() in FIRST_NAMES
                and words[0].lower() not in FIRST_NAMES and words[0].lower() not in HONORIFICS
                and words[0].lower() not in TITLE_HEADS):  # (not "from King Charles III": his style)
            # "At Euston Mick Lynch told": the preposition's place, then the name
            start += len(words[0]) + 1
            run, words = run[len(words[0]) + 1 :], words[1:]
        if (len(words) >= 3 and any(w in PARTICLES for w in words[1:-1]) and words[0].lower() not in FIRST_NAMES
                and text[max(0, start - 4) : start].lower() == "the "):
            return  # "the Stade de France", "the Banco de Mexico": a place or an institution
        if placed_role_name(words, text[max(0, start - 40) : start]):
            start += len(words[0]) + 1
            run = run[len(words[0]) :].lstrip()  # "spokesperson in Limpopo Mashudu Malabi-Dzhangi"
            words = words[1:]
        if (owned := organization_before_person(run, text)) is not None:
            start += len(run) - len(owned[1])
            run = owned[1]  # "Homelessness Australia Kate Colvin": the organization, then the person
        before = text[max(0, start - 3) : start].rstrip()
        mid_sentence = bool(before) and (
            before[-1].islower() or before[-1] in ",;—–" or (before[-1] in "\"”’'" and before[-2:-1] in (",", "?", "!"))
            or (before[-1] == "." and ((abbr := text[max(0, start - 6) : start].split()[-1:]) in (["Dr."], ["Mr."], ["Mrs."], ["Ms."], ["Prof."])
                                       or _rank_before(abbr, run)))
        )  # ("Oil Minister Dr. Khaled Ali Al-Fadhel", "Gov. Jenniffer Gonzalez": the full stop of an
        #    honorific or an office's abbreviation ends no sentence)
        if mid_sentence and before[-1] in "—–" and run.split()[0].lower() in NOT_NAMES:
            mid_sentence = False  # "LOS ANGELES (AP) — To LeBron James": a sentence starts after the dash
        tokens = run.split()
        if len(tokens) >= 2 and all(t.isupper() for t in tokens):
            return  # "LOS ANGELES": a dateline or a heading in capitals, no person's name
        follow = DESCRIPTOR_FOLLOW_RE.match(text, start + len(run))
        if follow and follow.group(1).lower() in TITLE_HEADS:
            return  # "Double Olympic champion Kelly Holmes": the capitalised words describe her
        of_title = len(tokens) > 2 and (bool(OF_TITLE_RE.search(text, max(0, start - 80), start)) or (
            # ("Minister for Finance and Public Expenditure and Reform Paschal Donohoe": the run
            # after "and" opens on the domain's last word)
            text[start - 4 : start] == "and " and tokens[0].lower() in OFFICE_DOMAINS))
        found = _mention(run, mid_sentence, of_title)
        if found is None:
            return
        surname, gender, name, title = found
        if name is not None and name.split()[0].lower() in PARTICLES and any(
                full.endswith(" " + name[0].lower() + name[1:]) for full in self.full.get(surname, [])):
            # "Me den Hartog told" (Mr misspelt, the first word dropped): the surname, with its
            # particle, of "Jurgen den Hartog", not a second full name ("van Dijk said" alone is one);
            # "Von der Leyen said" opening a sentence is Ursula von der Leyen's
            name = None
        if (name is not None and len(name.split()) == 2 and name.split()[0].lower() in PILGRIM_STYLES
                and self.full.get(surname)):
            name = None  # "Alhaji Danladi" after "Alhaji Musa Danladi": the style and his surname
        if name is not None and len(name.split()) >= 3 and name not in self.acronyms.values():
            # (not "Human Rights Watch (HRW)": a name the text gives initials for is whole)
            previous = PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
            trimmed = self.trim_lead(name, after_word=previous is not None and previous.group(1) not in TITLE_HEADS)
            # ("assistant coach Khalil Ben Youssef": a title before the name leaves it whole)
            if trimmed != name:
                name = trimmed
                first = name.split()[0].lower()
                gender = gender or ("f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None)
        if gender:
            self.gender.setdefault(surname, gender)
        if name is None:
            return
        if peer_style_name(name) and re.search(
                rf"(?<![\w’'-]){re.escape(name)}{PEER_TERRITORY}", text):
            return  # "Lord Nicholls of Birkenhead": the peer's name runs on past the run read
        self._add_full(name, surname, start)
        if title:
            self.titled.add(normalize(name))
            self.titles.setdefault(normalize(title.split()[-1]), name)
            self.titles.setdefault(normalize(title), name)

    def lower_elsewhere(self, word: str) -> bool:
        """The document also writes `word` in lower case ("the rise" beside "Rise Maria Lopez"):
        a common word of this text, not a name."""
        low = word.lower()
        if low == word:
            return False
        cache = self.__dict__.setdefault("_lower_cache", {})
        found = cache.get(low)
        if found is None:
            found = cache[low] = next(word_positions(self.text, low), None) is not None
        return found

    def trim_lead(self, name: str, after_word: bool = False) -> str:
        """A name without a leading capitalised word this document also uses in lower case (or,
        when the name follows a word of the sentence, one right before a first name: "the union
        Unison Dave Prentis", but "Shani Rhys James" opening a paragraph), when two or more name
        tokens remain and the word is no first name or honorific."""
        tokens = name.split()
        if (len(tokens) >= 4 and tokens[0].isupper() and tokens[1].lower() in NOT_NAMES
                and tokens[1].lower() not in CONNECTORS and tokens[1].lower().rstrip(".") not in HONORIFICS):
            tokens = tokens[2:]  # "VOTE   Was Germaine Greer right to leave?": a heading, then a question
        while (len(tokens) >= 3 and tokens[0].isalpha() and tokens[0].lower() not in FIRST_NAMES
               and tokens[0].lower() not in HONORIFICS and tokens[0].lower() not in PARTICLES
               and not tokens[0].isupper() and not (tokens[0] in NUMBERED_STYLES and REGNAL_NUMBER_RE.fullmatch(tokens[-1]))
               and (self.lower_elsewhere(tokens[0])
                    or (after_word and len(tokens) == 3 and tokens[1].lower() in FIRST_NAMES))):
            tokens = tokens[1:]
        return " ".join(tokens)

    def canonical(self, name: str) -> str:
        """The fullest form of a person's name in this document (memoised: the names are fixed
        once the document is scanned, and the same few names are asked for again and again)."""
        cache = self.__dict__.setdefault("_canon_cache", {})
        found = cache.get(name)
        if found is None:
            found = cache[name] = self._canonical(name)
        return found

    def misspelt_surname(self, word: str) -> str | None:
        """The one full name whose surname is `word` with one letter changed, added or dropped,
        when `word` itself names nobody: a typo in the copy, not another person."""
        key = normalize(word)
        if key in self.firsts or key in self.standalone and self.standalone[key] > 2:
            return None
        by_initial = self.__dict__.get("_surnames_by_initial")
        if by_initial is None:  # (the names are fixed once scanned: grouped once, by first letter)
            by_initial = self.__dict__["_surnames_by_initial"] = defaultdict(list)
            for surname, names in self.full.items():
                by_initial[surname[:1]].append((surname, names))
        alike = by_initial.get(key[:1], ())
        close = {name for surname, names in alike
                 if abs(len(surname) - len(key)) <= 1 and len(names) == 1
                 and one_edit_apart(key, surname) and key != surname + "s" for name in names}
        if len(close) != 1:
            return None
        name = close.pop()
        if any(abs(len(surname) - len(key)) <= 2 and surname != normalize(name.split()[-1])
               and one_edit_apart(key, surname, 2) for surname, _ in alike):
            return None  # "Hanzen" beside Mark Hansen and Lisa Hanson: close to both
        if titled_word_re(word).search(self.text):
            return None  # "Coun. Hansen", "Deputy Chief Demkow": someone the text introduces, not a typo
        return name

    def inner_names(self, word: str) -> list[str]:
        """The full names of three words or more that have `word` inside, neither first nor last:
        a family name or patronym written alone ("García" for Gabriel García Márquez, "Ishaq" for
        Sardar Ejaz Ishaq Khan); no first name, particle or initial (a middle name is rarely used alone).
        A double surname's first part counts too ("Bowser" for Jennifer Bowser-Richards)."""
        by_inner = self.__dict__.get("_names_by_inner")
        if by_inner is None:  # (the names are fixed once scanned: indexed once)
            by_inner = self.__dict__["_names_by_inner"] = defaultdict(list)
            for names in self.full.values():
                for name in names:
                    for token in name.split()[1:-1]:
                        low = token.lower()
                        if (len(token) > 2 and token[:1].isupper() and not token.endswith(".") and low not in PARTICLES
                                and low not in FIRST_NAMES and name not in by_inner[normalize(token)]):
                            by_inner[normalize(token)].append(name)
                    first_part = name.split()[-1].split("-")[0]
                    if (len(name.split()) >= 2 and "-" in name.split()[-1] and len(first_part) > 2
                            and first_part.lower() not in FIRST_NAMES and name not in by_inner[normalize(first_part)]):
                        # "Bowser wrote" for Jennifer Bowser-Richards: a double surname's first part
                        by_inner[normalize(first_part)].append(name)
        return by_inner.get(normalize(word), [])

    def _canonical(self, name: str) -> str:
        bare, _ = strip_honorific(POSSESSIVE_RE.sub("", name.strip()))
        tokens = bare.split()
        if not tokens:
            return name
        if len(tokens) == 2 and tokens[0] == "Dean" and self.dean_office:
            bare, tokens = tokens[1], tokens[1:]
        if (len(tokens) == 2 and tokens[0] in POLICE_RANK_ABBREVIATIONS
                and any(len(full.split()) >= 2 for full in self.full.get(surname_key(tokens[1:]), []))):
            bare, tokens = tokens[1], tokens[1:]  # "PC Birch" after "PC Lee Birch": the officer's surname
        candidates = self.full.get(surname_key(tokens), [])
        if len(tokens) == 1 and candidates and is_region(bare):
            # "Brazil's recent frosts" under "Heavy Frosts Hurt Brazil's …": a country, not the
            # surname of a headline's capitals
            candidates = [c for c in candidates if c.split()[0].lower() in FIRST_NAMES or not self.headline_only(c)]
        if (len(tokens) >= 3 and len(tokens[0]) >= 3 and tokens[0].isupper()
                and tokens[0].lower() not in FIRST_NAMES
                and (others := [c for c in candidates if c != bare and len(c.split()) >= 2 and c.split()[-1] == tokens[-1]
                                and not bare.endswith(" " + c)])):
            # "Speaking on RTE Morning Ireland Moynihan said": a programme's name, then the
            # surname of a person the text names in full (of two such people, neither for sure)
            return max(others, key=len) if len(set(others)) == 1 else tokens[-1]
        if (len(tokens) == 2 and all(c == bare for c in candidates)
                and len(joined := self.full.get(normalize("-".join(tokens)), [])) == 1):
            return joined[0]  # "Yon Courtin said" for Stéphanie Yon-Courtin: her surname without its hyphen
        if (len(tokens) == 2 and all(c == bare for c in candidates) and (hyphened := "-".join(tokens)) in self.text
                and next(word_positions(self.text, bare, 0, self.text.find(hyphened)), None) is None):
            return hyphened  # "Fisher Price also stated" after "toy maker Fisher-Price": the name as first written
        if len(tokens) == 1 and not candidates and len(tokens[0]) >= 6 and tokens[0][:1].isupper() and (
                misspelt := self.misspelt_surname(tokens[0])):
            return misspelt  # "Denkiw said" after "Chief Myron Demkiw": a typo of the one surname close to it
        if len(tokens) == 1 and not candidates:
            # a single name that ends no full name but opens exactly one: a family name written
            # first ("Lee" for Lee Jae-myung, "Yoon" for Yoon Suk Yeol) or a first name used
            # alone in a feature ("Sarah" for Sarah Gille); several: `ambiguous`
            opened = [c for c in self.firsts.get(normalize(tokens[0]), []) if not self.headline_run_on(c, bare)]
            # (not "Riverkeeper Applauds Indian Point Closing" for Riverkeeper: a headline's capitals)
            if (len(opened) == 1 and not all(MODEL_CODE_RE.fullmatch(t) for t in opened[0].split()[1:])
                    and (opened[0].split()[-1].lower() not in EVENT_WORDS or tokens[0] in NAME_ADJECTIVES)
                    and (tokens[0] in NAME_ADJECTIVES or self.is_person(opened[0])
                         or not self.alone_before(tokens[0], opened[0]))):
                return opened[0]  # (not "Nintendo DS" for Nintendo, "Archos AV" for Archos: a product;
                #                    not "Bafta Awards" for Bafta: an event speaks for no one)
            if not opened and len(inner := self.inner_names(tokens[0])) == 1:
                if self.names_a_work(inner[0]):
                    # "Kimmel" of "Jimmy Kimmel Live!": the person the show is named after
                    words = inner[0].split()
                    return " ".join(words[: [normalize(w) for w in words].index(normalize(tokens[0])) + 1])
                return inner[0]  # "Justice Ishaq" for Sardar Ejaz Ishaq Khan, "Mr Shafee" for Muhammad Shafee Abdullah
        first = normalize(tokens[0]) if len(tokens) > 1 else None
        best = bare
        for cand in candidates:
            ctoks = cand.split()
            if self.headline_run_on(cand, bare):
                continue  # "Woods" is no "Tiger Woods Tiger Woods - The Canadian Press": a headline's capitals
            if len(tokens) > 1 and normalize(cand).endswith(" " + normalize(bare)):
                if len(cand) > len(best):
                    best = cand
                continue
            if first and normalize(ctoks[0])[:1] != first[:1]:
                continue
            if len(first or "") > 2 and normalize(ctoks[0]) != first and not normalize(ctoks[0]).startswith(first.rstrip()):
                continue
            if len(cand) > len(best):
                best = cand
        if best == bare and len(tokens) > 1:
            # "Te Kaurinui" for Te Kaurinui Robert Parata: a name that opens fuller ones, when
            # they are all one person's (each a part of the longest)
            key = [normalize(t) for t in tokens]
            longer = [c for c in self.firsts.get(key[0], [])
                      if [normalize(t) for t in c.split()[: len(key)]] == key and len(c.split()) > len(key)
                      and not self.headline_run_on(c, bare) and not self.names_a_work(c)]
            # (not "Greg Norman Breaks His Silence, Says …": a headline's capitals run on past the name)
            if longer:
                longest = max(longer, key=len)
                whole = [normalize(t) for t in longest.split()]
                if all(_subsequence([normalize(t) for t in c.split()], whole) for c in longer):
                    best = longest
        return best

    @functools.cached_property
    def dean_office(self) -> bool:
        """The text has a dean by office ("the dean of the business school", "The Dean of
        Westminster"), so "Dean Hughes" may be that title, not a first name."""
        return bool(DEAN_OFFICE_RE.search(self.text))

    def event_on_body(self, before: list[str], body: str) -> bool:
        """The capitals before "on the" and a body's name are an event or a cause, not part of the
        name: "the Great Recession on the Postal Service", "Brexit on the Financial Conduct
        Authority". Their last word is one the text also writes in lower case, or the text names
        the body alone too; no organization's word among them (not "the Committee on Climate
        Change", "Bourton on the Water Parish Council")."""
        return (not any(w.lower() in ORG_WORDS for w in before)
                and (self.lower_elsewhere(before[-1]) or self.text.count(body) > self.text.count("on the " + body)))

    def headline_run_on(self, longer: str, name: str) -> bool:
        """The longer name is the name with a headline's words run on after it ("Greg Norman Breaks
        His Silence", "Tiger Woods Tiger Woods - The Canadian Press"): written only where no
        sentence ends, while the name itself is in running text, and what follows the name is a
        headline's verb, a common word, a word the text writes in lower case, or the name again
        (not "Kim Jong Un" for Kim, "Lula da Silva" for Lula: names' words)."""
        words, own = longer.split(), name.split()
        extra = _words_past(words, own) if len(words) > len(own) + 1 else []
        if not extra or not self.headline_only(longer) or self.headline_only(name):
            return False
        verb = extra[0].endswith("s") and not extra[0].endswith("ss") and extra[0].lower() not in FIRST_NAMES
        # ("Riverkeeper Applauds …", "Wafula Chebukati Puzzles Kenyans": a verb's present tense)
        return (verb or own[-1] in extra or any(w in TITLE_CASE_VERBS or w in HEADLINE_BREAKS or w.lower() in NOT_NAMES
                                                or w.lower() in COMMON_WORDS or self.lower_elsewhere(w) for w in extra))

    def names_a_work(self, longer: str) -> bool:
        """The longer name is a show's named after a person ("The Joe Rogan Experience",
        "“Jimmy Kimmel Live!”"): the text writes it only after "the" or as a title in quote
        marks, never as a person is written."""
        if is_org_name(longer) or longer.split()[-1] in BODY_NAME_ENDS:
            return False  # ("the Walt Disney World Resort", "the Estée Lauder Companies": a body's name)
        found = False
        for m in re.finditer(rf"(?<![\w-]){re.escape(longer)}(?![\w-])", self.text):
            before = self.text[max(0, m.start() - 4) : m.start()]
            after = self.text[m.end() : m.end() + 2].lstrip("!?")[:1]
            titled = before[-1:] in WORK_TITLE_MARKS and after in WORK_TITLE_MARKS
            if not (titled or before.lower() == "the "):
                return False
            found = True
        return found

    def headline_only(self, name: str) -> bool:
        """The name is written only where no sentence ends ("BT Hit By £70,000 Ofcom Fine"): a
        title-case headline's capitals run on past a name there."""
        return not any(_in_running_text(self.text, m.end()) for m in re.finditer(re.escape(name), self.text))

    def alone_before(self, word: str, longer: str) -> bool:
        """The word stands alone before the longer name first appears ("Uefa says …" long before
        "Uefa Cup matches"): a story gives a name in full before it shortens it, so the longer
        name is something else's (a competition, a product, a channel)."""
        if word.lower() in PLACE_WORDS:
            return False  # "back from Paris …. Paris Hilton": the city, not her name used alone
        rest = " " + longer.split(None, 1)[1].lower()
        first = self.first_at.get(longer, len(self.text))
        if self.headline_only(longer):
            first = len(self.text)
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text[:first]):
            if self.text[m.end() : m.end() + len(rest)].lower() == rest:
                continue  # (in any case: "Pew researchers" is still Pew Research)
            if ((couple := COUPLE_PARTNER_RE.match(self.text, m.end())) and couple.group(1).lower() in FIRST_NAMES
                    and self.text[couple.end() : couple.end() + len(rest)].lower() == rest):
                continue  # "Allen and Violet Large": the first of a couple named by one surname (not "Google and Apple Maps")
            if _in_running_text(self.text, m.end()):
                return True  # (in running text: a headline "Rio fails drugs test" shortens the name)
        return False

    def surname_not_org(self, word: str) -> bool:
        """An organization's word that is the surname of someone the text names in full: "Bloomberg
        called" after "Mayor Michael Bloomberg" is the mayor, not the news agency."""
        return word.lower() in SURNAME_ORG_WORDS and bool(self.full.get(normalize(word)))

    def is_person(self, name: str) -> bool:
        """Evidence that a full name is a person's: a known first name, a title or honorific
        with it, or its surname used alone elsewhere in the document (memoised once the scan is
        done, like `canonical`)."""
        return self._memo_after_scan("_person_cache", self._is_person, name)

    def particle_surname_re(self) -> re.Pattern | None:
        """The surnames the text gives in full that open on a lower-case particle ("von der
        Leyen" of Ursula von der Leyen), as a pattern with a "run" group; None when there are none."""
        if "_particle_re" not in self.__dict__:
            surnames = {" ".join(name.split()[k:]) for names in self.full.values() for name in names
                        for k in range(1, len(name.split()) - 1)
                        if name.split()[k] in PARTICLES and name.split()[k - 1] not in PARTICLES}
            self._particle_re = (re.compile(r"(?<![\w-])(?P<run>" + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
                                            + r")(?![\w-])") if surnames else None)
        return self._particle_re

    def _memo_after_scan(self, cache: str, compute, key: str) -> bool:
        """compute(key), memoised in `cache` once the name scan has filled it in (before that
        the names are still growing, so nothing is kept)."""
        memo = self.__dict__.get(cache)
        if memo is None:
            return compute(key)
        found = memo.get(key)
        if found is None:
            found = memo[key] = compute(key)
        return found

    def _is_person(self, name: str) -> bool:
        tokens = name.split()
        if not tokens or is_org_name(name) or tokens[0] in STORM_WORDS:
            return False
        if tokens[0].lower() in COMPASS_WORDS and (is_region(name) or normalize(name) not in self.titled):
            # "North Wales", whose "Wales" stands alone: a place, no surname; nor "West Bengal"
            # beside "Bengal" (no first name is a compass point, short of a title: "Dr North Smith")
            return False
        if len(tokens) == 1:
            key = normalize(tokens[0])
            if self.full.get(key) or key in self.gender or key in self.aged:
                return True
            opened = self.firsts.get(key, ())
            # a first name used alone, but not a word a headline's capitals ran on ("Ofcom Fine")
            return len(opened) == 1 and not self.headline_only(opened[0])
        first = tokens[0].lower()
        surname = surname_key(tokens)  # ("King Charles III": Charles)
        if tokens[0] in NUMBERED_STYLES and REGNAL_NUMBER_RE.fullmatch(tokens[-1]):
            return True  # "Pope Leo XIV", "Queen Margrethe II": a pope or a monarch
        if first in PARTICLES and len(tokens) == 2 and any(n.split()[0].lower() not in PARTICLES for n in self.full.get(surname, ())):
            return True  # "De Minaur" at a sentence start: Alex de Minaur's surname, particle and all
        return (
            first in FEMALE_NAMES
            or first in MALE_NAMES
            or (first in NEUTRAL_NAMES and first not in PLACE_WORDS and first != "jordan")
            or surname in self.gender
            or self.standalone.get(surname, 0) > 0
            or normalize(name) in self.titled
        )

    def learn_gender(self, name: str, gender: str) -> None:
        """A pronoun the text uses for a person tells their gender: that is evidence of a person
        too, so what `is_person` said before may change."""
        key = normalize(name.split()[-1])
        if key not in self.gender:
            self.gender[key] = gender
            self.__dict__.get("_person_cache", {}).clear()

    def ambiguous(self, surname: str) -> bool:
        """A bare surname shared by several full names (two Conlons) names nobody for sure."""
        return self._memo_after_scan("_ambiguous_cache", self._ambiguous, surname)

    def _ambiguous(self, surname: str) -> bool:
        key = normalize(surname)
        if key not in self.full and " " not in key:
            return len(self.firsts.get(key, ())) > 1  # two people named Lee …-…: Lee names neither
        firsts = {normalize(c.split()[0]) for c in self.full.get(key, [])}
        return len(firsts) > 1

    def introduced_before(self, surname: str, at: int) -> str | None:
        """The one person of that surname named in full before `at`, if only one was: "Williams
        told BBC Sport" after "Martyn Williams" means him, whoever a later team list names."""
        named = [n for n in self.full.get(normalize(surname), []) if self.first_at.get(n, at) < at]
        people: list[str] = []
        for name in sorted(named, key=len, reverse=True):
            first = normalize(name.split()[0])
            # "M Williams" is Martyn Williams's initial, not another person
            if not any(normalize(p.split()[0]).startswith(first) if len(first) == 1 else
                       normalize(p.split()[0]) == first for p in people):
                people.append(name)
        return people[0] if len(people) == 1 else None

    def gender_of(self, name: str) -> str | None:
        tokens = name.split()
        if not tokens:
            return None
        # the first name before the surname: a family shares a surname (Ellen and Sarah Gille,
        # mother and daughter), not a gender
        first = tokens[0].lower()
        if len(tokens) > 1:
            if first in FEMALE_NAMES:
                return "f"
            if first in MALE_NAMES:
                return "m"
        return self.gender.get(normalize(tokens[-1]))

    def state_owner_of(self, name: str) -> str | None:
        """The country's possessive ("Japan’s ") the text writes before every mention of a state's
        body, when it is always the same one: "the Coast Guard" elsewhere may be another
        country's, and two countries' ministries are two ("Ukraine’s" and "Russia’s Defence
        Ministry"). A mention that runs on into a longer name ("Ministry of Defence" for
        "Ministry") is another body's."""
        owners: dict[str, str] = {}  # (the possessive with either apostrophe is one owner; the first one written)
        for at in word_positions(self.text, name):
            if NAME_RUNS_ON_RE.match(self.text, at + len(name)):
                continue
            owner = STATE_OWNER_BEFORE_RE.search(self.text, max(0, at - 50), at)
            if owner is None or owner.group(1).lower() not in STATE_OWNERS:
                return None
            written = self.text[owner.start() : at]
            owners.setdefault(written.replace("'", "’"), written)
        return next(iter(owners.values())) if len(owners) == 1 else None

    def org_canonical(self, name: str) -> str:
        """The fullest form the document gives an organization: capitalised words before it
        ("California Governor's Office of Emergency Services" for "Office of Emergency
        Services", "Urban-Brookings Tax Policy Center"), or after it when they make it an
        organization's name ("Cairn Energy" for "Cairn", "Whole Foods Market")."""
        cache = self.__dict__.setdefault("_orgs", {})
        if name in cache:
            return cache[name]
        if " " not in name and (firm := next((f for f in FIRMS_NAMED_AS_PEOPLE if f.startswith(name + " ") and f in self.text), None)):
            cache[name] = firm  # "Merrill's procedures" in a story about Merrill Lynch
            return firm
        if (full := ORG_SHORT_FORMS.get(name)) and full in self.text:
            # the fullest form the text gives it, its owner's words too ("the US Federal Reserve's")
            forms = [" ".join([w for w in m.group(1).split() if w.lower() not in NOT_NAMES or w == "New"] + [full])
                     for m in re.finditer(rf"((?:[A-Z][\w.]*[^\S\n]+){{0,2}}){re.escape(full)}", self.text)]
            cache[name] = max(forms, key=len)
            return cache[name]
        if STATE_BODY_RE.search(name) and (owner := self.state_owner_of(name)) is not None:
            # "Japan’s Defense Ministry": a state's ministry named with its country (not "Sergei
            # Shoigu’s Defence Ministry": a person's)
            cache[name] = owner + name
            return cache[name]
        inverted = INVERTED_DEPARTMENT_RE.fullmatch(name)
        if inverted and (official := f"{inverted.group(2)} of {inverted.group(1)}") in self.text:
            # "the Corrections Department" where the text names the Department of Corrections (and
            # Rehabilitation, if it goes on so)
            official = max(re.findall(re.escape(official) + r"(?:\s+(?:and|&)\s+[A-Z][\w-]+)*", self.text), key=len)
            cache[name] = self.org_canonical(official)
            return cache[name]
        if (name.split()[0] in DOMAIN_HEADS and len(name.split()) == 3 and name.split()[1] in ("of", "for")
                and name + ", " in self.text):
            # "the Ministry of Land, Infrastructure and Transport": a government's domain listed in
            # the name, whose first item alone is no organization (not "the University of Kent,
            # Oxford and Cambridge": three bodies)
            # (the last item in one word or two: "Food and Rural Affairs")
            domains = [d for d in re.findall(re.escape(name) + r"(?:, [A-Z][a-z-]+)+,? (?:and|&) [A-Z][a-z-]+(?: [A-Z][a-z-]+)?", self.text)
                       if not any(w.lower() in ORG_WORDS or w.lower() in NOT_DOMAINS or w.lower() in TITLE_HEADS
                                  or w.lower() in CALENDAR_WORDS for w in d[len(name):].replace(",", " ").split())]
            if domains:
                cache[name] = max(domains, key=len)
                return cache[name]
        if " and " in name or " & " in name or (name.split()[-1].lower() in OFFICE_DOMAINS and ", and " + name in self.text):
            listed = [m.group(1) for at in word_positions(self.text, name)
                      if (m := LISTED_ORG_BEFORE_RE.search(self.text, max(0, at - 120), at))
                      and not LISTED_ACRONYM_RE.search(m.group(1))]  # ("Department of Justice, FBI, and …": bodies)
            if listed:
                # "the Department of Planning, Industry and Environment": a list inside the name,
                # whose last two items alone are no organization
                cache[name] = self.org_canonical(max(listed, key=len) + name)
                return cache[name]
        best = name
        forms: set[str] = set()
        if name[:1].isupper() and len(name) > 2:
            matches = []
            for at in word_positions(self.text, name):  # (the regex never scans the whole text)
                # the capitalised words right before the name and right after it, with two
                # patterns compiled once (not one per name)
                end = at + len(name)
                p = ORG_PREFIX_END_RE.search(self.text, max(0, at - 160), at)
                if p is not None:
                    sfx = ORG_SUFFIX_AT_RE.match(self.text, end, end + 60)
                    if sfx is not None:
                        suffix_text = sfx.group("suffix")
                        last = suffix_text.rstrip(".").split()[-1:]
                        if last and last[0].lower() in FACILITY_WORDS and PLACE_PREPOSITION_END_RE.search(self.text, max(0, at - 8), at):
                            suffix_text = ""  # "his office at Dubai International Airport": a place in Dubai, not Dubai
                        matches.append((p.group("prefix"), suffix_text))
            for prefix_text, suffix_text in matches:
                # one word takes the words before it only when it is itself an organization's
                # head ("Chronicle" for the San Francisco Chronicle)
                prefix = (prefix_text or "").split() if len(name.split()) > 1 or name.lower() in ORG_WORDS else []
                while prefix and ((prefix[0].lower() in NOT_NAMES and prefix[0] not in ("New", "Police")) or prefix[0].lower() in CONNECTORS
                                  or (prefix[0].isupper() and prefix[0].lower() in TITLE_HEADS)  # ("CEO Telecom Retail")
                                  or prefix[0] in ("Former", "Ex")  # ("Former British Museum deputy chair …")
                                  or prefix[0].lower() in COMPANY_DESCRIPTORS or prefix[0].lower() in QUANTITY_HEADS
                                  or plural_title(prefix[0]) and " " in name
                                  or POSSESSIVE_RE.search(prefix[0]) and prefix[0][-2:] in ("'s", "’s")):
                    # a sentence start, "The"; an owner alone ("Parliament's Joint Committee"); who
                    # speak with it ("Campaigners Action on Smoking and Health")
                    prefix = prefix[1:]
                if "The" in prefix[1:] and all(w.isupper() for w in prefix[: prefix.index("The")]):
                    prefix = prefix[prefix.index("The") + 1 :]  # "BEIJING, CHINA The Health Ministry": a dateline
                if "and" in prefix[-1:] or "&" in prefix[-1:]:
                    prefix = []  # "Munich Re and Swiss Re": another organization, then this one
                for k in range(len(prefix) - 1, -1, -1):
                    if (prefix[k] in TITLE_CASE_VERBS and prefix[k] not in NOUN_LIKE_HEADLINE_VERBS) or prefix[k] in HEADLINE_BREAKS:
                        prefix = prefix[k + 1 :]  # "Lynx Escapes From Dartmoor Zoo": a headline's words
                        break
                for k in range(len(prefix) - 2, -1, -1):
                    if prefix[k] == "on" and prefix[k + 1] == "the" and k > 0 and self.event_on_body(prefix[:k], name):
                        prefix = prefix[k + 2 :]
                        break
                    if prefix[k] in ("and", "&") and prefix[k + 1] == "the":
                        # "the City of New Albany and the New Albany Housing Authority": another
                        # organization, then this one
                        prefix = prefix[k + 2 :]
                        break
                if any(DESCRIPTOR_RE.search(t) for t in prefix):
                    prefix = []  # "Amazon-owned Whole Foods": a description, not the name
                if "of" in prefix[1:] and any(t.lower() in FIRST_NAMES for t in prefix[: len(prefix) - prefix[::-1].index("of")]):
                    # "Emma Horst-Martz of the Pennsylvania Public Interest Research Group", "Director
                    # Noel Wathion of the European Medicines Agency": a person, then where they work
                    prefix = prefix[len(prefix) - prefix[::-1].index("of") :]
                    prefix = prefix[1:] if prefix[:1] == ["the"] else prefix
                offices = [k for k in range(len(prefix) - 1) if prefix[k].lower() in TITLE_HEADS and prefix[k + 1] in ("of", "for")]
                if offices:
                    # "Chairman of the Environmental Audit Committee", "Spokesperson for the Simon
                    # Communities": an office in it or for it, not its name
                    prefix = prefix[offices[-1] + 2 :]
                    prefix = prefix[1:] if prefix[:1] == ["the"] else prefix
                owners = [t[:-2] for t in prefix if t[-2:] in ("'s", "’s")]
                if any(t.lower() in FIRST_NAMES or (normalize(t) in self.full and t.lower() not in TITLE_HEADS)
                       for t in owners):
                    prefix = []  # "Trump's Office of …": a person's, not the name
                suffix = (suffix_text or "").split()
                if suffix and suffix[-1].endswith(".") and suffix[-1].lower() not in SUFFIX_ORG_WORDS:
                    suffix[-1] = suffix[-1][:-1]  # ("… at Whole Foods Market.": the sentence's full stop)
                if any(w.lower() in HEADLINE_VERBS for w in suffix):
                    suffix = []  # "OpenAI Wants News Org.'s …": a headline's verb, no part of the name
                ampersand = suffix[:1] == ["&"] and len(suffix) == 2  # "Marsh & McLennan": one firm's name
                if suffix and not ampersand and not (
                        suffix[-1].lower().strip(".") in ORG_WORDS
                        and (not is_org_name(name) or suffix[-1].lower() in SUFFIX_ORG_WORDS)):
                    suffix = []
                if len(suffix) > 1 and is_org_name(name):
                    suffix = []  # "General Motors Acceptance Corp": a subsidiary, not General Motors itself
                before = (prefix_text or "").split()[-1:]
                if (suffix and not prefix and " " not in name and before and before[0][:1].isupper()
                        and not before[0].isupper() and before[0] not in NATIONALITIES
                        and before[0].lower() not in PLACE_WORDS):
                    # "Labour" in "Jewish Labour Movement": a word inside another body's name (not
                    # "US Customs Service", "Scottish Labour Party": a country's)
                    suffix = []
                full = " ".join(prefix + [name] + suffix)
                if full != name:
                    forms.add(full)
        if forms:
            longest = max(forms, key=len)
            if all(longest.endswith(f) or longest.startswith(f) for f in forms):
                best = longest  # else two organizations share the words: keep them as written
        elif (national := self._national_form(name)) is not None:
            best = national  # "the Pharmacy Guild" where the text names the Pharmacy Guild of Australia
        elif " " not in name and (name.lower() in ORG_WORDS or (name.isupper() and len(name) >= 3)):
            # "The Bank said" where the text names the Bank of England: its "of" name, if only one
            # ("the ACLU wrote" after "The ACLU of Texas warned": an acronym's only of a place, not
            # "the NATO of the Cold War")
            of_forms = set(re.findall(rf"(?<![\w-]){re.escape(name)} of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?", self.text))
            if name.isupper():
                of_forms = {f for f in of_forms if is_region(f.split(" of ", 1)[1])}
            if len(of_forms) == 1:
                best = of_forms.pop()
            elif not of_forms and name[:1].isupper() and not name.isupper():
                # "the Committee said" where the text names the Committee to Protect Journalists:
                # a purpose named with "to" and capitals, if only one
                to_forms = set(re.findall(rf"(?<![\w-]){re.escape(name)} to [A-Z][\w-]+(?: (?:the |and |of )?[A-Z][\w-]+){{0,3}}",
                                          self.text))
                if len(to_forms) == 1:
                    best = to_forms.pop()
        described = DESCRIBED_LEAD_RE.match(best)
        if described is not None and described.end() < len(best):
            best = best[described.end() :]  # "San Francisco-based US Court of Appeals": the court
        if len(defined := {f for f in self.acronyms.values()
                           if f and f.startswith(best + (" " if best != name else " and "))}) == 1:
            # "the Institute" is the National Institute for Health and Clinical Excellence (NICE),
            # not its first two words; "Centers for Disease Control" the Centers for Disease
            # Control and Prevention (CDC)
            best = defined.pop()
        if best.endswith(" Local") and (number := re.search(re.escape(best) + r"[^\S\n]+(\d{1,5})\b", self.text)):
            best += " " + number.group(1)  # "Teamsters Local 747": a union local is named by its number
        cache[name] = best
        return best

    def _national_form(self, name: str) -> str | None:
        """The one "NAME of <country or region>" the text gives a body's name of several words
        ("Pharmacy Guild of Australia"), if only one."""
        if (" " not in name or " of " in name or name + " of " not in self.text or not name.istitle()
                or name.split()[0].lower() in FIRST_NAMES):
            return None
        places = re.findall(rf"(?<![\w-]){re.escape(name)} of ([A-Z][\w-]+)(?: ([A-Z][\w-]+))?", self.text)
        forms = {f"{name} of {place}" for pair in places for place in (" ".join(pair).strip(), pair[0]) if is_region(place)}
        return forms.pop() if len(forms) == 1 else None

    def expand_acronym(self, token: str) -> str | None:
        """"ICE" -> "Immigration and Customs Enforcement": a definition "(ICE)", else the first
        run of capitalised words (joined by of/and/for) whose initials spell it."""
        if token in self.acronyms:
            return self.acronyms[token]
        if "." in token and (bare := token.replace(".", "")).isalpha() and bare.isupper():
            # "the F.D.A.": the Food and Drug Administration, as "FDA" is (not "U.S.", "U.N." or
            # "U.S.A.", whose initials a union or a university may share)
            return self.expand_acronym(bare) if len(bare) >= 3 and bare not in ("USA", "UAE") else None
        if (full := ORG_SHORT_FORMS.get(token)) and full in self.text:
            self.acronyms[token] = self.org_canonical(token)  # "DOJ": as the text names it ("U.S. Department of Justice")
            return self.acronyms[token]
        if self._runs is None:  # built on first need: most documents never ask
            self._runs = []
            for match in ORG_RUN_RE.finditer(self.text):
                tokens = match.group().split()
                if tokens and tokens[0] == "the":
                    tokens = tokens[1:]
                if len(tokens) >= 2:
                    self._runs.append(tokens)
        found = self._spelt_by_initials(token, capital_connectors=False)
        if found is None and any(w in ("For", "Of", "And") for tokens in self._runs for w in tokens):
            # "FFA": Farmers For Action, whose capitalised "For" gives a letter (but "FFT": Farmers
            # For Fair Trade, whose does not)
            found = self._spelt_by_initials(token, capital_connectors=True)
        if found:
            found = org_possessive_stripped(found)  # ("West Northamptonshire Council’s website": WNC)
        self.acronyms[token] = found
        return found

    def _spelt_by_initials(self, token: str, capital_connectors: bool) -> str | None:
        """The first run of capitalised words whose initials spell the token."""
        found = None
        for tokens in self._runs:
            if capital_connectors and any(w in TITLE_CASE_VERBS or w.lower() in HEADLINE_VERBS for w in tokens):
                continue  # ("Minister Promises New Investment For Agriculture": a headline, no body's name)
            for i in range(len(tokens)):
                if tokens[i].lower() in CONNECTORS or tokens[i][0] != token[0]:
                    continue
                letters = ""
                for j in range(i, len(tokens)):
                    word = tokens[j]
                    if word.lower() in CONNECTORS:
                        if (word == "of" or capital_connectors and word in ("For", "Of", "And")) and (
                                token[len(letters) : len(letters) + 1] == word[0].upper()):
                            letters += word[0].upper()  # "MDOC": the Mississippi Department of Corrections
                        continue
                    if word.lower() in CALENDAR_WORDS:
                        break
                    letters += _initials_of_word(word)
                    if letters == token and j > i:
                        found = " ".join(tokens[i : j + 1])
                        if tokens[j + 1 : j + 2] == ["of"] and is_region(" ".join(tokens[j + 2 :])):
                            found = " ".join(tokens[i:])  # "the Independent Investigations Office of B.C."
                        elif tokens[j + 1 : j + 2] == ["and"] and len(tokens) == j + 3 and ABSTRACT_NOUN_RE.fullmatch(tokens[-1]):
                            found = " ".join(tokens[i:])  # "CDC": the Centers for Disease Control and Prevention
                        break
                    if not token.startswith(letters):
                        break
                if found:
                    break
            if found:
                break
        return found


# ---------------------------------------------------------------- archive-wide speakers


def load_overrides(path: str | Path) -> dict:
    """The journalist's speakers.toml (see the module docstring); {} when the file is absent."""
    path = Path(path)
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {
        "merge": list(data.get("merge", [])),
        "split": list(data.get("split", [])),
        "speaker": list(data.get("speaker", [])),
    }


def _surname(name: str) -> str:
    tokens = normalize(name).split()
    return tokens[-1] if tokens else ""


def build_speakers(quotes: list[Quote], overrides: dict | None = None) -> dict[str, Speaker]:
    """Canonical speakers across the archive, keyed by every per-document speaker name.

    Names merge when they are the same full name (after case/accent normalization), or when a
    name shares its surname and an organization with a fuller one; a single-word name merges only
    through its own document (its quotes' speaker_variants). Overrides merge and split by hand
    and always win.
    """
    overrides = overrides or {}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    forms: dict[str, set[str]] = defaultdict(set)  # key -> surface forms
    titles: dict[str, list[str]] = defaultdict(list)
    orgs: dict[str, list[str]] = defaultdict(list)
    org_flag: dict[str, bool] = {}
    names: set[str] = set()
    for quote in quotes:
        if not quote.speaker:
            continue
        names.add(quote.speaker)
        key = normalize(quote.speaker)
        find(key)
        forms[key].add(quote.speaker)
        forms[key].update(quote.speaker_variants)
        if quote.speaker_title and quote.speaker_title not in titles[key]:
            titles[key].append(quote.speaker_title)
        if quote.organization and quote.organization not in orgs[key]:
            orgs[key].append(quote.organization)
        org_flag[key] = org_flag.get(key, False) or is_org_name(quote.speaker)

    split_sets = [{normalize(n) for n in entry.get("names", [])} for entry in overrides.get("split", [])]

    def kept_apart(a: str, b: str) -> bool:
        return any(a in s and b in s for s in split_sets)

    keys = sorted(forms)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if not org_flag.get(key):
            by_surname[_surname(key)].append(key)
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if kept_apart(a, b):
                    continue
                shared_org = {normalize(o) for o in orgs[a]} & {normalize(o) for o in orgs[b]}
                if shared_org:
                    union(a, b)

    variant_owner: dict[str, str] = {}
    for entry in overrides.get("merge", []) + overrides.get("speaker", []):
        head = normalize(entry["name"])
        find(head)
        forms[head].add(entry["name"])
        for variant in entry.get("variants", []):
            v = normalize(variant)
            variant_owner[v] = head
            if v in forms:
                union(head, v)
        if "is_organization" in entry:
            org_flag[head] = bool(entry["is_organization"])

    groups: dict[str, list[str]] = defaultdict(list)
    for key in list(parent):
        groups[find(key)].append(key)
    result_by_root: dict[str, Speaker] = {}
    manual = {normalize(e["name"]): e for e in overrides.get("merge", []) + overrides.get("speaker", [])}
    for root, members in groups.items():
        surface: set[str] = set()
        for m in members:
            surface |= forms[m]
        named = [manual[m]["name"] for m in members if m in manual]
        # The canonical name is one a document gave as the speaker, never a variant:
        # variants may carry a title ("Former … Chief William J. Bratton").
        spoken = (surface & names) or surface
        canonical = named[0] if named else max(
            spoken, key=lambda s: (len(s.split()), sum(c.isupper() for c in s), len(s), s)
        )
        speaker = Speaker(
            name=canonical,
            variants=sorted(surface - {canonical}),
            titles=[t for m in members for t in titles[m]],
            organizations=list(dict.fromkeys(o for m in members for o in orgs[m])),
            is_organization=any(org_flag.get(m, False) for m in members),
        )
        result_by_root[root] = speaker
    mapping: dict[str, Speaker] = {}
    for name in names:
        key = normalize(name)
        root = find(variant_owner.get(key, key)) if key in variant_owner else find(key)
        mapping[name] = result_by_root[root]
    return mapping
