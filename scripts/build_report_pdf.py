"""Build corpus/reports/restoring-community-excerpts.pdf from scripts/report_source.txt.

The PDF is committed, so this only needs running when the text source changes:

    .venv/bin/pip install -e '.[corpus]'
    .venv/bin/python scripts/build_report_pdf.py

The layout is that of a small report: a title page, then one section per page
with a running header and a page number on every page after the title page.
Text is set in DejaVu (a Unicode TrueType font) so that curly quotes and dashes
are kept as they are in the source; fpdf2 wraps lines only at spaces, so no
word of a passage is hyphenated or altered.

The output is reproducible and carries no creation date: fpdf2 always writes
one, so the build gives it a fixed placeholder and then blanks that entry out
with spaces of the same length (the cross-reference offsets stay valid). A
date in the PDF's metadata would otherwise be taken for the report's date,
which the press coverage does not give.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).resolve().parent / "report_source.txt"
OUTPUT = ROOT / "corpus" / "reports" / "restoring-community-excerpts.pdf"

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
FONT_FILES = {
    ("serif", ""): "DejaVuSerif.ttf",
    ("serif", "B"): "DejaVuSerif-Bold.ttf",
    ("serif", "I"): "DejaVuSerif-Italic.ttf",
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
}

#: Written by fpdf2 as the creation date, then blanked out (see the module docstring).
PLACEHOLDER_DATE = datetime(1970, 1, 1, tzinfo=timezone.utc)

FRONT_KEY = re.compile(r"^([A-Za-z]+):\s+(.+)$")
LIST_ITEM = re.compile(r"^(\d+)\.\s+(.+)$")


@dataclass
class Block:
    kind: str  # "subheading" | "note" | "quote" | "item" | "para"
    text: str
    number: str = ""


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


def parse_source(text: str) -> tuple[dict[str, str], list[Section]]:
    """The front matter (`Key: value` lines) and the sections of the text source."""
    lines = [line.rstrip() for line in text.splitlines() if not line.startswith("%")]
    front: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and lines[index].strip():
        match = FRONT_KEY.match(lines[index].strip())
        if not match:
            raise SystemExit(f"{SOURCE.name}: not a 'Key: value' line: {lines[index]!r}")
        front[match.group(1).lower()] = match.group(2).strip()
        index += 1

    sections: list[Section] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            if not sections:
                raise SystemExit(f"{SOURCE.name}: body text before the first '# Heading'")
            sections[-1].blocks.append(Block("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in lines[index:]:
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("## "):
            flush()
            sections[-1].blocks.append(Block("subheading", line[3:].strip()))
        elif line.startswith("# "):
            flush()
            sections.append(Section(line[2:].strip()))
        elif line.startswith("! "):
            flush()
            sections[-1].blocks.append(Block("note", line[2:].strip()))
        elif line.startswith("> "):
            flush()
            sections[-1].blocks.append(Block("quote", line[2:].strip()))
        elif LIST_ITEM.match(line):
            flush()
            match = LIST_ITEM.match(line)
            sections[-1].blocks.append(Block("item", match.group(2), number=match.group(1)))
        else:
            paragraph.append(line)
    flush()
    for key in ("title", "header", "label"):
        if key not in front:
            raise SystemExit(f"{SOURCE.name}: the front matter needs a '{key.title()}:' line")
    return front, sections


def find_font(name: str) -> Path:
    for folder in FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise SystemExit(
        f"font {name} not found in {', '.join(str(d) for d in FONT_DIRS)}; "
        "install DejaVu (Debian/Ubuntu: apt-get install fonts-dejavu-core)"
    )


class ReportPDF(FPDF):
    def __init__(self, running_header: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_header = running_header
        self.set_margins(left=25, top=25, right=25)
        self.set_auto_page_break(auto=True, margin=25)
        for (family, style), filename in FONT_FILES.items():
            self.add_font(family, style, str(find_font(filename)))

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(12)
        self.set_font("sans", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_header, align="C")
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, 18.5, self.w - self.r_margin, 18.5)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("sans", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def title_page(pdf: ReportPDF, front: dict[str, str]) -> None:
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("sans", "B", 30)
    pdf.multi_cell(0, 13, front["title"], align="C")
    if front.get("subtitle"):
        pdf.ln(4)
        pdf.set_font("serif", "", 13)
        pdf.multi_cell(0, 6.4, front["subtitle"], align="C")
    pdf.ln(16)
    pdf.set_font("sans", "B", 13)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.multi_cell(0, 11, front["label"].upper(), border=1, align="C")
    if front.get("notice"):
        pdf.ln(10)
        pdf.set_font("serif", "I", 10.5)
        pdf.multi_cell(0, 5.1, front["notice"], align="L")


def body_pages(pdf: ReportPDF, sections: list[Section]) -> None:
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for section in sections:
        pdf.add_page()
        pdf.set_font("sans", "B", 16)
        pdf.multi_cell(0, 8, section.heading, align="L")
        pdf.ln(5)
        for block in section.blocks:
            if block.kind == "subheading":
                pdf.set_font("sans", "B", 12)
                pdf.multi_cell(0, 6.5, block.text, align="L")
                pdf.ln(2)
            elif block.kind == "note":
                pdf.set_font("serif", "I", 9.5)
                pdf.set_text_color(70, 70, 70)
                pdf.multi_cell(0, 5, block.text, align="L")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(3)
            elif block.kind == "quote":
                pdf.set_font("serif", "", 11)
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(width - 20, 5.5, block.text, align="L")
                pdf.ln(5)
            elif block.kind == "item":
                pdf.set_font("serif", "", 11)
                indent = 8
                y = pdf.get_y()
                pdf.cell(indent, 5.5, f"{block.number}.")
                pdf.set_xy(pdf.l_margin + indent, y)
                pdf.multi_cell(width - indent, 5.5, block.text, align="L")
                pdf.ln(3)
            else:
                pdf.set_font("serif", "", 11)
                pdf.multi_cell(0, 5.5, block.text, align="L")
                pdf.ln(4)


def build(source: Path, output: Path) -> Path:
    front, sections = parse_source(source.read_text(encoding="utf-8"))
    pdf = ReportPDF(front["header"])
    pdf.set_title(f"{front['title']} — {front['label'].lower()}")
    pdf.set_subject(front.get("source", front["label"]))
    pdf.set_creator("scripts/build_report_pdf.py (archive)")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(PLACEHOLDER_DATE)
    title_page(pdf, front)
    body_pages(pdf, sections)
    data = bytes(pdf.output())
    entry = f"/CreationDate (D:{PLACEHOLDER_DATE:%Y%m%d%H%M%S}Z)".encode("ascii")
    if data.count(entry) != 1:
        raise SystemExit(f"expected one {entry!r} in the PDF, found {data.count(entry)}")
    data = data.replace(entry, b" " * len(entry))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="text source (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="PDF to write (default: %(default)s)")
    args = parser.parse_args(argv)
    path = build(args.source, args.output)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
