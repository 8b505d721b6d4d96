"""Ruled tables found from ruling lines alone (rfpcheck.load.pdf_tables), as pdfplumber's "lines" strategy
finds them, and read from real PDFs through pdfium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from rfpcheck.load.pdf_tables import Rule, rule, tables


def grid(xs: list[float], ys: list[float]) -> list[Rule]:
    """Full-length rules at every x and y: a plain ruled grid."""
    return [Rule(False, y, xs[0], xs[-1]) for y in ys] + [Rule(True, x, ys[0], ys[-1]) for x in xs]


def cell_boxes(rules: list[Rule]) -> list[list[tuple[float, ...]]]:
    return [[tuple(round(v, 1) for v in box) for row in table.rows for box in row] for table in tables(rules)]


def test_a_grid_is_one_table_of_rows_and_cells() -> None:
    (table,) = tables(grid([0, 100, 250], [0, 20, 40, 60]))
    assert table.box == (0, 0, 250, 60)
    assert [len(row) for row in table.rows] == [2, 2, 2]
    assert table.rows[1] == ((0, 20, 100, 40), (100, 20, 250, 40))


def rects(xs: list[float], ys: list[float]) -> list[Rule]:
    """Each cell drawn as its own rectangle, as fpdf2 and many writers do: shared sides drawn twice."""
    out = []
    for x0, x1 in zip(xs, xs[1:]):
        for y0, y1 in zip(ys, ys[1:]):
            out += [rule(x0, y0, x1, y0), rule(x1, y0, x1, y1), rule(x1, y1, x0, y1), rule(x0, y1, x0, y0)]
    return out


def thin_bars(xs: list[float], ys: list[float]) -> list[Rule]:
    """Rules drawn as filled bars half a point thick, as Word and LibreOffice often do: two edges each."""
    out = []
    for y in ys:
        out += [rule(xs[0], y, xs[-1], y), rule(xs[0], y + 0.5, xs[-1], y + 0.5)]
    for x in xs:
        out += [rule(x, ys[0], x, ys[-1]), rule(x + 0.5, ys[0], x + 0.5, ys[-1])]
    return out


def pieces(xs: list[float], ys: list[float]) -> list[Rule]:
    """Every rule broken into one piece per cell side, with hairline gaps and a point of jitter."""
    out = []
    for i, y in enumerate(ys):
        out += [Rule(False, y + (i % 2) * 1.0, x0 + 0.5, x1 - 0.5) for x0, x1 in zip(xs, xs[1:])]
    for x in xs:
        out += [Rule(True, x - 0.8, y0 + 1, y1 - 1) for y0, y1 in zip(ys, ys[1:])]
    return out


@pytest.mark.parametrize("draw", [grid, rects, thin_bars, pieces], ids=["grid", "rects", "thin-bars", "pieces"])
def test_the_way_rules_are_drawn_does_not_change_the_cells(draw) -> None:
    """One rectangle per cell, bars with two edges, rules in pieces: the same three-by-two table."""
    (cells,) = cell_boxes(draw([72, 200, 400], [100, 120, 140, 160]))
    assert len(cells) == 6
    assert len({c[1] for c in cells}) == 3  # three rows
    assert all(abs(c[0] - 72) < 2 or abs(c[0] - 200) < 2 for c in cells)


def test_a_merged_cell_is_one_cell() -> None:
    """A header spanning both columns: no vertical rule through its row."""
    rules = [Rule(False, y, 0, 300) for y in (0, 20, 40, 60)]
    rules += [Rule(True, 0, 0, 60), Rule(True, 300, 0, 60), Rule(True, 120, 20, 60)]
    (table,) = tables(rules)
    assert [len(row) for row in table.rows] == [1, 2, 2]
    assert table.rows[0] == ((0, 0, 300, 20),)


def test_one_framed_box_is_not_a_table() -> None:
    """A box around a paragraph has one cell: text, not a table."""
    assert tables(grid([72, 540], [100, 300])) == []


def test_two_tables_apart_are_two_tables_top_to_bottom() -> None:
    rules = grid([0, 50, 100], [400, 420, 440]) + grid([0, 80, 200], [100, 120, 140])
    first, second = tables(rules)
    assert first.box[1] == 100 and second.box[1] == 400


@pytest.mark.parametrize("rules", [
    [Rule(False, y, 0, 500) for y in (100, 130, 160)],  # rules across only (booktabs style)
    [Rule(True, x, 0, 500) for x in (100, 200)],  # rules down only (a column divider)
    [Rule(False, 100, 0, 500)],  # the line under a running header
    [],
], ids=["across-only", "down-only", "header-rule", "nothing"])
def test_rules_that_enclose_no_cells_make_no_table(rules: list[Rule]) -> None:
    assert tables(rules) == []


@pytest.mark.parametrize("points, expected", [
    ((0, 10, 50, 10), Rule(False, 10, 0, 50)),
    ((50, 10.3, 0, 10), Rule(False, 10.15, 0, 50)),  # drawn right to left, a hair off level
    ((7, 0, 7, 30), Rule(True, 7, 0, 30)),
    ((0, 0, 30, 30), None),  # slanted: a chart's line, not a rule
    ((5, 5, 5, 5), None),  # a dot
])
def test_straight_pieces_become_rules(points, expected) -> None:
    assert rule(*points) == expected


def test_short_pieces_are_not_rules() -> None:
    """The short ends of a thick bar are not the sides of cells."""
    assert tables(grid([0, 2], [0, 2, 4])) == []


# --- through real PDFs -----------------------------------------------------


def _fpdf_table(path: Path, rows: list[tuple[str, ...]], **options) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 14, "Please manage our social media accounts as set out below.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    with pdf.table(**options) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(10)
    pdf.multi_cell(0, 14, "Proposals are due on 14 March.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


ROWS = [("Channel", "Volume", "Notes"),
        ("Instagram", "5 posts per week", "Reels count as posts, and stories do not count at all"),
        ("LinkedIn", "3 posts per week", "Company page only")]


@pytest.mark.parametrize("options", [
    {},
    {"col_widths": (20, 30, 50)},  # narrow columns: the notes wrap over several lines in their cell
    {"cell_fill_color": (230, 230, 230), "cell_fill_mode": "ROWS"},  # shaded rows: filled boxes under the rules
], ids=["plain", "wrapping-cells", "shaded-rows"])
def test_a_pdf_table_is_read_row_by_row(tmp_path: Path, options: dict) -> None:
    from rfpcheck.load import load

    doc = load(_fpdf_table(tmp_path / "t.pdf", ROWS, **options))
    rows = [b.text for b in doc.blocks if b.kind == "table_row"]
    assert rows == [" | ".join(r) for r in ROWS]
    paragraphs = [b.text for b in doc.blocks if b.kind != "table_row"]
    assert paragraphs == ["Please manage our social media accounts as set out below.", "Proposals are due on 14 March."]


def test_a_table_in_a_libreoffice_pdf_is_read_row_by_row(tmp_path: Path) -> None:
    """Word processors draw rules their own way (LibreOffice: filled bars); the rows read the same."""
    from docx import Document

    from rfpcheck.load import load

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("LibreOffice is not installed, and CI must run this test (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed: `apt-get install libreoffice-writer-nogui` to run this test")
    word = Document()
    word.add_paragraph("Please manage our social media accounts as set out below.")
    table = word.add_table(rows=len(ROWS), cols=3)
    table.style = word.styles["Table Grid"]
    for r, cells in enumerate(ROWS):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    word.add_paragraph("Proposals are due on 14 March.")
    word.save(tmp_path / "rfp.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(tmp_path / "rfp.docx")],
                   check=True, capture_output=True, timeout=120)
    doc = load(tmp_path / "rfp.pdf")
    assert [b.text for b in doc.blocks if b.kind == "table_row"] == [" | ".join(r) for r in ROWS]
    assert doc.text.count("5 posts per week") == 1


# --- what the first review found: tables with open sides, tight rows, landscape pages, huge paths ------


def _grid_content(rows: list[tuple[str, ...]], *, x: float = 72, y: float = 600, width: float = 110,
                  height: float = 20, outer: bool = True, baseline: float = 6) -> bytes:
    """A ruled table drawn by hand: rules across every row, rules down between (and, with `outer`, around)
    the columns, each cell's text `baseline` points above its lower rule."""
    cols, ops = len(rows[0]), [b"0.5 w"]
    for r in range(len(rows) + 1):
        ops.append(b"%g %g m %g %g l S" % (x, y - r * height, x + cols * width, y - r * height))
    for c in range(0 if outer else 1, cols + 1 if outer else cols):
        ops.append(b"%g %g m %g %g l S" % (x + c * width, y, x + c * width, y - len(rows) * height))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            ops.append(b"BT /F1 10 Tf %g %g Td (%s) Tj ET" % (x + c * width + 4, y - (r + 1) * height + baseline,
                                                            text.encode()))
    return b"BT /F1 11 Tf 72 740 Td (Please manage our social media accounts.) Tj ET\n" + b"\n".join(ops)


