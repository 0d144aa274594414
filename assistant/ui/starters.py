"""Suggested first questions per role and language, each one the shipped corpus answers.

The questions were checked against the shipped index (`bps-assistant ask ... --role ...`);
tests/test_app_starters.py keeps every one answered with a citation.
"""

from __future__ import annotations

ROLES = ("family", "principal", "staff")

STARTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "family": {
        "en": (
            "What did the Systemic Improvement Plan promise about school buses?",
            "When is a student considered chronically absent?",
            "Can I get a telephone interpreter, and when is it available?",
            "Which languages have dual-language programs?",
        ),
        "es": (
            "¿Qué prometió el Plan de Mejora Sistémica sobre los autobuses escolares?",
            "¿Cuándo tiene un estudiante ausentismo crónico?",
            "¿Hay interpretación por teléfono, y cuándo está disponible?",
            "¿En qué idiomas hay programas de doble idioma?",
        ),
        "ht": (
            "Kisa SIP la egzije pou transpò lekòl la ak bis lekòl yo?",
            "Ki lè yon elèv absan kwonik?",
            "Ki lè entèpretasyon pa telefòn disponib?",
            "Nan ki lang BPS ofri pwogram de lang (dual-language)?",
        ),
        "kea": (
            "Kuzé ki Planu di Midjoramentu Sistémiku promete sobri bus di skola?",
            "Kuandu ki un alunu ten absentismu krónika?",
            "N podi ten un intérpreti pa telefoni, y kantu ki el sta disponível?",
            "Na ki língua ki BPS ten prugramas bilíngui?",
        ),
        "zh": (
            "系统性改进计划对校车做了哪些承诺？",
            "学生在什么情况下属于长期缺勤？",
            "我可以使用电话口译服务吗？什么时候可以使用？",
            "哪些语言有双语课程？",
        ),
        "vi": (
            "Kế hoạch Cải thiện Toàn hệ thống đã hứa gì về xe buýt trường học?",
            "Khi nào một học sinh bị coi là vắng mặt kinh niên?",
            "Tôi có thể có thông dịch viên qua điện thoại không, và khi nào thì có?",
            "Những ngôn ngữ nào có chương trình song ngữ?",
        ),
        "pt": (
            "O que o Plano de Melhoria Sistêmica prometeu sobre os ônibus escolares?",
            "Quando um aluno tem ausência crônica?",
            "Posso ter um intérprete por telefone, e quando ele está disponível?",
            "Em quais línguas há programas bilíngues?",
        ),
        "ar": (
            "ماذا وعدت خطة التحسين المنهجي بشأن الحافلات المدرسية؟",
            "متى يكون الطالب غائبًا بشكل مزمن؟",
            "هل يمكنني الحصول على مترجم فوري عبر الهاتف، ومتى يكون متاحًا؟",
            "ما اللغات التي فيها برامج بلغتين؟",
        ),
        "so": (
            "Maxay SIP-ku ku waajibinayaa BPS ee ku saabsan nidaamka gaadiidka dugsiga?",
            "Yaa loo yaqaan arday si joogto ah u maqnaada?",
            "Goorma ayaa la heli karaa turjumaadda afka ee taleefanka?",
            "Luqadee ayaa leh barnaamijyo laba-luqadood ah?",
        ),
        "fr": (
            "Qu'est-ce que le Plan d'amélioration systémique a promis pour les bus scolaires ?",
            "Quand un élève est-il absent de façon chronique ?",
            "Puis-je avoir un interprète par téléphone, et quand est-il disponible ?",
            "Dans quelles langues y a-t-il des programmes bilingues ?",
        ),
    },
    "principal": {
        "en": (
            "What must I do after a student is physically restrained?",
            "What do I have to do after a bullying complaint?",
            "What must a school do when a student leaves without withdrawal documentation?",
            "What must I do about incidents on school buses?",
        ),
        "es": (
            "¿Qué debo hacer después de una contención física de un estudiante?",
            "¿Qué tengo que hacer después de una queja de acoso escolar?",
            "¿Qué debe hacer una escuela cuando un estudiante se va sin documentos de retiro?",
            "¿Qué debo hacer con los incidentes en los autobuses escolares?",
        ),
        "ht": (
            "Kisa pou m fè apre yo fin kenbe yon elèv fizikman?",
            "Kisa pou m fè apre yon plent entimidasyon?",
            "Kisa yon lekòl dwe fè lè yon elèv kite lekòl la san dokiman retrè akseptab?",
            "Kisa direktè a dwe fè pou konpòtman elèv yo ak ensidan nan bis lekòl yo?",
        ),
        "kea": (
            "Kuzé ki diretor di skola ten ki fazi dipôs di un kontenson fízika di un alunu "
            "(SUP-19)?",
            "Kuzé ki N ten ki fazi dipos di un keixa di bullying?",
            "Kuzé ki un skola ten ki fazi si un alunu sai sen dokumentason di kanselamentu?",
            "Kuzé ki N debe fazi ku insidentis na bus di skola?",
        ),
        "zh": (
            "学生被身体约束后，我必须做什么？",
            "收到霸凌投诉后，我必须做什么？",
            "学生没有退学证明文件就离开时，学校必须做什么？",
            "校车上发生事件时，我必须做什么？",
        ),
        "vi": (
            "Tôi phải làm gì sau khi một học sinh bị khống chế thân thể?",
            "Tôi phải làm gì sau một khiếu nại bắt nạt?",
            "Trường phải làm gì khi một học sinh rời trường mà không có giấy tờ rút tên?",
            "Tôi phải làm gì với các sự cố trên xe buýt trường học?",
        ),
        "pt": (
            "O que devo fazer depois de uma contenção física de um aluno?",
            "O que tenho de fazer depois de uma queixa de bullying?",
            "O que a escola deve fazer quando um aluno sai sem documentos de saída?",
            "O que devo fazer com os incidentes nos ônibus escolares?",
        ),
        "ar": (
            "ماذا يجب أن أفعل بعد التقييد الجسدي لطالب؟",
            "ماذا يجب أن أفعل بعد شكوى تنمّر؟",
            "ماذا يجب أن تفعل المدرسة عندما يغادر طالب دون وثائق انسحاب؟",
            "ماذا يجب أن أفعل بشأن الحوادث في الحافلات المدرسية؟",
        ),
        "so": (
            "Maxaan sameeyaa kadib xakamaynta jirka ee arday?",
            "Maxaa hoggaamiyaha dugsiga waajib ku ah kadib cabashada cagajuglaynta (SSS-18)?",
            "Maxaa dugsigu sameeyaa marka arday dugsiga ka baxo, sida ay dhigayso warqad-faafinta "
            "ODA-07?",
            "Maxay tahay waxa maamulaha dugsigu ku waajib yahay marka ay dhacdo ka dhacdo basaska "
            "dugsiga?",
        ),
        "fr": (
            "Que dois-je faire après la contention physique d'un élève ?",
            "Que dois-je faire après une plainte de harcèlement ?",
            "Que doit faire une école quand un élève part sans documents de retrait ?",
            "Que dois-je faire pour les incidents dans les bus scolaires ?",
        ),
    },
    "staff": {
        "en": (
            "Are school buses on time now?",
            "How many schools had completed bathroom renovations by September 2023?",
            "What share of students with disabilities are taught in substantially separate "
            "classrooms?",
            "What share of BPS students are English learners?",
        ),
        "es": (
            "¿Los autobuses escolares llegan a tiempo ahora?",
            "¿Cuántas escuelas habían terminado la renovación de sus baños en septiembre de 2023?",
            "¿Qué porcentaje de los estudiantes con discapacidades recibe clases en aulas "
            "sustancialmente separadas?",
            "¿Qué porcentaje de los estudiantes de BPS son aprendices de inglés?",
        ),
        "ht": (
            "Èske bis lekòl yo rive alè kounye a?",
            "Konbyen lekòl ki te fin renove twalèt yo nan mwa septanm 2023?",
            "Ki pousantaj elèv ki gen andikap ki aprann nan klas ki separe nèt?",
            "Ki pousantaj elèv BPS ki ap aprann angle?",
        ),
        "kea": (
            "Bus di skola sta ta txiga na ora gosi?",
            "Kantu skola ki dja kaba renovason di kasa di banhu na setenbru 2023?",
            "Ki perséntajen di alunus ku difisiénsia ki ta studa na salas sustansialmenti "
            "separadu?",
            "Ki perséntajen di alunus di BPS ki sta ta prende inglês?",
        ),
        "zh": (
            "校车现在准时吗？",
            "到2023年9月，有多少所学校完成了卫生间翻新？",
            "有多少比例的残疾学生在完全隔离的教室里上课？",
            "BPS学生中英语学习者占多少比例？",
        ),
        "vi": (
            "Hiện nay xe buýt trường học có đến đúng giờ không?",
            "Đến tháng 9 năm 2023, bao nhiêu trường đã cải tạo xong nhà vệ sinh?",
            "Bao nhiêu phần trăm học sinh khuyết tật học trong các lớp học tách biệt hoàn toàn?",
            "Bao nhiêu phần trăm học sinh BPS là học sinh học tiếng Anh?",
        ),
        "pt": (
            "Os ônibus escolares chegam na hora agora?",
            "Quantas escolas tinham terminado a reforma dos banheiros em setembro de 2023?",
            "Que porcentagem dos alunos com deficiência estuda em salas substancialmente "
            "separadas?",
            "Que porcentagem dos alunos das BPS são aprendizes de inglês?",
        ),
        "ar": (
            "هل تصل الحافلات المدرسية في الوقت المحدد الآن؟",
            "كم مدرسة أنهت تجديد دورات المياه بحلول سبتمبر 2023؟",
            "ما نسبة الطلاب ذوي الإعاقة الذين يدرسون في فصول منفصلة بشكل كبير؟",
            "ما نسبة متعلمي اللغة الإنجليزية بين طلاب BPS؟",
        ),
        "so": (
            "Basaska dugsigu hadda ma waqtigooda ku yimaadaan?",
            "Immisa dugsi ayaa dhammeeyay dayactirka musqulaha ilaa Sebtembar 2023?",
            "Boqolkiiba immisa ardayda naafada ah ayaa wax ku barta fasallo si weyn u kala "
            "go'an?",
            "Boqolkiiba immisa ardayda BPS ayaa barta Ingiriisiga?",
        ),
        "fr": (
            "Les bus scolaires arrivent-ils à l'heure maintenant ?",
            "Combien d'écoles avaient fini la rénovation de leurs toilettes en septembre 2023 ?",
            "Quelle part des élèves handicapés est scolarisée dans des classes substantiellement "
            "séparées ?",
            "Quelle part des élèves de BPS apprennent l'anglais ?",
        ),
    },
}


def starters(role: str, language: str) -> tuple[str, ...]:
    """The suggested questions for `role` in `language` (English when not translated)."""
    by_language = STARTERS.get(role, STARTERS["family"])
    return by_language.get(language) or by_language["en"]
