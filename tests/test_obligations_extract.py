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
        # "they" takes an actor named earlier in the same sentence first
        ("For any elementary teacher to provide embedded ESL, they must hold an ESL license.",
         "teacher"),
        ("Principals may give drivers a seating plan, but they should work with the drivers.",
         "school-leader"),
        # a predicate noun, "prepared to", "prohibited from": the subject is the one bound
        ("The designated testers should be licensed teachers or licensed staff members.",
         "school-staff"),
        ("Heads of school should be prepared to discuss the program with drivers.",
         "school-leader"),
        ("Staff are strictly prohibited from using prone restraint.", "school-staff"),
        ("Students are not permitted to use phones on the bus.", "student"),
        ("Floor restraints shall be prohibited in all schools.", "school"),
        ("Staff must be trained in de-escalation.", "school"),  # a passive with no doer
        # bare "persons" named by what they are; person nouns; "we" is the office writing
        ("Under state law, persons who are mandatory reporters shall share what DCF asks for.",
         "school-staff"),
        ("The sampler should not remove any aerators before the collection of samples.",
         "school-staff"),
        ("Once we have the estimate, we will assess the request and decide.", "district"),
        ("States and districts must establish systems of support for all schools.", "state"),
        ("Each department and school is expected to set goals for the policy.", "district"),
        ("The Massachusetts Department of Environmental Protection is responsible for testing.",
         "state"),
        ("All Boston Public Schools with an English learner are obligated to offer a program.",
         "school"),
        ("The central office will call every family of a student marked absent.", "district"),
        ("The AT will review the case and work with the family.", "school-staff"),
        ("Each school leader still has the responsibility of investigating the case.",
         "school-leader"),
        # asides between the subject and the duty phrase
        ("Regional liaisons, especially the coordinators, will work with school teams.",
         "school-staff"),
        ("School staff, together with building administrators, will plan the services.",
         "school-staff"),
        # a doer named in another clause is not the passive's doer; "morning" is no verb
        ("The form must be submitted to OMME for review and the decision must then be sent by "
         "OMME to the family.", "school"),
        ("Sinks shall be flushed every morning before meals by the food service manager.",
         "school-staff"),
        # a list of things the district owns binds the district; a list of names the first
        ("All District policies, budgets, and plans shall advance the goal.", "district"),
        ("Transportation accommodations should not substitute for treatment.", "school"),
        # new duty phrases
        ("It is the responsibility of school leaders and department heads to spend the funds.",
         "school-leader"),
        ("It will be the school leader's responsibility to ensure the FTE is used as approved.",
         "school-leader"),
        ("Principals have a responsibility for setting priorities under this policy.",
         "school-leader"),
        ("The District has a responsibility to provide coaching support to schools.", "district"),
        ("The agreement obligates the district to assess every student within 20 days.",
         "district"),
        ("Students approved as opt-outs are still required to remain coded as English learners.",
         "school"),
        ("Students are expected to take the ACCESS test to be counted.", "school"),
        ("Note: School leaders should always refer to the procedure memo.", "school-leader"),
        ("This circular will remain in effect unless rescinded or superseded by a subsequent "
         "version State law mandates that each school system locate and serve children.",
         "district"),
        ("School Leaders are to keep detailed records of teachers seeking the endorsement.",
         "school-leader"),
        ("The district, through the Office of English Learners, is obliged to ensure compliance.",
         "district"),
        ("The Budget Plan requires school leaders to identify the needs assessment.",
         "school-leader"),
        ("Paragraph 28, which requires BPS to assess every enrolling student, is below.",
         "district"),
        ("The head of school will apply all approved policies to field trips.", "school-leader"),
        ("These lists must be updated every time a school is activated.", "school"),
        ("Keeping the child safe until pick-up is the building administrator's responsibility.",
         "school-leader"),
        ("Building administrators are then responsible for notifying parents.", "school-leader"),
        ("The superintendent will have the responsibility, authority, and accountability to "
         "lead the work.", "district"),
        ("At the start of each fiscal year, each division-office must set a goal.", "district"),
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
        # the duty phrase sits in a clause with its own subject
        "Circumstances under which a physical restraint must be reported.",
        "TABLE 4: The following table outlines which test a tester should give to a student.",
        # protections, definitions' lists, words about words, conditions, stances
        "A person who makes a report in good faith shall not be liable in any civil action.",
        "Cyberbullying is bullying by any electronic means which shall include, but shall not "
        "be limited to, e-mail and instant messages.",
        "Please note: We will use the term Multilingual Learner to describe our students.",
        "Schools can email the office should they need to buy passes for students.",
        "The district will take any such action as is appropriate under the circumstances.",
        "The meeting will take place in the school library.",
        "Consistent with the policy is the need to keep accurate records.",
        "Nothing in this policy prohibits a school professional from notifying DCF directly.",
        "The training requirements shall not preclude a teacher from using reasonable force.",
        "This can include a trip that requires students to be absent for more than two days.",
        "In some cases, if a school requires the bus to stay on site, it will cost $42 an hour.",
        "The goal is to improve attendance for every student.",
        "These rules will apply to all field trips.",
        "This circular lists the documents schools must keep when a student withdraws.",
    ],
)
def test_more_sentences_that_are_not_duties(sentence: str) -> None:
    assert find_duty(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # an embedded clause that closes before the duty phrase does not hide it
        "Decisions on how to allocate the funds should be made by the School Site Council.",
        "Any incident in which there is reason to believe that a child is harmed must be "
        "reported.",
        "Physical restraint shall be limited to the use of such force as is necessary.",
        "The principal or designee will take additional steps to promote safety.",
        "A 48-hour notice of cancellation is required for ASL interpreters.",
        "The use of unnecessary force in a restraint is expressly prohibited.",
        "Staff should refer the student to the school nurse.",
    ],
)
def test_duties_behind_clauses_and_new_phrases(sentence: str) -> None:
    assert find_duty(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "timing"),
    [
        # a leading condition says when the duty arises, not when it is due
        ("If, after investigation, bullying is found, the principal will take steps to stop it.",
         "none"),
        ("If the student does not report within one week, the school leader must discharge the "
         "student.", "none"),
        ("When a student is absent, the teacher must call home within 24 hours.", "relative"),
        # dates that say which students, or on what condition, do not time the duty
        ("For ELs who enrolled in a U.S. school after March 1, 2024, testing is required, "
         "provided that the student enrolls before February 7, 2025.", "none"),
        ("In deciding whether to notify, the administrator should consider the risk.", "none"),
        ("During the first week of school, homeroom teachers should call every family.",
         "recurring"),
        ("The status of each student who did not report (DNR) at the start of the school year "
         "must be investigated before discharging the student.", "relative"),
        ("The child must not be sent home before the verbal 51A report is filed.", "relative"),
        ("All ML students must be scheduled for the requisite amount of daily ESL instruction.",
         "none"),
    ],
)
def test_the_timing_is_the_duty_s_own(sentence: str, timing: str) -> None:
    duty = find_duty(sentence)
    assert duty is not None and duty.timing.kind == timing, duty


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


def test_what_a_plan_required_of_a_thing_falls_on_its_owner() -> None:
    # "the EL system" is no student; "BPS's new system" is the district's
    thing = find_duty("The SIP required the EL system to include ELs with disabilities.",
                      plan="sip")
    owned = find_duty("The SIP required BPS's new English learner system to cover all ELs.")
    assert (thing.actor if thing else None, owned.actor if owned else None) == (
        "district", "district")


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


def test_a_sentence_run_into_the_one_before_is_read_on_its_own() -> None:
    # one chunk's splitter runs two sentences together at a colon; the next chunk starts at
    # the second: both duties are kept, each with its own actor
    first = ("The district shall approve a parent's request to opt out only by following the "
             "safeguards set in place: The decision to opt out must be voluntary and informed.")
    second = "The decision to opt out must be voluntary and informed. Staff must keep records."
    found = extract_obligations([chunk(first, doc="cao-05", i=0),
                                 chunk(second, doc="cao-05", i=1)])
    assert [(o.actor, o.sentence[:26]) for o in found] == [
        ("district", "The district shall approve"),
        ("school", "The decision to opt out mu"),
        ("school-staff", "Staff must keep records."),
    ]


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
