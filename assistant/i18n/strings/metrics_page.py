"""Strings of the Metrics page, which families use to check how the plans are going."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "metrics_caption": (
            "Every figure comes from the metrics tables, with its date and source. "
            "Older figures are the latest we have."
        ),
        "metrics_series": "Over time",
        "metrics_download": "Download CSV",
        "metrics_no_data": "no data",
        "metrics_met": "target met",
        "metrics_not_met": "target not met",
        "metrics_target": "target",
        "metrics_no_target": "none stated",
    },
    "es": {
        "metrics_caption": (
            "Cada cifra viene de las tablas de indicadores, con su fecha y su fuente. "
            "Las cifras antiguas son las más recientes que tenemos."
        ),
        "metrics_series": "A lo largo del tiempo",
        "metrics_download": "Descargar CSV",
        "metrics_no_data": "sin datos",
        "metrics_met": "meta cumplida",
        "metrics_not_met": "meta no cumplida",
        "metrics_target": "meta",
        "metrics_no_target": "no indicada",
    },
    "ht": {
        "metrics_caption": (
            "Chak chif soti nan tablo endikatè yo, ak dat li ak sous li. "
            "Chif ki pi ansyen yo se dènye nou genyen."
        ),
        "metrics_series": "Avèk tan",
        "metrics_download": "Telechaje CSV",
        "metrics_no_data": "pa gen done",
        "metrics_met": "objektif la atenn",
        "metrics_not_met": "objektif la pa atenn",
        "metrics_target": "objektif",
        "metrics_no_target": "pa di",
    },
    "kea": {
        "metrics_caption": (
            "Kada númeru ta ben di tabelas di indikadoris, ku se data y se fonti. "
            "Númerus más antigu é más resenti ki nu ten."
        ),
        "metrics_series": "Ku tenpu",
        "metrics_download": "Baxa CSV",
        "metrics_no_data": "ka ten dadus",
        "metrics_met": "meta kunpridu",
        "metrics_not_met": "meta ka kunpridu",
        "metrics_target": "meta",
        "metrics_no_target": "ka sta indikadu",
    },
    "zh": {
        "metrics_caption": (
            "每个数字都来自指标表，并附有日期和来源。较旧的数字是我们现有的最新数字。"
        ),
        "metrics_series": "随时间变化",
        "metrics_download": "下载 CSV",
        "metrics_no_data": "无数据",
        "metrics_met": "已达到目标",
        "metrics_not_met": "未达到目标",
        "metrics_target": "目标",
        "metrics_no_target": "未说明",
    },
    "vi": {
        "metrics_caption": (
            "Mỗi con số đều lấy từ các bảng chỉ số, kèm ngày và nguồn. "
            "Các con số cũ là số mới nhất chúng tôi có."
        ),
        "metrics_series": "Theo thời gian",
        "metrics_download": "Tải CSV",
        "metrics_no_data": "không có dữ liệu",
        "metrics_met": "đạt mục tiêu",
        "metrics_not_met": "chưa đạt mục tiêu",
        "metrics_target": "mục tiêu",
        "metrics_no_target": "không nêu",
    },
    "pt": {
        "metrics_caption": (
            "Cada número vem das tabelas de indicadores, com a sua data e fonte. "
            "Os números mais antigos são os mais recentes que temos."
        ),
        "metrics_series": "Ao longo do tempo",
        "metrics_download": "Baixar CSV",
        "metrics_no_data": "sem dados",
        "metrics_met": "meta cumprida",
        "metrics_not_met": "meta não cumprida",
        "metrics_target": "meta",
        "metrics_no_target": "não indicada",
    },
    "ar": {
        "metrics_caption": (
            "كل رقم مأخوذ من جداول المؤشرات، مع تاريخه ومصدره. "
            "الأرقام الأقدم هي أحدث ما لدينا."
        ),
        "metrics_series": "عبر الزمن",
        "metrics_download": "تنزيل CSV",
        "metrics_no_data": "لا توجد بيانات",
        "metrics_met": "تحقق الهدف",
        "metrics_not_met": "لم يتحقق الهدف",
        "metrics_target": "الهدف",
        "metrics_no_target": "غير محدد",
    },
    "so": {
        "metrics_caption": (
            "Tiro kasta waxay ka timid jadwalada tilmaamayaasha, iyadoo leh taariikhdeeda iyo "
            "isha laga helay. Tirooyinka duugga ah waa kuwa ugu dambeeyay ee aan hayno."
        ),
        "metrics_series": "Waqti ka dib",
        "metrics_download": "Soo deji CSV",
        "metrics_no_data": "xog ma jirto",
        "metrics_met": "hadafka waa la gaaray",
        "metrics_not_met": "hadafka lama gaarin",
        "metrics_target": "hadaf",
        "metrics_no_target": "lama sheegin",
    },
    "fr": {
        "metrics_caption": (
            "Chaque chiffre vient des tableaux d'indicateurs, avec sa date et sa source. "
            "Les chiffres anciens sont les plus récents dont nous disposons."
        ),
        "metrics_series": "Dans le temps",
        "metrics_download": "Télécharger le CSV",
        "metrics_no_data": "pas de données",
        "metrics_met": "objectif atteint",
        "metrics_not_met": "objectif non atteint",
        "metrics_target": "objectif",
        "metrics_no_target": "non précisé",
    },
}
