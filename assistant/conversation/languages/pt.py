"""Portuguese (pt): follow-up markers, pronouns, question leads and topic words (see `en`)."""

from __future__ import annotations

MARKERS = ("e", "e quanto a", "e quanto aos", "e quanto as", "e quanto ao", "quanto a",
           "quanto aos", "quanto as", "quanto ao", "e o que há sobre", "e sobre", "e no caso",
           "também", "e também", "o mesmo para", "mas e")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("para", "sobre", "com", "de", "em", "a respeito de", "a", "no caso de",
                "relativamente a")
ARTICLES = ("o", "a", "os", "as", "um", "uma")
CONTRACTIONS = ("do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "pelo", "pela",
                "pelos", "pelas")
PRONOUNS = ("isso", "isto", "aquilo")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS = {"esse": "o", "essa": "a", "esses": "os", "essas": "as", "este": "o", "esta": "a",
               "estes": "os", "estas": "as"}
QUESTION_WORDS = (
    "que qual quais quem quando onde como quanto quanta quantos quantas por e sao foi foram "
    "era eram sera esta estao ha diga explique"
)
LEADS = (
    r"o que (o plano|o distrito|a bps|a escola|o estado|a cidade)? ?(prometeu|promete|diz|disse|"
    r"exige|requer|mudou|significa) (sobre|para|a respeito de|de|com|em|quanto a) ",
    r"o que (a escola|o diretor|as escolas|uma escola)? ?(deve|devem|tem de|tem que|tem de) "
    r"fazer (.{1,30} )?(depois de|apos|quando|se|com|em caso de) ",
    r"o que (aconteceu|acontece) (com|a|ao|aos|as|na|no|nos|nas) ",
    r"(fale-me|diga-me|explique-me|fala-me)( mais)? (sobre|de|do|da|dos|das) ",
    r"(quantos|quantas|quanto|quanta) ",
    r"(qual|quais|quem|quando|onde|como|o que|por que) (e|sao|foi|foram|era|eram|sera|esta|"
    r"estao|ha|vence|termina) ",
    r"quem (e|sao) (responsavel|responsaveis) (por|pelo|pela|pelos|pelas) ",
    r"quem (\w+) ",
    r"(qual|quais|quem|quando|onde|como|o que) ",
)
TAILS = (r" (agora|hoje|atualmente|este ano|ainda)$",)
FACETS = {
    "target": ("meta", "metas", "objetivo", "objetivos"),
    "deadline": ("prazo", "prazos", "data limite", "vence", "quando", "ate quando"),
    "responsible": ("quem", "responsavel", "responsaveis", "verifica", "fiscaliza",
                    "supervisiona", "controla", "encarregado"),
    "promise": ("prometeu", "promessa", "promessas", "compromisso", "compromissos"),
    "status": ("aconteceu", "estado", "progresso", "cumpriu", "atingiu", "alcancou"),
    "count": ("quantos", "quantas", "quanto", "numero", "numeros", "percentagem", "porcentagem",
              "taxa"),
}
TEMPLATES = {
    "target": "Qual é a meta para {topic}?",
    "deadline": "Qual é o prazo para {topic}?",
    "responsible": "Quem é responsável por {topic}?",
    "promise": "O que o plano prometeu sobre {topic}?",
    "status": "O que aconteceu com {topic}?",
    "count": "Quais são os números sobre {topic}?",
    "general": "O que dizem os planos sobre {topic}?",
}
CONNECTOR = "para"
SUBJECT_FIRST = False
TIME_WORDS = ("agora", "hoje", "atualmente", "o ano passado", "ano passado", "este ano",
              "no ano passado", "em", "desde", "antes", "depois", "durante", "no", "ano letivo",
              "outono", "primavera", "entao")
AREAS = {
    "transportation": ("transporte", "transportes", "onibus", "autocarro", "autocarros",
                       "onibus escolares", "motoristas", "pontualidade", "a tempo", "rotas",
                       "paragens", "paradas"),
    "english-learners": ("aprendizes de ingles", "alunos aprendizes de ingles",
                         "alunos que aprendem ingles", "estudantes de ingles",
                         "alunos multilingues", "aprendizes multilingues", "esl", "slife",
                         "bilingue", "bilingues"),
    "special-education": ("educacao especial", "alunos com deficiencia", "deficiencia",
                          "deficiencias", "iep", "inclusao", "educacao inclusiva"),
    "student-safety": ("seguranca", "seguranca dos alunos", "contencao fisica", "contencao",
                       "bullying", "violencia"),
    "facilities": ("instalacoes", "casas de banho", "banheiros", "edificios", "predios",
                   "reparacoes", "reparos", "renovacoes", "bebedouros", "aquecimento"),
    "transformation-schools": ("escolas de transformacao", "escolas em transformacao"),
    "data": ("dados", "dados de graduacao", "taxa de graduacao", "auditoria", "auditorias"),
    "accountability": ("prestacao de contas", "responsabilizacao", "assiduidade", "frequencia",
                       "intervencao estadual"),
}
AREA_LABELS = {
    "transportation": "os ônibus escolares",
    "english-learners": "os aprendizes de inglês",
    "special-education": "a educação especial",
    "student-safety": "a segurança dos alunos",
    "facilities": "as instalações e as casas de banho",
    "transformation-schools": "as escolas de transformação",
    "data": "os dados",
    "accountability": "a prestação de contas",
}
PLANS = {
    "sip": ("plano de melhoria sistemica", "sip"),
    "inclusive-education": ("plano de educacao inclusiva",),
    "multilingual-learners": ("plano estrategico para alunos multilingues", "omme"),
    "circulars": ("circular", "circulares", "circulares do superintendente"),
}
