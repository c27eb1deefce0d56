"""The word lists the advice rules share: general English, not any corpus's vocabulary."""

from __future__ import annotations


def _words_of(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Verbs a coach might tell someone to do, in the base form: an imperative starts with one.
_ACTION_VERBS = _words_of(
    """
    accept add adjust admit agree allow apologise apologize apply arrange ask attend avoid back
    ban
    batch be block book borrow breathe bring build buy call cancel cap cc celebrate change chase
    chat check choose chunk clarify clear close collect come commit compare confront consider
    consult contact copy cover create cut decide decline delegate delete design differentiate
    ditch do
    document drop eat email encourage end escalate explain film find finish fix flag focus
    follow forget forward fund get give go greet group hand have help hide hold host ignore
    implement
    include insist introduce invite involve join keep lead lean learn leave let limit list
    listen log look loop lower make mark meet mention message model move name note offer open
    organise organize pair park pass pause pay phone pick pin plan play praise prepare print
    prioritise prioritize protect provide pull push put quit raise read record reduce refer refuse
    relax remember remind remove repeat replace report request reset rest rethink return
    review reward rewrite ring rotate run say schedule scrap script seat see send separate set
    share shift shorten show sign simplify sit skip sleep slow smile sort speak split stand
    start stay step stick stop support swap switch take talk teach tell text thank think track
    trial trim try turn use video visit wait walk warn watch wear write
    """
)

# Words that start a clause without being an imperative verb. An unknown first word followed
# by an object ("gamify the quizzes") is taken for an imperative unless it is one of these.
_NOT_VERBS = _words_of(
    """
    a about above after again against all also although always an and another any anyone
    anything are around as at away back because been before being below besides between both
    but by can could did do does during each either else even ever every everyone everything
    few for from further had has have he her here hers him his how however i if in instead
    into is it its just least less like many may maybe me might more most much must my
    neither never no nobody none nor not nothing now of off often on once one only or other
    our out over own perhaps please probably quite rather really same she should since so
    some someone something sometimes soon still such than that the their them then there
    these they this those though through thus to today together tomorrow too towards under
    unless until up upon us very was we well were what when where whether which while who
    whom whose why will with within without would yes yet you your yesterday monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december morning afternoon evening tonight week term year
    honestly seriously actually basically definitely obviously clearly hopefully ok okay
    right sure thanks mm hmm oh ah wow yeah sorry twice thrice half quarter several lots loads
    plenty lot
    """
)

_IRREGULAR_PAST = _words_of(
    """
    began begun became become bought brought built caught chose chosen came come cut did done
    drew drawn drove driven ate fell fallen fed fought found flew forgot forgotten froze gave
    given went gone grew hung had heard hid held hit hurt kept knew known laid led left lent
    let lay lost made meant met paid put quit read rode rang rung rose ran run said saw seen
    sought sold sent set shook shot showed shown shut sang sat slept spoke spoken spent split
    spread stood stuck struck took taken taught tore told thought threw understood woke wore
    won wrote written been got gotten
    """
)

# After "have you": participles that ask about a state or a fact, not an action to take.
_HAVE_CLOSED = _words_of(
    """
    got gotten been had heard seen noticed managed decided finished felt found needed wanted
    realised realized done read met known taught worked experienced enjoyed started received
    applied lost missed completed submitted passed failed made
    """
)

# "Have you tried / considered / thought about ...": ask what they have tried instead.
_TRIED = _words_of("tried considered thought looked explored experimented weighed")

# After "I"/"we": feeling, thinking or setting the scene, not doing. "I found the first term
# brutal too" shares an experience; "I stopped taking books home" offers a fix.
_NOT_ACTIONS = _words_of(
    """
    was were had felt found knew thought heard saw said meant understood forgot woke became
    taught worked lived joined loved hated liked enjoyed struggled panicked worried cried
    wondered noticed realised realized remembered learned learnt needed wanted hoped got did
    guessed believed assumed imagined expected mentioned talked spoke discussed agreed covered
    looked came went left grew
    """
)

# After "if you": a state or a non-action ("if you could", "if you had more time") leaves
# the answer with the coachee; an action ("if you rang dad") is the speaker's solution.
_STATES = _words_of(
    """
    were weren't was wasn't are aren't could couldn't can can't had hadn't have haven't knew
    know didn't don't felt feel thought think wanted want would wouldn't wish wished believed
    believe imagine imagined picture pictured look looked step stepped succeed succeeded
    cared care need needed like liked prefer preferred woke wake may might must should will
    get got find found notice noticed see saw let really truly honestly decided decide
    fail failed lose lost forget forgot struggle struggled panic panicked freeze froze
    """
)
# ... and the same when what follows refers back to the coachee's own idea ("if you did that").
_REFERS_BACK = _words_of("that this it so nothing anything something everything")

_AUX_WORDS = _words_of(
    """
    is are was were am do does did has have had can could will would should may might must
    shall isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't
    couldn't won't wouldn't shouldn't mustn't
    """
)
_MODALS = _words_of("could can would might should will couldn't can't wouldn't shouldn't won't")
_SUBJECTS = _words_of("i we you he she they it i'm we're you're he's she's they're it's that's")


# After "could you ...": verbs of thinking, perceiving or preferring ask, they don't suggest.
_YOU_NOT_ACTION = _words_of(
    "be have know feel need want mind agree say describe see think imagine remember like "
    "prefer rather"
)


def _is_past(verb: str) -> bool:
    """A past tense or participle: irregular, or a regular "-ed"."""
    return verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)
