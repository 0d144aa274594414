"""Read one English sentence: is it a duty, and if so whose, what, and by when.

Rule-based and deterministic. A sentence is a duty when a modal or duty phrase (must, shall,
should, is required/expected/responsible, required X to, prohibited, has the responsibility
to; "will" only with a named actor in a policy document) directs someone to do, or ensure,
something. Definitions, descriptions of the document itself, statements inside a descriptive
clause ("explains what schools must do") and "will" sentences about things are not duties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.obligations.actors import find_actors, first_named, head_actor
from assistant.obligations.clauses import (
    LIST_MARKER,
    PASSIVE,
    agent_of,
    names_the_subject,
    subject_of,
)
from assistant.obligations.duty_patterns import (
    CITATION_TAIL,
    DEFINITION,
    DESCRIPTION,
    EXAMPLE,
    GLUED,
    IN_EFFECT,
    INVERTED,
    LIST_HEAD,
    NEGATED,
    PRONOUN,
    RECEIVING,
    REPORTED,
    REPORTED_CLAUSE,
    SUBORDINATE,
    TAKING_PART,
    TRIGGER,
    WILL_NOT_DUTY,
)
from assistant.obligations.timing import Timing, parse_timing

POLICY_PLANS = ("circulars",)  # documents that direct schools; the others report on plans
MAX_ACTION = 240


@dataclass(frozen=True)
class Duty:
    """What `find_duty` reads in one sentence, before the document's metadata is added."""

    actor: str
    actor_text: str
    actors: tuple[str, ...]
    action: str
    modality: str
    timing: Timing


def implied_actor(plan: str) -> str:
    """Who a rule without a named doer falls on: the school in policies, else the district."""
    return "school" if plan in POLICY_PLANS else "district"


def find_duty(sentence: str, plan: str = "circulars", antecedent: str = "") -> Duty | None:
    """Read a duty in one sentence, or None when it states none.

    `antecedent` is the actor the sentence before named, for a duty whose subject is "they".
    """
    text = GLUED.sub(r"\1 \2", CITATION_TAIL.sub(r"\1", sentence).strip())
    text = IN_EFFECT.sub("", text)
    body = LIST_MARKER.sub("", text)
    if len(body.split()) < 4 or body.rstrip().endswith("?"):
        return None
    policy = plan in POLICY_PLANS
    matches = list(TRIGGER.finditer(body))
    if _describes_itself(body, matches):
        return None
    for n, match in enumerate(matches):
        if _in_leading_clause(body, match, matches[n + 1:]):
            continue  # "If the student does not or shall not return, the school leader must"
        duty = _read(body, match, plan, policy, antecedent)
        if duty is not None:
            return duty
    return None


def _describes_itself(body: str, matches: list[re.Match[str]]) -> bool:
    """Whether the sentence is about the document ("This circular lists the documents schools
    are required to obtain"), not a rule on part of it ("These lists must be updated")."""
    described = DESCRIPTION.match(body)
    if described is None:
        return False
    first = matches[0] if matches else None
    return first is None or first.lastgroup not in {"modal", "tobe", "duty"} or bool(
        body[described.end(): first.start()].strip()
    )


def _in_leading_clause(body: str, match: re.Match[str], later: list[re.Match[str]]) -> bool:
    """Whether the duty phrase sits in a condition a later duty phrase depends on ("In some
    cases, if a school requires the bus to stay, it will cost"; "If the student shall not
    return, the school leader must")."""
    before = body[: match.start()]
    if not SUBORDINATE.match(before[before.rfind(",") + 1:].lstrip()):
        return False
    comma = body.find(",", match.end())
    return comma >= 0 and any(m.start() > comma for m in later)