OPEN = [("Channel", "Posts/week", "Budget", "Notes"), ("Instagram", "5", "$2,000", "Reels"),
        ("Facebook", "3", "$1,000", "Events")]


def test_a_table_without_outer_rules_keeps_all_its_text(tmp_path: Path) -> None:
    """Rules only between the columns enclose the inner columns alone: read as lines, no word lost."""
    from hostile_docs import raw_pdf

    from rfpcheck.load import load

    path = tmp_path / "open.pdf"
    path.write_bytes(raw_pdf(_grid_content(OPEN, outer=False)))
    text = load(path).text
    for word in ("Instagram", "Facebook", "Reels", "Events", "$2,000", "Posts/week"):
        assert text.count(word) == 1, word


def test_a_descender_from_the_row_above_stays_in_its_row(tmp_path: Path) -> None:
    """Text set a point above its rule: the "g" of "Instagram" hangs into the row below."""
    from hostile_docs import raw_pdf

    from rfpcheck.load import load

    rows = [("Channel", "Posts", "Notes"), ("Instagram", "5", "Reels"), ("Facebook", "3", "Events")]
    path = tmp_path / "tight.pdf"
    path.write_bytes(raw_pdf(_grid_content(rows, width=100, height=12, baseline=1)))
    assert [b.text for b in load(path).blocks if b.kind == "table_row"] == [" | ".join(r) for r in rows]


