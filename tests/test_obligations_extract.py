"""Duty extraction on short texts: actor, action, modality and timing; what is not a duty."""

from __future__ import annotations

import pytest

from assistant.obligations.extract import extract_obligations, find_duty
from assistant.types import Chunk


def chunk(text: str, *, doc: str = "sup-19", plan: str = "circulars", language: str = "en",
          section: str = "sup-19.reporting", i: int = 0, page: int | None = 13) -> Chunk:
    return Chunk(chunk_id=f"{doc}:{language}:{section}:{i}", text=text, doc_id=doc,
                 title="SUP-19: RESTRAINT POLICY", plan=plan, area="student-safety",
                 section=section, heading_path=("SUP-19", "Reporting"), language=language,
                 path="SUP-19.pdf", content_hash=f"h{i}", page=page)


@pytest.mark.parametrize(
    ("sentence", "actor", "action_start", "timing"),
    [
        ("The school leader must send the parent a written report within 3 working days of "
         "the restraint.", "school-leader", "send the parent a written report", "relative"),
        ("Under circular EL-07, the school leader must do short observations of every "
         "classroom every two weeks (Circular EL-07).", "school-leader", "do short observations",
         "recurring"),
        ("Each school must update its data in Aspen in October, December and March.", "school",
         "update its data in Aspen", "recurring"),
        ("The head of school/principal will maintain copies of all incident reports filed by "
         "drivers.", "school-leader", "maintain copies", "none"),
        ("Teachers should leverage students' native-language literacy skills whenever possible.",
         "teacher", "leverage students", "none"),
        ("The staff member who restrains a student must tell school administration verbally as "
         "soon as possible.", "school-staff", "tell school administration", "relative"),
        ("Parents/guardians must put their request in writing.", "family", "put their request",
         "none"),
        ("The SIP required BPS, by August 15, 2022, to build a system to monitor instruction.",
         "district", "build a system", "absolute"),
        ("A conduct incident must be recorded in Aspen within 24 hours.", "school",
         "A conduct incident must be recorded in Aspen", "relative"),
        ("Evidence of completed drills must be kept on file by the head of school/principal.",
         "school-leader", "Evidence of completed drills must be kept", "none"),
        ("School leaders will be required to identify a primary point of contact.",
         "school-leader", "identify a primary point of contact", "none"),
        ("The head of school/principal is responsible for implementing the Code of Conduct.",
         "school-leader", "implementing the Code of Conduct", "none"),
        ("Floor restraints shall be prohibited in Boston Public Schools.", "school",
         "Floor restraints shall be prohibited", "none"),
        ("The School Leadershall make reasonable efforts to inform the parent within 24 hours.",
         "school-leader", "make reasonable efforts", "relative"),
        ("A student at ELD level 1 must get at least 135 minutes of ESL a day.", "school",
         "A student at ELD level 1 must get", "none"),
        ("If DCF seeks to exercise this authority, the building administrator shall:",
         "school-leader", "the steps listed after this sentence", "none"),
    ],
)
def test_duty_sentences(sentence: str, actor: str, action_start: str, timing: str) -> None:
    duty = find_duty(sentence)
    assert duty is not None
    assert (duty.actor, duty.timing.kind) == (actor, timing)
    assert duty.action.startswith(action_start), duty.action


@pytest.mark.parametrize(
    "sentence",
    [
        "Seclusion shall mean the involuntary confinement of a student alone in a room.",
        "This Circular will remain in effect unless rescinded or superseded by a subsequent version.",
        "This circular lists the documentation schools are required to obtain when withdrawing.",
        "The summary explains what schools must do for English learners.",
        "Schools will be notified in the spring to begin the renewal process.",
        "Boston Public Schools will not tolerate any unlawful or disruptive behavior.",
        "Part-time students will not be required to be scheduled for ESL.",
        "In this example, $25,000 is the amount that must be spent on ELs.",
        "About 80% of withdrawals lacked the required documentation.",
        "Teachers may use a minimal amount of the child's native language.",
        "What must a school do when a student is restrained?",
        "Those persons who are required to share information are protected.",
        "It will allow the District to identify schools that need support.",
    ],
)
def test_sentences_that_are_not_duties(sentence: str) -> None:
    assert find_duty(sentence) is None


# who must act is the head of the subject, or the named doer of a passive
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The parent/guardian will be notified by the principal designee in collaboration with "
         "the school nurse.", "school-staff"),
        ("Any accommodation lasting longer than 6-8 weeks will be reviewed by School Health "
         "Services.", "district"),
        ("Additional interviews are not to be conducted by school officials.", "school-staff"),
        ("Such absences will be marked excused upon submitting a note signed by a parent or "
         "guardian.", None),
        ("All ELE programs implemented in BPS are required to provide MLs comparable access.",
         "school"),
        ("Transportation accommodations for medical needs should not substitute for treatment.",
         "school"),
        ("OMME multilingual instructional coaches will work to align instructional expectations.",
         "district"),
        ("The student school must document all meetings with parents.", "school"),
        ("The principal/Head of School or designee shall inform the parent of the target.",
         "school-leader"),
        ("After 5:00 PM, the school official should use the Child Abuse Emergency Hotline.",
         "school-staff"),
        ("In an emergency, Transdev Safety Desk will call BPS or EMS.", "other"),
        ("Once the form is submitted, HERN will proceed with verifying the information.",
         "district"),
        ("The food services manager will be responsible for keeping a daily log.", "school-staff"),
        ("Circular ACA-18 says that school leaders bear the final responsibility for attendance.",
         "school-leader"),
        # students who take part in what the school arranges; what students themselves must do
        ("EL students must participate in all MCAS tests scheduled for their grades.", "school"),
        ("Federal and state laws require that all EL students participate in statewide "
         "assessments.", "school"),
        ("For an absence to be excused, students must bring in a note after each day they are "
         "absent.", "student"),
        # the duty phrase of a leading condition is not the sentence's duty
        ("If the student does not or shall not return to school after the exit interview, the "
         "school leader must request a statement of the parent.", "school-leader"),
        ("School leaders will be asked to verify and report what services were provided.",
         "school-leader"),
    ],
)
def test_the_actor_is_the_one_who_must_act(sentence: str, actor: str | None) -> None:
    duty = find_duty(sentence)
    assert (duty.actor if duty else None) == actor, duty


