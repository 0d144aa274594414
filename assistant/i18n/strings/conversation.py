"""Strings of conversations and feedback: "Searching for: ...", the rating buttons, thanks."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "searching_for": "Searching for:",
        "new_conversation": "New conversation",
        "feedback_helpful": "Helpful",
        "feedback_not_helpful": "Not helpful",
        "feedback_wrong_source": "Wrong or missing source",
        "feedback_saved": "Thank you. Your rating was saved.",
        "feedback_failed": "Your rating could not be saved. Please try again later.",
        "feedback_privacy": (
            "Ratings are saved with the question and the answer, without your name, address "
            "or any account. E-mail addresses, phone numbers and ID numbers are removed."
        ),
    },
    "es": {
        "searching_for": "Buscando:",
        "new_conversation": "Nueva conversación",
        "feedback_helpful": "Útil",
        "feedback_not_helpful": "No es útil",
        "feedback_wrong_source": "Fuente equivocada o que falta",
        "feedback_saved": "Gracias. Guardamos su opinión.",
        "feedback_failed": "No pudimos guardar su opinión. Inténtelo de nuevo más tarde.",
        "feedback_privacy": (
            "Las opiniones se guardan con la pregunta y la respuesta, sin su nombre, su "
            "dirección ni ninguna cuenta. Se quitan los correos electrónicos, los números de "
            "teléfono y los números de identificación."
        ),
    },
    "ht": {
        "searching_for": "N ap chèche:",
        "new_conversation": "Nouvo konvèsasyon",
        "feedback_helpful": "Li itil",
        "feedback_not_helpful": "Li pa itil",
        "feedback_wrong_source": "Sous la pa bon oswa li manke",
        "feedback_saved": "Mèsi. Nou anrejistre opinyon ou.",
        "feedback_failed": "Nou pa t ka anrejistre opinyon ou. Tanpri eseye ankò pita.",
        "feedback_privacy": (
            "Nou anrejistre opinyon an ak kesyon an ak repons lan, san non ou, san adrès ou, "
            "san okenn kont. Nou retire adrès imèl, nimewo telefòn ak nimewo idantifikasyon."
        ),
    },
    "kea": {
        "searching_for": "Nu sta ta buska:",
        "new_conversation": "Nobu konbersa",
        "feedback_helpful": "Ta djuda",
        "feedback_not_helpful": "Ka ta djuda",
        "feedback_wrong_source": "Fonti eradu o ki sta ta falta",
        "feedback_saved": "Obrigadu. Nu guarda bu opinion.",
        "feedback_failed": "Nu ka konsigi guarda bu opinion. Tenta otu bes más logu.",
        "feedback_privacy": (
            "Nu ta guarda opinion ku pergunta y ku resposta, sen bu nomi, sen bu morada, sen "
            "ninhun konta. Nu ta tira email, numeru di telefoni y numeru di identifikason."
        ),
    },
    "zh": {
        "searching_for": "正在搜索：",
        "new_conversation": "新对话",
        "feedback_helpful": "有帮助",
        "feedback_not_helpful": "没有帮助",
        "feedback_wrong_source": "来源错误或缺少来源",
        "feedback_saved": "谢谢，您的评价已保存。",
        "feedback_failed": "您的评价未能保存，请稍后再试。",
        "feedback_privacy": (
            "评价会和问题、回答一起保存，不包括您的姓名、地址或任何账户。电子邮件地址、"
            "电话号码和证件号码都会被删除。"
        ),
    },
    "vi": {
        "searching_for": "Đang tìm:",
        "new_conversation": "Cuộc trò chuyện mới",
        "feedback_helpful": "Hữu ích",
        "feedback_not_helpful": "Không hữu ích",
        "feedback_wrong_source": "Nguồn sai hoặc thiếu nguồn",
        "feedback_saved": "Cảm ơn. Đánh giá của bạn đã được lưu.",
        "feedback_failed": "Không lưu được đánh giá của bạn. Vui lòng thử lại sau.",
        "feedback_privacy": (
            "Đánh giá được lưu cùng câu hỏi và câu trả lời, không có tên, địa chỉ hay tài "
            "khoản nào của bạn. Địa chỉ email, số điện thoại và số định danh đều bị xóa."
        ),
    },
    "pt": {
        "searching_for": "A procurar:",
        "new_conversation": "Nova conversa",
        "feedback_helpful": "Útil",
        "feedback_not_helpful": "Não é útil",
        "feedback_wrong_source": "Fonte errada ou em falta",
        "feedback_saved": "Obrigado. A sua avaliação foi guardada.",
        "feedback_failed": "Não foi possível guardar a sua avaliação. Tente mais tarde.",
        "feedback_privacy": (
            "As avaliações são guardadas com a pergunta e a resposta, sem o seu nome, morada "
            "ou conta. Endereços de e-mail, números de telefone e números de identificação "
            "são removidos."
        ),
    },
    "ar": {
        "searching_for": "جارٍ البحث عن:",
        "new_conversation": "محادثة جديدة",
        "feedback_helpful": "مفيد",
        "feedback_not_helpful": "غير مفيد",
        "feedback_wrong_source": "مصدر خاطئ أو ناقص",
        "feedback_saved": "شكرًا لك. تم حفظ تقييمك.",
        "feedback_failed": "تعذّر حفظ تقييمك. يُرجى المحاولة مرة أخرى لاحقًا.",
        "feedback_privacy": (
            "تُحفظ التقييمات مع السؤال والإجابة، دون اسمك أو عنوانك أو أي حساب. "
            "وتُحذف عناوين البريد الإلكتروني وأرقام الهواتف وأرقام الهوية."
        ),
    },
    "so": {
        "searching_for": "Waxaan raadinaynaa:",
        "new_conversation": "Wada sheekaysi cusub",
        "feedback_helpful": "Waa faa'iido leh",
        "feedback_not_helpful": "Faa'iido ma leh",
        "feedback_wrong_source": "Il khaldan ama il maqan",
        "feedback_saved": "Mahadsanid. Qiimayntaada waa la kaydiyay.",
        "feedback_failed": "Qiimayntaada lama kaydin karin. Fadlan mar kale isku day goor dambe.",
        "feedback_privacy": (
            "Qiimaynta waxaa lagu kaydiyaa su'aasha iyo jawaabta, magacaaga, cinwaankaaga iyo "
            "akoon la'aan. Cinwaannada iimaylka, lambarrada taleefanka iyo lambarrada "
            "aqoonsiga waa la tirtiraa."
        ),
    },
    "fr": {
        "searching_for": "Recherche :",
        "new_conversation": "Nouvelle conversation",
        "feedback_helpful": "Utile",
        "feedback_not_helpful": "Pas utile",
        "feedback_wrong_source": "Source fausse ou manquante",
        "feedback_saved": "Merci. Votre avis a été enregistré.",
        "feedback_failed": "Votre avis n'a pas pu être enregistré. Réessayez plus tard.",
        "feedback_privacy": (
            "Les avis sont enregistrés avec la question et la réponse, sans votre nom, votre "
            "adresse ni aucun compte. Les adresses e-mail, les numéros de téléphone et les "
            "numéros d'identification sont retirés."
        ),
    },
}