def test_a_landscape_page_turned_by_rotate_reads_upright(tmp_path: Path) -> None:
    """Portrait content turned a quarter and shown upright by /Rotate 90, as print drivers make landscape
    pages: the table is read by its rows, not its columns."""
    import pypdfium2 as pdfium

    from rfpcheck.load import load

    upright = _fpdf_table(tmp_path / "upright.pdf", ROWS)
    pdf = pdfium.PdfDocument(upright)
    page = pdf[0]
    width, height = page.get_width(), page.get_height()
    for obj in list(page.get_objects(max_depth=1)):
        obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, height, 0))  # a quarter turn
    page.set_mediabox(0, 0, height, width)
    page.set_rotation(90)
    page.gen_content()
    pdf.save(tmp_path / "landscape.pdf")
    pdf.close()
    turned, plain = load(tmp_path / "landscape.pdf"), load(upright)
    # (on a turned page pdfium marks no break between a cell's wrapped lines: "do" + "not" run together)
    assert [(b.kind, b.text.replace(" ", "")) for b in turned.blocks] == [
        (b.kind, b.text.replace(" ", "")) for b in plain.blocks]


def test_one_path_of_thousands_of_lines_is_not_searched_for_tables(tmp_path: Path) -> None:
    """A drawing of one path with 25,000 pieces: the page's text is read, the table search skipped."""
    from hostile_docs import raw_pdf

    from rfpcheck.load import load

    lines = b" ".join(b"%d %d m %d %d l" % (72 + i % 400, 100 + i // 400, 72 + i % 400, 110 + i // 400)
                      for i in range(25_000))
    path = tmp_path / "drawing.pdf"
    path.write_bytes(raw_pdf(b"BT /F1 12 Tf 72 720 Td (Manage our Instagram account.) Tj ET\n" + lines + b" S"))
    doc = load(path)
    assert "Manage our Instagram account." in doc.text
    assert "too many to look for tables in" in doc.notes[0]
