"""Strings of the generative composer: why an answer quotes the sources instead."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "llm_unavailable": (
            "The writing model did not answer in time, so this answer quotes the sources "
            "directly."
        ),
        "llm_unchecked": (
            "The written answer did not point to its sources well enough, so this answer "
            "quotes the sources directly."
        ),
        "llm_trimmed": (
            "Some sentences of the written answer were left out because no source backs them."
        ),
    },
    "es": {
        "llm_unavailable": (
            "El modelo de redacción no respondió a tiempo, así que esta respuesta cita las "
            "fuentes directamente."
        ),
        "llm_unchecked": (
            "La respuesta redactada no indicaba bien sus fuentes, así que esta respuesta cita "
            "las fuentes directamente."
        ),
        "llm_trimmed": (
            "Se quitaron algunas frases de la respuesta redactada porque ninguna fuente las "
            "respalda."
        ),
    },
    "ht": {
        "llm_unavailable": (
            "Modèl ki ekri repons yo pa t reponn a tan, kidonk repons sa a site sous yo "
            "dirèkteman."
        ),
        "llm_unchecked": (
            "Repons modèl la te ekri a pa t montre sous li yo byen, kidonk repons sa a site "
            "sous yo dirèkteman."
        ),
        "llm_trimmed": (
            "Nou retire kèk fraz nan repons modèl la te ekri a paske okenn sous pa sipòte yo."
        ),
    },
    "kea": {
        "llm_unavailable": (
            "Modelu ki ta skrebe rasposta ka rasponde na ténpu, pur isu es rasposta ta sita "
            "fontis diretu."
        ),
        "llm_unchecked": (
            "Rasposta skrebedu ka mostra se fontis dretu, pur isu es rasposta ta sita fontis "
            "diretu."
        ),
        "llm_trimmed": (
            "Nu tra alguns frazi di rasposta skrebedu pamodi nenhun fonti ka sustenta-s."
        ),
    },
    "zh": {
        "llm_unavailable": "撰写答案的模型没有及时回应，所以这个答案直接引用资料来源。",
        "llm_unchecked": "模型写的答案没有清楚标明来源，所以这个答案直接引用资料来源。",
        "llm_trimmed": "模型写的答案中有几句话没有来源支持，已被删去。",
    },
    "vi": {
        "llm_unavailable": (
            "Mô hình viết câu trả lời không phản hồi kịp, nên câu trả lời này trích trực tiếp "
            "từ các nguồn."
        ),
        "llm_unchecked": (
            "Câu trả lời do mô hình viết không chỉ rõ nguồn, nên câu trả lời này trích trực "
            "tiếp từ các nguồn."
        ),
        "llm_trimmed": (
            "Một số câu trong câu trả lời do mô hình viết đã bị bỏ đi vì không có nguồn nào "
            "hỗ trợ."
        ),
    },
    "pt": {
        "llm_unavailable": (
            "O modelo de redação não respondeu a tempo, por isso esta resposta cita as fontes "
            "diretamente."
        ),
        "llm_unchecked": (
            "A resposta redigida não indicava bem as suas fontes, por isso esta resposta cita "
            "as fontes diretamente."
        ),
        "llm_trimmed": (
            "Algumas frases da resposta redigida foram retiradas porque nenhuma fonte as apoia."
        ),
    },
    "ar": {
        "llm_unavailable": (
            "لم يُجب النموذج الذي يكتب الإجابات في الوقت المحدد، لذلك تقتبس هذه الإجابة من "
            "المصادر مباشرة."
        ),
        "llm_unchecked": (
            "الإجابة التي كتبها النموذج لم تُشر إلى مصادرها بشكل كافٍ، لذلك تقتبس هذه الإجابة "
            "من المصادر مباشرة."
        ),
        "llm_trimmed": "حُذفت بعض جمل الإجابة المكتوبة لأنه لا يوجد مصدر يدعمها.",
    },
    "so": {
        "llm_unavailable": (
            "Moodalka qora jawaabta waqtigii kuma jawaabin, sidaa darteed jawaabtani waxay si "
            "toos ah uga soo xigatay ilaha."
        ),
        "llm_unchecked": (
            "Jawaabta la qoray si fiican uma tilmaamin ilaheeda, sidaa darteed jawaabtani "
            "waxay si toos ah uga soo xigatay ilaha."
        ),
        "llm_trimmed": (
            "Jumlado ka mid ah jawaabta la qoray waa laga saaray sababtoo ah il kasta oo "
            "taageerta ma jirto."
        ),
    },
    "fr": {
        "llm_unavailable": (
            "Le modèle de rédaction n'a pas répondu à temps, donc cette réponse cite les "
            "sources directement."
        ),
        "llm_unchecked": (
            "La réponse rédigée n'indiquait pas assez bien ses sources, donc cette réponse "
            "cite les sources directement."
        ),
        "llm_trimmed": (
            "Certaines phrases de la réponse rédigée ont été retirées car aucune source ne "
            "les appuie."
        ),
    },
}
