"""PDF extraction: real files from ../shared/data/pdf, and small PDFs written here byte by byte.

Every extraction runs under a deadline, so a PDF that would make pdfminer loop
fails the test instead of hanging the suite.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import signal
from pathlib import Path

import pytest

from archive.extract import extract_bytes
from archive.extract import pdf as pdf_module
from archive.extract.pdf import LIGATURES, extract_pdf
from archive.model import Document, ExtractionError

NEEDS_OCR = "no text layer (needs OCR)"
PASSWORD = "password required"

#: What each shared PDF must end as: "text", or the exact one-line reason.
EXPECTED = {
    "dmca.pdf": "text",
    "i1040nr.pdf": "text",
    "pr-00530-ml-lines.pdf": "text",
    "naacl06-shinyama.pdf": "text",
    "GeoBase_NHNC1_Data_Model_UML_EN.pdf": "text",
    "issue-00352-hash-twos-complement.pdf": "text",
    "Seige_of_Vicksburg_Sample_OCR.pdf": "text",
    "175.pdf": NEEDS_OCR,
    "pdf-with-jbig2.pdf": NEEDS_OCR,
    "base.pdf": "text",
    "rc4-128.pdf": PASSWORD,
    "aes-256.pdf": PASSWORD,
    "libreoffice-writer-password.pdf": PASSWORD,
    "zen_of_python_corrupted.pdf": "text",
    "issue-1113-evil-xobjects.pdf": "text",
    "multicolumn.pdf": "text",
    "crazyones.pdf": "text",
    "hello-world.pdf": "text",
}


class Overtime(BaseException):
    """Not an Exception, so that no `except Exception` on the way can swallow it."""


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail, rather than hang, when extraction takes longer than `seconds`."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise Overtime(f"extraction took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(data: bytes, seconds: float = 20) -> Document | ExtractionError:
    with deadline(seconds):
        try:
            return extract_pdf(data)
        except ExtractionError as error:
            return error


_RESULTS: dict[str, Document | ExtractionError] = {}


def shared_result(shared_data: Path, name: str) -> Document | ExtractionError:
    """Each shared PDF is extracted once per session; several tests look at the result."""
    if name not in _RESULTS:
        path = shared_data / "pdf" / name
        if not path.is_file():
            pytest.skip(f"{name} not in shared data")
        _RESULTS[name] = run(path.read_bytes(), seconds=90)
    return _RESULTS[name]


def shared_text(shared_data: Path, name: str) -> Document:
    result = shared_result(shared_data, name)
    assert isinstance(result, Document), f"{name}: {result}"
    return result


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.translate(LIGATURES).casefold())


def assert_pages_consistent(document: Document, page_count: int | None = None) -> None:
    """Pages numbered 1..N in order, spans inside the text, every passage on the page it starts on."""
    numbers = [page.number for page in document.pages]
    assert numbers == list(range(1, len(numbers) + 1))
    if page_count is not None:
        assert len(numbers) == page_count
    offset = 0
    for page in document.pages:
        assert offset <= page.start <= page.end <= len(document.text)
        offset = page.end
    for passage in document.passages:
        assert passage.page is not None
        assert document.page_at(passage.start) == passage.page


# --- every shared PDF ends in a defined state ---------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shared_pdf_ends_in_its_defined_state(shared_data, name):
    result = shared_result(shared_data, name)
    expected = EXPECTED[name]
    if expected == "text":
        assert isinstance(result, Document), f"{name}: {result}"
        assert result.text.strip()
        assert result.format == "pdf"
        assert "(cid:" not in result.text and "\x00" not in result.text
        manifest = json.loads((shared_data / "pdf" / "manifest.json").read_text())
        pages = {entry["file"]: entry.get("pages") for entry in manifest}
        assert_pages_consistent(result, pages.get(name))
    else:
        assert isinstance(result, ExtractionError), f"{name} gave text: {result.text[:80]!r}"
        assert result.reason == expected


def test_no_shared_pdf_is_left_without_a_state(shared_data):
    """A PDF added to the folder later must end as text or as a one-line reason too."""
    for path in sorted((shared_data / "pdf").glob("*.pdf")):
        result = shared_result(shared_data, path.name)
        if isinstance(result, ExtractionError):
            assert result.reason and "\n" not in result.reason and len(result.reason) < 120
        else:
            assert result.text.strip()


# --- what the text of real PDFs looks like ------------------------------------------------


def test_simple_page_matches_its_reference_text(shared_data):
    document = shared_text(shared_data, "crazyones.pdf")
    expected = (shared_data / "pdf" / "crazyones.expected.txt").read_text(encoding="utf-8")
    assert " ".join(document.text.split()) == " ".join(expected.translate(LIGATURES).split())


def test_two_columns_read_down_each_column(shared_data):
    document = shared_text(shared_data, "multicolumn.pdf")
    page = document.pages[0]
    ours = words(document.text[page.start : page.end])
    reference = shared_data / "pdf" / "multicolumn.page1-layout.expected.txt"
    lines = reference.read_text(encoding="utf-8").splitlines()
    body = next(i for i, line in enumerate(lines) if line.startswith("Abstract"))
    top = [line.strip() for line in lines[:body]]
    columns = [line[:66] for line in lines[body:]], [line[66:] for line in lines[body:]]
    column_text = [
        re.sub(r"-\s+(?=[a-z])", "", " ".join(part.strip() for part in column if not part.strip().isdigit()))
        for column in columns
    ]
    expected = words(" ".join(top) + " " + " ".join(column_text))
    interleaved = words(" ".join(top) + " " + re.sub(r"-\s+(?=[a-z])", "", " ".join(lines[body:])))
    ratio = difflib.SequenceMatcher(None, ours, expected, autojunk=False).ratio()
    wrong = difflib.SequenceMatcher(None, ours, interleaved, autojunk=False).ratio()
    assert ratio > 0.97 and ratio > wrong + 0.2
    # The paragraph that runs from the foot of the left column to the top of the right is one.
    assert "Donec nonummy pellentesque ante." in document.text
    assert "Maecenas lacinia" in document.text  # "Maece-" / "nas" rejoined
    assert "\n1\n" not in document.text  # the page number


def test_three_columns_and_page_number_of_the_federal_register(shared_data):
    document = shared_text(shared_data, "pr-00530-ml-lines.pdf")
    text = document.text
    order = [
        "Proposed Rules",
        "DEPARTMENT OF TRANSPORTATION",
        "SUMMARY: The FAA proposes",
        "Federal eRulemaking Portal",  # top of the second column
        "Comments Invited",
        "The FAA invites you to participate in this rulemaking",
        "Confidential Business Information (CBI)",  # third column
        "Background",
    ]
    positions = [text.index(phrase) for phrase in order]
    assert positions == sorted(positions)
    # Column two's last paragraph runs on at the top of column three.
    assert "reference a specific portion of the proposal, explain the reason" in text
    assert "47698" not in text  # the page number printed at the top
    assert not re.search(r"\b[a-z]+- [a-z]", text.split("Soekarno")[0])  # no hyphen left mid-word


def test_two_column_paper_in_reading_order(shared_data):
    document = shared_text(shared_data, "naacl06-shinyama.pdf")
    text = document.text
    order = [
        "Preemptive Information Extraction",
        "Abstract",
        "1 Background",
        "Every day, a large number",  # foot of the left column
        "An IE task can be defined",  # right column
        "Unrestricted Relation Discovery is a technique",
    ]
    positions = [text.index(phrase) for phrase in order]
    assert positions == sorted(positions)
    assert "ﬁ" not in text and "defined" in text
    assert document.page_at(text.index("References")) == 8


def test_running_header_and_footer_of_a_report_are_dropped(shared_data):
    document = shared_text(shared_data, "dmca.pdf")
    text = document.text
    assert document.title == "The Digital Millennium Copyright Act of 1998"
    assert document.author == "United States Copyright Office - jmf"
    # CreationDate is D:00000101000000Z (no date at all), so the modification date stands.
    assert document.date == "2001-10-17T18:09:26-03:00"
    assert not re.search(r"Page \d+", text)
    assert "Copyright Office Summary December 1998" not in text
    # The running header goes; the title on the first page, in capitals, stays.
    assert text.count("The Digital Millennium Copyright Act of 1998") == 0
    assert text.startswith("THE DIGITAL MILLENNIUM COPYRIGHT ACT OF 1998")
    quote = next(p for p in document.passages if document.passage_text(p).startswith("Contracting Parties shall"))
    assert quote.kind == "blockquote" and quote.page == 3
    heading = next(p for p in document.passages if document.passage_text(p) == "INTRODUCTION")
    assert heading.kind == "heading" and heading.page == 1


def test_long_report_keeps_every_page_and_drops_its_slug_lines(shared_data):
    document = shared_text(shared_data, "i1040nr.pdf")
    assert len(document.pages) == 50
    assert "Page 5 of 48" not in document.text
    assert "The type and rule above prints" not in document.text
    assert not re.search(r"^-\d+-$", document.text, re.MULTILINE)
    assert document.page_at(document.text.index("Dual-Status Tax Year")) == 5


def test_empty_password_encryption_opens_with_metadata(shared_data):
    document = shared_text(shared_data, "issue-00352-hash-twos-complement.pdf")
    assert document.title == "There’s No One Right Answer for Fighting Obesity"
    assert document.author == "Jennifer Ginn"
    assert "they were the first declines we had seen in a generation,” she said." in document.text


def test_corrupt_and_malformed_pdfs_give_what_can_be_read(shared_data):
    zen = shared_text(shared_data, "zen_of_python_corrupted.pdf")
    assert "Beautiful is better than ugly." in zen.text
    assert "Page 1/1" not in zen.text
    evil = shared_text(shared_data, "issue-1113-evil-xobjects.pdf")
    assert evil.text.count("Hello world") == 2


def test_truncated_and_zero_length_pdfs_fail_clearly(shared_data, tmp_path):
    cut = tmp_path / "dmca-cut.pdf"
    cut.write_bytes((shared_data / "pdf" / "dmca.pdf").read_bytes()[:20_000])
    result = run(cut.read_bytes())
    assert isinstance(result, ExtractionError)
    assert result.reason.startswith("truncated PDF") and "\n" not in result.reason
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run(empty.read_bytes())
    assert isinstance(result, ExtractionError) and result.reason == "empty file"


# --- small PDFs written here ----------------------------------------------------------------


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[tuple]], info: dict[str, bytes] | None = None, size=(612, 792)) -> bytes:
    """A minimal, valid PDF: each page a list of (x, y, font size, text[, bold])."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects: list[bytes] = [b"", b"", font % b"Helvetica", font % b"Helvetica-Bold"]
    kids = []
    for lines in pages:
        stream = b"".join(
            b"BT /%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n"
            % (b"F2" if len(line) > 4 and line[4] else b"F1", line[2], line[0], line[1], pdf_string(line[3]))
            for line in lines
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (size[0], size[1], content)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    trailer_info = b""
    if info:
        objects.append(b"<< " + b" ".join(b"/%s %s" % (key.encode(), value) for key, value in info.items()) + b" >>")
        trailer_info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_info, xref)
    return bytes(out)


