"""Strings of the Evaluation page, where district staff check the assistant before families
use it. The questions, answers, failure reasons and downloaded reports stay as the report
holds them."""

from __future__ import annotations

from assistant.evaluation.summary import LABELS

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "eval_caption": (
            "Check, before families see it, that the assistant finds the right passage, states "
            "the right number, answers in the right language and refuses what it does not know."
        ),
        "eval_stale": (
            "The index is older than the corpus: these figures would measure the old index. "
            "Run 'bps-assistant index' first."
        ),
        "eval_k": "Passages per question (k)",
        "eval_baselines": "Also run BM25 alone and dense alone (takes three times as long)",
        "eval_run": "Run evaluation",
        "eval_no_sets": "Choose a shipped set or upload one first.",
        "eval_shipped": "Shipped question sets",
        "eval_upload": "Or upload question sets (YAML)",
        "eval_progress": "{stage}: {done} of {total} questions",
        "eval_done": "Done: {count} questions",
        "eval_summary": "Summary: {passed} of {total} questions passed",
        "eval_baselines_caption": "What hybrid retrieval adds over BM25 alone and dense alone:",
        "eval_tab_by_set": "By set",
        "eval_tab_by_language": "By language",
        "eval_tab_by_role": "By role",
        "eval_tab_by_area": "By area",
        "eval_failing": "Failing questions ({count})",
        "eval_download_json": "Download JSON report",
        "eval_download_html": "Download HTML report",
        "eval_expected": "**Expected** ({role}, in `{answer_language}`):",
        "eval_answered": "**Answered** in `{answer_language}`:",
        "eval_refused": "**Refused** in `{answer_language}`:",
        "eval_no_answer": "(no answer)",
        "eval_retrieved": "Retrieved: {sections}",
        "eval_drafts": "Draft questions from thumbs-down feedback",
        "eval_no_thumbs_down": "No answer has been rated thumbs-down yet.",
        "eval_drafts_caption": (
            "{count} distinct questions were rated thumbs-down. The draft set lists them in "
            "the question-set format with every expected field marked REVIEW: it cannot be run "
            "until a reviewer fills them in."
        ),
        "eval_draft_question": "question",
        "eval_draft_language": "language",
        "eval_draft_role": "role",
        "eval_draft_times": "times",
        "eval_draft_wrong_source": "wrong or missing source",
        "eval_download_drafts": "Download draft question set (YAML)",
        # the metric names of the reports, in English as the reports print them
        **{f"eval_metric_{key}": name for key, name in LABELS.items()},
    },
    "es": {
        "eval_caption": (
            "Compruebe, antes de que lo vean las familias, que el asistente encuentra el pasaje "
            "correcto, da la cifra correcta, responde en el idioma correcto y se niega a "
            "responder lo que no sabe."
        ),
        "eval_stale": (
            "El índice es más antiguo que el corpus: estas cifras medirían el índice antiguo. "
            "Ejecute primero 'bps-assistant index'."
        ),
        "eval_k": "Pasajes por pregunta (k)",
        "eval_baselines": "Ejecutar también solo BM25 y solo denso (tarda tres veces más)",
        "eval_run": "Ejecutar la evaluación",
        "eval_no_sets": "Elija primero un conjunto incluido o suba uno.",
        "eval_shipped": "Conjuntos de preguntas incluidos",
        "eval_upload": "O suba conjuntos de preguntas (YAML)",
        "eval_progress": "{stage}: {done} de {total} preguntas",
        "eval_done": "Listo: {count} preguntas",
        "eval_summary": "Resumen: {passed} de {total} preguntas aprobadas",
        "eval_baselines_caption": "Lo que la búsqueda híbrida añade a BM25 solo y a denso solo:",
        "eval_tab_by_set": "Por conjunto",
        "eval_tab_by_language": "Por idioma",
        "eval_tab_by_role": "Por rol",
        "eval_tab_by_area": "Por área",
        "eval_failing": "Preguntas fallidas ({count})",
        "eval_download_json": "Descargar el informe JSON",
        "eval_download_html": "Descargar el informe HTML",
        "eval_expected": "**Esperado** ({role}, en `{answer_language}`):",
        "eval_answered": "**Respondida** en `{answer_language}`:",
        "eval_refused": "**Rechazada** en `{answer_language}`:",
        "eval_no_answer": "(sin respuesta)",
        "eval_retrieved": "Recuperado: {sections}",
        "eval_drafts": "Borrador de preguntas a partir de los votos negativos",
        "eval_no_thumbs_down": "Ninguna respuesta ha recibido un voto negativo todavía.",
        "eval_drafts_caption": (
            "{count} preguntas distintas recibieron un voto negativo. El borrador las presenta "
            "en el formato de conjunto de preguntas con cada campo esperado marcado REVIEW: no "
            "se puede ejecutar hasta que una persona los complete."
        ),
        "eval_draft_question": "pregunta",
        "eval_draft_language": "idioma",
        "eval_draft_role": "rol",
        "eval_draft_times": "veces",
        "eval_draft_wrong_source": "fuente incorrecta o ausente",
        "eval_download_drafts": "Descargar el borrador de conjunto (YAML)",
        "eval_metric_questions": "preguntas",
        "eval_metric_passed": "aprobadas",
        "eval_metric_pass_rate": "tasa de aprobación",
        "eval_metric_recall_at_k": "exhaustividad@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "datos encontrados",
        "eval_metric_citation_precision": "precisión de las citas",
        "eval_metric_indicator_recall": "indicador citado",
        "eval_metric_refusal_accuracy": "exactitud de los rechazos",
        "eval_metric_language_accuracy": "exactitud del idioma",
        "eval_metric_latency_ms_p50": "latencia p50 (ms)",
        "eval_metric_latency_ms_p95": "latencia p95 (ms)",
    },
    "ht": {
        "eval_caption": (
            "Tcheke, anvan fanmi yo wè li, si asistan an jwenn bon pasaj la, bay bon chif la, "
            "reponn nan bon lang lan epi refize sa li pa konnen."
        ),
        "eval_stale": (
            "Endèks la pi ansyen pase corpus la: chif sa yo ta mezire ansyen endèks la. "
            "Kouri 'bps-assistant index' anvan."
        ),
        "eval_k": "Pasaj pou chak kesyon (k)",
        "eval_baselines": "Kouri tou BM25 sèlman ak dans sèlman (sa pran twa fwa plis tan)",
        "eval_run": "Kouri evalyasyon an",
        "eval_no_sets": "Chwazi yon seri ki bay la oswa voye youn anvan.",
        "eval_shipped": "Seri kesyon ki bay yo",
        "eval_upload": "Oswa voye seri kesyon (YAML)",
        "eval_progress": "{stage}: {done} sou {total} kesyon",
        "eval_done": "Fini: {count} kesyon",
        "eval_summary": "Rezime: {passed} sou {total} kesyon pase",
        "eval_baselines_caption": "Sa rechèch ibrid la ajoute sou BM25 sèlman ak dans sèlman:",
        "eval_tab_by_set": "Pa seri",
        "eval_tab_by_language": "Pa lang",
        "eval_tab_by_role": "Pa wòl",
        "eval_tab_by_area": "Pa domèn",
        "eval_failing": "Kesyon ki echwe ({count})",
        "eval_download_json": "Telechaje rapò JSON",
        "eval_download_html": "Telechaje rapò HTML",
        "eval_expected": "**Sa yo te tann** ({role}, an `{answer_language}`):",
        "eval_answered": "**Reponn** an `{answer_language}`:",
        "eval_refused": "**Refize** an `{answer_language}`:",
        "eval_no_answer": "(pa gen repons)",
        "eval_retrieved": "Sa ki jwenn: {sections}",
        "eval_drafts": "Bouyon kesyon ki soti nan vòt negatif yo",
        "eval_no_thumbs_down": "Pa gen okenn repons ki resevwa yon vòt negatif ankò.",
        "eval_drafts_caption": (
            "{count} kesyon diferan resevwa yon vòt negatif. Bouyon an mete yo nan fòma seri "
            "kesyon an, ak chak chan yo tann make REVIEW: yo pa ka kouri li jiskaske yon moun "
            "ranpli yo."
        ),
        "eval_draft_question": "kesyon",
        "eval_draft_language": "lang",
        "eval_draft_role": "wòl",
        "eval_draft_times": "konbyen fwa",
        "eval_draft_wrong_source": "sous ki pa bon oswa ki manke",
        "eval_download_drafts": "Telechaje bouyon seri kesyon an (YAML)",
        "eval_metric_questions": "kesyon",
        "eval_metric_passed": "pase",
        "eval_metric_pass_rate": "to reyisit",
        "eval_metric_recall_at_k": "rapèl@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "fè yo jwenn",
        "eval_metric_citation_precision": "presizyon sitasyon yo",
        "eval_metric_indicator_recall": "endikatè yo site",
        "eval_metric_refusal_accuracy": "presizyon refi yo",
        "eval_metric_language_accuracy": "presizyon lang lan",
        "eval_metric_latency_ms_p50": "tan repons p50 (ms)",
        "eval_metric_latency_ms_p95": "tan repons p95 (ms)",
    },
    "kea": {
        "eval_caption": (
            "Djobe, antis di famílias odja-l, si asistenti ta atxa pasaji serto, ta da númeru "
            "serto, ta responde na língua serto y ta nega kuzé ki e ka sabe."
        ),
        "eval_stale": (
            "Índisi é más antigu ki corpus: es númerus ta midi índisi antigu. "
            "Roda 'bps-assistant index' purmeru."
        ),
        "eval_k": "Pasajis pa kada pergunta (k)",
        "eval_baselines": "Roda tanbe só BM25 y só densu (ta leba tres bes más tenpu)",
        "eval_run": "Roda avaliason",
        "eval_no_sets": "Skodje un konjuntu inkluídu o manda un purmeru.",
        "eval_shipped": "Konjuntus di perguntas inkluídu",
        "eval_upload": "O manda konjuntus di perguntas (YAML)",
        "eval_progress": "{stage}: {done} di {total} perguntas",
        "eval_done": "Kabadu: {count} perguntas",
        "eval_summary": "Rezumu: {passed} di {total} perguntas pasa",
        "eval_baselines_caption": "Kuzé ki buska íbridu ta djunta riba só BM25 y só densu:",
        "eval_tab_by_set": "Pa konjuntu",
        "eval_tab_by_language": "Pa língua",
        "eval_tab_by_role": "Pa papel",
        "eval_tab_by_area": "Pa área",
        "eval_failing": "Perguntas ki faia ({count})",
        "eval_download_json": "Baxa relatóriu JSON",
        "eval_download_html": "Baxa relatóriu HTML",
        "eval_expected": "**Speradu** ({role}, na `{answer_language}`):",
        "eval_answered": "**Respondidu** na `{answer_language}`:",
        "eval_refused": "**Negadu** na `{answer_language}`:",
        "eval_no_answer": "(sen resposta)",
        "eval_retrieved": "Atxadu: {sections}",
        "eval_drafts": "Rasunhu di perguntas di votus negativu",
        "eval_no_thumbs_down": "Inda nenhun resposta ka resebe votu negativu.",
        "eval_drafts_caption": (
            "{count} perguntas diferenti resebe votu negativu. Rasunhu ta mete-s na formatu di "
            "konjuntu di perguntas, ku kada kanpu speradu markadu REVIEW: e ka podi roda ti un "
            "algen prenxe-s."
        ),
        "eval_draft_question": "pergunta",
        "eval_draft_language": "língua",
        "eval_draft_role": "papel",
        "eval_draft_times": "bes",
        "eval_draft_wrong_source": "fonti eradu o ki falta",
        "eval_download_drafts": "Baxa rasunhu di konjuntu di perguntas (YAML)",
        "eval_metric_questions": "perguntas",
        "eval_metric_passed": "pasa",
        "eval_metric_pass_rate": "taxa di pasaji",
        "eval_metric_recall_at_k": "rekuperason@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "fatus atxadu",
        "eval_metric_citation_precision": "presizon di sitasons",
        "eval_metric_indicator_recall": "indikador sitadu",
        "eval_metric_refusal_accuracy": "presizon di negas",
        "eval_metric_language_accuracy": "presizon di língua",
        "eval_metric_latency_ms_p50": "tenpu di resposta p50 (ms)",
        "eval_metric_latency_ms_p95": "tenpu di resposta p95 (ms)",
    },
    "zh": {
        "eval_caption": (
            "在家庭使用之前，检查助手能否找到正确段落、给出正确数字、"
            "用正确语言回答，并拒绝回答它不知道的问题。"
        ),
        "eval_stale": "索引比语料库旧：这些数字衡量的将是旧索引。请先运行 'bps-assistant index'。",
        "eval_k": "每个问题的段落数（k）",
        "eval_baselines": "同时单独运行 BM25 和单独运行稠密检索（耗时三倍）",
        "eval_run": "运行评估",
        "eval_no_sets": "请先选择一个内置问题集或上传一个。",
        "eval_shipped": "内置问题集",
        "eval_upload": "或上传问题集（YAML）",
        "eval_progress": "{stage}：{total} 个问题中的 {done} 个",
        "eval_done": "完成：{count} 个问题",
        "eval_summary": "摘要：{total} 个问题中通过 {passed} 个",
        "eval_baselines_caption": "混合检索相比单独 BM25 和单独稠密检索的提升：",
        "eval_tab_by_set": "按问题集",
        "eval_tab_by_language": "按语言",
        "eval_tab_by_role": "按角色",
        "eval_tab_by_area": "按领域",
        "eval_failing": "未通过的问题（{count}）",
        "eval_download_json": "下载 JSON 报告",
        "eval_download_html": "下载 HTML 报告",
        "eval_expected": "**预期**（{role}，语言 `{answer_language}`）：",
        "eval_answered": "**已回答**，语言 `{answer_language}`：",
        "eval_refused": "**已拒绝**，语言 `{answer_language}`：",
        "eval_no_answer": "（没有回答）",
        "eval_retrieved": "检索到：{sections}",
        "eval_drafts": "根据差评生成的问题草稿",
        "eval_no_thumbs_down": "目前还没有回答被评为差评。",
        "eval_drafts_caption": (
            "有 {count} 个不同的问题被评为差评。草稿以问题集格式列出它们，每个预期字段都标为 "
            "REVIEW：在审核人填写之前无法运行。"
        ),
        "eval_draft_question": "问题",
        "eval_draft_language": "语言",
        "eval_draft_role": "角色",
        "eval_draft_times": "次数",
        "eval_draft_wrong_source": "来源错误或缺失",
        "eval_download_drafts": "下载问题集草稿（YAML）",
        "eval_metric_questions": "问题数",
        "eval_metric_passed": "通过数",
        "eval_metric_pass_rate": "通过率",
        "eval_metric_recall_at_k": "召回率@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "事实召回率",
        "eval_metric_citation_precision": "引用精确率",
        "eval_metric_indicator_recall": "引用指标",
        "eval_metric_refusal_accuracy": "拒答准确率",
        "eval_metric_language_accuracy": "语言准确率",
        "eval_metric_latency_ms_p50": "延迟 p50（毫秒）",
        "eval_metric_latency_ms_p95": "延迟 p95（毫秒）",
    },
    "vi": {
        "eval_caption": (
            "Trước khi gia đình dùng, hãy kiểm tra trợ lý tìm đúng đoạn văn, nêu đúng con số, "
            "trả lời đúng ngôn ngữ và từ chối điều nó không biết."
        ),
        "eval_stale": (
            "Chỉ mục cũ hơn kho tài liệu: các con số này sẽ đo chỉ mục cũ. "
            "Hãy chạy 'bps-assistant index' trước."
        ),
        "eval_k": "Số đoạn văn cho mỗi câu hỏi (k)",
        "eval_baselines": "Chạy thêm chỉ BM25 và chỉ tìm kiếm dày đặc (lâu gấp ba lần)",
        "eval_run": "Chạy đánh giá",
        "eval_no_sets": "Hãy chọn một bộ có sẵn hoặc tải lên một bộ trước.",
        "eval_shipped": "Các bộ câu hỏi có sẵn",
        "eval_upload": "Hoặc tải lên bộ câu hỏi (YAML)",
        "eval_progress": "{stage}: {done} trên {total} câu hỏi",
        "eval_done": "Xong: {count} câu hỏi",
        "eval_summary": "Tóm tắt: {passed} trên {total} câu hỏi đạt",
        "eval_baselines_caption": "Tìm kiếm kết hợp thêm được gì so với chỉ BM25 và chỉ dày đặc:",
        "eval_tab_by_set": "Theo bộ",
        "eval_tab_by_language": "Theo ngôn ngữ",
        "eval_tab_by_role": "Theo vai trò",
        "eval_tab_by_area": "Theo lĩnh vực",
        "eval_failing": "Câu hỏi không đạt ({count})",
        "eval_download_json": "Tải báo cáo JSON",
        "eval_download_html": "Tải báo cáo HTML",
        "eval_expected": "**Kết quả mong đợi** ({role}, bằng `{answer_language}`):",
        "eval_answered": "**Đã trả lời** bằng `{answer_language}`:",
        "eval_refused": "**Đã từ chối** bằng `{answer_language}`:",
        "eval_no_answer": "(không có câu trả lời)",
        "eval_retrieved": "Đã tìm thấy: {sections}",
        "eval_drafts": "Bản nháp câu hỏi từ đánh giá không hài lòng",
        "eval_no_thumbs_down": "Chưa có câu trả lời nào bị đánh giá không hài lòng.",
        "eval_drafts_caption": (
            "{count} câu hỏi khác nhau bị đánh giá không hài lòng. Bản nháp liệt kê chúng theo "
            "định dạng bộ câu hỏi, mỗi trường mong đợi được đánh dấu REVIEW: không thể chạy cho "
            "đến khi người xem xét điền vào."
        ),
        "eval_draft_question": "câu hỏi",
        "eval_draft_language": "ngôn ngữ",
        "eval_draft_role": "vai trò",
        "eval_draft_times": "số lần",
        "eval_draft_wrong_source": "nguồn sai hoặc thiếu",
        "eval_download_drafts": "Tải bản nháp bộ câu hỏi (YAML)",
        "eval_metric_questions": "câu hỏi",
        "eval_metric_passed": "đạt",
        "eval_metric_pass_rate": "tỷ lệ đạt",
        "eval_metric_recall_at_k": "độ bao phủ@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "dữ kiện tìm thấy",
        "eval_metric_citation_precision": "độ chính xác trích dẫn",
        "eval_metric_indicator_recall": "chỉ số được trích dẫn",
        "eval_metric_refusal_accuracy": "độ chính xác khi từ chối",
        "eval_metric_language_accuracy": "độ chính xác ngôn ngữ",
        "eval_metric_latency_ms_p50": "độ trễ p50 (ms)",
        "eval_metric_latency_ms_p95": "độ trễ p95 (ms)",
    },
    "pt": {
        "eval_caption": (
            "Verifique, antes que as famílias vejam, se o assistente encontra o trecho certo, dá "
            "o número certo, responde no idioma certo e se recusa a responder o que não sabe."
        ),
        "eval_stale": (
            "O índice é mais antigo que o corpus: estes números mediriam o índice antigo. "
            "Execute primeiro 'bps-assistant index'."
        ),
        "eval_k": "Trechos por pergunta (k)",
        "eval_baselines": "Executar também só BM25 e só denso (demora três vezes mais)",
        "eval_run": "Executar a avaliação",
        "eval_no_sets": "Escolha primeiro um conjunto incluído ou envie um.",
        "eval_shipped": "Conjuntos de perguntas incluídos",
        "eval_upload": "Ou envie conjuntos de perguntas (YAML)",
        "eval_progress": "{stage}: {done} de {total} perguntas",
        "eval_done": "Pronto: {count} perguntas",
        "eval_summary": "Resumo: {passed} de {total} perguntas aprovadas",
        "eval_baselines_caption": "O que a busca híbrida acrescenta a só BM25 e a só denso:",
        "eval_tab_by_set": "Por conjunto",
        "eval_tab_by_language": "Por idioma",
        "eval_tab_by_role": "Por papel",
        "eval_tab_by_area": "Por área",
        "eval_failing": "Perguntas reprovadas ({count})",
        "eval_download_json": "Baixar o relatório JSON",
        "eval_download_html": "Baixar o relatório HTML",
        "eval_expected": "**Esperado** ({role}, em `{answer_language}`):",
        "eval_answered": "**Respondida** em `{answer_language}`:",
        "eval_refused": "**Recusada** em `{answer_language}`:",
        "eval_no_answer": "(sem resposta)",
        "eval_retrieved": "Recuperado: {sections}",
        "eval_drafts": "Rascunho de perguntas a partir dos votos negativos",
        "eval_no_thumbs_down": "Nenhuma resposta recebeu voto negativo ainda.",
        "eval_drafts_caption": (
            "{count} perguntas diferentes receberam voto negativo. O rascunho as lista no "
            "formato de conjunto de perguntas, com cada campo esperado marcado REVIEW: não pode "
            "ser executado até que uma pessoa os preencha."
        ),
        "eval_draft_question": "pergunta",
        "eval_draft_language": "idioma",
        "eval_draft_role": "papel",
        "eval_draft_times": "vezes",
        "eval_draft_wrong_source": "fonte errada ou ausente",
        "eval_download_drafts": "Baixar o rascunho do conjunto (YAML)",
        "eval_metric_questions": "perguntas",
        "eval_metric_passed": "aprovadas",
        "eval_metric_pass_rate": "taxa de aprovação",
        "eval_metric_recall_at_k": "revocação@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "fatos encontrados",
        "eval_metric_citation_precision": "precisão das citações",
        "eval_metric_indicator_recall": "indicador citado",
        "eval_metric_refusal_accuracy": "acerto nas recusas",
        "eval_metric_language_accuracy": "acerto do idioma",
        "eval_metric_latency_ms_p50": "latência p50 (ms)",
        "eval_metric_latency_ms_p95": "latência p95 (ms)",
    },
    "ar": {
        "eval_caption": (
            "تحقق، قبل أن تراه الأسر، من أن المساعد يجد المقطع الصحيح، ويذكر الرقم الصحيح، ويجيب "
            "باللغة الصحيحة، ويرفض ما لا يعرفه."
        ),
        "eval_stale": (
            "الفهرس أقدم من مجموعة النصوص: هذه الأرقام ستقيس الفهرس القديم. "
            "شغّل 'bps-assistant index' أولًا."
        ),
        "eval_k": "عدد المقاطع لكل سؤال (k)",
        "eval_baselines": "شغّل أيضًا BM25 وحده والبحث الكثيف وحده (يستغرق ثلاثة أضعاف الوقت)",
        "eval_run": "شغّل التقييم",
        "eval_no_sets": "اختر مجموعة مرفقة أو ارفع مجموعة أولًا.",
        "eval_shipped": "مجموعات الأسئلة المرفقة",
        "eval_upload": "أو ارفع مجموعات أسئلة (YAML)",
        "eval_progress": "{stage}: {done} من {total} سؤالًا",
        "eval_done": "تم: {count} سؤالًا",
        "eval_summary": "الملخص: نجح {passed} من {total} سؤالًا",
        "eval_baselines_caption": "ما يضيفه البحث الهجين على BM25 وحده والبحث الكثيف وحده:",
        "eval_tab_by_set": "حسب المجموعة",
        "eval_tab_by_language": "حسب اللغة",
        "eval_tab_by_role": "حسب الدور",
        "eval_tab_by_area": "حسب المجال",
        "eval_failing": "الأسئلة التي لم تنجح ({count})",
        "eval_download_json": "تنزيل تقرير JSON",
        "eval_download_html": "تنزيل تقرير HTML",
        "eval_expected": "**المتوقع** ({role}، باللغة `{answer_language}`):",
        "eval_answered": "**أُجيب** باللغة `{answer_language}`:",
        "eval_refused": "**رُفض** باللغة `{answer_language}`:",
        "eval_no_answer": "(لا توجد إجابة)",
        "eval_retrieved": "ما تم استرجاعه: {sections}",
        "eval_drafts": "مسودة أسئلة من التقييمات السلبية",
        "eval_no_thumbs_down": "لم تحصل أي إجابة على تقييم سلبي بعد.",
        "eval_drafts_caption": (
            "حصل {count} سؤالًا مختلفًا على تقييم سلبي. تعرضها المسودة بصيغة مجموعة الأسئلة، وكل "
            "حقل متوقع مُعلَّم بـ REVIEW: لا يمكن تشغيلها حتى يملأها مراجع."
        ),
        "eval_draft_question": "السؤال",
        "eval_draft_language": "اللغة",
        "eval_draft_role": "الدور",
        "eval_draft_times": "المرات",
        "eval_draft_wrong_source": "مصدر خاطئ أو ناقص",
        "eval_download_drafts": "تنزيل مسودة مجموعة الأسئلة (YAML)",
        "eval_metric_questions": "الأسئلة",
        "eval_metric_passed": "الناجحة",
        "eval_metric_pass_rate": "نسبة النجاح",
        "eval_metric_recall_at_k": "الاستدعاء@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "الحقائق الموجودة",
        "eval_metric_citation_precision": "دقة الاستشهادات",
        "eval_metric_indicator_recall": "المؤشر المستشهد به",
        "eval_metric_refusal_accuracy": "دقة الرفض",
        "eval_metric_language_accuracy": "دقة اللغة",
        "eval_metric_latency_ms_p50": "زمن الاستجابة p50 (مللي ثانية)",
        "eval_metric_latency_ms_p95": "زمن الاستجابة p95 (مللي ثانية)",
    },
    "so": {
        "eval_caption": (
            "Hubi, ka hor inta qoysasku arkin, in kaaliyuhu helo qaybta saxda ah, sheego tirada "
            "saxda ah, ku jawaabo luqadda saxda ah, oo diido waxa uusan garanayn."
        ),
        "eval_stale": (
            "Tusmadu way ka duqsan tahay qoraallada: tiradan waxay cabbiri lahayd tusmada hore. "
            "Marka hore socodsii 'bps-assistant index'."
        ),
        "eval_k": "Qaybaha su'aal kasta (k)",
        "eval_baselines": (
            "Sidoo kale socodsii BM25 keligiis iyo dense keligiis (saddex jeer ayuu qaataa)"
        ),
        "eval_run": "Socodsii qiimaynta",
        "eval_no_sets": "Marka hore dooro koox la socota ama soo geli mid.",
        "eval_shipped": "Kooxaha su'aalaha ee la socda",
        "eval_upload": "Ama soo geli kooxo su'aalo ah (YAML)",
        "eval_progress": "{stage}: {done} ka mid ah {total} su'aalood",
        "eval_done": "Waa dhammaatay: {count} su'aalood",
        "eval_summary": "Soo koobid: {passed} ka mid ah {total} su'aalood ayaa gudbay",
        "eval_baselines_caption": (
            "Waxa raadinta isku dhafka ahi ku kordhiso BM25 keligiis iyo dense keligiis:"
        ),
        "eval_tab_by_set": "Koox koox",
        "eval_tab_by_language": "Luqad luqad",
        "eval_tab_by_role": "Door door",
        "eval_tab_by_area": "Qayb qayb",
        "eval_failing": "Su'aalaha dhacay ({count})",
        "eval_download_json": "Soo deji warbixinta JSON",
        "eval_download_html": "Soo deji warbixinta HTML",
        "eval_expected": "**La filayay** ({role}, luqadda `{answer_language}`):",
        "eval_answered": "**Waa laga jawaabay** luqadda `{answer_language}`:",
        "eval_refused": "**Waa la diiday** luqadda `{answer_language}`:",
        "eval_no_answer": "(jawaab ma jirto)",
        "eval_retrieved": "Waxa la helay: {sections}",
        "eval_drafts": "Qabyo su'aalo ah oo ka timid codadka diidmada",
        "eval_no_thumbs_down": "Weli jawaab codka diidmada lama siin.",
        "eval_drafts_caption": (
            "{count} su'aalood oo kala duwan ayaa helay cod diidmo ah. Qabyadu waxay ku qortaa "
            "qaabka kooxda su'aalaha, iyadoo goob kasta oo la filayo lagu calaamadeeyay REVIEW: "
            "lama socodsiin karo ilaa dib-u-eegaha uu buuxiyo."
        ),
        "eval_draft_question": "su'aal",
        "eval_draft_language": "luqad",
        "eval_draft_role": "door",
        "eval_draft_times": "jeer",
        "eval_draft_wrong_source": "il khaldan ama maqan",
        "eval_download_drafts": "Soo deji qabyada kooxda su'aalaha (YAML)",
        "eval_metric_questions": "su'aalo",
        "eval_metric_passed": "gudbay",
        "eval_metric_pass_rate": "heerka gudubka",
        "eval_metric_recall_at_k": "soo-helid@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "xaqiiqooyinka la helay",
        "eval_metric_citation_precision": "saxnaanta tixraacyada",
        "eval_metric_indicator_recall": "tilmaamaha la tixraacay",
        "eval_metric_refusal_accuracy": "saxnaanta diidmada",
        "eval_metric_language_accuracy": "saxnaanta luqadda",
        "eval_metric_latency_ms_p50": "daahitaan p50 (ms)",
        "eval_metric_latency_ms_p95": "daahitaan p95 (ms)",
    },
    "fr": {
        "eval_caption": (
            "Vérifiez, avant que les familles ne l'utilisent, que l'assistant trouve le bon "
            "passage, donne le bon chiffre, répond dans la bonne langue et refuse ce qu'il ne "
            "sait pas."
        ),
        "eval_stale": (
            "L'index est plus ancien que le corpus : ces chiffres mesureraient l'ancien index. "
            "Lancez d'abord 'bps-assistant index'."
        ),
        "eval_k": "Passages par question (k)",
        "eval_baselines": "Lancer aussi BM25 seul et dense seul (trois fois plus long)",
        "eval_run": "Lancer l'évaluation",
        "eval_no_sets": "Choisissez d'abord un jeu fourni ou envoyez-en un.",
        "eval_shipped": "Jeux de questions fournis",
        "eval_upload": "Ou envoyez des jeux de questions (YAML)",
        "eval_progress": "{stage} : {done} sur {total} questions",
        "eval_done": "Terminé : {count} questions",
        "eval_summary": "Résumé : {passed} questions réussies sur {total}",
        "eval_baselines_caption": (
            "Ce que la recherche hybride ajoute à BM25 seul et à dense seul :"
        ),
        "eval_tab_by_set": "Par jeu",
        "eval_tab_by_language": "Par langue",
        "eval_tab_by_role": "Par rôle",
        "eval_tab_by_area": "Par domaine",
        "eval_failing": "Questions échouées ({count})",
        "eval_download_json": "Télécharger le rapport JSON",
        "eval_download_html": "Télécharger le rapport HTML",
        "eval_expected": "**Attendu** ({role}, en `{answer_language}`) :",
        "eval_answered": "**Répondu** en `{answer_language}` :",
        "eval_refused": "**Refusé** en `{answer_language}` :",
        "eval_no_answer": "(pas de réponse)",
        "eval_retrieved": "Retrouvé : {sections}",
        "eval_drafts": "Brouillon de questions à partir des avis négatifs",
        "eval_no_thumbs_down": "Aucune réponse n'a encore reçu d'avis négatif.",
        "eval_drafts_caption": (
            "{count} questions différentes ont reçu un avis négatif. Le brouillon les présente "
            "au format des jeux de questions, chaque champ attendu marqué REVIEW : il ne peut "
            "pas être lancé avant qu'une personne les remplisse."
        ),
        "eval_draft_question": "question",
        "eval_draft_language": "langue",
        "eval_draft_role": "rôle",
        "eval_draft_times": "fois",
        "eval_draft_wrong_source": "source fausse ou manquante",
        "eval_download_drafts": "Télécharger le brouillon du jeu de questions (YAML)",
        "eval_metric_questions": "questions",
        "eval_metric_passed": "réussies",
        "eval_metric_pass_rate": "taux de réussite",
        "eval_metric_recall_at_k": "rappel@k",
        "eval_metric_mrr": "MRR",
        "eval_metric_ndcg_at_k": "nDCG@k",
        "eval_metric_fact_recall": "faits trouvés",
        "eval_metric_citation_precision": "précision des citations",
        "eval_metric_indicator_recall": "indicateur cité",
        "eval_metric_refusal_accuracy": "justesse des refus",
        "eval_metric_language_accuracy": "justesse de la langue",
        "eval_metric_latency_ms_p50": "latence p50 (ms)",
        "eval_metric_latency_ms_p95": "latence p95 (ms)",
    },
}
