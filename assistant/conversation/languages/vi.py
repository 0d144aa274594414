"""Vietnamese (vi): follow-up markers, pronouns, question leads and topic words (see `en`).

Vietnamese asks "what about X" as "còn X thì sao?", and puts the question word last
("Mục tiêu ... là gì?"), so `SUFFIXES` and `TAILS` matter more than `LEADS`.
"""

from __future__ import annotations

MARKERS = ("còn", "thế còn", "vậy còn", "và", "còn về", "và còn", "còn đối với", "còn với",
           "cũng vậy với", "ngoài ra")
SUFFIXES = ("thi sao", "thi the nao", "thi sao a", "the nao", "ra sao")
PREPOSITIONS = ("ve", "cho", "voi", "doi voi", "cua")
ARTICLES = ("cac", "nhung")
CONTRACTIONS: tuple[str, ...] = ()
PRONOUNS = ("việc đó", "điều đó", "cái đó", "việc này", "điều này", "cái này", "đó", "nó")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = "ai gi nao sao bao nhieu khi the la co khong"
LEADS = (
    r"ke hoach (da )?(hua|cam ket|noi|yeu cau) (gi|nhung gi) (ve|cho|doi voi) ",
    r"(dieu gi|chuyen gi) da xay ra (voi|cho) ",
    r"(ai|bao nhieu|khi nao|bao gio|tai sao|lam sao) ",
)
TAILS = (
    r" (la gi|la bao nhieu|la khi nao|la ai|khi nao|bao gio|the nao|ra sao|nhu the nao|"
    r"la sao|co khong|chua)$",
    r" (hien nay|bay gio|hom nay|nam nay)$",
)
FACETS = {
    "target": ("muc tieu", "chi tieu"),
    "deadline": ("han chot", "thoi han", "khi nao", "bao gio", "den bao gio"),
    "responsible": ("ai", "chiu trach nhiem", "kiem tra", "giam sat", "phu trach"),
    "promise": ("hua", "loi hua", "cam ket"),
    "status": ("xay ra", "tien do", "tinh hinh", "dat duoc", "hoan thanh"),
    "count": ("bao nhieu", "so luong", "ty le", "phan tram", "con so"),
}
TEMPLATES = {
    "target": "Mục tiêu cho {topic} là gì?",
    "deadline": "Hạn chót cho {topic} là khi nào?",
    "responsible": "Ai chịu trách nhiệm về {topic}?",
    "promise": "Kế hoạch đã hứa gì về {topic}?",
    "status": "Điều gì đã xảy ra với {topic}?",
    "count": "Các con số về {topic} là gì?",
    "general": "Các kế hoạch nói gì về {topic}?",
}
CONNECTOR = "về"
SUBJECT_FIRST = False
TIME_WORDS = ("bay gio", "hien nay", "hom nay", "nam ngoai", "nam truoc", "nam nay", "nam sau",
              "nam", "tu", "truoc", "sau", "trong", "nam hoc", "mua thu")
AREAS = {
    "transportation": ("đưa đón học sinh", "xe buýt", "xe buýt trường học", "tài xế",
                       "đúng giờ", "trễ", "tuyến xe", "giao thông"),
    "english-learners": ("học sinh đang học tiếng anh", "học sinh học tiếng anh",
                         "người học tiếng anh", "học sinh đa ngôn ngữ", "esl", "slife",
                         "song ngữ"),
    "special-education": ("giáo dục đặc biệt", "học sinh khuyết tật", "khuyết tật", "iep",
                          "hòa nhập", "giáo dục hòa nhập"),
    "student-safety": ("an toàn học sinh", "an toàn", "kiềm chế thân thể", "kiềm chế",
                       "bắt nạt", "bạo lực"),
    "facilities": ("cơ sở vật chất", "nhà vệ sinh", "tòa nhà", "sửa chữa", "cải tạo"),
    "transformation-schools": ("trường chuyển đổi", "các trường chuyển đổi"),
    "data": ("dữ liệu", "tỷ lệ tốt nghiệp", "kiểm toán"),
    "accountability": ("trách nhiệm giải trình", "chuyên cần"),
}
AREA_LABELS = {
    "transportation": "xe buýt trường học",
    "english-learners": "học sinh đang học tiếng Anh",
    "special-education": "giáo dục đặc biệt",
    "student-safety": "an toàn học sinh",
    "facilities": "cơ sở vật chất và nhà vệ sinh",
    "transformation-schools": "các trường chuyển đổi",
    "data": "dữ liệu",
    "accountability": "trách nhiệm giải trình",
}
PLANS = {
    "sip": ("kế hoạch cải thiện toàn hệ thống", "sip"),
    "inclusive-education": ("kế hoạch giáo dục hòa nhập",),
    "multilingual-learners": ("kế hoạch chiến lược cho học sinh đa ngôn ngữ", "omme"),
    "circulars": ("thông tư", "thông tư của tổng giám đốc học khu"),
}