def body(y: float, *lines: str) -> list[tuple]:
    """Lines of 11 pt body text from `y` down, 14 pt apart."""
    return [(72, y - 14 * index, 11, line) for index, line in enumerate(lines)]


def furniture(number: int, total: int) -> list[tuple]:
    return [(72, 750, 9, "Restoring Community: Excerpts"), (270, 40, 9, f"Page {number} of {total}")]


REPORT = [
    furniture(1, 3)
    + [(72, 700, 18, "Restoring Community", True)]
    + body(
        660,
        "Police chiefs warned that the program's immigration enforce-",
        "ment role erodes the trust that well-",
        "known community policing efforts have built.",
    )
    + body(
        600,
        "The report, described as a state-of-",
        "the-art review, covers the Washington-",
        "Baltimore area. It is a well-known concern.",
    )
    + body(540, "Criminals are the biggest benefactors when immigrants", "fear the police, the report"),
    furniture(2, 3)
    + body(700, "states, and victims stop coming forward.")
    + body(660, "A second paragraph sits on page two."),
    furniture(3, 3) + body(700, "Recommendations follow on the final page."),
]
INFO = {
    "Title": b"<" + ("\ufeffRestoring Community \u2014 Excerpts").encode("utf-16-be").hex().upper().encode() + b">",
    "Author": b"(Compiled from press coverage)",
    "CreationDate": b"(D:20110815093000-05'00')",
}


