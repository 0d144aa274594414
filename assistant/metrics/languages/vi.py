"""Vietnamese (vi): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} là {value}",
    "where_school": " tại {id}",
    "where_route": " trên tuyến {id}",
    "where_state": " trên toàn tiểu bang",
    "where_national": " trên toàn quốc",
    "met": ". Mục tiêu của kế hoạch là {target}. Vì vậy mục tiêu đã đạt",
    "not_met": ". Mục tiêu của kế hoạch là {target}. Vì vậy mục tiêu chưa đạt",
    "lapsed": ". Mục tiêu của kế hoạch ({target}) khi đó không còn áp dụng",
    "aim": ". Kế hoạch muốn {target}, nhưng không đưa ra con số cụ thể",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Đây là số liệu mới nhất chúng tôi có, từ {age} trước",
    "undated": ". Nguồn không cho biết số liệu này được đo khi nào",
    "disagree": ". Các nguồn không thống nhất: một nguồn khác đưa ra {values}",
    "disagree_plain": ". Các nguồn không thống nhất về số liệu này",
    "and": " và ",
    "no_data": (
        "Bảng số liệu của chúng tôi chưa có con số nào cho {name}, "
        "nên chúng tôi không thể nói con số đó là bao nhiêu."
    ),
    "no_metric": "Bảng số liệu của chúng tôi không có con số nào trả lời câu hỏi này.",
    "date": "ngày {day} {month} năm {year}",
    "month_year": "{month} năm {year}",
    "sy": "năm học {years}",
    "fy": "năm tài chính {year}",
    "qy": "quý {q} năm {year}",
    "class": "khóa tốt nghiệp {year}",
    "fall": "mùa thu năm {year}",
    "review": "đợt đánh giá của tiểu bang năm {year}",
    "planned": "{period} (dự kiến)",
    "year": "năm {year}",
    "between": "từ {a} đến {b}",
    "from_to": "từ {a} đến {b}",
    "since": "kể từ {a}",
    "on_day": "Vào {date}",
    "in_period": "Trong {period}",
    "lead_month_year": "Vào {period}",
    "lead_class": "Với {period}",
    "as_of": "tính đến {date}",
    "target_label": "mục tiêu: {target}",
    "note_label": "ghi chú: {note}",
    "source_label": "nguồn: {url}",
    "age_label": "thời gian: {age} trước",
    "no_value": "không có số liệu",
    "days": "{n} ngày",
    "months": "{n} tháng",
    "years": "{n} năm",
    "about": "khoảng {v}",
    "nearly": "gần {v}",
    "more than": "hơn {v}",
    "at least": "ít nhất {v}",
    "less than": "dưới {v}",
    "million": "{v} triệu",
    "billion": "{v} tỷ",
    "percent": "{v}%",
    "percent_per_year": "{v}% mỗi năm",
    "usd": "{v} đô la",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = tuple(f"tháng {m}" for m in range(1, 13))
UNIT_WORDS = {
    "schools": "trường",
    "students": "học sinh",
    "reports": "báo cáo",
    "drivers": "tài xế",
    "projects": "dự án",
    "units": "máy",
    "sensors": "cảm biến",
    "mandates": "yêu cầu",
    "stops": "điểm dừng",
    "count": "",
}
# folded text: "đúng giờ" is matched as "dung gio"
METRIC_PATTERNS = (
    r"\bbao nhieu\b",
    r"\b(ty le|phan tram|trung binh|tong so|so lieu|thong ke|con so|xu huong)\b",
    r"%",
    r"\b(dung gio|tre gio|den tre|bi tre|den muon|cham tre|tre hen)\b",
    r"\b(muc tieu|chi tieu)\b",
    r"\b(dat duoc|da dat|co dat|chua dat|dat muc tieu)\b",
    r"\b(tien do|tien trien|da cai thien|co cai thien|tot hon|te hon|tinh hinh|tinh trang)\b",
    r"\b(bay gio|hien nay|hien tai|moi nhat|hom nay|nam nay|nam ngoai|van con)\b",
    r"\b(ghi danh|nhap hoc|so hoc sinh|tot nghiep|ngan sach|chi phi|kinh phi|tai tro)\b",
    r"\bda (duoc )?(cai tao|sua chua|hoan thanh|hoan tat|tuyen|lap dat|phe duyet)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\b(ke hoach|chinh sach|thong tu|tai lieu) (noi gi|quy dinh gi)\b",
    r"\b(la ai|ai la|co nghia la gi|nghia la gi)\b",
    r"\b(tim|doc) .*o dau\b",
    r"\b(lam the nao de|lam sao de|toi phai lam gi|cach nao de)\b",
)
COUNT_PATTERN = r"\bbao nhieu\b"
TARGET_PATTERN = r"\b(muc tieu|chi tieu|dat duoc|da dat)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(toan quoc|ca nuoc|quoc gia)\b",
    "state": r"\b(toan tieu bang|tieu bang|massachusetts)\b",
}
STOP_WORDS = (
    "co khong cac nhung cua la va cho duoc bao nhieu bay hien nay tai trong voi nay do thi "
    "da dang se chua roi khi nao gi ai o mot nhu the ve ra vao den moi nhat hom "
    "bps boston ke hoach cong lap"
)