def test_timing_leaves_out_conditions_and_reported_facts() -> None:
    reported = find_duty("The SIP required BPS to start an evaluation of its transportation "
                         "system, which BPS had done by August 10, 2022.", plan="sip")
    assert reported is not None and reported.timing.kind == "none"
    condition = find_duty("If the form is returned after the meeting, the school must call the "
                          "family.")
    assert condition is not None and condition.timing.kind == "none"
    event = find_duty("The school nurse should assess the student's condition after any "
                      "restraint.")
    assert event is not None and event.timing.kind == "relative"


@pytest.mark.parametrize(
    "sentence",
    [
        "A student will hold a DNR code for a maximum of three (3) days.",
        "Stating a student will enroll in a school elsewhere is sufficient.",
        "Identify strategies that the school will employ to build parent capacity.",
        "Please specify on the request form if the service needs to be expedited.",
        "If the costs are to be charged to a grant, indicate to what account the costs should be "
        "charged.",
        "Written confirmation from a parent that their student has moved and will be continuing "
        "their education.",
        "All BPS classrooms that serve MLs will now be coded as State SEI classrooms.",
        "Designated testers will receive a registration link no later than April 2, 2024.",
    ],
)
def test_more_sentences_that_are_not_duties(sentence: str) -> None:
    assert find_duty(sentence) is None


def test_they_takes_the_actor_of_the_sentence_before() -> None:
    text = ("Families who are experiencing homelessness have the right to enroll their children. "
            "They should go to any Welcome Center Site to register.")
    found = extract_obligations([chunk(text, doc="sss-02")])
    assert [(o.actor, o.actor_text) for o in found] == [("family", "They")]


def test_a_footnote_mark_ends_a_sentence() -> None:
    text = ("BPS prohibits this type of restraint* Seclusion shall mean the involuntary "
            "confinement of a student alone in a room.")
    found = extract_obligations([chunk(text)])
    assert [o.sentence for o in found] == ["BPS prohibits this type of restraint*"]


def test_will_is_a_duty_only_in_policies() -> None:
    sentence = "BPS will submit an annual report on the plan's progress each October."
    assert find_duty(sentence, plan="circulars") is not None
    assert find_duty(sentence, plan="sip") is None  # a plan summary reports intentions
    assert find_duty("The school must keep a log.", plan="sip") is not None


def test_rules_without_a_named_doer_fall_on_the_school_or_the_district() -> None:
    assert find_duty("The log must be kept on file.", plan="circulars").actor == "school"
    assert find_duty("The log must be kept on file.", plan="sip").actor == "district"


def test_modality() -> None:
    assert find_duty("Staff should request an interpreter.").modality == "should"
    assert find_duty("Staff must not use prone restraint.").modality == "must not"
    assert find_duty("Staff shall report every restraint.").modality == "must"


def test_extraction_keeps_the_source_and_drops_overlap_repeats() -> None:
    first = ("The school leader shall conduct a weekly review of the data. "
             "The school leader shall conduct a monthly review of school-wide restraint data.")
    # chunks overlap by a sentence: the second repeats the first one's last sentence
    second = ("The school leader shall conduct a monthly review of school-wide restraint data. "
              "Copies of the plan shall be posted in all schools.")
    found = extract_obligations([chunk(first, i=0), chunk(second, i=1)])
    assert [o.sentence for o in found] == [
        "The school leader shall conduct a weekly review of the data.",
        "The school leader shall conduct a monthly review of school-wide restraint data.",
        "Copies of the plan shall be posted in all schools.",
    ]
    weekly = found[0]
    assert (weekly.doc_id, weekly.section, weekly.page, weekly.area) == (
        "sup-19", "sup-19.reporting", 13, "student-safety")
    assert weekly.timing.frequency == "weekly"
    assert len({o.obligation_id for o in found}) == 3


def test_run_in_list_items_become_their_own_duties() -> None:
    text = ("The school leaders should use the observation tool to collect notes. b) Within 48 "
            "hours of observations, school leaders should provide the teacher with a note.")
    found = extract_obligations([chunk(text, doc="el-07")])
    assert [o.timing.kind for o in found] == ["none", "relative"]
    assert found[1].sentence.startswith("b) Within 48 hours")


def test_only_english_chunks_are_read() -> None:
    spanish = chunk("El director debe informar a la familia en 24 horas.", language="es")
    english = chunk("The school leader must inform the family within 24 hours.", i=1)
    found = extract_obligations([spanish, english])
    assert [o.language for o in found] == ["en"]


def test_extraction_is_deterministic() -> None:
    chunks = [chunk("Staff must report each restraint within 24 hours. Seclusion shall mean "
                    "confinement. The school must keep records.")]
    assert extract_obligations(chunks) == extract_obligations(list(reversed(chunks)))