@pytest.fixture(scope="module")
def report() -> Document:
    return run(make_pdf(REPORT, INFO))


def test_line_end_hyphenation_is_undone_but_real_hyphens_stay(report):
    text = report.text
    assert "immigration enforcement role" in text
    assert "well-known community policing" in text  # the document spells it so elsewhere
    assert "state-of-the-art review" in text
    assert "Washington-Baltimore area" in text  # a capital after the hyphen: a name, not a syllable
    assert "enforce-" not in text


def test_running_header_and_page_numbers_are_dropped(report):
    assert "Restoring Community: Excerpts" not in report.text
    assert "Page 1 of 3" not in report.text and "of 3" not in report.text
    heading = report.passages[0]
    assert report.passage_text(heading) == "Restoring Community" and heading.kind == "heading"


def test_pages_keep_their_numbers_and_spans(report):
    assert_pages_consistent(report, 3)
    page_text = {page.number: report.text[page.start : page.end] for page in report.pages}
    assert "enforcement" in page_text[1]
    assert "A second paragraph sits on page two." in page_text[2]
    assert page_text[3] == "Recommendations follow on the final page."


def test_paragraph_cut_by_a_page_break_is_one_passage(report):
    sentence = (
        "Criminals are the biggest benefactors when immigrants fear the police,"
        " the report states, and victims stop coming forward."
    )
    passage = next(p for p in report.passages if report.passage_text(p) == sentence)
    assert passage.page == 1
    assert report.page_at(report.text.index("victims stop")) == 2
    assert [report.passage_text(p) for p in report.passages].count(sentence) == 1


