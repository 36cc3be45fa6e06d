"""A party's "hopes" and "claims" as nouns, an organization's acronym before ", which", and
what the eighteenth session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in this session and studied in it (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find


# ---------------------------------------------------------------- cues that are nouns


def test_hopes_of_something_is_a_noun_and_no_speech_act():
    text = ("Michael Gove has shattered Brexiteer hopes of unilateral free trade by announcing tariffs "
            "in a “difficult and damaging no-deal Brexit”. He said it was “critically important” that "
            "MPs were ready.")
    assert find(text, "difficult and damaging").speaker is None
    assert_speaker(text, "critically important", "Michael Gove")


def test_warns_of_is_still_a_speech_act():
    # near miss: "warns of" is the verb, never the noun
    text = "Jane Hill warns of “a long and painful winter” for the industry."
    assert_speaker(text, "long and painful winter", "Jane Hill")


# ---------------------------------------------------------------- relative clauses on organizations


def test_an_acronym_in_brackets_before_which_leaves_the_organization_speaking():
    text = ("Gove made the announcement in a speech to the National Farmers’ Union (NFU), which warned "
            "that a no-deal Brexit would be “the stuff of nightmares” for farmers.")
    assert_speaker(text, "stuff of nightmares", "National Farmers’ Union")


# ---------------------------------------------------------------- organizations' names


def test_an_initiative_is_an_organization_even_with_a_title_word_in_its_name():
    text = "The Equal Justice Initiative said in a statement that the inmate “was struck repeatedly.”"
    quote = find(text, "struck repeatedly")
    assert (quote.speaker, quote.speaker_title) == ("Equal Justice Initiative", None)


def test_del_before_a_name_is_a_delegate_s_title():
    text = ("“That is not good enough,” said the bill’s patron, Del. Mark Sickles (D-Fairfax County).\n\n"
            "“There are prisoners who were denied each time,” Del. Sickles said.")
    assert_speaker(text, "not good enough", "Mark Sickles")
    assert_speaker(text, "denied each time", "Mark Sickles")


def test_del_in_a_name_stays_part_of_the_name():
    # near miss: "Benicio Del Toro" has no abbreviation
    assert_speaker("Benicio Del Toro said the film was “a gift”.", "a gift", "Benicio Del Toro")


def test_an_organization_named_alone_elsewhere_is_cut_from_the_name_after_it():
    text = ("A report by Homelessness Australia found three million people at risk.\n\n"
            "The figures were alarming, Homelessness Australia Kate Colvin said.\n\n"
            "“Pressure at services is so intense,” she told AAP.")
    quote = find(text, "Pressure at services")
    assert (quote.speaker, quote.organization) == ("Kate Colvin", "Homelessness Australia")


def test_an_office_named_alone_elsewhere_stays_a_title():
    # near miss: "the Home Secretary" alone is an office, and its holder keeps it as a title
    text = ("The Home Secretary faced questions on Monday.\n\n"
            "Home Secretary Charles Clarke said the powers would be used only in “serious” cases.")
    quote = find(text, "serious")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Charles Clarke", "Home Secretary", None)


def test_a_party_named_alone_elsewhere_stays_a_description():
    # near miss: "Lib Dem Norman Baker" after "the Lib Dem plan"
    text = ("The Lib Dem plan was published on Monday.\n\n"
            "Lib Dem Norman Baker accused ministers of building a “nuclear dumpsite”.")
    quote = find(text, "nuclear dumpsite")
    assert (quote.speaker, quote.organization) == ("Norman Baker", None)


def test_charity_before_a_name_says_what_the_organization_is():
    text = ("Charity Crisis has urged the Government to act, calling rough sleeping a "
            "“damning reflection on our society”.")
    assert_speaker(text, "damning reflection", "Crisis")


def test_a_charity_commission_keeps_its_whole_name():
    # near miss: "Charity" opens the name of an organization here
    text = "The Charity Commission has urged trustees to act, calling the losses “deeply worrying”."
    assert_speaker(text, "deeply worrying", "Charity Commission")


def test_a_spokesperson_for_an_organization_is_no_part_of_its_name():
    text = ("The Simon Communities in Ireland have said that the numbers in emergency accommodation "
            "have hit another record.\n\n"
            "Niamh Randall, Spokesperson for the Simon Communities said that it is “deeply troubling”.")
    assert_speaker(text, "numbers in emergency accommodation", "Simon Communities")
    quote = find(text, "deeply troubling")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Niamh Randall", "Spokesperson", "Simon Communities")


def test_an_office_of_an_organization_with_its_acronym_is_a_person_not_the_organization():
    text = ("The president of the Prison Officers’ Association (POA) has called on the minister to act "
            "and claimed that his Department is “ignoring the issue”.\n\n"
            "POA leader Tony Power has said that overcrowding creates the “perfect atmosphere for the bully”.")
    assert find(text, "ignoring the issue").speaker != "Prison Officers’ Association"


def test_an_organization_with_its_acronym_still_speaks_for_itself():
    # near miss: no office before the name
    text = ("The Prison Officers’ Association (POA) has claimed that the Department is “ignoring the issue”.")
    assert_speaker(text, "ignoring the issue", "Prison Officers’ Association")


def test_the_department_is_no_official_s_own_office():
    text = ("The Alabama Department of Corrections wrote in a news release that the officer was arrested.\n\n"
            "The Jefferson County Coroner’s Office reported last month that the inmate had suffered trauma.\n\n"
            "The department said Thursday that it will work with the coroner “to complete a comprehensive "
            "investigation.”")
    assert_speaker(text, "complete a comprehensive", "Alabama Department of Corrections")


def test_the_office_may_still_be_an_official_s_own_office():
    # near miss: "the office" fits the Coroner's Office
    text = ("The Jefferson County Coroner’s Office reported last month that the inmate had suffered trauma.\n\n"
            "The office said Thursday that it would “complete a comprehensive investigation.”")
    assert_speaker(text, "complete a comprehensive", "Jefferson County Coroner’s Office")


# ---------------------------------------------------------------- participles


def test_a_participle_after_a_comma_speaks_for_the_earlier_verb_s_subject_not_its_object():
    text = ("Karen Betts runs the association.\n\n"
            "Betts urged the United States, the European Union and the United Kingdom to de-escalate "
            "the dispute, adding that exports had “grown strongly” without tariffs.")
    assert_speaker(text, "grown strongly", "Karen Betts")


def test_a_participle_with_its_own_subject_after_with_speaks_for_that_subject():
    # near miss: "with Jones adding" names the participle's own subject
    text = ("Tom Smith and Ann Jones run the firm.\n\n"
            "Smith said the plan had failed, with Jones adding that staff were “deeply upset”.")
    assert_speaker(text, "deeply upset", "Ann Jones")


# ---------------------------------------------------------------- names and what runs into them


def test_a_summit_s_name_with_digits_is_no_part_of_a_person_s_name():
    text = ("Alok Sharma COP26\n\n"
            "COP26 president Alok Sharma became emotional as he apologised.\n\n"
            "He said he is ‘deeply sorry’ for the way this process has unfolded.")
    assert_speaker(text, "deeply sorry", "Alok Sharma")


def test_it_is_nobody_sure_after_a_sentence_about_another_actor():
    text = ("Acme Industries announced on Monday that it would open up its software kit. Microsoft also "
            "made some announcements at the fair. It said it had agreed a content deal with TiVo.")
    assert_speaker(text, "agreed a content deal", None)


def test_it_is_the_organization_when_the_sentence_before_is_about_it_again():
    # near miss: the sentence before opens on the same organization, by a shorter name
    text = ("Acme Industries announced on Monday that it would open up its software kit. Acme also "
            "made some announcements at the fair. It said it had agreed a content deal with TiVo.")
    assert_speaker(text, "agreed a content deal", "Acme Industries")


# ---------------------------------------------------------------- statements put out


def test_a_statement_issued_from_a_person_is_that_person_s():
    text = ("WWF issued the following statement from Tasneem Essop, WWF’s head of delegation to the "
            "climate talks, in response to the new draft text:\n\n"
            "“We still have the ingredients for an ambitious outcome in Paris.\n\n"
            "“But they still haven’t taken the hard decisions yet.”")
    quote = find(text, "ingredients for an ambitious")
    assert (quote.speaker, quote.organization) == ("Tasneem Essop", "WWF")
    assert_speaker(text, "hard decisions", "Tasneem Essop")



# ---------------------------------------------------------------- words set in capitals


def test_a_lede_s_opening_words_in_capitals_are_read_as_a_sentence():
    text = ("THE PRESIDENT OF the Prison Officers’ Association (POA) has called on the minister to act "
            "and claimed that his Department is “ignoring the issue”.\n\n"
            "POA leader Tony Power has said that overcrowding creates the “perfect atmosphere for the bully”.")
    assert "PRESIDENT" not in (find(text, "ignoring the issue").speaker or "")


def test_a_label_in_capitals_names_whose_quotation_follows():
    text = ("Here are some of the comments made during the plenary.\n\n"
            "AZERBAIJAN'S COP29 PRESIDENT MUKHTAR BABAYEV:\n\n"
            "“We have all been working very hard over the past two weeks.”")
    assert_speaker(text, "working very hard", "Mukhtar Babayev")



# ---------------------------------------------------------------- firms that read as people


def test_a_firm_named_after_its_founder_is_no_he():
    text = ("Donald Trump signed an order on Monday.\n\n"
            "Weight-loss drugs like Novo Nordisk's Wegovy and Eli Lilly's Zepbound have soared in popularity.\n\n"
            "In the US, Trump has pushed to make the medication cheaper after he complained that the "
            "“fat drugs” were more expensive there.\n\n"
            "He said at the time that prices would fall to $350 a month.")
    assert_speaker(text, "fat drugs", "Donald Trump")
    assert_speaker(text, "prices would fall", "Donald Trump")


def test_a_firm_named_after_its_founder_speaks_as_the_firm():
    text = ("Merrill Lynch denied the claims.\n\n"
            "“We said from the start that this case was about performance,” Merrill's lawyers said. "
            "Merrill Lynch said she was removed because of “extensive losses”.")
    quote = find(text, "extensive losses")
    assert (quote.speaker, quote.organization) == ("Merrill Lynch", "Merrill Lynch")


# ---------------------------------------------------------------- a sentence's one person


def test_where_he_said_is_the_sentence_s_subject_whose_office_names_another():
    text = ("President Donald Trump has cancelled a rally.\n\n"
            "Trump campaign communications director Tim Murtaugh held a call with reporters on Tuesday "
            "where he said the president is “eager to return to the campaign trail.”")
    assert_speaker(text, "eager to return", "Tim Murtaugh")


def test_a_full_name_before_a_verb_and_a_title_is_still_the_subject():
    # near miss: "Teri Hatcher beat fellow star Marcia Cross": she acts, Cross is the object
    text = ("Actress Teri Hatcher beat fellow star Marcia Cross to the prize.\n\n"
            "“I am so grateful,” she said.")
    assert_speaker(text, "so grateful", "Teri Hatcher")


def test_top_before_a_name_in_a_headline_is_no_part_of_it():
    text = ("Top Trump aide says president is 'eager to return'\n\n"
            "In response, Trump has tweeted that the polls are a “joke”.")
    assert_speaker(text, "joke", "Trump")


def test_a_headline_s_verb_after_a_title_names_nobody():
    text = ("Secretary-General Hails History-Making Ceremony as World Leaders Sign Paris Agreement\n\n"
            "“The poor must not suffer further,” said Secretary-General Ban Ki-moon as he opened the ceremony.\n\n"
            "The treaty must find expression in actions, the Secretary-General said. “Young people are our future.”")
    assert_speaker(text, "Young people are our future", "Ban Ki-moon")


def test_a_brand_with_a_lower_case_first_letter_is_read_whole_and_kept_as_written():
    text = "“As more seats become available we are contacting customers,” easyJet said."
    assert_speaker(text, "more seats", "easyJet")


def test_a_label_verb_s_plural_noun_after_a_quoted_word_names_no_speaker():
    # near miss for reading brands whole: "‘dump’ brands associated with … eDonkey" is no cue
    text = ("Paul Myers runs Wippit.\n\n"
            "He urged people to follow his lead and 'dump' brands associated with companies such as eDonkey.")
    assert find(text, "dump").speaker != "eDonkey"


# ---------------------------------------------------------------- storms and offices


def test_a_storm_named_like_a_person_is_no_he():
    text = ("Hurricane Dorian strengthened on Wednesday as it approached Puerto Rico.\n\n"
            "Officials said the island was ready. Earlier on Wednesday, he said his administration was "
            "“closely” tracking Dorian.")
    assert_speaker(text, "closely", None)


def test_an_office_and_a_surname_opening_a_sentence_name_its_subject():
    text = ("Florida Governor Ron DeSantis declared an emergency on Wednesday.\n\n"
            "President Trump made a federal emergency declaration for Puerto Rico on Tuesday. Earlier on "
            "Wednesday, he said his administration was “closely” tracking the storm.")
    assert_speaker(text, "closely", "Trump")


def test_an_office_and_a_surname_in_a_fronted_clause_are_not_its_subject():
    # near miss: "Since President Biden appointed Khan …, she": the clause's subject, not the sentence's
    text = ("FTC chair Lina Khan spoke on Monday.\n\n"
            "Since President Biden appointed Khan to chair the FTC in 2021, she has taken on large firms. "
            "She argues that bigger “isn’t always better”.")
    assert_speaker(text, "always better", "Lina Khan")


def test_save_the_children_is_one_organization_before_and_after_its_cue():
    text = ("Save the Children says it has lost access to the camps.\n\n"
            "Sixty-two children have died there, according to Save the Children.\n\n"
            "“It is more urgent than ever,” said Save the Children.")
    assert_speaker(text, "lost access", "Save the Children")
    assert_speaker(text, "Sixty-two children", "Save the Children")
    assert_speaker(text, "more urgent", "Save the Children")


def test_a_programme_is_an_organization():
    text = ("ROME: The UN's World Food Programme warned that “staggering” cuts to its funding risked "
            "pushing millions into hunger.")
    quote = find(text, "staggering")
    assert (quote.speaker, quote.organization) == ("World Food Programme", "World Food Programme")


def test_a_hyphenated_description_before_an_organization_is_no_part_of_its_name():
    text = "Cash-strapped Wolverhampton City Council said it will be forced to “close the Central Baths”."
    assert_speaker(text, "close the Central Baths", "Wolverhampton City Council")


def test_an_agency_s_acronym_and_an_abbreviated_office_before_a_name_are_cut():
    text = "ESA DG Josef Aschbacher states: “I have been in contact with the astronaut.”"
    assert_speaker(text, "in contact with the astronaut", "Josef Aschbacher")


def test_first_names_from_across_the_world_tell_a_person_and_gender():
    text = ("Oleksandr Kovalenko, a volunteer, fled in March.\n\n"
            "“We left everything,” he said.")
    assert_speaker(text, "left everything", "Oleksandr Kovalenko")


def test_a_description_then_an_organization_s_name_after_a_quotation_is_the_organization():
    text = ("“We extend our deepest condolences to the family,” the festival’s organizer, Insomniac Inc., "
            "said in a statement.")
    quote = find(text, "deepest condolences")
    assert quote.speaker is not None and quote.speaker.startswith("Insomniac Inc")


def test_ray_is_a_first_name():
    text = ("Ray Heaps, who runs a judo club at the centre, was one of those leading the protest.\n\n"
            "He said: “The room was full to capacity.”")
    assert_speaker(text, "full to capacity", "Ray Heaps")


def test_a_stray_comma_between_a_name_and_said_leaves_the_name_the_subject():
    text = ("Deputy Assistant Commissioner Ade Adelekan hailed the crowds.\n\n"
            "Deputy Assistant Commissioner Adelekan, said: “As ever we saw very large crowds.”")
    assert_speaker(text, "very large crowds", "Ade Adelekan")


def test_an_adverb_and_a_comma_before_an_inverted_cue_name_nobody():
    # near miss: "Often, said Mr Pearson, …": the adverb is no name
    text = ("Andrew Pearson works for the firm.\n\n"
            "Often, said Mr Pearson, this information was invisible to the people who shared it.")
    assert_speaker(text, "information was invisible", "Andrew Pearson")


def test_a_list_of_places_and_a_name_after_but_leaves_the_name_the_subject():
    text = ("IWGB had planned action in Wolverhampton, Sheffield, Reading and York as well as London but "
            "Greg Howard, chair of the branch, insisted others had joined in “across England”.")
    assert_speaker(text, "across England", "Greg Howard")


def test_a_member_for_a_constituency_is_an_office_before_the_name():
    text = ("Member for Sandgate Stirling Hinchliffe said locals were already benefitting.\n\n"
            "Hinchliffe added “Locals want action on this ageing section of the motorway”.")
    assert_speaker(text, "Locals want action", "Stirling Hinchliffe")


def test_a_day_s_possessive_before_a_court_is_no_part_of_its_name():
    text = ("Today’s High Court ruling confirms that sources must be protected. The court said that one "
            "factor is the “public interest” in protecting them.")
    assert_speaker(text, "public interest", "High Court")


def test_an_office_s_initials_stand_for_its_holder():
    text = ("Chief minister (CM) Devendra Fadnavis termed the breakthrough historic.\n\n"
            "The CM said, “The underground Metro will provide convenience to commuters.”")
    quote = find(text, "underground Metro")
    assert (quote.speaker, quote.speaker_title) == ("Devendra Fadnavis", "Chief minister")


# ---------------------------------------------------------------- peers


def test_a_peer_known_by_style_and_one_name_keeps_the_style():
    text = ("Breast Cancer Now chief executive Baroness Morgan said: ‘This decision is a devastating blow.’\n\n"
            "Morgan added that the women deserved a chance.")
    assert_speaker(text, "devastating blow", "Baroness Morgan")
    assert_speaker(text, "deserved a chance", "Baroness Morgan")


def test_a_peer_the_text_names_in_full_is_that_full_name():
    # near miss: "Lord Butler" after "Robin Butler" is Robin Butler
    text = ("Former civil service chief Robin Butler criticised the government.\n\n"
            "Lord Butler said the government had too much freedom to “bring in bad Bills”.")
    assert_speaker(text, "bad Bills", "Robin Butler")


def test_a_peer_s_territorial_name_stays_whole():
    # near miss: "Lord Nicholls of Birkenhead" is no "Lord Nicholls" with an organization
    text = "Lord Nicholls of Birkenhead said: “Indefinite imprisonment without charge is anathema.”"
    assert find(text, "anathema").speaker in ("Nicholls of Birkenhead", "Lord Nicholls of Birkenhead")


# ---------------------------------------------------------------- appositions


def test_a_body_after_a_person_and_office_in_commas_is_no_speaker():
    text = "Mr Dayyabu Mamman, Zonal Director, Highways North Central, said that there was “no excuse”."
    assert_speaker(text, "no excuse", "Dayyabu Mamman")


def test_a_name_after_a_description_and_an_office_in_commas_still_speaks():
    # near miss: "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said"
    text = ("The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said: "
            "“This investigation has resulted in significant disruption.”")
    assert_speaker(text, "significant disruption", "Mick Deats")


def test_an_apposition_that_lost_its_closing_comma_leaves_the_name_before_it_speaking():
    text = ("Cheryl Hurren, Complex Fraud Team manager at Wiltshire Police said: “Courier frauds are "
            "of a great concern to us.”")
    quote = find(text, "Courier frauds")
    assert (quote.speaker, quote.organization) == ("Cheryl Hurren", "Wiltshire Police")


# ---------------------------------------------------------------- inverted cues


def test_a_closing_quote_typed_as_an_opening_one_still_ends_the_quotation_before_its_cue():
    text = "“They could do a lot of harm to the officers,“ said Patrick Moran of AFSCME."
    assert_speaker(text, "harm to the officers", "Patrick Moran")


def test_a_person_of_an_organization_whose_name_has_in_speaks():
    text = ("\"It is going to save a lot of lives,\" Angela Christiana of Moms Demand Action for Gun "
            "Sense in America said.")
    quote = find(text, "save a lot of lives")
    assert (quote.speaker, quote.organization) == ("Angela Christiana", "Moms Demand Action for Gun Sense in America")


def test_the_airport_is_the_airport_named():
    text = ("Additional support teams will be assisting passengers, Heathrow Airport said.\n\n"
            "“While the airport will remain open, the strike may cause disruption,” the airport said.")
    assert_speaker(text, "strike may cause disruption", "Heathrow Airport")


def test_a_name_after_the_pronoun_is_no_rival_for_it():
    text = ("India is committed to climate change, Environment Minister Harsh Vardhan today said, hours "
            "after the United States announced its withdrawal from the accord.\n\n"
            "“Our government is committed irrespective of anyone. It has been the stand of Prime Minister "
            "Narendra Modi,” he said, stressing that Modi had provided “leadership” at the summit.")
    assert_speaker(text, "committed irrespective", "Harsh Vardhan")


def test_a_person_before_a_place_before_the_cue_speaks():
    text = ("\"Sarah Palin wholly failed to prove her case,\" U.S. District Judge Jed Rakoff in Manhattan "
            "said in the first sentence.")
    assert_speaker(text, "wholly failed", "Jed Rakoff")


def test_a_statement_said_or_read_from_a_person_is_theirs():
    said = ("“A mission thirty years in the making has been accomplished,” said a statement from AOSIS "
            "chair, Molwyn Joseph of Antigua and Barbuda.")
    read = said.replace("” said a", "” read a")
    assert_speaker(said, "mission thirty years", "Molwyn Joseph")
    assert_speaker(read, "mission thirty years", "Molwyn Joseph")


def test_according_to_a_release_from_an_office_is_not_its_holder():
    # near miss: "according to a release from Wilson's office" is the office's, not Alan Wilson's words
    text = ("Attorney General Alan Wilson warned of a scam.\n\n"
            "The email carries the seal of the Department of Justice, according to a release from "
            "Wilson's office.")
    assert find(text, "email carries the seal").speaker != "Alan Wilson"


def test_newer_american_first_names_tell_a_man_from_the_woman_speaking():
    text = ("Mother demands action at vigil held for 15-year-old shot walking to school\n\n"
            "Family and friends gathered on Friday night to remember a student who was shot last month.\n\n"
            "\"Nothing can ever bring my son back to me,\" cried Wytina Burnside-Weedon.\n\n"
            "Burnside-Weedon was surrounded by her family at the spot where her son, 15-year-old Devin "
            "Weedon, was killed.\n\n"
            "\"I hope they catch them,\" she said.\n\n"
            "Police say Devin Weedon was fatally shot on his walk to school.\n\n"
            "On Friday night, his mom called on local politicians to make real change.\n\n"
            "\"Ban ski masks, bring back the stop and frisk,\" she said.\n\n"
            "There have been no arrests in Weedon's case so far.")
    assert find(text, "Ban ski masks").speaker != "Devin Weedon"


def test_a_sentence_quoted_straight_after_a_clause_is_its_subject_s():
    text = ("Eugene Rah said: “The seat I was sitting in had one more strap.”\n\n"
            "Fred Hayes filmed the crash from around a mile away “I was watching it come in and I "
            "did notice that nose being up in the air,” he told CNN.")
    assert_speaker(text, "nose being up", "Fred Hayes")


def test_a_partial_quote_inside_a_reported_clause_is_still_the_reporter_s():
    # near miss: "Mr Sullivan “made accounting decisions,” he told the court": Ebbers speaks
    text = ("Former WorldCom chief Bernie Ebbers rejected allegations he pressured ex-finance chief "
            "Scott Sullivan. Mr Sullivan “made accounting decisions,” he told the federal court.")
    assert_speaker(text, "made accounting decisions", "Bernie Ebbers")


def test_coun_before_a_name_is_a_councillor_s_title():
    text = ("“The department is asking for a two-month opportunity,” said Coun. Julie Friesen, chair of "
            "the public services committee.")
    assert_speaker(text, "two-month opportunity", "Julie Friesen")


def test_a_name_and_capitalised_office_after_a_fronted_phrase_speak():
    text = ("Speaking at the POA Annual Delegate Conference today, Stephen Delaney, POA President said, "
            "“Overcrowding is the most serious problem facing our prison service.”")
    assert_speaker(text, "most serious problem", "Stephen Delaney")


def test_a_name_and_capitalised_words_after_a_list_comma_do_not():
    # near miss: no phrase set before a subject, just a list before the name
    text = ("Officials from Kent, Surrey, John Smith, Acme President said the talks had “gone well”.")
    assert find(text, "gone well").speaker != "John Smith"
