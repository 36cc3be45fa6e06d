"""Word lists for the boundaries of a person's name run (plain data, lower case).

A capitalised run glued to a name at a sentence start ("Maybe Instagram", "Also John Smith",
"Ukraine Kurt Volker") loses its leading words that are no part of the name: frequent English
words (checked case-insensitively), and a country, region or city before a full name."""

from __future__ import annotations

#: frequent English function words, adverbs and adjectives that open sentences; first names and
#: words that are also names ("Will", "May", "Rose", "Grace") are taken out where used
COMMON_WORDS = frozenset(
    """
    maybe perhaps also actually again almost already always anyway apparently basically
    certainly clearly currently definitely especially eventually even ever exactly finally
    fortunately frankly generally hopefully ideally importantly indeed initially instead
    interestingly ironically just lately likewise luckily meanwhile merely moreover mostly
    naturally nevertheless nonetheless normally notably now obviously occasionally often once
    only originally otherwise overall partly personally possibly presumably previously probably
    quickly rarely really recently regardless seriously similarly simply sometimes soon
    specifically still suddenly surely thankfully then therefore though thus today tomorrow
    tonight too typically ultimately unfortunately usually very well yesterday yet so but and or
    nor for because although though while whereas unless until since if when whenever where
    wherever whether after before as like unlike despite without within about above across alongside
    against along among around behind below beneath beside besides beyond during except inside
    near outside past per through throughout toward towards under underneath upon via the a an
    this that these those each every either neither another other such what which who whom whose
    why how all any both few many most much no none several some enough i me my mine we us our
    ours you your yours he him his she her hers it its they them their theirs is are was were be
    been being am do does did done have has had having can could shall should will would may
    might must ought not nothing everything something anything nobody everybody somebody anybody
    everyone someone anyone here there where everywhere somewhere nowhere yes oh ok okay please
    thanks sorry hello first second third last next new old good great big small high low long
    short little own same different early late major public local national former current recent
    right left real sure true whole full says said say asked told added according speaking
    writing reporting noting
    """.split()
)

#: countries (one-word English names) and a few regions and capitals that news copy puts before
#: a name ("In Ukraine Kurt Volker said"); words that are often first names are left out
PLACE_WORDS = frozenset(
    """
    afghanistan africa albania algeria america andorra angola anguilla argentina armenia aruba
    asia australia austria azerbaijan baghdad bahamas bahrain bangladesh barbados beijing
    belarus belgium belize benin berlin bermuda bhutan bolivia botswana brazil britain brunei
    brussels bulgaria burundi cairo california cambodia cameroon canada chile china colombia
    comoros croatia curaçao cyprus czechia damascus delhi denmark djibouti ecuador egypt england
    eritrea estonia eswatini ethiopia europe fiji finland florida france gabon gambia gaza
    germany ghana gibraltar greece greenland grenada guadeloupe guam guatemala guernsey guyana
    haiti honduras hungary iceland india indonesia iowa iran iraq ireland israel italy jamaica
    japan jerusalem kabul kazakhstan kenya kiribati kosovo kuwait kyiv kyrgyzstan laos latvia
    lebanon lesotho liberia libya liechtenstein lithuania london luxembourg madagascar malawi
    malaysia maldives martinique mauritania mauritius mayotte mexico micronesia moldova monaco
    mongolia montenegro montserrat morocco moscow mozambique namibia nauru nepal netherlands
    nicaragua nigeria niue norway ohio pakistan palau panama paraguay paris philippines poland
    portugal qatar romania russia rwanda réunion samoa scotland senegal seoul serbia seychelles
    singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania tehran texas thailand tokelau tokyo tonga tunisia turkmenistan tuvalu
    türkiye uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales washington yemen
    zambia zimbabwe myanmar burma bosnia congo peru malta korea
    """.split()
)