def _read(body: str, match: re.Match[str], plan: str, policy: bool,
          antecedent: str = "") -> Duty | None:
    kind = {"obj": "reqobj", "whose": "theirs", "owner": "theirs", "dutyofwhom": "dutyof",
            "dutyowner": "dutyof"}.get(match.lastgroup or "", match.lastgroup or "")
    rest = body[match.end():].strip()
    if kind == "dutyof":  # the duty is the subject: "Maintaining safety is the principal's"
        rest = body[: match.start()].strip()
    if _look_alike(body, match, kind, rest, policy):
        return None
    if not rest.strip(" :"):
        rest = LIST_HEAD if body.rstrip().endswith(":") else ""
        if not rest:
            return None
    when = _main_clause(body, match.start())
    if kind in {"theirs", "dutyof"}:  # "It is the responsibility of school leaders to ensure"
        whose = (match.group("whose") or match.group("owner") or match.group("dutyofwhom")
                 or match.group("dutyowner"))
        owner = head_actor(whose) or next(((a, w) for a, w, _ in find_actors(whose)), None)
        owner = owner or (implied_actor(plan), "")
        return _duty(owner, (owner[0],), rest, _modality(kind, match.group(0), rest), when)
    subject = subject_of(body[: match.start()], kind == "will")
    if subject is None:
        if kind != "reqobj" or not re.search(r",\s*which\s+$", body[: match.start()]):
            return None
        subject = ""  # "..., which requires BPS to deactivate": the one required is named
    mentions = find_actors(subject)
    head = head_actor(subject)
    if head is None and PRONOUN.match(subject.strip()):
        head = _referent(body[: match.start()], subject, antecedent)
    implied = implied_actor(plan)
    modality = _modality(kind, match.group(0), rest)
    named = tuple(dict.fromkeys([*(head[:1] if head else ()), *(a for a, _, _ in mentions)]))

    if kind == "toact" and head is None:
        return None  # "School leaders are to keep records" directs; "The goal is to improve"
    if kind == "mandate":
        return _mandated(rest, modality, when, implied)
    if kind == "will":
        if not policy or WILL_NOT_DUTY.match(rest):
            return None
        if PASSIVE.match(rest):
            agent = agent_of(rest)
            if agent is None:
                return None  # "Schools will be notified in the spring": not their duty
            return _duty(agent, (agent[0],), rest, modality, when)
        if head is None or head[0] == "student":
            return None  # "A student will hold a code": what happens, not what one must do
        if re.match(r"be\b(?!\s+\w+ing\b)", rest, re.I):
            return None  # "will be available", "will be a last resort"
    if kind == "reqobj":
        obj = match.group("obj")
        found = find_actors(obj)
        required = head_actor(obj) if found and found[0][2] <= 4 else None
        if required is None and found and found[0][2] <= 4 and re.match(
            r"['’]s\b", obj[found[0][2] + len(found[0][1]):]
        ):
            required = found[0][0], found[0][1]  # "required BPS's new system to cover"
        if required is not None:  # "required BPS to", not "required the learners plan to"
            return _duty(required, (required[0],), rest, modality, when)
        return _duty((implied, ""), (implied,), f"{obj} {rest}", modality, when)
    if kind == "reqthing":
        return _duty((implied, ""), (implied,), rest, modality, when)

    bare_required = kind == "duty" and not re.search(r"\b(?:to|for)$", match.group(0))
    passive = bare_required or (kind in {"modal", "tobe", "prohibit"} and bool(
        PASSIVE.match(rest) or kind == "tobe" or kind == "prohibit"
    ))
    said = re.sub(r"^(?:is|are)\s+", "", f"{match.group(0)} {rest}") if kind == "prohibit" else rest
    if passive and head is not None and names_the_subject(said):
        return _duty(head, named, rest, modality, when)
    receiving = head is not None and (
        (head[0] in {"student", "family"} and bool(RECEIVING.match(rest)))
        or (head[0] == "student" and bool(TAKING_PART.match(rest)))
    )
    if passive or receiving or head is None:
        agent = agent_of(rest) if passive else None
        whole = REPORTED.sub("", f"{subject} {match.group(0)} {rest}".strip())
        if agent is not None:
            return _duty(agent, (agent[0],), whole, modality, when)
        owner = _district_owned(subject) if head is None and not passive else None
        if owner is not None:
            return _duty(owner, (owner[0],), whole, modality, when)
        return _duty((implied, ""), (implied,), whole, modality, when)
    return _duty(head, named, rest, modality, when)


def _look_alike(body: str, match: re.Match[str], kind: str, rest: str, policy: bool) -> bool:
    """Whether the duty phrase at `match` only looks like one: a definition, an exemption, a
    condition, an example, a forecast, an adjective."""
    before = body[: match.start()]
    if NEGATED.search(before) or (DEFINITION.match(rest) and not (
        re.match(r"\s*refers?\s+to\b", rest, re.I) and head_actor(before)
    )):
        return True  # "shall mean", "will not be required to"; "Staff should refer to" directs
    if re.match(r"(?:be\s+limited\s+to|preclude|limit|affect|supersede|diminish)\b", rest,
                re.I) and re.search(r"\bnot\b", match.group(0)):
        return True  # "shall not be limited to", "shall not preclude": a definition, a saving
    if re.match(r"\s*(?:nothing|no\s+one|none)\b", before[before.rfind(",") + 1:], re.I):
        return True  # "Nothing in this policy prohibits a school professional from notifying"
    if (kind == "modal" and INVERTED.match(f"{match.group(0)} {rest}")) or re.search(
        r"\bshould\s+(?:they|you|he|she|it|we)\s+$", before, re.I
    ):
        return True  # "should they need passes", "should legal counsel be necessary": if
    if EXAMPLE.search(before):
        return True  # "In this example, $25,000 must be spent": an illustration
    if kind == "duty" and re.search(r"expected|asked|instructed", match.group(0), re.I) and (
        not policy
    ):
        return True  # "schools were expected to exit": a forecast in a report
    return kind == "duty" and not re.search(r"\b(?:to|for)$", match.group(0)) and bool(
        re.match(r"(?:by|in|under|of)\b", rest, re.I)
    )  # "the documents required by law": an adjective, not a duty


