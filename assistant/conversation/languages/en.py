"""English (en): the words that make a question a follow-up, and the words of its topics.

Every language module has the same names; `languages/__init__.py` gathers them. Phrases are
matched word by word on folded text (lower case, no accents), with a light stem, so
"Buses" meets "bus". `LEADS` and `TAILS` are regexes over the folded words joined by spaces.
"""

from __future__ import annotations

# a follow-up that starts with one of these continues the last question
MARKERS = ("and", "and what about", "and how about", "what about", "how about", "also",
           "same for", "same question for", "and also", "but what about", "and then")
SUFFIXES: tuple[str, ...] = ()
# dropped from the start of the new topic: "and for English learners?" -> "English learners"
PREPOSITIONS = ("for", "about", "with", "regarding", "concerning", "in", "on", "to", "of")
ARTICLES = ("the", "a", "an")
CONTRACTIONS: tuple[str, ...] = ()
# words that stand for what the last answer was about
PRONOUNS = ("it", "them", "that", "this", "those", "these")
# "that" and "this" are pronouns only at the end ("who checks that?") or after one of these
# ("when is that due?"); after a noun they start a clause ("the rule that applies")
CONDITIONAL = ("that", "this")
PRONOUN_AFTER = (
    "is are was were be been will would does did do has have had must should can could may "
    "for about to of in on at by with from after before like than and but so "
    "what when who whom where why how which"
)
# "is it true that ...": "it" stands for nothing before these
NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "it": ("true", "possible", "necessary", "required", "ok", "okay", "legal", "enough",
           "normal", "easy", "hard", "important", "likely", "worth", "too", "raining"),
}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = (
    "what which who whom whose when where why how is are was were did does do will would can "
    "could should must has have had tell me please explain"
)
LEADS = (
    r"what (did|does|do|will|would|should|must|can) (.{1,40} )?(promise|promised|say|said|"
    r"require|requires|do|change|mean|commit to|plan|need to do|have to do)( to do)? "
    r"(about|for|on|regarding|with|after|when|if|to|in) ",
    r"what (happened|happens|is happening|has happened) (to|with|about|for|in) ",
    r"(can|could) you (tell me|explain)( more)? (about )?",
    r"(tell me|explain|talk)( more)? about ",
    r"how (many|much|long|often) ",
    r"(what|which|who|when|where|why|how) (is|are|was|were|did|does|do|will|can|should|must|"
    r"has|have|would)( there)? ",
    r"who (is|are) (responsible|in charge) (for|of) ",
    r"who (\w+) ",
    r"(what|which|who|when|where|why|how) ",
    r"(is|are|was|were|did|does|do|will|has|have|can|should|must) (there )?",
)
# "When is the target due?" is about "the target"
TAILS = (r" (now|today|currently|these days|this year|anymore|due|about|for|in|to)$",)
FACETS = {
    "target": ("target", "targets", "goal", "goals", "benchmark", "aim"),
    "deadline": ("deadline", "deadlines", "due", "due date", "by when", "when", "timeline",
                 "how long"),
    "responsible": ("who", "responsible", "in charge", "checks", "check", "oversees", "monitors",
                    "reviews", "enforces"),
    "promise": ("promise", "promised", "promises", "commitment", "commitments", "committed"),
    "status": ("happened", "status", "progress", "met", "reached", "done", "finished",
               "on track", "achieved"),
    "count": ("how many", "how much", "number", "numbers", "percent", "percentage", "rate"),
}
TEMPLATES = {
    "target": "What is the target for {topic}?",
    "deadline": "What is the deadline for {topic}?",
    "responsible": "Who is responsible for {topic}?",
    "promise": "What did the plan promise about {topic}?",
    "status": "What happened with {topic}?",
    "count": "What are the numbers for {topic}?",
    "general": "What do the plans say about {topic}?",
}
CONNECTOR = "for"
SUBJECT_FIRST = False
TIME_WORDS = ("now", "today", "currently", "last year", "this year", "next year", "in", "since",
              "before", "after", "by", "during", "the", "school year", "fall", "spring",
              "at the moment", "then", "back then", "earlier")
AREAS = {
    "transportation": ("transportation", "transport", "bus", "buses", "school bus",
                       "school buses", "bus drivers", "drivers", "on-time", "on time",
                       "late buses", "bus routes", "routes", "bus stop", "bus stops"),
    "english-learners": ("english learners", "english learner", "english language learners",
                         "multilingual learners", "multilingual learner", "els", "ell", "ells",
                         "esl", "slife", "bilingual", "dual-language", "dual language"),
    "special-education": ("special education", "special ed", "students with disabilities",
                          "disabilities", "iep", "ieps", "inclusion", "inclusive education",
                          "sped"),
    "student-safety": ("safety", "student safety", "restraint", "restraints",
                       "physical restraint", "bullying", "violence"),
    "facilities": ("facilities", "bathrooms", "bathroom", "restrooms", "buildings",
                   "building", "repairs", "renovations", "renovation", "water fountains",
                   "heating", "air conditioning"),
    "transformation-schools": ("transformation schools", "transformation school",
                               "lowest-performing schools", "underperforming schools"),
    "data": ("data", "graduation data", "graduation rates", "graduation rate", "dropout",
             "withdrawals", "audit", "audits"),
    "accountability": ("accountability", "receivership", "district review", "attendance",
                       "state takeover"),
}
AREA_LABELS = {
    "transportation": "school buses",
    "english-learners": "English learners",
    "special-education": "special education",
    "student-safety": "student safety",
    "facilities": "school buildings and bathrooms",
    "transformation-schools": "transformation schools",
    "data": "data",
    "accountability": "accountability",
}
PLANS = {
    "sip": ("systemic improvement plan", "sip", "improvement plan"),
    "inclusive-education": ("inclusive education plan", "inclusion plan"),
    "multilingual-learners": ("strategic plan for multilingual learners",
                              "multilingual learners plan", "omme"),
    "circulars": ("circular", "circulars", "superintendent's circulars"),
}
