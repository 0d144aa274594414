"""Raw tables: type inference, bad rows by line number, Excel and Parquet input, safe names."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assistant.errors import MetricsError
from assistant.metrics.rawtables import column_names, read_table, save_table


def _csv(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_types_are_inferred_and_headers_made_safe(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Trip Date,School,Delay (min),Speed,Monitor?,Logged At\n"
        "2025-01-06,Mather,-3,12.5,yes,2025-01-06 07:31:00\n"
        "2025-01-07,Quincy,,9,no,2025-01-07 07:40:00\n"
        "01/08/2025,Quincy,4,,true,\n",
    )
    frame, report = read_table(path)
    assert dict(report.columns) == {
        "trip_date": "date",
        "school": "text",
        "delay_min": "integer",
        "speed": "number",
        "monitor": "boolean",
        "logged_at": "timestamp",
    }
    assert ("Delay (min)", "delay_min") in report.renamed
    assert report.rows == 3
    assert frame["delay_min"].isna().tolist() == [False, True, False]
    assert str(frame["trip_date"][2]) == "2025-01-08"


def test_a_bad_value_refuses_the_file_with_its_line(tmp_path: Path) -> None:
    rows = "".join(f"2025-01-{d:02d},{d}\n" for d in range(1, 9))
    path = _csv(tmp_path, "date,delay\n" + rows + "2025-01-09,late\n")
    with pytest.raises(MetricsError) as err:
        read_table(path)
    assert "line 10: delay='late' is not an integer" in str(err.value)
    assert "nothing was added" in str(err.value)
    assert "--type COLUMN=text" in str(err.value)


def test_a_forced_type_accepts_the_column(tmp_path: Path) -> None:
    rows = "".join(f"2025-01-{d:02d},{d}\n" for d in range(1, 9))
    path = _csv(tmp_path, "date,delay\n" + rows + "2025-01-09,late\n")
    _, report = read_table(path, {"delay": "text"})
    assert dict(report.columns)["delay"] == "text"
    with pytest.raises(MetricsError, match="unknown column"):
        read_table(path, {"nope": "text"})


def test_line_numbers_count_quoted_line_breaks_and_short_rows(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        'school,note,delay\nMather,"two\nlines",3\nQuincy,ok\nHale,fine,2\n',
    )
    with pytest.raises(MetricsError, match=r"line 4: 2 cells, expected 3"):
        read_table(path)


def test_excel_rows_are_numbered_as_in_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "trips.xlsx"
    values = [str(i) for i in range(1, 9)] + ["n/a"]
    pd.DataFrame({"school": ["Mather"] * 9, "delay": values}).to_excel(path, index=False)
    with pytest.raises(MetricsError, match=r"line 10: delay='n/a' is not an integer"):
        read_table(path)
    good = tmp_path / "good.xlsx"
    pd.DataFrame(
        {"Day": pd.to_datetime(["2025-01-06", "2025-01-07"]), "Delay": [1.0, -2.0]}
    ).to_excel(good, index=False)
    _, report = read_table(good)
    assert dict(report.columns) == {"day": "date", "delay": "integer"}


def test_parquet_keeps_its_types_and_gets_safe_names(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    pd.DataFrame({"Arrival Delay": [1.5, 2.0], "2nd": ["a", "b"]}).to_parquet(path)
    frame, report = read_table(path)
    assert list(frame.columns) == ["arrival_delay", "col_2nd"]
    assert report.rows == 2


def test_unsupported_or_missing_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(MetricsError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(MetricsError, match=r"use a \.csv, \.parquet or \.xlsx"):
        read_table(_csv(tmp_path, "a\n1\n", "t.json"))
    with pytest.raises(MetricsError, match="is empty"):
        read_table(_csv(tmp_path, "", "empty.csv"))


def test_save_table_writes_parquet_atomically_and_checks_the_name(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1, 2]})
    path = save_table(frame, tmp_path / "tables", "bus_trips")
    assert path.name == "bus_trips.parquet"
    assert [p.name for p in (tmp_path / "tables").iterdir()] == ["bus_trips.parquet"]
    with pytest.raises(MetricsError, match="table name"):
        save_table(frame, tmp_path / "tables", "Bus-Trips; DROP")


def test_column_names_are_unique() -> None:
    assert column_names(["A", "a", "", "A"]) == ["a", "a_2", "col_3", "a_3"]