def _referent(before: str, pronoun: str, antecedent: str) -> tuple[str, str] | None:
    """Who "they" (or "these individuals") is: an actor named earlier in the sentence ("Heads
    of school may provide a plan, but they should"), else the one the sentence before named."""
    earlier = first_named(before.rstrip()[: -len(pronoun.strip())])
    if not (earlier or antecedent):
        return None
    return earlier or antecedent, pronoun.split()[-1]


def _district_owned(subject: str) -> tuple[str, str] | None:
    """ "All District policies ... shall advance": the district's own things bind the district."""
    found = find_actors(subject)
    if found and found[0][1] in {"District", "BPS", "Boston Public Schools"} and not re.search(
        r"\b(?:of|for|in|by|to|with|at|from)\s+(?:the\s+)?$", subject[: found[0][2]], re.I
    ):
        return found[0][0], found[0][1]
    return None


def _mandated(rest: str, modality: str, body: str, implied: str) -> Duty | None:
    """ "the law requires that all EL students participate": the one named after "that"."""
    if TRIGGER.search(rest):
        return None  # "requires that schools must": the modal is read on its own
    found = find_actors(rest[:60])
    if not found or found[0][2] > 30:
        return _duty((implied, ""), (implied,), rest, modality, body)
    actor, words, start = found[0]
    for nxt in found[1:]:  # "EL students": the last of names side by side
        if rest[start + len(words): nxt[2]].strip():
            break
        actor, words, start = nxt
    after = rest[start + len(words):].strip()
    if actor == "student" and (TAKING_PART.match(after) or RECEIVING.match(after)):
        return _duty((implied, ""), (implied,), rest, modality, body)
    return _duty((actor, words), (actor,), after, modality, body)


def _modality(kind: str, trigger: str, rest: str) -> str:
    lowered = trigger.lower()
    if kind == "prohibit" or re.search(r"\b(?:not|never)\b", lowered) or re.match(
        r"(?:be\s+)?(?:prohibited|forbidden)\b", rest, re.I
    ):
        return "should" if lowered.startswith(("should", "ought")) else "must not"
    if lowered.startswith(("should", "ought")):
        return "should"
    return "must"


def _duty(
    actor: tuple[str, str], actors: tuple[str, ...], action: str, modality: str, body: str
) -> Duty | None:
    action = _tidy(action)
    if not re.search(r"[A-Za-z]", action):
        return None
    return Duty(
        actor=actor[0],
        actor_text=actor[1],
        actors=actors,
        action=action,
        modality=modality,
        timing=_timing(body),
    )


def _main_clause(body: str, start: int) -> str:
    """The sentence from the clause of the duty phrase at `start` on.

    A leading condition says when the duty arises, not when it is due: "If, after
    investigation, bullying is substantiated, the principal will take steps".
    """
    if not SUBORDINATE.match(body):
        return body
    comma = body.rfind(",", 0, start)
    return body[comma + 1:] if comma > 0 else body


def _timing(body: str) -> Timing:
    """The timing of a sentence's duty.

    A past-tense clause reports what was done, not what is due ("..., which BPS had done by
    August 10, 2022"); an event named in a leading condition says when the duty arises, not
    when it is due ("If the student reports after the exit interview, the school leader must").
    """
    body = REPORTED_CLAUSE.sub("", body)
    timing = parse_timing(body)
    lead = SUBORDINATE.match(body)
    comma = body.find(",")
    if timing.kind == "relative" and timing.amount is None and lead and comma > 0 and (
        timing.text in body[:comma]
    ):
        return parse_timing(body[comma + 1:])
    return timing


def _tidy(action: str) -> str:
    action = re.sub(r"\s+", " ", action).strip(" ,;:")
    action = re.sub(r"^(?:to|for|from)\s+", "", action, flags=re.I).rstrip(".")
    if len(action) > MAX_ACTION:
        action = action[:MAX_ACTION].rsplit(" ", 1)[0] + "…"
    return action
