"""Strings of the Obligations page, where principals check who must do what, by when."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "obl_caption": (
            "What the documents say schools must do: who, what, by when, and the sentence it "
            "comes from. Found by rules, not read by a person: check the source before acting."
        ),
        "obl_english_only": (
            "The duties are taken from the English documents, so they are shown in English. "
            "Search with English words."
        ),
        "obl_no_table": "No obligations table at {path}: run 'bps-assistant index' to build it.",
        "obl_count": "{shown} of {total} obligations",
        "obl_col_actor": "who",
        "obl_col_action": "what",
        "obl_col_deadline": "by when",
        "obl_col_next_due": "next due",
        "obl_col_title": "document",
        "obl_col_section": "section",
        "obl_col_page": "page",
        "obl_col_area": "area",
        "obl_col_sentence": "source sentence",
        "obl_download_csv": "Download CSV",
        "obl_download_ics": "Download calendar (ICS)",
        "obl_read_source": "Read the source of",
        "obl_role": "Role",
        "obl_everyone": "Everyone",
        "obl_role_principal": "Principal / school leader",
        "obl_role_teacher": "Teacher",
        "obl_role_staff": "School staff",
        "obl_role_district": "District office",
        "obl_role_family": "Family",
        "obl_role_student": "Student",
        "obl_role_state": "State",
        "obl_document": "Document",
        "obl_all_documents": "All documents",
        "obl_search": "Search",
        "obl_sort": "Sort by",
        "obl_sort_deadline": "deadline",
        "obl_sort_document": "document",
        "obl_sort_actor": "who",
        "obl_due_within": "Due within (days; 0 shows all)",
    },
    "es": {
        "obl_caption": (
            "Lo que los documentos dicen que las escuelas deben hacer: quién, qué, para cuándo, "
            "y la frase de donde viene. Lo encontraron reglas, no una persona: revise la fuente "
            "antes de actuar."
        ),
        "obl_english_only": (
            "Las obligaciones vienen de los documentos en inglés, por eso se muestran en inglés. "
            "Busque con palabras en inglés."
        ),
        "obl_no_table": (
            "No hay tabla de obligaciones en {path}: ejecute 'bps-assistant index' para crearla."
        ),
        "obl_count": "{shown} de {total} obligaciones",
        "obl_col_actor": "quién",
        "obl_col_action": "qué",
        "obl_col_deadline": "para cuándo",
        "obl_col_next_due": "próxima fecha",
        "obl_col_title": "documento",
        "obl_col_section": "sección",
        "obl_col_page": "página",
        "obl_col_area": "área",
        "obl_col_sentence": "frase de la fuente",
        "obl_download_csv": "Descargar CSV",
        "obl_download_ics": "Descargar calendario (ICS)",
        "obl_read_source": "Leer la fuente de",
        "obl_role": "Rol",
        "obl_everyone": "Todos",
        "obl_role_principal": "Director o líder escolar",
        "obl_role_teacher": "Maestro o maestra",
        "obl_role_staff": "Personal de la escuela",
        "obl_role_district": "Oficina del distrito",
        "obl_role_family": "Familia",
        "obl_role_student": "Estudiante",
        "obl_role_state": "Estado",
        "obl_document": "Documento",
        "obl_all_documents": "Todos los documentos",
        "obl_search": "Buscar",
        "obl_sort": "Ordenar por",
        "obl_sort_deadline": "fecha límite",
        "obl_sort_document": "documento",
        "obl_sort_actor": "quién",
        "obl_due_within": "Vence dentro de (días; 0 muestra todo)",
    },
    "ht": {
        "obl_caption": (
            "Sa dokiman yo di lekòl yo dwe fè: kiyès, kisa, anvan ki lè, ak fraz kote sa soti. "
            "Se règ ki jwenn yo, se pa yon moun ki li yo: tcheke sous la anvan ou aji."
        ),
        "obl_english_only": (
            "Obligasyon yo soti nan dokiman ki an angle yo, kidonk yo parèt an angle. "
            "Chèche ak mo an angle."
        ),
        "obl_no_table": (
            "Pa gen tablo obligasyon nan {path}: kouri 'bps-assistant index' pou fè li."
        ),
        "obl_count": "{shown} sou {total} obligasyon",
        "obl_col_actor": "kiyès",
        "obl_col_action": "kisa",
        "obl_col_deadline": "anvan ki lè",
        "obl_col_next_due": "pwochen dat",
        "obl_col_title": "dokiman",
        "obl_col_section": "seksyon",
        "obl_col_page": "paj",
        "obl_col_area": "domèn",
        "obl_col_sentence": "fraz sous la",
        "obl_download_csv": "Telechaje CSV",
        "obl_download_ics": "Telechaje kalandriye (ICS)",
        "obl_read_source": "Li sous la pou",
        "obl_role": "Wòl",
        "obl_everyone": "Tout moun",
        "obl_role_principal": "Direktè oswa lidè lekòl",
        "obl_role_teacher": "Pwofesè",
        "obl_role_staff": "Anplwaye lekòl",
        "obl_role_district": "Biwo distri a",
        "obl_role_family": "Fanmi",
        "obl_role_student": "Elèv",
        "obl_role_state": "Eta a",
        "obl_document": "Dokiman",
        "obl_all_documents": "Tout dokiman yo",
        "obl_search": "Chèche",
        "obl_sort": "Ranje pa",
        "obl_sort_deadline": "dat limit",
        "obl_sort_document": "dokiman",
        "obl_sort_actor": "kiyès",
        "obl_due_within": "Pou fè nan (jou; 0 montre tout)",
    },
    "kea": {
        "obl_caption": (
            "Kuzé ki dokumentus ta fla ma skolas debe faze: kenha, kuzé, ti kantu, y frazi di "
            "undi ki ta ben. Regras ki atxa-s, ka un algen ki le-s: djobe fonti antis di faze."
        ),
        "obl_english_only": (
            "Obrigasons ta ben di dokumentus na inglés, pur isu es ta mostradu na inglés. "
            "Buska ku palavras na inglés."
        ),
        "obl_no_table": (
            "Ka ten tabela di obrigasons na {path}: roda 'bps-assistant index' pa faze-l."
        ),
        "obl_count": "{shown} di {total} obrigasons",
        "obl_col_actor": "kenha",
        "obl_col_action": "kuzé",
        "obl_col_deadline": "ti kantu",
        "obl_col_next_due": "prósimu data",
        "obl_col_title": "dokumentu",
        "obl_col_section": "seson",
        "obl_col_page": "pájina",
        "obl_col_area": "área",
        "obl_col_sentence": "frazi di fonti",
        "obl_download_csv": "Baxa CSV",
        "obl_download_ics": "Baxa kalendáriu (ICS)",
        "obl_read_source": "Le fonti di",
        "obl_role": "Papel",
        "obl_everyone": "Tudu algen",
        "obl_role_principal": "Diretor o líder di skola",
        "obl_role_teacher": "Prufesor",
        "obl_role_staff": "Funsionáriu di skola",
        "obl_role_district": "Ofisiu di distritu",
        "obl_role_family": "Família",
        "obl_role_student": "Alunu",
        "obl_role_state": "Stadu",
        "obl_document": "Dokumentu",
        "obl_all_documents": "Tudu dokumentus",
        "obl_search": "Buska",
        "obl_sort": "Ordena pa",
        "obl_sort_deadline": "data límiti",
        "obl_sort_document": "dokumentu",
        "obl_sort_actor": "kenha",
        "obl_due_within": "Ta vense dentu di (dias; 0 ta mostra tudu)",
    },
    "zh": {
        "obl_caption": (
            "文件规定学校必须做的事：谁、做什么、何时之前，以及出处原句。"
            "这些条目由规则找出，未经人工阅读：行动前请核对来源。"
        ),
        "obl_english_only": "这些义务取自英文文件，因此以英文显示。请用英文词语搜索。",
        "obl_no_table": "{path} 没有义务表：请运行 'bps-assistant index' 生成。",
        "obl_count": "{total} 项义务中的 {shown} 项",
        "obl_col_actor": "谁",
        "obl_col_action": "做什么",
        "obl_col_deadline": "何时之前",
        "obl_col_next_due": "下一个截止日期",
        "obl_col_title": "文件",
        "obl_col_section": "章节",
        "obl_col_page": "页",
        "obl_col_area": "领域",
        "obl_col_sentence": "出处原句",
        "obl_download_csv": "下载 CSV",
        "obl_download_ics": "下载日历（ICS）",
        "obl_read_source": "查看出处",
        "obl_role": "角色",
        "obl_everyone": "所有人",
        "obl_role_principal": "校长或学校负责人",
        "obl_role_teacher": "教师",
        "obl_role_staff": "学校员工",
        "obl_role_district": "学区办公室",
        "obl_role_family": "家庭",
        "obl_role_student": "学生",
        "obl_role_state": "州政府",
        "obl_document": "文件",
        "obl_all_documents": "所有文件",
        "obl_search": "搜索",
        "obl_sort": "排序方式",
        "obl_sort_deadline": "截止日期",
        "obl_sort_document": "文件",
        "obl_sort_actor": "谁",
        "obl_due_within": "多少天内到期（0 表示全部）",
    },
    "vi": {
        "obl_caption": (
            "Những việc tài liệu nói trường học phải làm: ai, làm gì, trước khi nào, và câu gốc. "
            "Các mục này do quy tắc tìm ra, không phải do người đọc: hãy kiểm tra nguồn trước "
            "khi làm."
        ),
        "obl_english_only": (
            "Các nghĩa vụ được lấy từ tài liệu tiếng Anh, nên được hiển thị bằng tiếng Anh. "
            "Hãy tìm bằng từ tiếng Anh."
        ),
        "obl_no_table": (
            "Không có bảng nghĩa vụ tại {path}: hãy chạy 'bps-assistant index' để tạo bảng."
        ),
        "obl_count": "{shown} trên {total} nghĩa vụ",
        "obl_col_actor": "ai",
        "obl_col_action": "làm gì",
        "obl_col_deadline": "trước khi nào",
        "obl_col_next_due": "hạn tiếp theo",
        "obl_col_title": "tài liệu",
        "obl_col_section": "mục",
        "obl_col_page": "trang",
        "obl_col_area": "lĩnh vực",
        "obl_col_sentence": "câu gốc",
        "obl_download_csv": "Tải CSV",
        "obl_download_ics": "Tải lịch (ICS)",
        "obl_read_source": "Đọc nguồn của",
        "obl_role": "Vai trò",
        "obl_everyone": "Mọi người",
        "obl_role_principal": "Hiệu trưởng hoặc lãnh đạo trường",
        "obl_role_teacher": "Giáo viên",
        "obl_role_staff": "Nhân viên trường",
        "obl_role_district": "Văn phòng học khu",
        "obl_role_family": "Gia đình",
        "obl_role_student": "Học sinh",
        "obl_role_state": "Tiểu bang",
        "obl_document": "Tài liệu",
        "obl_all_documents": "Tất cả tài liệu",
        "obl_search": "Tìm kiếm",
        "obl_sort": "Sắp xếp theo",
        "obl_sort_deadline": "hạn chót",
        "obl_sort_document": "tài liệu",
        "obl_sort_actor": "ai",
        "obl_due_within": "Đến hạn trong (ngày; 0 là hiện tất cả)",
    },
    "pt": {
        "obl_caption": (
            "O que os documentos dizem que as escolas devem fazer: quem, o quê, até quando, e a "
            "frase de onde vem. Encontrado por regras, não lido por uma pessoa: confira a fonte "
            "antes de agir."
        ),
        "obl_english_only": (
            "As obrigações vêm dos documentos em inglês, por isso aparecem em inglês. "
            "Pesquise com palavras em inglês."
        ),
        "obl_no_table": (
            "Não há tabela de obrigações em {path}: execute 'bps-assistant index' para criá-la."
        ),
        "obl_count": "{shown} de {total} obrigações",
        "obl_col_actor": "quem",
        "obl_col_action": "o quê",
        "obl_col_deadline": "até quando",
        "obl_col_next_due": "próximo prazo",
        "obl_col_title": "documento",
        "obl_col_section": "seção",
        "obl_col_page": "página",
        "obl_col_area": "área",
        "obl_col_sentence": "frase da fonte",
        "obl_download_csv": "Baixar CSV",
        "obl_download_ics": "Baixar calendário (ICS)",
        "obl_read_source": "Ler a fonte de",
        "obl_role": "Papel",
        "obl_everyone": "Todos",
        "obl_role_principal": "Diretor ou líder escolar",
        "obl_role_teacher": "Professor ou professora",
        "obl_role_staff": "Funcionários da escola",
        "obl_role_district": "Escritório do distrito",
        "obl_role_family": "Família",
        "obl_role_student": "Aluno",
        "obl_role_state": "Estado",
        "obl_document": "Documento",
        "obl_all_documents": "Todos os documentos",
        "obl_search": "Pesquisar",
        "obl_sort": "Ordenar por",
        "obl_sort_deadline": "prazo",
        "obl_sort_document": "documento",
        "obl_sort_actor": "quem",
        "obl_due_within": "Vence em até (dias; 0 mostra tudo)",
    },
    "ar": {
        "obl_caption": (
            "ما تقول الوثائق إن على المدارس فعله: من، وماذا، ومتى، والجملة التي جاء منها. "
            "وجدته قواعد آلية ولم يقرأه شخص: تحقق من المصدر قبل أن تتصرف."
        ),
        "obl_english_only": (
            "الالتزامات مأخوذة من الوثائق الإنجليزية، لذلك تظهر بالإنجليزية. "
            "ابحث بكلمات إنجليزية."
        ),
        "obl_no_table": "لا يوجد جدول التزامات في {path}: شغّل 'bps-assistant index' لإنشائه.",
        "obl_count": "{shown} من {total} التزامًا",
        "obl_col_actor": "من",
        "obl_col_action": "ماذا",
        "obl_col_deadline": "متى",
        "obl_col_next_due": "الموعد التالي",
        "obl_col_title": "الوثيقة",
        "obl_col_section": "القسم",
        "obl_col_page": "الصفحة",
        "obl_col_area": "المجال",
        "obl_col_sentence": "جملة المصدر",
        "obl_download_csv": "تنزيل CSV",
        "obl_download_ics": "تنزيل التقويم (ICS)",
        "obl_read_source": "اقرأ مصدر",
        "obl_role": "الدور",
        "obl_everyone": "الجميع",
        "obl_role_principal": "مدير المدرسة أو قائدها",
        "obl_role_teacher": "المعلم",
        "obl_role_staff": "موظفو المدرسة",
        "obl_role_district": "مكتب المنطقة التعليمية",
        "obl_role_family": "الأسرة",
        "obl_role_student": "الطالب",
        "obl_role_state": "الولاية",
        "obl_document": "الوثيقة",
        "obl_all_documents": "كل الوثائق",
        "obl_search": "بحث",
        "obl_sort": "ترتيب حسب",
        "obl_sort_deadline": "الموعد النهائي",
        "obl_sort_document": "الوثيقة",
        "obl_sort_actor": "من",
        "obl_due_within": "مستحق خلال (أيام؛ 0 يعرض الكل)",
    },
    "so": {
        "obl_caption": (
            "Waxa dukumeentiyadu sheegayaan in dugsiyadu ay qabtaan: yaa, maxay, goorma, iyo "
            "jumladda ay ka timid. Xeerar ayaa helay, qof ma akhrin: hubi isha ka hor intaadan "
            "wax qaban."
        ),
        "obl_english_only": (
            "Waajibaadka waxaa laga soo qaatay dukumeentiyada Ingiriisiga, sidaas darteed waxay "
            "ku muuqdaan Ingiriisi. Ku raadi erayo Ingiriisi ah."
        ),
        "obl_no_table": (
            "Miis waajibaad ah kuma jiro {path}: socodsii 'bps-assistant index' si loo sameeyo."
        ),
        "obl_count": "{shown} ka mid ah {total} waajibaad",
        "obl_col_actor": "yaa",
        "obl_col_action": "maxay",
        "obl_col_deadline": "goorma",
        "obl_col_next_due": "wakhtiga xiga",
        "obl_col_title": "dukumeenti",
        "obl_col_section": "qayb",
        "obl_col_page": "bog",
        "obl_col_area": "qayb-hawleed",
        "obl_col_sentence": "jumladda isha",
        "obl_download_csv": "Soo deji CSV",
        "obl_download_ics": "Soo deji kalandarka (ICS)",
        "obl_read_source": "Akhri isha",
        "obl_role": "Doorka",
        "obl_everyone": "Qof walba",
        "obl_role_principal": "Maamulaha ama hoggaamiyaha dugsiga",
        "obl_role_teacher": "Macallin",
        "obl_role_staff": "Shaqaalaha dugsiga",
        "obl_role_district": "Xafiiska degmada",
        "obl_role_family": "Qoyska",
        "obl_role_student": "Arday",
        "obl_role_state": "Gobolka",
        "obl_document": "Dukumeenti",
        "obl_all_documents": "Dhammaan dukumeentiyada",
        "obl_search": "Raadi",
        "obl_sort": "U kala horree",
        "obl_sort_deadline": "wakhtiga kama dambaysta",
        "obl_sort_document": "dukumeenti",
        "obl_sort_actor": "yaa",
        "obl_due_within": "Waa inay dhacdaa muddo (maalmo; 0 wuxuu tusaa dhammaan)",
    },
    "fr": {
        "obl_caption": (
            "Ce que les documents disent que les écoles doivent faire : qui, quoi, pour quand, et "
            "la phrase d'origine. Trouvé par des règles, pas lu par une personne : vérifiez la "
            "source avant d'agir."
        ),
        "obl_english_only": (
            "Les obligations viennent des documents en anglais, elles sont donc affichées en "
            "anglais. Cherchez avec des mots anglais."
        ),
        "obl_no_table": (
            "Pas de table des obligations dans {path} : lancez 'bps-assistant index' pour la "
            "créer."
        ),
        "obl_count": "{shown} sur {total} obligations",
        "obl_col_actor": "qui",
        "obl_col_action": "quoi",
        "obl_col_deadline": "pour quand",
        "obl_col_next_due": "prochaine échéance",
        "obl_col_title": "document",
        "obl_col_section": "section",
        "obl_col_page": "page",
        "obl_col_area": "domaine",
        "obl_col_sentence": "phrase source",
        "obl_download_csv": "Télécharger le CSV",
        "obl_download_ics": "Télécharger le calendrier (ICS)",
        "obl_read_source": "Lire la source de",
        "obl_role": "Rôle",
        "obl_everyone": "Tout le monde",
        "obl_role_principal": "Directeur ou chef d'établissement",
        "obl_role_teacher": "Enseignant",
        "obl_role_staff": "Personnel de l'école",
        "obl_role_district": "Bureau du district",
        "obl_role_family": "Famille",
        "obl_role_student": "Élève",
        "obl_role_state": "État",
        "obl_document": "Document",
        "obl_all_documents": "Tous les documents",
        "obl_search": "Rechercher",
        "obl_sort": "Trier par",
        "obl_sort_deadline": "échéance",
        "obl_sort_document": "document",
        "obl_sort_actor": "qui",
        "obl_due_within": "À faire dans (jours ; 0 affiche tout)",
    },
}