def test_metadata_from_the_info_dictionary(report):
    assert report.title == "Restoring Community \u2014 Excerpts"
    assert report.author == "Compiled from press coverage"
    assert report.date == "2011-08-15T09:30:00-05:00"


def test_two_generated_columns_read_left_then_right():
    left = body(
        700,
        "The left column opens the story with",
        "a first paragraph that runs down the",
        "page before the right column begins.",
    )
    right = [
        (330, y, size, text)
        for _, y, size, text in body(
            700, "Only then does the right column take", "up the thread and carry it to the", "end of the page."
        )
    ]
    document = run(make_pdf([left + right]))
    assert document.text.index("before the right column begins.") < document.text.index("Only then does the right")
    assert "the story with a first paragraph that runs down the page" in document.text


def test_dispatcher_sets_path_format_and_kind():
    document = extract_bytes(make_pdf(REPORT, INFO), "reports/restoring-community.pdf")
    assert (document.path, document.format, document.kind) == ("reports/restoring-community.pdf", "pdf", "report")
    assert [page.number for page in document.pages] == [1, 2, 3]


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n",
        b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
        b"%PDF-1.4\n1 0 obj\n" + b"[" * 50_000 + b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        make_pdf(REPORT)[:700],
    ],
    ids=["header-only", "binary-junk", "nested-arrays", "cut-short"],
)
def test_junk_ends_as_a_one_line_reason(data):
    result = run(data)
    assert isinstance(result, ExtractionError)
    assert result.reason.startswith(("damaged PDF", "truncated PDF")) and "\n" not in result.reason


def test_blank_page_is_no_text_not_success():
    result = run(make_pdf([[]]))
    assert isinstance(result, ExtractionError) and result.reason == "no text found in PDF"


def test_a_failing_page_is_skipped_and_the_rest_kept(monkeypatch):
    original = pdf_module.PDFPageInterpreter.process_page
    calls = []

    def flaky(self, page):
        calls.append(page)
        if len(calls) == 2:
            raise ValueError("broken content stream")
        return original(self, page)

    monkeypatch.setattr(pdf_module.PDFPageInterpreter, "process_page", flaky)
    document = run(make_pdf(REPORT))
    assert isinstance(document, Document)
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert document.pages[1].start == document.pages[1].end  # page 2 is empty, not renumbered
    assert "A second paragraph" not in document.text and "Recommendations follow" in document.text
    assert any("page 2" in warning for warning in document.warnings)


def test_the_callers_time_limit_is_not_taken_for_damage(monkeypatch):
    def slow(self, page):
        raise TimeoutError("worker time limit")

    monkeypatch.setattr(pdf_module.PDFPageInterpreter, "process_page", slow)
    with pytest.raises(TimeoutError):
        extract_pdf(make_pdf(REPORT))


def test_no_pdfminer_exception_escapes(monkeypatch):
    def explode(self, page):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(pdf_module.PDFPageInterpreter, "process_page", explode)
    result = run(make_pdf(REPORT))
    assert isinstance(result, ExtractionError)
    assert result.reason.startswith("damaged PDF") and "\n" not in result.reason
