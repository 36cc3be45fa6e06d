from archive.citation import cite, csv_text, style_title

RECORD = {
    "id": "q1",
    "text": "Criminals are the biggest benefactors when immigrants fear the police.",
    "kind": "direct",
    "speaker": "William J. Bratton",
    "speaker_title": "Former Los Angeles Police Chief",
    "organization": None,
    "doc": "press/a.html",
    "doc_title": "Immigrant advocates demand end of Secure Communities",
    "doc_date": None,
    "doc_kind": "press",
    "page": None,
    "paragraph": 7,
    "topics": ["public-safety", "police-community-trust"],
}


def test_citation_in_newspaper_style():
    assert cite(RECORD) == (
        "“Criminals are the biggest benefactors when immigrants fear the police,” William J. Bratton, "
        "former Los Angeles police chief, quoted in “Immigrant advocates demand end of Secure Communities” "
        "(press coverage), paragraph 7."
    )


def test_citation_of_a_pdf_quote_gives_its_page_and_date():
    record = {**RECORD, "doc_kind": "report", "page": 5, "doc_date": "2011-08-15T00:00:00", "doc_title": "Restoring Community"}
    assert cite(record).endswith("quoted in “Restoring Community” (report, 2011-08-15), page 5.")


def test_inner_quotes_become_single_and_questions_keep_their_mark():
    record = {**RECORD, "text": "Why call it “secure”?"}
    assert cite(record).startswith("“Why call it ‘secure’?” William J. Bratton")


def test_indirect_speech_is_a_paraphrase_not_a_quotation():
    record = {**RECORD, "kind": "indirect", "text": "the decision is antidemocratic", "speaker": "Jonathan Fried",
              "speaker_title": "executive director", "organization": "We Count!"}
    line = cite(record)
    assert line.startswith("Paraphrase: the decision is antidemocratic, according to Jonathan Fried, executive director, We Count!")
    assert "“the decision" not in line


def test_unattributed_and_organization_speakers():
    assert "unattributed, quoted in" in cite({**RECORD, "speaker": None, "speaker_title": None})
    ice = {**RECORD, "speaker": "Immigration and Customs Enforcement", "speaker_title": None, "organization": "Immigration and Customs Enforcement"}
    assert "Immigration and Customs Enforcement, quoted in" in cite(ice)
    assert cite(ice).count("Immigration and Customs Enforcement") == 1


def test_titles_keep_proper_nouns():
    assert style_title("Executive Director of We Count!") == "executive director of We Count!"


def test_csv_has_a_header_and_joins_topics():
    lines = csv_text([RECORD]).splitlines()
    assert lines[0].startswith("id,text,kind,speaker")
    assert "public-safety;police-community-trust" in lines[1]
