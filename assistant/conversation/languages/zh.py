"""Chinese, simplified (zh): follow-up markers, pronouns, question leads and topic words.

Chinese has no spaces: each character is a word here, phrases are runs of characters, and
`LEADS`/`TAILS` are matched on the characters joined without spaces (see `en` for names).
"""

from __future__ import annotations

MARKERS = ("那", "那么", "还有", "那么关于", "关于", "至于", "那关于", "另外", "同样")
SUFFIXES = ("呢", "又如何", "的情况呢", "怎么样呢")
PREPOSITIONS = ("对于", "对", "关于", "给")
ARTICLES: tuple[str, ...] = ()
CONTRACTIONS: tuple[str, ...] = ()
PRONOUNS = ("这一点", "这件事", "那件事", "这个", "那个", "这些", "那些", "它", "此")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = ("请问", "什么", "多少", "谁", "哪", "几", "吗", "是", "有")
LEADS = (
    r"请问",
    r"(计划|学区|bps)(对|就|关于)?",
)
TAILS = (
    r"(是多少|是什么|是什么时候|什么时候|是谁|有哪些|怎么样|如何|是否达到|达到了吗|吗|呢)$",
    r"(现在|目前|今年)$",
)
FACETS = {
    "target": ("目标", "指标"),
    "deadline": ("截止", "期限", "什么时候", "何时", "到期", "最后期限"),
    "responsible": ("谁", "负责", "检查", "监督"),
    "promise": ("承诺", "保证"),
    "status": ("进展", "情况", "发生", "达到", "完成"),
    "count": ("多少", "几", "比例", "百分比", "数字"),
}
TEMPLATES = {
    "target": "{topic}的目标是什么？",
    "deadline": "{topic}的截止日期是什么时候？",
    "responsible": "谁负责{topic}？",
    "promise": "计划对{topic}承诺了什么？",
    "status": "{topic}的情况怎么样？",
    "count": "{topic}的数字是多少？",
    "general": "各计划关于{topic}说了什么？",
}
CONNECTOR = ""
SUBJECT_FIRST = True  # "什么时候截止？" after a question on buses -> "校车准点目标什么时候截止？"
TIME_WORDS = ("现在", "目前", "今天", "去年", "今年", "明年", "年", "之前", "之后", "学年", "秋季")
AREAS = {
    "transportation": ("交通", "校车", "巴士", "公交", "司机", "准时", "准点", "迟到", "路线"),
    "english-learners": ("英语学习者", "英语学习生", "多语言学习者", "学英语的学生", "esl", "slife",
                         "双语"),
    "special-education": ("特殊教育", "残障学生", "残疾学生", "残疾", "iep", "融合教育",
                          "全纳教育"),
    "student-safety": ("学生安全", "安全", "身体约束", "约束", "欺凌", "霸凌", "暴力"),
    "facilities": ("校舍设施", "校舍", "设施", "卫生间", "厕所", "洗手间", "维修", "翻新"),
    "transformation-schools": ("转型学校",),
    "data": ("数据", "毕业率", "毕业数据", "审计"),
    "accountability": ("问责", "出勤", "接管"),
}
AREA_LABELS = {
    "transportation": "校车",
    "english-learners": "英语学习者",
    "special-education": "特殊教育",
    "student-safety": "学生安全",
    "facilities": "校舍设施和卫生间",
    "transformation-schools": "转型学校",
    "data": "数据",
    "accountability": "问责",
}
PLANS = {
    "sip": ("系统性改进计划", "sip"),
    "inclusive-education": ("全纳教育计划", "融合教育计划"),
    "multilingual-learners": ("多语言学习者战略计划", "omme"),
    "circulars": ("通告", "督学通告"),
}
