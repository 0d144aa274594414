"""User-facing strings by message id and language; English is the fallback."""

from __future__ import annotations

# (message id of the page's name, URL)
OFFICIAL_PAGES = (
    ("official_bps_sip", "https://www.bostonpublicschools.org/domain/3031"),
    ("official_dese_sip", "https://doe.mass.edu/sip"),
    ("official_bps_ell", "https://www.bostonpublicschools.org/ell"),
)

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
    "kea": "Kriolu kabuverdianu",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "pt": "Português",
    "ar": "العربية",
    "so": "Soomaali",
    "fr": "Français",
}
RIGHT_TO_LEFT = frozenset({"ar"})

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        # answers
        "refusal": (
            "I could not find this in the plan summaries and documents I know, so I will "
            "not guess. You can look at the official pages: {pages}."
        ),
        "empty_question": (
            "Please type a question, for example: What did the plan promise about school buses?"
        ),
        "truncated": "Your question was very long, so only its first {limit} characters were used.",
        "unofficial": (
            "This assistant gives unofficial plain-language summaries of public sources. "
            "Check the official pages before you act."
        ),
        "other_language": (
            "Some passages exist only in English, so part of the answer quotes English text."
        ),
        "grounding_failed": (
            "An answer was withheld because it contained a number that is not in its sources."
        ),
        "official_bps_sip": "BPS Systemic Improvement Plan page",
        "official_dese_sip": "DESE Systemic Improvement Plan page",
        "official_bps_ell": "BPS multilingual learners page",
        # the app
        "app_title": "BPS plan assistant",
        "app_caption": (
            "Ask about the Systemic Improvement Plan, the Inclusive Education Plan, the plan for "
            "multilingual learners and what the circulars ask of schools."
        ),
        "options": "Options",
        "answer_language": "Answer language",
        "detect_language": "Detect from my question",
        "plan": "Plan",
        "all_plans": "All plans",
        "area": "Area",
        "all_areas": "All areas",
        "ask_placeholder": "Ask a question, e.g. What did the plan promise about school buses?",
        "official_pages": "Official pages",
        "show_english": "Show the English original",
        "english_original": "English original",
        "page": "page",
        "loading": "Loading the assistant…",
        "thinking": "Looking for the answer…",
        "page_ask": "Ask",
        "page_metrics": "Metrics",
        "page_obligations": "Obligations",
        "role": "I am",
        "role_family": "a parent or family member",
        "role_principal": "a principal or school leader",
        "role_staff": "district staff",
        "page_evaluation": "Evaluation",
    },
    "es": {
        "refusal": (
            "No encontré esto en los resúmenes de los planes ni en los documentos que conozco, "
            "así que no voy a adivinar. Puede consultar las páginas oficiales: {pages}."
        ),
        "empty_question": (
            "Escriba una pregunta, por ejemplo: ¿Qué prometió el plan sobre los autobuses "
            "escolares?"
        ),
        "truncated": (
            "Su pregunta era muy larga, así que solo se usaron sus primeros {limit} caracteres."
        ),
        "unofficial": (
            "Este asistente da resúmenes no oficiales, en lenguaje sencillo, de fuentes públicas. "
            "Revise las páginas oficiales antes de actuar."
        ),
        "other_language": (
            "Algunos pasajes solo existen en inglés, así que parte de la respuesta cita texto en "
            "inglés."
        ),
        "grounding_failed": (
            "No mostramos una respuesta porque tenía un número que no está en sus fuentes."
        ),
        "official_bps_sip": "Página del Plan de Mejora Sistémica de BPS",
        "official_dese_sip": "Página del Plan de Mejora Sistémica de DESE",
        "official_bps_ell": "Página de BPS sobre estudiantes multilingües",
        "app_title": "Asistente sobre los planes de BPS",
        "app_caption": (
            "Pregunte sobre el Plan de Mejora Sistémica, el Plan de Educación Inclusiva, el plan "
            "para estudiantes multilingües y lo que las circulares piden a las escuelas."
        ),
        "options": "Opciones",
        "answer_language": "Idioma de la respuesta",
        "detect_language": "Detectar según mi pregunta",
        "plan": "Plan",
        "all_plans": "Todos los planes",
        "area": "Área",
        "all_areas": "Todas las áreas",
        "ask_placeholder": (
            "Haga una pregunta, por ejemplo: ¿Qué prometió el plan sobre los autobuses escolares?"
        ),
        "official_pages": "Páginas oficiales",
        "show_english": "Mostrar el original en inglés",
        "english_original": "Original en inglés",
        "page": "página",
        "loading": "Cargando el asistente…",
        "thinking": "Buscando la respuesta…",
        "page_ask": "Preguntar",
        "page_metrics": "Indicadores",
        "page_obligations": "Obligaciones",
        "role": "Soy",
        "role_family": "un padre, una madre u otro familiar",
        "role_principal": "director, directora o líder escolar",
        "role_staff": "empleado o empleada del distrito",
        "page_evaluation": "Evaluación",
    },
    "ht": {
        "refusal": (
            "Mwen pa jwenn sa a nan rezime plan yo ak nan dokiman mwen konnen yo, kidonk mwen "
            "p ap devine. Ou ka gade paj ofisyèl yo: {pages}."
        ),
        "empty_question": (
            "Tanpri ekri yon kesyon, pa egzanp: Kisa plan an te pwomèt sou bis lekòl yo?"
        ),
        "truncated": (
            "Kesyon ou an te twò long, kidonk nou itilize sèlman premye {limit} karaktè li yo."
        ),
        "unofficial": (
            "Asistan sa a bay rezime ki pa ofisyèl, nan langaj senp, sou sous piblik. Tcheke paj "
            "ofisyèl yo anvan ou aji."
        ),
        "other_language": (
            "Gen kèk pasaj ki egziste sèlman an angle, kidonk yon pati nan repons lan site tèks "
            "an angle."
        ),
        "grounding_failed": (
            "Nou pa montre yon repons paske li te gen yon chif ki pa nan sous li yo."
        ),
        "official_bps_sip": "Paj Plan Amelyorasyon Sistemik BPS la",
        "official_dese_sip": "Paj Plan Amelyorasyon Sistemik DESE a",
        "official_bps_ell": "Paj BPS sou elèv miltileng yo",
        "app_title": "Asistan pou plan BPS yo",
        "app_caption": (
            "Poze kesyon sou Plan Amelyorasyon Sistemik la, Plan Edikasyon Enklizif la, plan pou "
            "elèv miltileng yo, ak sa sikilè yo mande lekòl yo fè."
        ),
        "options": "Opsyon",
        "answer_language": "Lang repons lan",
        "detect_language": "Menm lang ak kesyon mwen an",
        "plan": "Plan",
        "all_plans": "Tout plan yo",
        "area": "Domèn",
        "all_areas": "Tout domèn yo",
        "ask_placeholder": ("Poze yon kesyon, pa egzanp: Kisa plan an te pwomèt sou bis lekòl yo?"),
        "official_pages": "Paj ofisyèl yo",
        "show_english": "Montre orijinal an angle a",
        "english_original": "Orijinal an angle",
        "page": "paj",
        "loading": "N ap chaje asistan an…",
        "thinking": "N ap chèche repons lan…",
        "page_ask": "Poze kesyon",
        "page_metrics": "Endikatè",
        "page_obligations": "Obligasyon",
        "role": "Mwen se",
        "role_family": "yon paran oswa yon manm fanmi",
        "role_principal": "yon direktè oswa yon lidè lekòl",
        "role_staff": "yon anplwaye distri a",
        "page_evaluation": "Evalyasyon",
    },
    "kea": {
        "refusal": (
            "N ka atxa es kuza na rezumus di planus y na dokumentus ki N konxe, pur isu N ka ta "
            "adivinha. Bu podi djobe pájinas ofisial: {pages}."
        ),
        "empty_question": (
            "Skrebe un pergunta, pur izenplu: Kuzé ki planu promete sobri bus di skola?"
        ),
        "truncated": ("Bu pergunta éra txeu kumpridu, pur isu nu uza só se purmeru {limit} létra."),
        "unofficial": (
            "Es asistenti ta da rezumus ka ofisial, na linguajen simplis, di fontis públiku. "
            "Djobe pájinas ofisial antis di bu fazi kualker kuza."
        ),
        "other_language": (
            "Alguns pasajen ta izisti só na inglês, pur isu parti di resposta ta sita testu na "
            "inglês."
        ),
        "grounding_failed": (
            "Nu ka mostra un resposta pamodi el tinha un númeru ki ka sta na se fontis."
        ),
        "official_bps_sip": "Pájina di Planu di Midjoramentu Sistémiku di BPS",
        "official_dese_sip": "Pájina di Planu di Midjoramentu Sistémiku di DESE",
        "official_bps_ell": "Pájina di BPS sobri alunus multilíngui",
        "app_title": "Asistenti di planus di BPS",
        "app_caption": (
            "Fazi pergunta sobri Planu di Midjoramentu Sistémiku, Planu di Idukason Inkluzivu, "
            "planu pa alunus multilíngui y kuzé ki sirkularis ta pidi skolas."
        ),
        "options": "Opsons",
        "answer_language": "Língua di resposta",
        "detect_language": "Mésmu língua di nha pergunta",
        "plan": "Planu",
        "all_plans": "Tudu planu",
        "area": "Área",
        "all_areas": "Tudu área",
        "ask_placeholder": (
            "Fazi un pergunta, pur izenplu: Kuzé ki planu promete sobri bus di skola?"
        ),
        "official_pages": "Pájinas ofisial",
        "show_english": "Mostra orijinal na inglês",
        "english_original": "Orijinal na inglês",
        "page": "pájina",
        "loading": "Sta ta karega asistenti…",
        "thinking": "Sta ta djobe resposta…",
        "page_ask": "Pergunta",
        "page_metrics": "Indikadoris",
        "page_obligations": "Obrigasons",
        "role": "N é",
        "role_family": "pai, mai o membru di família",
        "role_principal": "diretor o líder di skola",
        "role_staff": "funsionáriu di distritu",
        "page_evaluation": "Avaliason",
    },
    "zh": {
        "refusal": (
            "我在已知的计划摘要和文件中没有找到这个信息，所以我不会猜测。"
            "您可以查看官方网页：{pages}。"
        ),
        "empty_question": "请输入一个问题，例如：计划对校车做了哪些承诺？",
        "truncated": "您的问题太长了，所以只使用了前{limit}个字符。",
        "unofficial": "本助手提供公开资料的非官方通俗摘要。采取行动之前，请先查看官方网页。",
        "other_language": "有些段落只有英文版本，所以部分回答引用了英文原文。",
        "grounding_failed": "有一个回答没有显示，因为其中有一个数字在它的来源中找不到。",
        "official_bps_sip": "BPS系统性改进计划网页",
        "official_dese_sip": "DESE系统性改进计划网页",
        "official_bps_ell": "BPS多语言学习者网页",
        "app_title": "BPS计划助手",
        "app_caption": (
            "您可以询问系统性改进计划、融合教育计划、多语言学习者计划，"
            "以及学区总监通告对学校的要求。"
        ),
        "options": "选项",
        "answer_language": "回答语言",
        "detect_language": "根据我的问题判断",
        "plan": "计划",
        "all_plans": "所有计划",
        "area": "领域",
        "all_areas": "所有领域",
        "ask_placeholder": "请提问，例如：计划对校车做了哪些承诺？",
        "official_pages": "官方网页",
        "show_english": "显示英文原文",
        "english_original": "英文原文",
        "page": "页码",
        "loading": "正在加载助手…",
        "thinking": "正在查找答案…",
        "page_ask": "提问",
        "page_metrics": "指标",
        "page_obligations": "学校义务",
        "role": "我是",
        "role_family": "家长或家庭成员",
        "role_principal": "校长或学校负责人",
        "role_staff": "学区工作人员",
        "page_evaluation": "评估",
    },
    "vi": {
        "refusal": (
            "Tôi không tìm thấy thông tin này trong các bản tóm tắt kế hoạch và tài liệu mà tôi "
            "biết, nên tôi sẽ không đoán. Quý vị có thể xem các trang chính thức: {pages}."
        ),
        "empty_question": (
            "Vui lòng nhập một câu hỏi, ví dụ: Kế hoạch đã hứa gì về xe buýt trường học?"
        ),
        "truncated": ("Câu hỏi của quý vị rất dài, nên chỉ {limit} ký tự đầu tiên được sử dụng."),
        "unofficial": (
            "Trợ lý này đưa ra các bản tóm tắt không chính thức, bằng ngôn ngữ dễ hiểu, từ các "
            "nguồn công khai. Hãy xem các trang chính thức trước khi quý vị hành động."
        ),
        "other_language": (
            "Một số đoạn văn chỉ có bằng tiếng Anh, nên một phần câu trả lời trích dẫn văn bản "
            "tiếng Anh."
        ),
        "grounding_failed": (
            "Một câu trả lời đã không được hiển thị vì nó có một con số không có trong các nguồn "
            "của nó."
        ),
        "official_bps_sip": "Trang Kế hoạch Cải thiện Toàn hệ thống của BPS",
        "official_dese_sip": "Trang Kế hoạch Cải thiện Toàn hệ thống của DESE",
        "official_bps_ell": "Trang của BPS về học sinh đa ngôn ngữ",
        "app_title": "Trợ lý về các kế hoạch của BPS",
        "app_caption": (
            "Hãy hỏi về Kế hoạch Cải thiện Toàn hệ thống, Kế hoạch Giáo dục Hòa nhập, kế hoạch "
            "cho học sinh đa ngôn ngữ và những gì các thông tư yêu cầu các trường làm."
        ),
        "options": "Tùy chọn",
        "answer_language": "Ngôn ngữ trả lời",
        "detect_language": "Nhận biết từ câu hỏi của tôi",
        "plan": "Kế hoạch",
        "all_plans": "Tất cả kế hoạch",
        "area": "Lĩnh vực",
        "all_areas": "Tất cả lĩnh vực",
        "ask_placeholder": ("Đặt một câu hỏi, ví dụ: Kế hoạch đã hứa gì về xe buýt trường học?"),
        "official_pages": "Các trang chính thức",
        "show_english": "Hiện bản gốc tiếng Anh",
        "english_original": "Bản gốc tiếng Anh",
        "page": "trang",
        "loading": "Đang tải trợ lý…",
        "thinking": "Đang tìm câu trả lời…",
        "page_ask": "Hỏi",
        "page_metrics": "Chỉ số",
        "page_obligations": "Nghĩa vụ",
        "role": "Tôi là",
        "role_family": "phụ huynh hoặc thành viên gia đình",
        "role_principal": "hiệu trưởng hoặc lãnh đạo trường học",
        "role_staff": "nhân viên học khu",
        "page_evaluation": "Đánh giá",
    },
    "pt": {
        "refusal": (
            "Não encontrei isto nos resumos dos planos nem nos documentos que conheço, por isso "
            "não vou adivinhar. Você pode consultar as páginas oficiais: {pages}."
        ),
        "empty_question": (
            "Escreva uma pergunta, por exemplo: O que o plano prometeu sobre os ônibus escolares?"
        ),
        "truncated": (
            "A sua pergunta era muito longa, por isso só foram usados os primeiros {limit} "
            "caracteres."
        ),
        "unofficial": (
            "Este assistente dá resumos não oficiais, em linguagem simples, de fontes públicas. "
            "Consulte as páginas oficiais antes de agir."
        ),
        "other_language": (
            "Alguns trechos só existem em inglês, por isso parte da resposta cita texto em inglês."
        ),
        "grounding_failed": (
            "Uma resposta não foi mostrada porque tinha um número que não está nas suas fontes."
        ),
        "official_bps_sip": "Página do Plano de Melhoria Sistêmica das BPS",
        "official_dese_sip": "Página do Plano de Melhoria Sistêmica do DESE",
        "official_bps_ell": "Página das BPS sobre alunos multilíngues",
        "app_title": "Assistente dos planos das BPS",
        "app_caption": (
            "Pergunte sobre o Plano de Melhoria Sistêmica, o Plano de Educação Inclusiva, o plano "
            "para alunos multilíngues e o que as circulares pedem às escolas."
        ),
        "options": "Opções",
        "answer_language": "Idioma da resposta",
        "detect_language": "Detectar pela minha pergunta",
        "plan": "Plano",
        "all_plans": "Todos os planos",
        "area": "Área",
        "all_areas": "Todas as áreas",
        "ask_placeholder": (
            "Faça uma pergunta, por exemplo: O que o plano prometeu sobre os ônibus escolares?"
        ),
        "official_pages": "Páginas oficiais",
        "show_english": "Mostrar o original em inglês",
        "english_original": "Original em inglês",
        "page": "página",
        "loading": "Carregando o assistente…",
        "thinking": "Procurando a resposta…",
        "page_ask": "Perguntar",
        "page_metrics": "Indicadores",
        "page_obligations": "Obrigações",
        "role": "Sou",
        "role_family": "pai, mãe ou outro familiar",
        "role_principal": "diretor, diretora ou líder escolar",
        "role_staff": "funcionário ou funcionária do distrito",
        "page_evaluation": "Avaliação",
    },
    "ar": {
        "refusal": (
            "لم أجد هذا في ملخصات الخطط والوثائق التي أعرفها، لذلك لن أخمّن. "
            "يمكنك الاطلاع على الصفحات الرسمية: {pages}."
        ),
        "empty_question": "يُرجى كتابة سؤال، مثلًا: ماذا وعدت الخطة بشأن الحافلات المدرسية؟",
        "truncated": "كان سؤالك طويلًا جدًا، لذلك استخدمنا أول {limit} من أحرفه فقط.",
        "unofficial": (
            "يقدّم هذا المساعد ملخصات غير رسمية بلغة بسيطة لمصادر عامة. "
            "راجع الصفحات الرسمية قبل أن تتخذ أي إجراء."
        ),
        "other_language": (
            "بعض المقاطع موجودة باللغة الإنجليزية فقط، لذلك يقتبس جزء من الإجابة نصًا "
            "باللغة الإنجليزية."
        ),
        "grounding_failed": "لم نعرض إحدى الإجابات لأن فيها رقمًا غير موجود في مصادرها.",
        "official_bps_sip": "صفحة خطة التحسين المنهجي على موقع BPS",
        "official_dese_sip": "صفحة خطة التحسين المنهجي على موقع DESE",
        "official_bps_ell": "صفحة BPS الخاصة بمتعلمي اللغات المتعددة",
        "app_title": "مساعد خطط BPS",
        "app_caption": (
            "اسأل عن خطة التحسين المنهجي، وخطة التعليم الدامج، وخطة متعلمي اللغات المتعددة، "
            "وما تطلبه التعميمات من المدارس."
        ),
        "options": "الخيارات",
        "answer_language": "لغة الإجابة",
        "detect_language": "نفس لغة سؤالي",
        "plan": "الخطة",
        "all_plans": "كل الخطط",
        "area": "المجال",
        "all_areas": "كل المجالات",
        "ask_placeholder": "اطرح سؤالًا، مثلًا: ماذا وعدت الخطة بشأن الحافلات المدرسية؟",
        "official_pages": "الصفحات الرسمية",
        "show_english": "اعرض النص الأصلي بالإنجليزية",
        "english_original": "النص الأصلي بالإنجليزية",
        "page": "صفحة",
        "loading": "جارٍ تحميل المساعد…",
        "thinking": "جارٍ البحث عن الإجابة…",
        "page_ask": "اسأل",
        "page_metrics": "المؤشرات",
        "page_obligations": "الالتزامات",
        "role": "أنا",
        "role_family": "وليّ أمر أو فرد من العائلة",
        "role_principal": "مدير مدرسة أو قائد مدرسي",
        "role_staff": "موظف في المنطقة التعليمية",
        "page_evaluation": "التقييم",
    },
    "so": {
        "refusal": (
            "Tan kuma aan helin soo koobidda qorshayaasha iyo dukumeentiyada aan aqaan, "
            "sidaas darteed wax ma malayn doono. Waxaad eegi kartaa boggaga rasmiga ah: {pages}."
        ),
        "empty_question": (
            "Fadlan qor su'aal, tusaale ahaan: Maxay qorshuhu ka ballan qaaday basaska dugsiga?"
        ),
        "truncated": (
            "Su'aashaadu aad bay u dheerayd, sidaas darteed waxaa la isticmaalay oo keliya "
            "{limit} xaraf oo ugu horreeya."
        ),
        "unofficial": (
            "Kaaliyahan wuxuu bixiyaa soo koobid aan rasmi ahayn, oo ku qoran luqad fudud, oo "
            "laga sameeyay ilo dadweyne. Eeg boggaga rasmiga ah ka hor intaadan wax samayn."
        ),
        "other_language": (
            "Qoraallada qaarkood waxay ku jiraan Ingiriisi oo keliya, sidaas darteed qayb ka mid "
            "ah jawaabta waxay soo xigataa qoraal Ingiriisi ah."
        ),
        "grounding_failed": (
            "Jawaab lama muujin sababtoo ah waxay lahayd tiro aan ku jirin ilaheeda."
        ),
        "official_bps_sip": "Bogga Qorshaha Hagaajinta Nidaamka ee BPS",
        "official_dese_sip": "Bogga Qorshaha Hagaajinta Nidaamka ee DESE",
        "official_bps_ell": "Bogga BPS ee ardayda luqadaha badan",
        "app_title": "Kaaliyaha qorshayaasha BPS",
        "app_caption": (
            "Wax ka weydii Qorshaha Hagaajinta Nidaamka, Qorshaha Waxbarashada Loo Dhan Yahay, "
            "qorshaha ardayda luqadaha badan, iyo waxa warqad-faafinnadu ka doonayaan dugsiyada."
        ),
        "options": "Doorashooyin",
        "answer_language": "Luqadda jawaabta",
        "detect_language": "Luqadda su'aashayda",
        "plan": "Qorshe",
        "all_plans": "Dhammaan qorshayaasha",
        "area": "Qayb",
        "all_areas": "Dhammaan qaybaha",
        "ask_placeholder": (
            "Weydii su'aal, tusaale ahaan: Maxay qorshuhu ka ballan qaaday basaska dugsiga?"
        ),
        "official_pages": "Boggaga rasmiga ah",
        "show_english": "Tus qoraalka asalka ah ee Ingiriisiga",
        "english_original": "Qoraalka asalka ah ee Ingiriisiga",
        "page": "bogga",
        "loading": "Kaaliyaha waa la diyaarinayaa…",
        "thinking": "Jawaabta waa la raadinayaa…",
        "page_ask": "Weydii",
        "page_metrics": "Tilmaamayaasha",
        "page_obligations": "Waajibaadka",
        "role": "Waxaan ahay",
        "role_family": "waalid ama xubin qoyska ka mid ah",
        "role_principal": "maamule ama hoggaamiye dugsi",
        "role_staff": "shaqaale degmada ka tirsan",
        "page_evaluation": "Qiimaynta",
    },
    "fr": {
        "refusal": (
            "Je n'ai pas trouvé cette information dans les résumés des plans et les documents que "
            "je connais, donc je ne vais pas deviner. Vous pouvez consulter les pages "
            "officielles : {pages}."
        ),
        "empty_question": (
            "Écrivez une question, par exemple : Qu'est-ce que le plan a promis pour les bus "
            "scolaires ?"
        ),
        "truncated": (
            "Votre question était très longue, donc seuls ses {limit} premiers caractères ont été "
            "utilisés."
        ),
        "unofficial": (
            "Cet assistant donne des résumés non officiels, en langage simple, de sources "
            "publiques. Consultez les pages officielles avant d'agir."
        ),
        "other_language": (
            "Certains passages existent seulement en anglais, donc une partie de la réponse cite "
            "un texte en anglais."
        ),
        "grounding_failed": (
            "Une réponse n'a pas été affichée, car elle contenait un nombre qui ne figure pas "
            "dans ses sources."
        ),
        "official_bps_sip": "Page du Plan d'amélioration systémique de BPS",
        "official_dese_sip": "Page du Plan d'amélioration systémique du DESE",
        "official_bps_ell": "Page de BPS sur les élèves multilingues",
        "app_title": "Assistant sur les plans de BPS",
        "app_caption": (
            "Posez vos questions sur le Plan d'amélioration systémique, le Plan d'éducation "
            "inclusive, le plan pour les élèves multilingues et ce que les circulaires demandent "
            "aux écoles."
        ),
        "options": "Options",
        "answer_language": "Langue de la réponse",
        "detect_language": "Détecter d'après ma question",
        "plan": "Plan",
        "all_plans": "Tous les plans",
        "area": "Domaine",
        "all_areas": "Tous les domaines",
        "ask_placeholder": (
            "Posez une question, par exemple : Qu'est-ce que le plan a promis pour les bus "
            "scolaires ?"
        ),
        "official_pages": "Pages officielles",
        "show_english": "Afficher l'original en anglais",
        "english_original": "Original en anglais",
        "page": "page",
        "loading": "Chargement de l'assistant…",
        "thinking": "Recherche de la réponse…",
        "page_ask": "Poser une question",
        "page_metrics": "Indicateurs",
        "page_obligations": "Obligations des écoles",
        "role": "Je suis",
        "role_family": "un parent ou un membre de la famille",
        "role_principal": "directeur, directrice ou chef d'établissement",
        "role_staff": "membre du personnel du district",
        "page_evaluation": "Évaluation",
    },
}


def _merge_extra() -> None:
    from assistant.i18n.strings import extra_messages

    for language, table in extra_messages().items():
        for key, text in table.items():
            MESSAGES.setdefault(language, {}).setdefault(key, text)


_merge_extra()


def message(key: str, language: str = "en", **values: object) -> str:
    """The message `key` in `language` (English when not translated), formatted."""
    table = MESSAGES.get(language, {})
    template = table.get(key) or MESSAGES["en"][key]
    return template.format(**values)


def official_pages_text(language: str = "en") -> str:
    """The official pages as 'name (url)' separated by semicolons."""
    return "; ".join(f"{message(key, language)} ({url})" for key, url in OFFICIAL_PAGES)


def area_name(area: str, language: str = "en") -> str:
    """An area slug ("english-learners") as its name in `language`."""
    key = "area_" + area.replace("-", "_")
    if key not in MESSAGES["en"]:
        return area.replace("-", " ").capitalize()
    return message(key, language)