#: a weekday after a name is when, not part of it ("Lalit Modi Monday said")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: capitalised wherever they stand, so no sign of a name when written mid-sentence ("on Wednesday
#: Lord Woolf"), and never part of one ("Furse on Thursday" spells no "FT")
CALENDAR_WORDS = WEEKDAYS | frozenset(
    "january february march april may june july august september october november december".split()
)

#: short names an organization goes by in news copy that no rule could derive from its full name
#: (not an acronym, not a word of it): "The Fed has said …" after "the US Federal Reserve"
ORG_SHORT_FORMS = {"Fed": "Federal Reserve", "DOJ": "Department of Justice", "DHS": "Department of Homeland Security",
                   "HHS": "Department of Health and Human Services", "Met": "Metropolitan Police"}

#: a country's adjective as a title may give it ("the French coach" for "France coach Bernard
#: Laporte"): lower case, country -> demonym
COUNTRY_DEMONYMS = {
    "france": "french", "england": "english", "scotland": "scottish", "wales": "welsh", "ireland": "irish",
    "italy": "italian", "spain": "spanish", "germany": "german", "holland": "dutch", "netherlands": "dutch",
    "america": "american", "us": "american", "australia": "australian", "britain": "british", "uk": "british",
    "china": "chinese", "japan": "japanese", "russia": "russian", "india": "indian", "canada": "canadian",
    "sweden": "swedish", "denmark": "danish", "norway": "norwegian", "brazil": "brazilian",
    "argentina": "argentine", "portugal": "portuguese", "greece": "greek", "turkey": "turkish",
    "poland": "polish", "belgium": "belgian", "switzerland": "swiss", "austria": "austrian", "mexico": "mexican",
}
#: companies named after their founders, whose names read as a person's: "Eli Lilly said"
FIRMS_NAMED_AS_PEOPLE = frozenset({
    "Eli Lilly", "Goldman Sachs", "Morgan Stanley", "John Lewis", "Ralph Lauren", "Calvin Klein", "Estée Lauder",
    "Charles Schwab", "Dow Jones", "Walt Disney", "Tommy Hilfiger", "Hugo Boss", "Ted Baker", "Louis Vuitton",
    "Christian Dior", "Harvey Nichols", "Laura Ashley", "Charles Tyrwhitt", "Paul Smith", "Kate Spade",
    "Michael Kors", "Jimmy Choo", "Vivienne Westwood", "Hewlett Packard", "Johnson Matthey", "Arthur Andersen",
    "Lehman Brothers", "Warner Bros", "Merrill Lynch", "Wells Fargo", "Bristol Myers Squibb", "Bain Capital",
})

#: newspapers and agencies a text names by one word, which are no person: "According to Metro",
#: "the Guardian reported"
NEWS_OUTLETS = frozenset({"Metro", "Guardian", "Observer", "Nikkei", "Asahi", "Yomiuri", "Mainichi", "Kathimerini",
                          "Politico", "Axios", "Xinhua", "Yonhap", "Kyodo", "Bernama"})

#: the offices a title abbreviation stands for, as a later description names them (and, for the
#: sentence splitter, abbreviations whose full stop ends no sentence)
TITLE_ABBREVIATIONS = {
    "gov": ("governor",), "sen": ("senator",), "rep": ("representative", "congressman", "congresswoman"),
    "lt": ("lieutenant",), "sgt": ("sergeant",), "capt": ("captain",), "det": ("detective",),
    "supt": ("superintendent",), "insp": ("inspector",), "gen": ("general",), "adm": ("admiral",),
    "col": ("colonel",), "cmdr": ("commander",), "maj": ("major",), "cpl": ("corporal",),
    "atty": ("attorney",), "prof": ("professor",), "amb": ("ambassador",), "supv": ("supervisor",),
    "ch": ("chief",), "del": ("delegate",), "coun": ("councillor", "councilor"), "brig": ("brigadier",),
    "pvt": ("private",), "pres": ("president",),
}
#: offices written by their initials, in Indian news above all ("CM Chouhan", "the CM said"),
#: and the words of the office they stand for
OFFICE_INITIALS = {"cm": ("chief", "minister")}
