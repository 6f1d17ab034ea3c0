#!/usr/bin/env python3
"""Reads an .xlsx as a spreadsheet program would (openpyxl) and prints what the tests check, as JSON:
every cell's value, type, number format, boldness, borders and wrapping; column widths; the frozen pane;
the print titles, paper size, orientation and fit-to-width; merged cells."""
import datetime
import json
import sys

import openpyxl
from openpyxl.cell.cell import MergedCell

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
cells = {}
for row in sheet.iter_rows():
    for cell in row:
        if isinstance(cell, MergedCell) or (cell.value is None and not cell.has_style):
            continue
        value = cell.value
        if isinstance(value, (datetime.datetime, datetime.date)):
            value = value.strftime("%d/%m/%Y")
        cells[cell.coordinate] = {
            "value": value,
            "type": {"n": "number", "s": "text", "d": "date", "f": "formula", "inlineStr": "text"}.get(cell.data_type, cell.data_type),
            "isDate": cell.is_date,
            "format": cell.number_format,
            "bold": bool(cell.font and cell.font.b),
            "font": cell.font.name if cell.font else None,
            "wrap": bool(cell.alignment and cell.alignment.wrap_text),
            "horizontal": cell.alignment.horizontal if cell.alignment else None,
            "border": all(getattr(cell.border, side).style == "thin" for side in ("left", "right", "top", "bottom")),
        }
print(json.dumps({
    "title": sheet.title,
    "cells": cells,
    "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
    "freeze": sheet.freeze_panes,
    "printTitleRows": sheet.print_title_rows,
    "paperSize": int(sheet.page_setup.paperSize) if sheet.page_setup.paperSize else None,
    "orientation": sheet.page_setup.orientation,
    "fitToWidth": sheet.page_setup.fitToWidth,
    "fitToPage": sheet.sheet_properties.pageSetUpPr.fitToPage if sheet.sheet_properties.pageSetUpPr else None,
    "merged": [str(r) for r in sheet.merged_cells.ranges],
}, ensure_ascii=False))
