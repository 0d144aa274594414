"""Arabic (ar): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # {verb} and {reach} agree with the name's first word (see FEMININE_NAME)
    "value": "{when}، {verb} {name}{where} {reach} {value}",
    "verb_m": "كان",
    "verb_f": "كانت",
    "reach_m": "يبلغ",
    "reach_f": "تبلغ",
    "where_school": " في {id}",
    "where_route": " على الخط {id}",
    "where_state": " على مستوى الولاية",
    "where_national": " على المستوى الوطني",
    "met": ". هدف الخطة هو {target}. لذلك تحقق الهدف",
    "not_met": ". هدف الخطة هو {target}. لذلك لم يتحقق الهدف",
    "lapsed": ". هدف الخطة ({target}) لم يعد ساريًا في ذلك الوقت",
    "aim": ". تهدف الخطة إلى {target}، دون ذكر رقم محدد",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". هذا أحدث رقم لدينا، ويعود إلى ما قبل {age}",
    "undated": ". لا يذكر المصدر متى قيس هذا الرقم",
    "disagree": ". تختلف المصادر: يذكر مصدر آخر {values}",
    "disagree_plain": ". تختلف المصادر حول هذا الرقم",
    "and": " و",
    "no_data": "لا تحتوي جداول البيانات لدينا بعد على رقم لـ{name}، لذلك لا يمكننا أن نقول كم هو.",
    "no_metric": "لا تحتوي جداول البيانات لدينا على رقم يجيب عن هذا السؤال.",
    "date": "{day} {month} {year}",
    "month_year": "{month} {year}",
    "sy": "العام الدراسي {years}",
    "fy": "السنة المالية {year}",
    "qy": "الربع {q} من عام {year}",
    "class": "دفعة عام {year}",
    "fall": "خريف {year}",
    "review": "مراجعة الولاية لعام {year}",
    "planned": "{period} (مخطط له)",
    "year": "عام {year}",
    "between": "بين {a} و{b}",
    "from_to": "من {a} إلى {b}",
    "since": "منذ {a}",
    "on_day": "في {date}",
    "in_period": "في {period}",
    "lead_class": "بالنسبة إلى {period}",
    "as_of": "حتى {date}",
    "target_label": "الهدف: {target}",
    "note_label": "ملاحظة: {note}",
    "source_label": "المصدر: {url}",
    "age_label": "عمر الرقم: {age}",
    "no_value": "لا توجد بيانات",
    # Arabic counts: 3 to 10 take the plural, other numbers the singular accusative
    "days": "{n} يومًا",
    "days_two": "يومين",
    "months_two": "شهرين",
    "years_two": "سنتين",
    "days_few": "{n} أيام",
    "months": "{n} شهرًا",
    "months_few": "{n} أشهر",
    "years": "{n} سنة",
    "years_few": "{n} سنوات",
    "about": "نحو {v}",
    "nearly": "ما يقرب من {v}",
    "more than": "أكثر من {v}",
    "at least": "{v} على الأقل",
    "less than": "أقل من {v}",
    "million": "{v} مليون",
    "billion": "{v} مليار",
    "million_few": "{v} ملايين",
    "billion_few": "{v} مليارات",
    "percent": "{v}%",
    "percent_per_year": "{v}% سنويًا",
    "usd": "{v} دولار",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
FEMININE_NAME = r"^\S*ة(\s|$)"  # names whose first word ends in ة take كانت
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
# plurals: names say "the number of the schools" (عدد المدارس), which holds "مدارس"
UNIT_WORDS = {
    "schools": "مدارس",
    "students": "طلاب",
    "reports": "بلاغات",
    "drivers": "سائقين",
    "projects": "مشاريع",
    "units": "أجهزة",
    "sensors": "أجهزة استشعار",
    "mandates": "التزامات",
    "stops": "محطات",
    "count": "",
}
# after 11 or more (and after fractions) Arabic counts take the singular
UNIT_SINGULAR = {
    "schools": "مدرسة",
    "students": "طالب",
    "reports": "بلاغ",
    "drivers": "سائق",
    "projects": "مشروع",
    "units": "جهاز",
    "sensors": "جهاز استشعار",
    "mandates": "التزام",
    "stops": "محطة",
}
# folded text: diacritics dropped, أ إ آ written ا, ى written ي
METRIC_PATTERNS = (
    r"\b(كم|بكم)\b",
    r"\b(نسبه|النسبه|نسبة|النسبة|معدل|المعدل|متوسط|المتوسط|اجمالي|عدد|ارقام|الارقام|"
    r"احصاءات|الاحصاءات|بيانات عن)\b",
    r"%",
    r"(في الوقت المحدد|في موعدها|في الموعد|متاخر\w*|التاخير|تاخر\w*|تاخير)",
    r"\b(هدف|الهدف|اهداف|الاهداف|المستهدف)\b",
    r"\b(حقق|حققت|تحقق|يتحقق|بلغ|بلغت|وصلت الي الهدف)\b",
    r"\b(تقدم|التقدم|تحسن|تحسنت|الوضع|اسوا|افضل)\b",
    r"\b(الان|حاليا|اليوم|هذا العام|العام الماضي|لا يزال|لا تزال|ما زال|احدث)\b",
    r"\b(التسجيل|المسجلين|التخرج|تخرج|الميزانيه|ميزانيه|الميزانية|ميزانية|تكلفه|التكلفه|"
    r"تكلفة|التكلفة|تكلف|الانفاق|تمويل|التمويل)\b",
    r"\b(تم تجديد|جددت|اكتمل|اكتملت|تم توظيف|تم تركيب|تمت الموافقه|تمت الموافقة)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\b(ماذا تقول|ما الذي تقوله) (الخطه|الخطة|السياسه|السياسة|الوثيقه|الوثيقة|النشره|النشرة)\b",
    r"\b(من هو|من هي|ما معني|ماذا يعني|ماذا تعني|ما هي خطه|ما هي خطة)\b",
    r"\b(اين يمكنني|من اين)\b",
    r"\b(كيف يمكنني|كيف استطيع|كيف اطلب|كيف اقدم)\b",
)
COUNT_PATTERN = r"\b(كم|بكم)\b"
TARGET_PATTERN = r"\b(هدف|الهدف|اهداف|المستهدف|حقق\w*|تحقق)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"(الوطني|علي مستوي البلاد|في البلاد|الولايات المتحده)",
    "state": r"(علي مستوي الولايه|في الولايه|ماساتشوستس|massachusetts)",
}
STOP_WORDS = (
    "في من الي علي عن مع هل ما ماذا هو هي هم كان كانت يكون تكون هذا هذه ذلك تلك التي الذي "
    "الذين او و ثم قد لا لم لن ان كل بعد قبل حتي كم بكم الان حاليا اليوم لا يزال تزال "
    "بوسطن العامه خطه bps boston"
)
