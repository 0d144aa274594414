"""Chinese, simplified (zh): metric sentences, unit words, month names, question patterns."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}，{where}{name}为{value}",
    "where_school": "{id}的",
    "where_route": "{id}号线路的",
    "where_state": "全州的",
    "where_national": "全国的",
    "met": "。计划的目标是{target}。因此达到了目标",
    "not_met": "。计划的目标是{target}。因此没有达到目标",
    "lapsed": "。计划的目标（{target}）当时已不再适用",
    "aim": "。计划的目标是{target}，但没有给出具体数字",
    "cite": "[{n}]。",
    "end": "。",
    "stale": "。这是我们掌握的最新数字，来自{age}前",
    "undated": "。来源没有说明这个数字是什么时候测得的",
    "disagree": "。各来源说法不一：另一来源给出的数字是{values}",
    "disagree_plain": "。各来源对这个数字说法不一",
    "and": "和",
    "no_data": "我们的数据表中还没有{name}的数字，所以我们无法说出它是多少。",
    "no_metric": "我们的数据表中没有能回答这个问题的数字。",
    "date": "{year}年{month}{day}日",
    "month_year": "{year}年{month}",
    "sy": "{years}学年",
    "fy": "{year}财政年度",
    "qy": "{year}年第{q}季度",
    "class": "{year}届",
    "fall": "{year}年秋季",
    "review": "{year}年的州审查",
    "planned": "{period}（计划）",
    "year": "{year}年",
    "between": "{a}至{b}期间",
    "from_to": "{a}至{b}",
    "since": "自{a}以来",
    "on_day": "{date}",
    "in_period": "{period}",
    "lead_class": "{period}学生中",
    "lead_review": "在{period}中",
    "as_of": "截至{date}",
    "target_label": "目标：{target}",
    "note_label": "备注：{note}",
    "source_label": "来源：{url}",
    "age_label": "时间：{age}前",
    "no_value": "无数据",
    "days": "{n}天",
    "months": "{n}个月",
    "years": "{n}年",
    "about": "约{v}",
    "nearly": "近{v}",
    "more than": "超过{v}",
    "at least": "至少{v}",
    "less than": "不到{v}",
    "million": "{v} million",
    "billion": "{v} billion",
    # like the plan summaries: "$10 million（一千万美元）", no new digits
    "usd_big": "${v} {scale}（{words}美元）",
    "percent": "{v}%",
    "percent_per_year": "每年{v}%",
    "usd": "{v}美元",
    "unit": "{v}{word}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = ("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月")
# a measure word and its noun; when the name already has the noun, only the measure word follows
UNIT_WORDS = {
    "schools": "所学校",
    "students": "名学生",
    "reports": "份报告",
    "drivers": "名司机",
    "projects": "个项目",
    "units": "台空调",
    "sensors": "个传感器",
    "mandates": "项任务",
    "stops": "个站点",
    "count": "",
}
# Chinese has no spaces: the patterns match anywhere
METRIC_PATTERNS = (
    r"多少",
    r"几(所|个|名|位|辆|次|年|天|成)",
    r"(百分之|百分比|比例|比率|准时率|毕业率|平均|总数|总额|数据|数字|统计|趋势)",
    r"%",
    r"(准时|准点|按时|迟到|晚点|延误|延迟)",
    r"(目标|指标)",
    r"(达到|达成|实现了|完成了|有没有完成|是否完成)",
    r"(进展|进度|改善|好转|变好|变差|怎么样|如何了)",
    r"(现在|目前|最新|今天|今年|去年|至今|仍然)",
    r"(入学人数|注册人数|在校生|毕业|预算|费用|花费|成本|经费|资金|开支)",
    r"(翻新了|已翻新|已完成|雇用了|招聘了|安装了|批准了)",
)
TEXT_ONLY_PATTERNS = (
    r"(计划|政策|通告|文件)(里|中)?(怎么说|说了什么|规定了什么)",
    r"(是谁|谁是|什么是|是什么意思|指的是什么)",
    r"在哪里(可以|能)?(找到|看到|读到)",
    r"(如何|怎么|怎样)(申请|办理|报名|联系|提出|要求|获得|投诉|请求)",
)
COUNT_PATTERN = r"(多少|几(所|个|名|位|辆|次|年|天))"
TARGET_PATTERN = r"(目标|指标|达到|达成|实现)"
WIDE_SCOPE_PATTERNS = {
    "national": r"(全国|全美|美国)",
    "state": r"(全州|州内|马萨诸塞|麻州|massachusetts)",
}
# words first, then single characters, are dropped before Chinese text is cut into pairs
STOP_WORDS = (
    "现在 目前 最新 多少 什么 怎么样 怎么 如何 是否 已经 有没有 请问 波士顿 公立学校 学区 计划 "
    "的 了 吗 呢 吧 啊 是 有 在 和 与 及 或 被 把 个 所 名 么 这 那 哪 都 也 就 我 你 他 她 们 "
    "bps boston"
)


def polish(text: str) -> str:
    """Put qualifiers where Chinese puts them: '为约80%' -> '约为80%'."""
    for old, new in (("为约", "约为"), ("为近", "接近"), ("为超过", "超过"), ("为至少", "至少为")):
        text = text.replace(old, new)
    return text.replace("为不到", "不到")
