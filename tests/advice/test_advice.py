"""The advice check: advice, closed or open, why, and open questions to ask instead."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cocoach_desktop.advice.model import advice
from cocoach_desktop.advice.model.advice import Label, Verdict, check, score
from cocoach_desktop.platform.resources import prompts_dir
from cocoach_desktop.questions.model.prompts import load_shipped

# A verbatim copy of the shared corpus (the repository is tested without ../shared).
DEV_SET = Path(__file__).parents[1] / "data" / "advice_dev.jsonl"

# ----- a generalisation set written for these tests -----------------------------------------
# Hand-written, not taken from the labelled corpus: other topics (homework, parents, workload,
# marking, staff meetings, behaviour, SEND, timetabling, leadership, wellbeing), every form the
# labelling guide names, quick lower-case notes, typos and missing question marks.
#
# OWN_*: written before any rule, by form. PROBE_*: written later, in four batches, to probe
# the rules with phrasings they had not seen; each batch was scored before any rule changed
# (advice precision / recall, three-way accuracy): 0.84 / 0.84 / 0.85, then 0.98 / 0.92 /
# 0.93, 0.95 / 0.91 / 0.93 and 0.93 / 0.83 / 0.87 (the last aimed at known weak spots).
# Those are the honest estimate of how the rules do on text they were not written against.

OWN_ADVICE = [
    # directives
    "Set homework on a Monday and collect it on the Friday, every week.",
    "Ring his mum before the end of the day.",
    "Don't reply to the governor until you've slept on it.",
    "Never mark in the evenings — do it in your PPA.",
    "just send the report to the head and be done with it",
    "Keep a record of every incident from now on.",
    "Block out Wednesday afternoons in your calendar for planning.",
    "Say no to running the trip this year.",
    "Delegate the attendance letters to the office.",
    "stop answering emails on the weekend",
    "Before the next staff meeting, send everyone the agenda.",
    "Pair him with a calmer student for group work.",
    "Please, please take a proper lunch break.",
    "Be firmer with them from day one.",
    "Prioritise the exam classes and let the rest slide a bit.",
    "Next time he refuses, give him two choices and walk away.",
    "dont bother with written comments on the homework",
    # modal + you
    "You should talk to the inclusion lead about an assessment.",
    "You need to take this to the deputy head.",
    "you could always ask the bursar for more budget",
    "You might want to shorten the homework tasks.",
    "You've got to protect your weekends.",
    "You ought to let the parents know in writing.",
    "honestly youd be better off dropping the extra club",
    "You must follow the behaviour policy to the letter.",
    "u need to tell ur line manager asap",
    # hedged suggestions
    "One idea might be to run the meeting standing up.",
    "It might be worth asking the exams officer for a room swap.",
    "Maybe a homework club after school would help.",
    "Perhaps cut the written feedback down to one comment per book.",
    "I wonder if a weekly check-in with the new teacher would settle things.",
    "just a thought but a shared marking rota could spread the load",
    "It could be good to get the governors on side early.",
    "Worth trying a visual timetable for her.",
    "Not sure if it helps, but a termly wellbeing survey might show where people are.",
    "You could maybe ask the office to chase the reply slips.",
    # advice hidden in questions
    "Have you tried phoning home with good news first?",
    "have u considered going part time",
    "Have you thought about asking for a mentor?",
    "Why don't you split the class into two groups for the practical?",
    "What if you moved the deadline to after the holidays?",
    "Would it help to write the expectations on the board?",
    "Could you not just give them the answers at the end?",
    "Wouldn't it be simpler to cancel the meeting?",
    "Isn't it better to deal with it face to face?",
    "What would happen if you told the head you can't take it on?",
    "Homework club?",
    "What about a buddy for the new starter?",
    "How about sending the minutes out the same day?",
    "Could the head of year run the parents' meeting instead?",
    "Would a quieter room be an option for his exams?",
    "Any chance the cover supervisor could take period 1?",
    "wouldnt it be easier to just email them all",
    "Did you ever consider moving to a smaller school?",
    "Is there a reason you haven't asked for help with the marking?",
    "Do you think he might be anxious about the tests?",
    "Have you spoken to the governors about the budget?",
    "Can't you just say you're at capacity?",
    "What would it look like if you stopped doing the rota yourself?",
    "Couldn't you ask the office to ring them?",
    # the speaker's own experience as the answer
    "When I had a difficult parent like that, I always met them with the head of year in the room.",
    "What worked for me was marking in class while they did their starter.",
    "In my last school we sent reports home every half term and it cut the complaints right down.",
    "I used to keep a spare set of pens for kids who forgot theirs.",
    "Back in my first year I stopped taking books home and my marking actually got better.",
    "We always did a staff shout-out at the start of briefing, morale went up loads.",
    "what i did was book a meeting with the head and take my timesheet",
    # diagnosis and opinion
    "Sounds like the real problem is the workload, not the kids.",
    "Isn't the issue really that nobody's followed up with him?",
    "I think you're trying to please everyone.",
    "The problem is the timetable puts all your heavy classes on one day.",
    "To be honest I reckon he's testing you.",
    "It sounds like burnout to me.",
    "You're being far too hard on yourself.",
    "That's not your job, that's the head of department's.",
    "i think ur overthinking it",
    # summaries with a verdict
    "So basically you need to stop saying yes.",
    "So the answer is to hand the club over to someone else.",
    "So what I'm hearing is you should push back on the deadline.",
    # encouragement carrying a directive
    "You'll smash it, just prepare your first question.",
]

OWN_OPEN = [
    "What have you tried so far with the homework?",
    "what could you try next",
    "What would happen if you did nothing at all?",
    "What options do you see for the staff meeting?",
    "What would you like to try?",
    "What might you do differently next time?",
    "So one idea you mentioned was asking the head for more time.",
    "Take your time.",
    "Go on.",
    "What's on your mind about the parents' evening?",
    "How do you want to feel at the end of the term?",
    "What's the real challenge here for you?",
    "What would a good outcome look like?",
    "Tell me more about the marking load.",
    "Talk me through what happened at break.",
    "How will you know the new routine is working?",
    "What do you make of his reaction?",
    "Who could you turn to for support with this?",
    "What's one thing you could change this week?",
    "So the marking is taking up most of your Sundays.",
    "It sounds like you're feeling stuck.",
    "That sounds exhausting.",
    "Mm. And what else?",
    "what would help you switch off in the evenings",
    "How are you feeling about the inspection?",
    "What do you think the head of year would say?",
    "What's within your control with the timetable?",
    "If you had a free hand, what would you change?",
    "What would you need to feel confident saying no?",
    "Where would you like to start today?",
    "How does the new behaviour policy sit with you?",
    "What do you already know works with this group?",
    "What's getting in the way of leaving on time?",
    "What have you noticed about when he kicks off?",
    "Can you say more about the staff meeting?",
    "Is there anything else on your mind?",
    "No rush.",
    "What would your ideal week look like?",
    "Why is this one bothering you so much?",
    "How might the parents see it?",
    "What support would make the biggest difference?",
    "What did you learn from last year's reports?",
    "So you've already spoken to the head and to his tutor.",
    "What would it mean for you if this worked?",
    "Describe a lesson where it went well.",
    "What are you hoping to get out of this session?",
    "what options have u got",
    "What's stopping you from starting?",
    "What do you think you should do?",
    "What would you tell a friend in the same position?",
    "I'm curious what you think is behind it.",
    "What's the hardest bit of the workload?",
    "How would you know if she was struggling?",
    "What matters most to you about this role?",
    "And what happened next?",
    "Which parts of the job give you energy?",
    "What does the SEND register tell you about the group?",
    "What's your plan for the meeting on Friday?",
    "Where does the pressure come from?",
    "What would you do if money were no object?",
    "Keep going.",
    "That must have been really hard.",
]

OWN_CLOSED = [
    "Is that your tutor group?",
    "How many parents came to the evening?",
    "Was it Monday or Tuesday?",
    "Did the head reply to your email?",
    "Are you the only one doing duties on Fridays?",
    "How long have you been in the role?",
    "is it every lesson",
    "Does she have a support plan?",
    "When is the deadline for reports?",
    "Who is your mentor this year?",
    "What time does the meeting start?",
    "Has the new timetable come out yet?",
    "Is the trip still going ahead?",
    "Were the governors at the meeting?",
    "how old is he",
    "Do you teach them twice a week?",
    "Which room is it in?",
    "So that was last Thursday?",
    "Was the deputy in the room at the time?",
    "Is it the whole department or just you?",
    "Did anyone else see it happen?",
    "Can I ask a question?",
    "Have you got the data with you?",
    "Are the reports due before Easter?",
    "How many hours a week are you marking?",
    "Is he new this year?",
    "Thursday?",
    "Do you line manage her?",
    "Is this your first headship?",
    "Whose idea was the new policy?",
    "Was that in writing or just said?",
    "how often does it happen",
    "Did you say it was the Year 8s?",
    "Is she part-time?",
    "You're teaching the top set this year, right?",
]

PROBE_ADVICE = [
    "Sounds to me like she needs a clearer routine.",
    "He's probably just hungry — does he get breakfast?",
    "Could it be that the work is too hard for him?",
    "Maybe he's finding the transitions hard?",
    "The kids might respond better to a points system.",
    "A quick email to the whole team would clear that up.",
    "Half-termly data drops are too much, in my view.",
    "I'd be tempted to leave it until after the holidays.",
    "If I were in your position I'd talk to the union.",
    "Something like a traffic-light system could work well.",
    "Time to go to the head, I reckon.",
    "You've tried everything else — go to the governors.",
    "Just tell her how you feel.",
    "Try not to take it home with you.",
    "Go easy on yourself this week.",
    "Make sure you eat lunch away from your desk.",
    "Remember you can always say no.",
    "Have a word with the head of year before it escalates.",
    "Get them writing in silence for the first ten minutes.",
    "Why not ask the students what they think?",
    "How about trying a different starter?",
    "Have you had a word with his tutor?",
    "Have you run it past your line manager?",
    "Have you looked into flexible working?",
    "Has anyone suggested a referral?",
    "Did you think about asking for a phased return?",
    "Can you not get someone to cover your duty?",
    "Is it worth speaking to HR?",
    "Would you think about going to the union?",
    "Wouldn't a phone call be quicker?",
    "What's wrong with just telling them no?",
    "Do you think a quiet word with him might help?",
    "Don't you think it's time to step back?",
    "What would it be like to hand over the club?",
    "What do you reckon would happen if you just said no?",
    "How would the kids react if you moved them?",
    "Could you speak to the head before Friday?",
    "Can you get your mentor to sit in?",
    "Would your TA be able to take the group?",
    "In my experience, parents respond better to a phone call.",
    "I once had a student like that and a daily report card sorted him out.",
    "What I found was that giving them a job settled them.",
    "I always start with a quiz when they're like that.",
    "We had the same issue and ended up splitting the group.",
    "My trick was always to give them a countdown.",
    "The answer's simple: stop doing the extra duties.",
    "Honestly, the head should be dealing with this, not you.",
    "He needs a proper assessment.",
    "They just want to be heard.",
    "It's a classic case of too many initiatives.",
    "So it sounds like you just need to say no.",
    "So the way forward is to get the parents in.",
    "Bottom line: you can't do it all.",
    "No offence, but you're too nice to them.",
    "You're not going to fix this on your own.",
    "Seriously, I wouldn't bother.",
    "Have you tried not replying straight away?",
    "A buddy system?",
    "Restorative conversation?",
    "More TA time?",
    "Reduced timetable for a few weeks?",
    "Exit slips at the end?",
    "Shall I tell you what I'd do?",
    "Can I suggest you talk to the head?",
    "It's worth remembering that parents are anxious too.",
    "What might happen if you gave him a role in the lesson?",
    "Supposing you moved him to the front — how would that go?",
    "One idea: ask the kids what they'd change.",
    "If it helps, I used a timer for every transition.",
    "Kids like that usually need a key adult.",
    "you need to look after yourself first tbh",
    "have u asked for a meeting with the head",
    "why dont u just tell them ur not available",
    "Perhaps the governors need to hear this directly.",
    "What if the TA took the lead on the reading group?",
    "Honestly mate, I'd just leave it — it'll blow over.",
    "If you want my two cents, go and see the head tomorrow.",
    "Kids respond to consistency, so pick one rule and stick to it.",
    "Could always try a reward chart?",
    "Thought about a mentor?",
    "Tried calling home?",
    "ever considered job sharing",
    "Parent meeting with the inclusion lead maybe?",
    "Easiest fix is probably to move the lesson to the morning.",
    "What you could do is split the marking across the week.",
    "There's a great book on this — you should read it.",
    "I've found that sitting with them at lunch breaks the ice.",
    "My old head used to say: never reply to an angry email the same day.",
    "It's not your responsibility to fix the whole department.",
    "You don't need to go to every meeting.",
    "She's clearly out of her depth.",
    "The real question is whether you even want the job.",
    "I'm going to be blunt — you need to say no.",
    "Have you asked the kids?",
    "Why haven't you escalated it yet?",
    "Wouldn't you be better off in a smaller school?",
    "What's stopping you from just emailing her?",
    "How about you let the TA run the group for a week?",
    "What about asking for a day working from home?",
    "Have you thought of a phased return?",
    "Is there any way you could drop the extra duty?",
    "Can't the deputy deal with it?",
    "Would it be worth having a word with the union?",
    "A lot of people find a to-do list helps.",
    "In my experience the parents just want to feel listened to.",
    "Back at my last place we had a rule: no emails after 6.",
    "When I was head of year I'd always phone before emailing.",
    "Sounds like a training issue for the TAs.",
    "I reckon the new head wants you out.",
    "That's a safeguarding matter — it needs to go to the DSL today.",
    "Let's get you booked on the course.",
    "Right, first thing: book the meeting.",
    "Get some sleep this weekend, you look shattered.",
    "Ignore the WhatsApp group for a bit.",
    "I would definitely take the promotion.",
    "If it was me, I'd say no.",
    "You could try giving him some responsibility.",
    "Might be an idea to speak to your mentor first.",
    "Might be worth a chat with the union.",
    "Maybe try the quiz at the start instead of the end?",
    "Perhaps your line manager could help.",
    "What do you think about asking for a reduced load?",
    "Would you consider stepping back from the club?",
    "What would happen if you stopped replying after 5pm?",
    "Imagine you just said no — what's the worst that could happen?",
    "So really, the best thing is to let it go.",
    "So in summary, you've got to set some boundaries.",
    "Sounds like you need a holiday!",
    "I think it's time to have the difficult conversation.",
    "Lead with the positives, then raise the concern.",
    "Don't let them walk all over you.",
    "No way should you be doing that on your own.",
    "You've got to look after number one.",
    "Have a look at the trust's workload charter.",
    "Just be honest with her.",
    "Call the counselor first thing Monday.",
    "Loop in the principal before it goes any further.",
    "Send home a positive note this week and see what happens.",
    "Stop apologising for setting boundaries.",
    "Keep it short and stick to the facts.",
    "Grab a coffee with her and clear the air.",
    "Put it in writing, always.",
    "Have the kids peer-mark the next one.",
    "Get the IEP team together before the end of the month.",
    "you shud talk to the principal about it",
    "YOU NEED TO SAY NO.",
    "You might try sitting down with the whole team.",
    "you could ask ur mentor to observe",
    "You'd be better asking for the meeting to be moved.",
    "Can you not just leave at four?",
    "Could the parents come in for a meeting?",
    "Would the district pay for the course?",
    "Would it hurt to ask?",
    "Wouldn't it make sense to get the AP involved?",
    "Is there no way the timetable could change?",
    "Don't you think the kids would cope with a bit more independence?",
    "Have you considered a reduced caseload?",
    "Have you reached out to the family?",
    "Did you try splitting the task into chunks?",
    "What if you asked the class to set the rules with you?",
    "What about a quick check-in at the door?",
    "How about pairing her with a stronger reader?",
    "What would happen if you cancelled the Friday meeting?",
    "Why not let the department decide?",
    "Why don't you take a day off?",
    "Group contract?",
    "Visual timetable for him?",
    "Mentor?",
    "I've had success with sticker charts at that age.",
    "At my school we use a shared drive for all the planning, saves hours.",
    "When I had a class like that I started every lesson with a silent task.",
    "What I'd do is write to the parents tonight.",
    "Personally I'd escalate it.",
    "My advice? Document everything.",
    "Honestly? I'd walk away from that job.",
    "It sounds like the data is the real problem here.",
    "I think the head is testing you.",
    "The kids are bored, that's all it is.",
    "It's obvious the workload is the issue.",
    "She probably feels threatened by your experience.",
    "You're far too available to parents.",
    "You're overthinking it.",
    "So you just need to be more assertive.",
    "So the solution is to delegate more.",
    "So basically, say no and move on.",
    "I'd say you need a break more than a new strategy.",
    "Maybe worth asking the kids what they think?",
    "It might help to write down what you want to say first.",
    "Perhaps a pastoral referral would be a good next step.",
    "I wonder whether a change of seating would break up the group.",
    "Just a thought — could the TA take the register?",
    "Not sure if it's useful, but our SENCo runs a drop-in on Thursdays.",
    "For what it's worth, parents usually calm down once they feel heard.",
    "Could be worth asking for a meeting with HR.",
    "There's a brilliant training course on this you should go on.",
    "Best thing you can do is get some rest.",
    "Easiest thing would be to just tell them.",
    "If I were you I'd ring them today.",
    "Have you spoken with the kid's mum?",
    "Did you ever think of moving schools?",
    "Consistency is key with that group.",
    "A phone call home never hurts.",
    "Sleep on it.",
    "Remember, you're the adult in the room.",
    "It's not worth the stress.",
    "Time for a chat with the head, maybe?",
    "You want to get that in writing.",
    "You'll need to tell them sooner or later.",
    "You'll want to check the policy first.",
    "Your best option is probably to wait.",
    "There's a template online for exactly this.",
    "Let them fail a bit.",
    "Just ignore it.",
    "No harm in asking.",
    "I'd park that for now.",
    "That's a conversation for the head, not you.",
    "Should you be doing all this yourself?",
    "Are you sure that's your job?",
    "Do you really need to mark every book?",
    "Does it have to be you?",
    "Surely the head should be handling this?",
    "You know what I'd do? Nothing.",
    "Let it go.",
    "Speak to HR.",
    "What's the harm in asking?",
    "How about just saying no?",
    "Is that really your responsibility?",
    "Could you delegate some of it?",
    "Can you push the deadline back?",
    "Would the office be able to chase the forms?",
    "Maybe let the kids choose their own groups?",
    "Perhaps start with the easiest class.",
    "One thing that might help is a visual timer.",
    "I know a school that did exactly this with great results.",
    "In our trust we have a rule: no meetings on Fridays.",
    "When I was a new head, I met every member of staff one to one in the first month.",
    "I used to leave my laptop at school on Fridays.",
    "I think you're underestimating yourself.",
    "He sounds like he's testing the boundaries.",
    "It's probably just a phase.",
    "I suspect the parents are worried rather than angry.",
    "You've been too nice for too long.",
    "So really you just have to stop caring what they think.",
    "Anyway, you should get some rest.",
    "Have you tried a restorative chat with the two of them?",
    "Did you think about going straight to the head?",
    "What about the mentoring scheme?",
    "How about a fresh start after half term?",
    "What if you just didn't go?",
    "Why not email instead?",
    "Wouldn't it be kinder to tell her now?",
    "Isn't it time you took a break?",
    "Couldn't the TA take the lead on that?",
    "Reward system?",
    "Earlier bedtime?",
    "Sounds like a classic case of too much too soon.",
    "Stop trying to be everyone's friend.",
    "Go to the doctor.",
    "Have a day off, seriously.",
]

PROBE_OPEN = [
    "What have you already tried with her?",
    "What's worked in the past when you've felt like this?",
    "What else could you try?",
    "What's one option you haven't considered yet?",
    "How could you get the support you need?",
    "What would you do if you had more time?",
    "What would happen if you said nothing?",
    "What would it take to make that happen?",
    "So, to sum up, you want more time for planning and less for admin.",
    "So you're thinking of going part-time.",
    "You mentioned trying a new seating plan — how did that go?",
    "You said earlier you'd like to speak to the head. What's stopping you?",
    "I noticed you smiled when you talked about Year 7.",
    "I'm not sure I follow — can you say that again?",
    "Sorry, can you explain what you mean by 'support'?",
    "What's the story you're telling yourself about this?",
    "Hmm, interesting. Say more?",
    "Go on, what happened then?",
    "Take a moment if you need it.",
    "That's a really good question to sit with.",
    "It makes sense that you're tired.",
    "Of course you're feeling drained.",
    "Anything else you want to add?",
    "Where's your energy going at the moment?",
    "Who's been most supportive so far?",
    "When do you feel most like yourself at work?",
    "Which of these feels most urgent?",
    "Why does that matter so much to you?",
    "How come?",
    "What's the smallest step you could take?",
    "What do you want to happen with this parent?",
    "How might you find out?",
    "What would you need from SLT?",
    "What would be different if this was sorted?",
    "So there are three things going on: the workload, the new head and your health.",
    "So it's been a tough term — the inspection, the restructure and now this.",
    "I'm hearing that the workload is the biggest thing for you right now.",
    "That's a big decision.",
    "Wow, that's a lot to carry.",
    "It sounds as if the meeting knocked your confidence.",
    "You seem really frustrated by it.",
    "What I'm noticing is you keep coming back to the head.",
    "Let's come back to what you want.",
    "Let's look at the options you've got.",
    "Think about a time when a parent meeting went well.",
    "Picture the end of next term.",
    "Be honest with yourself: what do you actually want?",
    "You don't have to decide today.",
    "It's OK not to have an answer yet.",
    "There's no right answer here.",
    "No pressure to solve it today.",
    "Thanks for sharing that.",
    "I can hear how much you care about these kids.",
    "What do you think is really going on for him?",
    "How would you like the conversation with the parents to go?",
    "What's the first thing you'd want to say to her?",
    "So, what have you got planned for Monday?",
    "Which bit of that feels most important?",
    "How do you feel about the new timetable?",
    "What do you think about the feedback you got?",
    "Tell me about the best lesson you've had with them.",
    "What's one thing you'd like to leave this session with?",
    "what do u think is going on for him",
    "so ur saying the head hasnt replied",
    "What could you do that you haven't done yet?",
    "Whats the worst case here",
    "Who would you like to have on your side?",
    "What would you try if you knew it would work?",
    "What's your gut telling you about the job?",
    "How would you like it to be?",
    "What's important to you about how you leave?",
    "What would you say to yourself a year from now?",
    "Say a bit more about the Friday meetings.",
    "Talk me through a typical Monday.",
    "Where do you feel most stuck?",
    "What have you thought about doing so far?",
    "What options have you considered?",
    "How have you tried to tackle it so far?",
    "Who else might see it differently?",
    "What do you notice when you picture the meeting?",
    "What's the one thing that would make the biggest difference?",
    "What's your next step?",
    "How will you make sure it happens?",
    "When will you do it?",
    "What might get in the way?",
    "How confident are you that it'll work?",
    "What would you like from me?",
    "So you feel like you're being set up to fail.",
    "So the parents want weekly updates and you don't have the time.",
    "You're really torn about this.",
    "It sounds like a really hard week.",
    "That sounds like a lot on your plate.",
    "I can see this matters a lot to you.",
    "Thank you, that's really helpful.",
    "Let's stay with that for a moment.",
    "Mm, and how did that feel?",
    "Okay. What else is going on?",
    "What would 'better' look like?",
    "What are the options, as you see them?",
    "What could you do differently with this class?",
    "What would you do if you weren't afraid?",
    "What would it look like if it went well?",
    "What happens if you do nothing?",
    "How do the kids see it, do you think?",
    "What's the story behind that?",
    "Why now?",
    "What does success look like for you this term?",
    "What's already working, even a little?",
    "So you've tried the report card, the seating plan and a call home.",
    "If you had to choose one, which would it be?",
    "What's the cost to you of carrying on like this?",
    "What do you want to do about it?",
    "How would you like to feel walking in on Monday?",
    "Take your time, there's no rush.",
    "That's a tough one.",
    "You've clearly thought about this a lot.",
    "What would your mentor ask you now?",
    "What are you not saying?",
    "Where could you get some support?",
    "Is there anything you'd like to add before we move on?",
    "Could you give me an example?",
    "Can you tell me what happened next?",
    "Walk me through the conversation with the head.",
    "What's going on for you right now?",
    "what would help",
    "how r u feeling about it",
    "wat do u want to happen",
    "I'm hearing that you feel unsupported — is that fair?",
    "What's the goal here for you?",
    "What's happening right now, in reality?",
    "What options have you got?",
    "What will you do, and by when?",
    "What's the first small step?",
    "How will you know you've got there?",
    "What else could you do?",
    "And what else?",
    "What do you really want?",
    "What's the real challenge here?",
    "What was most useful today?",
    "How did you handle it last time?",
    "What's worked so far?",
    "What have you not tried yet?",
    "Who could help you think this through?",
    "What might be possible if the head said yes?",
    "What would you do if you weren't worried about the parents?",
    "What would it look like if you got the balance right?",
    "What would happen if you changed nothing?",
    "So you want to protect your Sundays.",
    "So it's not the teaching, it's everything around it.",
    "So the hardest bit is the first five minutes.",
    "You've been carrying this on your own for a while.",
    "You sound exhausted.",
    "It sounds like you've tried a lot already.",
    "It sounds like it's been a rough term.",
    "That sounds frustrating.",
    "That's a lot.",
    "Mm-hm, go on.",
    "Tell me more.",
    "Say more about what you mean by 'fair'.",
    "Walk me through what happened.",
    "Give me an example.",
    "Help me understand what the head said.",
    "Keep going, I'm listening.",
    "Take all the time you need.",
    "Let's pause for a second.",
    "Let's go back to what you said about the parents.",
    "I'm curious about what's underneath that.",
    "I wonder what would change if you trusted yourself more.",
    "What do you make of that?",
    "How does that sit with you?",
    "Where's the energy for you in this?",
    "What's the question you really want to answer today?",
    "If you imagine it going well, what do you see?",
    "How might you find out what the parents want?",
    "What could you say to her?",
    "What might you try first?",
    "Who else needs to know?",
    "What support would you like?",
    "What would you like to be different by Easter?",
    "What's your hunch?",
    "Why does it matter to you?",
    "How do you feel about it now?",
    "what's stopping u",
    "what would u like to happen",
    "how did it go with the parents",
    "What are you noticing in yourself right now?",
    "What would you need to let go of?",
    "So, if I've understood, the problem is mainly the Year 9s on a Friday.",
    "I'm hearing a lot of 'shoulds'.",
    "What's the most important thing to focus on today?",
    "What would you like to do about the parents?",
    "Would you like to explore that?",
    "How about we come back to that later?",
    "What's one thing you could try tomorrow?",
    "Have you thought about what you want from the meeting?",
    "What happens if you try it?",
    "If you could wave a magic wand, what would change?",
    "When you think about next year, what comes up?",
    "Given everything, what feels right?",
    "Out of everything we've talked about, what stands out?",
    "Looking back, what would you do differently?",
    "Just wondering — what's your sense of it?",
    "What's your instinct telling you to do?",
    "What would be a good first step?",
    "What might the head say?",
    "How do you want to leave it with her?",
    "Which of those options feels right?",
    "What would make Monday easier?",
    "What have you learned about yourself this term?",
    "How might you approach it differently?",
    "What's in the way of saying no?",
    "What are you afraid might happen?",
    "What would you like to try next time?",
    "How are you going to look after yourself this week?",
    "What could help you switch off?",
    "So you've decided to talk to her.",
    "So you're torn between staying and going.",
    "You're clearly frustrated.",
    "It sounds like you feel stuck between the head and the parents.",
    "That must be really hard.",
    "I can hear how tired you are.",
    "Mm. Tell me more about that.",
    "Go on...",
    "Okay, and then?",
    "What's been the hardest part?",
    "What would help right now?",
    "Where do you want to go with this?",
    "What's your sense of what the kids need?",
    "How did you feel when she said that?",
    "What do you know about why he does it?",
    "What have you tried that has worked, even a little?",
    "Whats the best that could happen",
    "what else is going on for u",
    "What do you think the head of year is hoping for?",
    "What would you do if it were entirely up to you?",
    "I'm wondering what's really bothering you here.",
    "No rush at all.",
    "Take whatever time you need.",
    "What's the most useful thing we could talk about?",
    "Where would you start?",
]

PROBE_CLOSED = [
    "Is it just the one student?",
    "Does it happen in every lesson or only some?",
    "Did she say why?",
    "Was anyone else there?",
    "How many of them are boys?",
    "Are you full-time?",
    "Is that Year 7 or Year 8?",
    "Did that happen before half term?",
    "Are the parents aware?",
    "Is it the same every week?",
    "Has this happened before?",
    "Can I ask what year group?",
    "Do you get on with her?",
    "Is the head aware of the situation?",
    "Was that your decision or the school's?",
    "Which set is it?",
    "When did this start?",
    "Where is the meeting?",
    "What's her name?",
    "What day is it on?",
    "Right, so it's only on Mondays?",
    "Did you mean the trust or the school?",
    "On a scale of 1 to 10, how stressed are you?",
    "Is it OK if we move on?",
    "Would you like a break?",
    "Do you want to keep going?",
    "Would it be the whole year group?",
    "You've already told the head, yeah?",
    "And that was in writing?",
    "The Year 10s?",
    "did he actually hand it in",
    "r they in the same form",
    "Is this the first time it's happened?",
    "Did you get any warning?",
    "Are you on a permanent contract?",
    "How many meetings a week is that?",
    "Was the parent angry?",
    "Does the head know?",
    "Is she still on the phased return?",
    "Has he been assessed before?",
    "Do they have a TA in that lesson?",
    "Is it a big group?",
    "How long is the lesson?",
    "Which year group is it?",
    "Who's the head of department?",
    "What date is the deadline?",
    "So it's twice a week?",
    "Are we talking about one parent or several?",
    "Do you want to pause there?",
    "Was it a formal warning?",
    "Is the email from the head or the trust?",
    "Did you say three weeks?",
    "Has anything changed since last time?",
    "Are the results in yet?",
    "Was he at school yesterday?",
    "Are you leading the meeting?",
    "And the TA was there too?",
    "Does it happen with other teachers?",
    "Is that the whole story?",
    "Have you got a date for the meeting?",
    "Can I check I've got that right?",
    "Year 11?",
    "Before or after lunch?",
    "is the head on board",
    "Is this the same kid from last week?",
    "Was it in front of the class?",
    "Are the parents separated?",
    "Did the principal see it?",
    "How many kids are on IEPs?",
    "Is she your line manager?",
    "Does he have a diagnosis?",
    "When's the review meeting?",
    "What time did it happen?",
    "Who was on duty?",
    "Is it a new class?",
    "Were you on your own?",
    "Has the email gone out?",
    "Are you teaching it next year?",
    "Did the kids notice?",
    "How long ago was that?",
    "Which lesson was it?",
    "Was it recorded?",
    "Is the union involved?",
    "Have you had the meeting yet?",
    "Do you get PPA time?",
    "So that's every single Friday?",
    "Twice a week or once?",
    "Year 9 or Year 10?",
    "Is that term time only?",
    "Was the head there?",
    "IS IT EVERY DAY",
    "Are you still on probation?",
    "Does your mentor know about this?",
    "Did she actually say that?",
    "Has she got a TA?",
    "Any idea why?",
    "Is the policy written down anywhere?",
    "Did that help?",
    "Was it worth it?",
    "Is he okay now?",
    "How often do you see her?",
    "Which class is the worst?",
    "Is this a new problem?",
    "Do you like the job?",
    "Have you got long left on the contract?",
    "Is it always the same kids?",
    "Were the parents supportive?",
    "Did you tell the head?",
    "Is there a policy on this?",
    "How big is the department?",
    "What year are they in now?",
    "Do the kids know?",
    "So it started in September?",
    "Morning or afternoon?",
]

# Batch 5, written from a description (in other words and other sentences) of the classes of
# error seen on an independently written blind set, on which the rules scored 0.93 / 0.93 /
# 0.91. Each class has six or more cases of other topics and spellings, with contrasts that
# must not move. Scored before any rule changed: 0.58 / 0.59 / 0.58 (aimed at the misses).
# Two further probes of fresh sentences, written after the fixes and scored before any
# further change, gave 1.00 / 0.91 / 0.95 (76 cases) and 0.89 / 1.00 / 0.94 (66 cases);
# the eight they got wrong (placed in their classes below) were then fixed.
ERROR_CLASSES: list[tuple[str, Label]] = [
    # 1. a yes/no question whose subject is a solution
    ("Would a mentor help her settle in?", Label.ADVICE),
    ("would a visual timetable work for him", Label.ADVICE),
    ("Could a quick phone call home do the trick?", Label.ADVICE),
    ("Is a part-time timetable an option for you?", Label.ADVICE),
    ("Would a chat with the SENCo make a difference?", Label.ADVICE),
    ("is a staff survey worth a go", Label.ADVICE),
    ("Will a new seating plan solve it?", Label.ADVICE),
    ("Could some extra reading time help the Year 7s?", Label.ADVICE),
    ("might a shorter meeting work better", Label.ADVICE),
    ("Would the homework club be an option for them?", Label.ADVICE),
    ("Isn't a reward system worth trying?", Label.ADVICE),
    ("would an earlier deadline make any difference", Label.ADVICE),
    ("Would the head be there?", Label.CLOSED),
    ("Is the new timetable out yet?", Label.CLOSED),
    ("Will the meeting be long?", Label.CLOSED),
    ("Would a quieter corner of the room help him focus?", Label.ADVICE),
    # 2. "isn't there a ...", "isn't the real thing that ..."
    ("Isn't there a colleague who could cover that lesson?", Label.ADVICE),
    ("isnt there a form she could fill in", Label.ADVICE),
    ("Isn't there an easier way to do the reports?", Label.ADVICE),
    ("Isn't the real issue that nobody owns the data?", Label.ADVICE),
    ("Isn't the main problem that he's never been challenged?", Label.ADVICE),
    ("isn't the actual thing that you're exhausted", Label.ADVICE),
    ("Could it be that she's worried about the move?", Label.ADVICE),
    ("Isn't there someone in the trust they could ask?", Label.ADVICE),
    ("Isn't there a meeting on Thursday?", Label.CLOSED),
    # 3. "any reason you can't just ...", "what's stopping you from just ..."
    ("Any reason you can't just email the whole department?", Label.ADVICE),
    ("any reason you couldn't simply move the deadline", Label.ADVICE),
    ("Is there any reason not to tell the parents straight away?", Label.ADVICE),
    ("Is there a reason not to hand it back to the head of year?", Label.ADVICE),
    ("What's stopping you from simply cancelling the club?", Label.ADVICE),
    ("whats stopping u from just asking for help", Label.ADVICE),
    ("Any reason she can't sit at the front?", Label.ADVICE),
    ("any reason not to say no this time", Label.ADVICE),
    ("What's stopping you from moving forward?", Label.OPEN),
    ("What's stopping you, do you think?", Label.OPEN),
    # 4. the speaker's past experience, with its result
    (
        "When my Year 11s were panicking before mocks I gave them a revision timetable, "
        "and it really helped.",
        Label.ADVICE,
    ),
    ("when we had the Ofsted visit, what saved us was having the folders ready", Label.ADVICE),
    ("I had a TA like that once and what worked was a weekly planning chat.", Label.ADVICE),
    ("Last term I just stopped setting written homework and nobody complained.", Label.ADVICE),
    ("what helped was writing the script down before I rang", Label.ADVICE),
    (
        "We had the same thing with our after-school club and it sorted itself out once we "
        "moved it to lunchtime.",
        Label.ADVICE,
    ),
    (
        "i had a parent like that last year and i copied the head into every email, which helped",
        Label.ADVICE,
    ),
    (
        "When our department was swamped, the thing that worked was cutting the marking to "
        "one book a week.",
        Label.ADVICE,
    ),
    ("When I started I found the marking overwhelming too. How has it been for you?", Label.OPEN),
    ("I had a really hard term like that once. What's it been like for you?", Label.OPEN),
    ("What helped last time?", Label.OPEN),
    # 5. "I'm wondering if <a solution> would ..."; "I wonder what ..." stays open
    ("I'm just wondering if a quick email to the parents would clear things up.", Label.ADVICE),
    ("i was wondering if you could just skip the Friday meeting", Label.ADVICE),
    ("I wonder whether a second adult in the room might help.", Label.ADVICE),
    ("I'm wondering whether the deputy could take it on.", Label.ADVICE),
    ("just wondering if moving the lesson to the morning would work", Label.ADVICE),
    ("I was wondering whether a shorter report might be easier.", Label.ADVICE),
    ("im wondering if a chat with her mum would help", Label.ADVICE),
    ("I wonder what you think is getting in the way.", Label.OPEN),
    ("I'm wondering what matters most to you here.", Label.OPEN),
    ("I was wondering how you felt after the meeting.", Label.OPEN),
    ("I'm wondering if you're feeling a bit stuck.", Label.OPEN),
    ("just wondering what you make of it", Label.OPEN),
    # 6. "I (don't) think / reckon / guess" + a claim; checking understanding stays open
    ("I don't think that's yours to fix.", Label.ADVICE),
    ("i reckon he's just after attention", Label.ADVICE),
    ("I suspect the marking policy is the real problem.", Label.ADVICE),
    ("I feel she's taking advantage of you.", Label.ADVICE),
    ("I guess the deadline was never realistic.", Label.ADVICE),
    ("Honestly I don't think the head will change her mind.", Label.ADVICE),
    ("i dont reckon the parents are the issue", Label.ADVICE),
    ("I'd guess he's bored in those lessons.", Label.ADVICE),
    ("I think I've understood: it's the Thursday group that worries you most.", Label.OPEN),
    ("I think you said it started after Easter.", Label.OPEN),
    ("I think I've got it: the parents want more contact.", Label.OPEN),
    ("I think that's a really good question.", Label.OPEN),
    ("I feel for you, that sounds hard.", Label.OPEN),
    # 7. "So" + a verdict ("what you need is", "has to")
    ("So it's really the department who has to sort this out.", Label.ADVICE),
    ("So what you really need is a day off.", Label.ADVICE),
    ("so basically you've got to tell her no", Label.ADVICE),
    ("So the answer is to stop volunteering.", Label.ADVICE),
    ("So the answer's more support, not more meetings.", Label.ADVICE),
    ("So the head of year is the one who needs to deal with it.", Label.ADVICE),
    ("so really it's the timetable that has to change", Label.ADVICE),
    ("So what she needs is a clear boundary.", Label.ADVICE),
    ("So for you it's about being trusted.", Label.OPEN),
    ("So the hardest part is the first five minutes.", Label.OPEN),
    ("So what you're saying is the deadline's moved.", Label.OPEN),
    ("So basically you've just got to let it go.", Label.ADVICE),
    ("So it's the lack of time that's the problem for you.", Label.OPEN),
    # 8. content-free encouragement that contains a verb
    ("That's fine, have a think.", Label.OPEN),
    ("keep going, you're doing fine", Label.OPEN),
    ("carry on", Label.OPEN),
    ("take a moment if you like", Label.OPEN),
    ("have a breather", Label.OPEN),
    ("no rush, mull it over", Label.OPEN),
    ("Have a think and tell me when you're ready.", Label.OPEN),
    ("keep goin", Label.OPEN),
    ("Have a little think about it.", Label.OPEN),
    ("take ur time, think it through", Label.OPEN),
    ("Have a word with the head.", Label.ADVICE),
    ("Take a day off next week.", Label.ADVICE),
    ("Keep going with the reward chart.", Label.ADVICE),
    ("Have a break every lunchtime.", Label.ADVICE),
    # 9. "look like", "if you set ... aside": open unless "if you <action>"
    ("What would a good end to the year look like for you?", Label.OPEN),
    ("what would it look like if the meeting went well", Label.OPEN),
    ("If you set the data aside for a moment, what matters to you here?", Label.OPEN),
    ("If you imagine it's July and it's gone well, what's different?", Label.OPEN),
    ("What would it look like if things were better with her?", Label.OPEN),
    ("If you put the workload to one side, what's left?", Label.OPEN),
    ("If you picture the class at its best, what do you see?", Label.OPEN),
    ("what would success look like this term", Label.OPEN),
    ("What would it look like if you rang the parents tonight?", Label.ADVICE),
    ("What would it look like if you handed the club over to someone else?", Label.ADVICE),
    # 10. reflections that mirror the coachee
    ("It's the lack of warning that's getting to you.", Label.OPEN),
    ("it's the unfairness that's bothering you most", Label.OPEN),
    ("You lit up when you talked about the drama club.", Label.OPEN),
    ("You sound exhausted when you talk about the marking.", Label.OPEN),
    (
        "Let me check I've got this: the head wants the plan by Friday and you haven't started.",
        Label.OPEN,
    ),
    ("So for you it's about fairness.", Label.OPEN),
    ("You went quiet when the parents came up.", Label.OPEN),
    ("You smiled when you mentioned your tutor group.", Label.OPEN),
    ("Let me see if I've understood: it's the Monday meetings that drain you.", Label.OPEN),
    ("It's the timetable that's the real problem.", Label.ADVICE),
    ("It's the head who should sort it.", Label.ADVICE),
    # 11. a tag question on a plain fact (on a diagnosis: advice)
    ("the trip was in march wasnt it", Label.CLOSED),
    ("He's in Year 10, isn't he?", Label.CLOSED),
    ("you teach them three times a week, right?", Label.CLOSED),
    ("she joined in september didnt she", Label.CLOSED),
    ("That was the Tuesday meeting, wasn't it?", Label.CLOSED),
    ("They're a top set, aren't they?", Label.CLOSED),
    ("it's a two-form entry school yeah", Label.CLOSED),
    ("you've met her mum, haven't you?", Label.CLOSED),
    ("That's the real problem, isn't it?", Label.ADVICE),
    ("You need to tell her, don't you?", Label.ADVICE),
    ("you're being too soft on them, aren't you", Label.ADVICE),
    ("That's the core problem, isn't it?", Label.ADVICE),
    # 12. asking permission to ask
    ("mind if i ask about your contract", Label.CLOSED),
    ("Can I ask something about the department?", Label.CLOSED),
    ("ok if I ask about his family?", Label.CLOSED),
    ("Is it alright if I ask about your health?", Label.CLOSED),
    ("Would you mind if I asked about the complaint?", Label.CLOSED),
    ("do you mind me asking about the other job", Label.CLOSED),
    ("Can I ask a quick question about the timetable?", Label.CLOSED),
    ("okay if i ask about home", Label.CLOSED),
    # 13. a bare time, place, year group or person (a bare intervention: advice)
    ("thursdays?", Label.CLOSED),
    ("year 10?", Label.CLOSED),
    ("the deputy?", Label.CLOSED),
    ("after school?", Label.CLOSED),
    ("before christmas?", Label.CLOSED),
    ("her mum?", Label.CLOSED),
    ("mornings?", Label.CLOSED),
    ("period 5?", Label.CLOSED),
    ("in the staffroom?", Label.CLOSED),
    ("at lunch?", Label.CLOSED),
    ("weekends?", Label.CLOSED),
    ("mr patel?", Label.CLOSED),
    ("reward chart?", Label.ADVICE),
    ("detention?", Label.ADVICE),
    ("a buddy?", Label.ADVICE),
    ("phone call home?", Label.ADVICE),
    ("seating plan?", Label.ADVICE),
    ("a mentor?", Label.ADVICE),
    # 14. open wh-questions, and a scale question with an open part
    ("Which parts of this are in your control?", Label.OPEN),
    ("Whose opinion matters most to you here?", Label.OPEN),
    ("Where does this fit with everything else on your plate?", Label.OPEN),
    ("What's the cost of carrying on like this?", Label.OPEN),
    ("on a scale of 1-10 how confident are you, and what would move you one point up?", Label.OPEN),
    (
        "On a scale of one to ten, how much does this matter, and what makes it that number?",
        Label.OPEN,
    ),
    ("scale of 1 to 10 how committed r u and what would make it a 10", Label.OPEN),
    ("Where does the pressure sit for you?", Label.OPEN),
    ("whose voice isnt being heard", Label.OPEN),
    ("which bits can u actually change", Label.OPEN),
    ("What's the price of saying yes to everything?", Label.OPEN),
    ("What's the cost to you of staying?", Label.OPEN),
    ("on a scale of 1-10 how sure are you", Label.CLOSED),
    ("What's the cost of the trip?", Label.CLOSED),
    ("Whose idea was it?", Label.CLOSED),
    ("When does it feel easiest?", Label.OPEN),
    # 15. a wh-question asking for one fact
    ("What's her reading age?", Label.CLOSED),
    ("what did he get in the mock", Label.CLOSED),
    ("Who covers them on Fridays?", Label.CLOSED),
    ("What's his attendance, roughly?", Label.CLOSED),
    ("What was her predicted grade?", Label.CLOSED),
    ("who teaches them maths", Label.CLOSED),
    ("What language does she speak at home?", Label.CLOSED),
    ("What did she score on the reading test?", Label.CLOSED),
    ("Who takes the register in the mornings?", Label.CLOSED),
    ("what's his target grade", Label.CLOSED),
    ("What happened?", Label.OPEN),
    ("what did she say?", Label.OPEN),
    ("What did you make of it?", Label.OPEN),
    ("Who supports you?", Label.OPEN),
    ("What did he do then?", Label.OPEN),
    ("Who else sees him regularly?", Label.OPEN),
    ("Who covers his class on Mondays?", Label.CLOSED),
]

# Batch 6, written from a description (in other words and other sentences) of the classes of
# error left on a second independently written blind set, on which the rules scored
# 0.94 / 0.95 / 0.94. Each class has six or more cases of other topics and spellings, with
# contrasts that must not move. Scored before any rule changed: 0.52 / 0.54 / 0.61 (aimed at
# the misses; 115 cases, the rest added after).
ERROR_CLASSES_2: list[tuple[str, Label]] = [
    # A. "what if you <action>"; "what if it doesn't work?" (no action of theirs) stays open
    ("What if you gave the Year 9s a choice of task?", Label.ADVICE),
    ("what if u just stopped replying after 6", Label.ADVICE),
    ("What if you asked the head for a mentor?", Label.ADVICE),
    ("what if you swapped the lessons round", Label.ADVICE),
    ("What if you let him lead the starter?", Label.ADVICE),
    ("What if you put the marking rubric on the wall?", Label.ADVICE),
    ("what if you offered the parents a phone call instead", Label.ADVICE),
    ("What if you tell her straight?", Label.ADVICE),
    ("what if you try it for a fortnight", Label.ADVICE),
    ("What if it doesn't work?", Label.OPEN),
    ("What if nothing changes?", Label.OPEN),
    ("what if you're wrong about her", Label.OPEN),
    ("What if you could change one thing?", Label.OPEN),
    # B. a "so" summary (in short, really, what it boils down to ...) ending in a need or must
    ("So in short, you need to stop taking marking home.", Label.ADVICE),
    ("so really it comes down to you delegating more", Label.ADVICE),
    ("So what it boils down to is that the department needs a new lead.", Label.ADVICE),
    ("So in a nutshell, the reports have to be shorter.", Label.ADVICE),
    ("so bottom line he needs a proper assessment", Label.ADVICE),
    ("So to sum up, you should ask for the afternoon off.", Label.ADVICE),
    ("So at the end of the day it comes down to you setting clearer limits.", Label.ADVICE),
    ("So essentially the governors must be told.", Label.ADVICE),
    ("So in short, it's the Monday mornings that are hardest for you.", Label.OPEN),
    ("so in a nutshell, the trip went well but the paperwork didn't", Label.OPEN),
    ("So to sum up, you've had three difficult weeks.", Label.OPEN),
    ("So what it boils down to for you is feeling trusted.", Label.OPEN),
    ("So really it comes down to how much you care about it.", Label.OPEN),
    # C. a suggestion inside "do you think / would you say"
    ("Do you think it would help to meet her before school?", Label.ADVICE),
    ("do you think it might be worth trying a rota", Label.ADVICE),
    ("Don't you think you should let the parents know?", Label.ADVICE),
    ("Would you say it'd be better to wait until after the mocks?", Label.ADVICE),
    ("Do you think it'd make sense to split the group?", Label.ADVICE),
    ("would you say it might be wiser to postpone", Label.ADVICE),
    ("Do you think it could be good to ask for help?", Label.ADVICE),
    ("Do you think it would help?", Label.CLOSED),
    ("Would you say it's been a good term?", Label.CLOSED),
    ("Do you think she noticed?", Label.CLOSED),
    ("What do you think would help?", Label.OPEN),
    # D. a cause put as a negative question with "just / really / simply"
    ("Isn't he just bored in the lesson?", Label.ADVICE),
    ("arent they simply tired after lunch", Label.ADVICE),
    ("Isn't it really that she's scared of failing?", Label.ADVICE),
    ("Isn't she just after attention?", Label.ADVICE),
    ("Aren't the parents really worried about the move?", Label.ADVICE),
    ("isnt he just testing you", Label.ADVICE),
    ("Aren't you just exhausted?", Label.ADVICE),
    ("Isn't she in your form?", Label.CLOSED),
    ("Aren't they in Year 8?", Label.CLOSED),
    # E. a judgement of the coachee with a tag (a fact with a tag stays closed)
    ("You're being way too hard on yourself, aren't you?", Label.ADVICE),
    ("You've taken on far too much, haven't you?", Label.ADVICE),
    ("you're not getting enough sleep are you", Label.ADVICE),
    ("You should have said something sooner, shouldn't you?", Label.ADVICE),
    ("You give them too much freedom, don't you?", Label.ADVICE),
    ("You've been doing too much for the department, haven't you?", Label.ADVICE),
    ("You've met the new head, haven't you?", Label.CLOSED),
    ("You teach the top set, don't you?", Label.CLOSED),
    ("you're in on thursday aren't you", Label.CLOSED),
    # F. invitations to talk, also after "if you feel up to it," or "when you're ready,"
    ("Talk me through the timetable.", Label.OPEN),
    ("Walk me through what happened on Tuesday.", Label.OPEN),
    ("If you feel up to it, tell me a bit about the department.", Label.OPEN),
    (
        "I'd love to hear more about that, because you went quiet when you mentioned the review.",
        Label.OPEN,
    ),
    ("run me through how the meeting went", Label.OPEN),
    ("If you're happy to, talk me through the last lesson.", Label.OPEN),
    ("When you're ready, tell me about the parents' evening.", Label.OPEN),
    ("I'd like to hear more about the trip, since you sounded excited.", Label.OPEN),
    ("Talk to the head about it.", Label.ADVICE),
    # G. leave to take a moment ("it's fine to take a day off" gives leave for an action)
    ("It's completely fine to take a minute.", Label.OPEN),
    ("no worries, keep going", Label.OPEN),
    ("That's okay, carry on when you're ready.", Label.OPEN),
    ("it's alright to pause here", Label.OPEN),
    ("It's totally okay to take your time.", Label.OPEN),
    ("No worries at all, take a moment.", Label.OPEN),
    ("that's fine, take as long as you need", Label.OPEN),
    ("no worries, have a think", Label.OPEN),
    ("It's absolutely okay to stop here for a moment.", Label.OPEN),
    ("It's fine to take a day off.", Label.ADVICE),
    # H. asking leave to steer the conversation: come back, read back, check, pause
    ("Is it alright if we come back to that later?", Label.CLOSED),
    ("Would you mind if I read back what I heard?", Label.CLOSED),
    ("ok if i check something", Label.CLOSED),
    ("Is it okay if we pause for a second?", Label.CLOSED),
    ("Do you mind if I check I've understood?", Label.CLOSED),
    ("alright if we come back to the parents later", Label.CLOSED),
    ("Would it be ok if I asked you something about home?", Label.CLOSED),
    ("Mind if we pause there?", Label.CLOSED),
    ("is it ok if i stop you there for a sec", Label.CLOSED),
    ("If we come back to it next week, what will have changed?", Label.OPEN),
    # I. "the problem is ..." said to be the coachee's view
    ("You're saying the workload isn't the issue, it's the lack of thanks.", Label.OPEN),
    ("So for you the problem is the timing, not the task.", Label.OPEN),
    ("You said the real issue is the lack of communication.", Label.OPEN),
    ("for you the main problem is that nobody listens", Label.OPEN),
    ("So you're saying the issue is the parents, not the kids.", Label.OPEN),
    ("You feel the problem is the way it was announced.", Label.OPEN),
    ("You mentioned the biggest issue is the cover.", Label.OPEN),
    ("in your view the trouble is the new head, not the staff", Label.OPEN),
    ("The real issue is the lack of communication.", Label.ADVICE),
    # J. an open question after a preamble ("because you mentioned ..., I'm curious ...")
    ("I'm wondering, if you're happy to say, what this term has been like for you?", Label.OPEN),
    (
        "Because you've mentioned the governors twice now, I'm curious which part of it "
        "weighs on you most?",
        Label.OPEN,
    ),
    (
        "I'm trying to get a sense, since it sounds like a lot is going on, of what a good "
        "week would look like for you.",
        Label.OPEN,
    ),
    (
        "It sounds like a lot has changed, so I'm curious what feels most different for you",
        Label.OPEN,
    ),
    (
        "Because you mentioned the head a few times, what's your relationship with her like?",
        Label.OPEN,
    ),
    ("I'm curious, given everything you've said, what you'd most like to change?", Label.OPEN),
    (
        "Since you brought up the inspection, I'm wondering how you're feeling about it now.",
        Label.OPEN,
    ),
    (
        "I'm wondering, since the timetable keeps coming up, what would make it feel manageable?",
        Label.OPEN,
    ),
    ("because u said the word 'stuck' a lot, im curious what stuck feels like", Label.OPEN),
    # K. "right" / "yeah" as a tag without a question mark
    ("thats the deputy right", Label.CLOSED),
    ("she started in january yeah", Label.CLOSED),
    ("it was the tuesday right", Label.CLOSED),
    ("hes in year 9 yeah", Label.CLOSED),
    ("thats the new building right", Label.CLOSED),
    ("the cover was for maths yeah", Label.CLOSED),
    ("shes the one who complained right", Label.CLOSED),
    ("you want to get the timing right", Label.ADVICE),
    ("the trip got cancelled yeah", Label.CLOSED),
    ("you should tell her right", Label.ADVICE),
    # L. which one, what share: one fact
    ("Which exam board do you use?", Label.CLOSED),
    ("What percentage of them have SEN?", Label.CLOSED),
    ("What proportion are on free meals?", Label.CLOSED),
    ("which year group is it", Label.CLOSED),
    ("What percentage passed last year?", Label.CLOSED),
    ("Which set are they in?", Label.CLOSED),
    ("What proportion of the class is EAL?", Label.CLOSED),
    ("which school is she from", Label.CLOSED),
    ("What level are they working at?", Label.CLOSED),
    ("What's the name of the scheme?", Label.CLOSED),
    ("Which part of it matters most to you?", Label.OPEN),
    ("Which of these would you start with?", Label.OPEN),
]

# A fresh probe across all three labels, written before the batch 6 rules and not tuned for
# them; scored before any rule changed: 1.00 / 1.00 / 1.00 (60 cases, three of which are
# also in the earlier sets and are left out here).
PROBE_6: list[tuple[str, Label]] = [
    ("Put the quiz at the start of the lesson instead of the end.", Label.ADVICE),
    ("you might try a countdown timer for transitions", Label.ADVICE),
    ("Could the library staff run the reading group?", Label.ADVICE),
    ("Honestly, a weekly email to parents would save you a lot of grief.", Label.ADVICE),
    ("When I ran the debating club I capped it at twelve.", Label.ADVICE),
    ("Have you spoken to the union rep?", Label.ADVICE),
    ("Why not share the planning with the other Year 4 teacher?", Label.ADVICE),
    ("I reckon the new behaviour policy is making it worse.", Label.ADVICE),
    ("It'd be worth getting that agreement in writing.", Label.ADVICE),
    ("what about a traffic light system for homework", Label.ADVICE),
    ("the best thing would be to tell the head today", Label.ADVICE),
    ("Sounds like the deadline was unrealistic from the start.", Label.ADVICE),
    ("You've got to stop doing other people's jobs.", Label.ADVICE),
    ("Wouldn't a shared drive make this easier?", Label.ADVICE),
    ("My tip: mark the first three books properly and skim the rest.", Label.ADVICE),
    ("I'd leave the display until after the inspection.", Label.ADVICE),
    ("could you not ask the caretaker to unlock it earlier", Label.ADVICE),
    ("Is it worth having a word with the exams officer?", Label.ADVICE),
    ("In our trust we just share one scheme of work.", Label.ADVICE),
    ("Delegating the trip admin would free you up.", Label.ADVICE),
    ("What's been the hardest part of the week?", Label.OPEN),
    ("How did the conversation with the parent go?", Label.OPEN),
    ("What would you want the team to say about you in a year?", Label.OPEN),
    ("tell me about the moment it started to go wrong", Label.OPEN),
    ("What support do you think you need?", Label.OPEN),
    ("How are you feeling about the interview now?", Label.OPEN),
    ("So you've been covering two roles since October.", Label.OPEN),
    ("It sounds like you care a lot about getting this right.", Label.OPEN),
    ("what would be different if this were sorted", Label.OPEN),
    ("Who could you talk to about this?", Label.OPEN),
    ("What's one small step you could take this week?", Label.OPEN),
    ("What did you learn from last time?", Label.OPEN),
    ("What stops you from saying no?", Label.OPEN),
    ("how might the students see it", Label.OPEN),
    ("Where would you like to start?", Label.OPEN),
    ("What are you hoping to get out of today?", Label.OPEN),
    ("You mentioned feeling invisible in meetings. Say more.", Label.OPEN),
    ("What's in your control here?", Label.OPEN),
    ("What matters most to you about this class?", Label.OPEN),
    ("Mm, and then what?", Label.OPEN),
    ("How do you want to handle it?", Label.OPEN),
    ("Is she on the SEN register?", Label.CLOSED),
    ("Did you get the email from the head?", Label.CLOSED),
    ("Are you still doing the Thursday club?", Label.CLOSED),
    ("was it the year 8s", Label.CLOSED),
    ("When is the deadline for the reports?", Label.CLOSED),
    ("Has he been excluded before?", Label.CLOSED),
    ("Is your line manager aware?", Label.CLOSED),
    ("how long have you been in the role", Label.CLOSED),
    ("Are the mocks in January?", Label.CLOSED),
    ("Did she reply?", Label.CLOSED),
    ("Is that this week or next?", Label.CLOSED),
    ("Were you there when it happened?", Label.CLOSED),
    ("do you get PPA on fridays", Label.CLOSED),
    ("Who's your mentor?", Label.CLOSED),
    ("Is it a new class for you?", Label.CLOSED),
    ("Have you had the appraisal yet?", Label.CLOSED),
]

# A second probe, written after the batch 6 rules to test their edges, scored before any
# further change: 0.91 / 0.77 / 0.83 (42 cases); the seven it got wrong were then fixed.
PROBE_7: list[tuple[str, Label]] = [
    ("So really, what do you want from this?", Label.OPEN),
    ("So basically the head has already decided.", Label.OPEN),
    ("so in short its been a nightmare week", Label.OPEN),
    ("So ultimately the governors need to sign it off by May?", Label.CLOSED),
    ("So really the class needs a consistent teacher.", Label.ADVICE),
    ("What if you waited until after half term?", Label.ADVICE),
    ("what if you just said no this time", Label.ADVICE),
    ("What if she says no?", Label.OPEN),
    ("What if you're right?", Label.OPEN),
    ("Do you think it would be better to wait?", Label.ADVICE),
    ("do you reckon that'd help to sort it", Label.ADVICE),
    ("Do you think it's fair?", Label.CLOSED),
    ("Would you say she's happier now?", Label.CLOSED),
    ("Isn't she maybe just overwhelmed?", Label.ADVICE),
    ("Aren't the Year 11s simply exhausted by now?", Label.ADVICE),
    ("Isn't it on Thursday?", Label.CLOSED),
    ("Weren't you at the meeting?", Label.CLOSED),
    ("You've been carrying this on your own for too long, haven't you?", Label.ADVICE),
    ("You didn't get enough notice, did you?", Label.ADVICE),
    ("You've been there five years, haven't you?", Label.CLOSED),
    ("Walk me through a typical Monday.", Label.OPEN),
    ("When you've had a moment, tell me what you'd like to focus on.", Label.OPEN),
    ("If it helps, describe the last lesson that went well.", Label.OPEN),
    ("It's perfectly fine to not have an answer yet.", Label.OPEN),
    ("That's totally alright, take your time.", Label.OPEN),
    ("It's okay to ask the head for more time.", Label.ADVICE),
    ("Would it be ok if I paused us there?", Label.CLOSED),
    ("Do you mind if we go back to what you said about Jane?", Label.CLOSED),
    ("If we pause here, what stands out for you?", Label.OPEN),
    ("You're telling me the real problem is the lack of trust.", Label.OPEN),
    ("For you the issue isn't money, it's recognition.", Label.OPEN),
    ("Since we've got ten minutes left, what would be most useful to focus on?", Label.OPEN),
    ("Because you said it twice, I'm wondering what that word means to you.", Label.OPEN),
    ("Given everything, how are you feeling now?", Label.OPEN),
    ("the meeting's on friday right", Label.CLOSED),
    ("you're right", Label.OPEN),
    ("Which union are you in?", Label.CLOSED),
    ("Which bit do you want to start with?", Label.OPEN),
    ("What proportion of your week goes on admin?", Label.CLOSED),
    ("Ask her what she needs.", Label.ADVICE),
    ("I would just leave it for now.", Label.ADVICE),
    ("Tell him you need it by Friday.", Label.ADVICE),
]


# Labelled by the guide, but read wrongly; kept so that a fix shows up.
KNOWN_MISSES = [
    # The speaker's plan stated as a summary; the same words reflect the coachee's own plan
    # when they made it, so the rules leave it open.
    ("So the plan is you talk to her tomorrow.", Label.ADVICE),
]

OWN_SET = (
    [(text, Label.ADVICE) for text in OWN_ADVICE + PROBE_ADVICE]
    + [(text, Label.OPEN) for text in OWN_OPEN + PROBE_OPEN]
    + [(text, Label.CLOSED) for text in OWN_CLOSED + PROBE_CLOSED]
    + ERROR_CLASSES
    + ERROR_CLASSES_2
    + PROBE_6
    + PROBE_7
)


def dev_set() -> list[tuple[str, Label]]:
    with DEV_SET.open(encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    return [(str(row["text"]), Label(row["label"])) for row in rows]


def all_texts() -> Iterator[str]:
    yield from (text for text, _label in dev_set())
    yield from (text for text, _label in OWN_SET)


def test_the_sets_are_what_they_claim() -> None:
    dev = dev_set()
    assert len(dev) == 240
    assert sum(label is Label.ADVICE for _t, label in dev) == 108
    texts = [text for text, _label in OWN_SET]
    assert len(texts) == len(set(texts)) >= 120  # no case counted twice
    assert not set(texts) & {text for text, _label in dev}  # none copied from the corpus


@pytest.mark.parametrize(("text", "label"), OWN_SET)
def test_own_generalisation_set(text: str, label: Label) -> None:
    assert check(text).label is label


@pytest.mark.parametrize(
    ("text", "label"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in KNOWN_MISSES],
)
def test_known_misses(text: str, label: Label) -> None:
    assert check(text).label is label


def test_the_shipped_question_banks_read_as_open() -> None:
    """Every question the app ships is one a coach can ask: none may be flagged."""
    loaded = load_shipped(prompts_dir())
    assert not loaded.errors
    texts = [q.text for bank in loaded.banks.values() for q in bank.questions]
    assert len(texts) > 100
    flagged = [
        (text, check(text).label.value) for text in texts if check(text).label is not Label.OPEN
    ]
    assert flagged == []


# ----- the figures cannot silently fall -------------------------------------------------------
# Reached 1.000 on each when these were written; the floors leave room for a case or two.


def test_dev_set_figures_floor() -> None:
    s = score((label, check(text).label) for text, label in dev_set())
    assert s.total == 240
    assert s.precision >= 0.98
    assert s.recall >= 0.98
    assert s.accuracy >= 0.98


@pytest.mark.parametrize(
    ("name", "total", "floor"),
    [
        # Written independently, blind to the rules; measured blind at 0.931 / 0.926 / 0.912
        # and 0.939 / 0.951 / 0.939. Their misses were then fixed as classes, so today they
        # are regression sets, not estimates of how the check does on new text.
        ("advice_blind_1.jsonl", 420, 0.97),
        ("advice_blind_2.jsonl", 360, 0.96),
    ],
)
def test_once_blind_sets_figures_floor(name: str, total: int, floor: float) -> None:
    with (DEV_SET.parent / name).open(encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    s = score((row["label"], check(row["text"]).label) for row in rows)
    assert s.total == total
    assert s.precision >= floor
    assert s.recall >= floor
    assert s.accuracy >= floor


def test_own_set_figures_floor() -> None:
    s = score((label, check(text).label) for text, label in OWN_SET)
    assert s.precision >= 0.98
    assert s.recall >= 0.98
    assert s.accuracy >= 0.98


# ----- the forms, one by one --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Have you tried a seating plan?", "Have you tried"),
        ("You should ring the parents first.", "You should"),
        ("Sounds like the real problem is the timetable.", "Sounds like the real problem"),
        ("Try a seating plan.", "Try"),
        ("Don't answer emails after six.", "Don't answer"),
        ("You could maybe ask the office.", "You could maybe"),
        ("One option might be to move his seat.", "One option"),
        ("It might be worth asking the head.", "It might be worth"),
        ("I wonder if a buddy would help.", "I wonder if"),
        ("Why don't you ring her tonight?", "Why don't you"),
        ("What if you moved the deadline?", "if you moved"),
        ("Would it help to write it down?", "Would it help"),
        ("Could you not just cancel it?", "Could you not just"),
        ("Wouldn't it be better to wait?", "Wouldn't it be better"),
        ("Isn't it better to ask first?", "Isn't it better"),
        ("What would happen if you spoke to the head?", "if you spoke"),
        ("What about exit tickets?", "What about"),
        ("Exit tickets?", "Exit tickets"),
        ("When I had that class I met them at the door.", "I met"),
        ("What worked for me was a rota.", "What worked for me"),
        ("In my school we use marking codes.", "In my school"),
        ("Isn't the issue really that he's bored?", "Isn't the issue"),
        ("I think you're being too soft.", "I think"),
        ("So basically you need to be firmer.", "you need to"),
        ("Just a thought, but the office could chase it.", "Just a thought, but"),
    ],
)
def test_advice_and_the_words_that_decided_it(text: str, reason: str) -> None:
    verdict = check(text)
    assert verdict.label is Label.ADVICE
    assert reason in verdict.reasons


# Open questions that share words with advice: none of them is advice.
SHARED_WORDS_OPEN = [
    "What have you tried so far?",
    "What could you try?",
    "What would happen if you did nothing?",
    "What options do you see?",
    "What would you like to try?",
    "What might you do differently?",
    "So one option you've mentioned is going part-time.",
    "Take your time.",
    "Go on.",
    "What have you already thought about doing?",
    "Why don't you think it would work?",
    "What would you do if you had more time?",
    "What do you think you should do?",
    "What would help you most right now?",
    "What's one thing you could try this week?",
    "Could you tell me a bit more about the parents?",
    "Sounds like you're feeling stretched.",
    "Just a thought, but what's your gut telling you?",
    "I don't want to give advice here, what do you think your options are?",
    "What's stopping you?",
    "How about you?",
    "Is there anything else?",
    "So you've tried the rota and the reward chart, and neither has stuck.",
]


@pytest.mark.parametrize("text", SHARED_WORDS_OPEN)
def test_open_questions_that_share_advice_words_are_not_advice(text: str) -> None:
    verdict = check(text)
    assert verdict.label is Label.OPEN
    assert verdict.reframes == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("What have you tried so far?", "What"),
        ("how does that sit with you", "how"),
        ("Tell me more about the parents.", "Tell me more"),
        ("Mm, go on.", "Mm, go on"),
    ],
)
def test_open_reasons_are_the_opening_words(text: str, reason: str) -> None:
    verdict = check(text)
    assert verdict.label is Label.OPEN
    assert verdict.reasons == (reason,)


@pytest.mark.parametrize(
    "text",
    [
        "Is that the Year 7 group?",
        "How many students are in the set?",
        "Was it Tuesday or Wednesday?",
        "Did the meeting happen on Tuesday?",
        "Who's your line manager?",
        "Thursday?",
        "You've been doing the rota since Easter, right?",
        "On a scale of one to ten, how ready do you feel?",
    ],
)
def test_closed_questions(text: str) -> None:
    verdict = check(text)
    assert verdict.label is Label.CLOSED
    assert verdict.reasons


@pytest.mark.parametrize(
    ("messy", "tidy"),
    [
        ("have u tried a seating plan", "Have you tried a seating plan?"),
        ("what have you tried so far", "What have you tried so far?"),
        ("is it every lesson", "Is it every lesson?"),
        ("why dont u just ring them", "Why don't you just ring them?"),
        ("whats stopping u", "What's stopping you?"),
        ("Don\u2019t   answer emails after six", "Don't answer emails after six."),
        ("ur being too hard on urself tbh", "You're being too hard on yourself."),
        ("YOU SHOULD TALK TO THE HEAD", "You should talk to the head."),
        ("wouldnt it be easier to email", "Wouldn't it be easier to email?"),
    ],
)
def test_quick_notes_read_like_the_tidy_sentence(messy: str, tidy: str) -> None:
    assert check(messy).label is check(tidy).label


def test_reasons_are_the_words_as_typed() -> None:
    verdict = check("Don\u2019t  answer emails after six")
    assert verdict.reasons == ("Don\u2019t  answer",)
    assert check("have u tried a seating plan").reasons == ("have u tried",)


# ----- reasons and reframes over everything ---------------------------------------------------


def test_reasons_and_reframes_over_the_dev_set_and_own_set() -> None:
    for text in all_texts():
        verdict = check(text)
        for reason in verdict.reasons:
            assert reason and reason in text, (text, reason)
        assert len(verdict.reasons) <= 3
        if verdict.label is Label.OPEN:
            assert verdict.reframes == (), text
            continue
        assert verdict.reasons, text
        assert 1 <= len(verdict.reframes) <= 3, text
        assert len(set(verdict.reframes)) == len(verdict.reframes), text
        for reframe in verdict.reframes:
            assert check(reframe).label is Label.OPEN, (text, reframe)
            assert reframe[0].isupper() and reframe[-1] in "?.", reframe


@pytest.mark.parametrize(
    ("text", "reframe"),
    [
        ("Have you tried a seating plan?", "What have you tried so far with a seating plan?"),
        ("You should ring the parents first.", "What options do you see with the parents?"),
        ("Is it every lesson?", "What do you notice about when it happens?"),
        ("Did the meeting happen on Tuesday?", "Tell me more about the meeting."),
        ("How many students are in the set?", "What can you tell me about the set?"),
        ("Is he on a support plan?", "What can you tell me about him?"),
        ("Have you tried giving him a job?", "What have you tried so far with him?"),
    ],
)
def test_reframes_keep_the_topic(text: str, reframe: str) -> None:
    assert reframe in check(text).reframes


def test_every_fixed_reframe_reads_as_open() -> None:
    assert advice._FIXED_OPEN == advice._FIXED


def test_reframes_about_the_speaker_are_not_offered() -> None:
    for reframe in check("Ring my mentor, she's brilliant.").reframes:
        assert "my" not in reframe.lower().split()


# ----- scores -----------------------------------------------------------------------------------


def test_score_on_a_small_confusion() -> None:
    pairs = [
        ("advice", "advice"),
        ("advice", "advice"),
        ("advice", "open"),
        ("open", "advice"),
        ("open", "open"),
        ("closed", "closed"),
        ("closed", "open"),
        ("open", "open"),
    ]
    s = score(pairs)
    assert s.total == 8
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 / 3)
    assert s.accuracy == pytest.approx(5 / 8)
    assert s.confusion[("advice", "advice")] == 2
    assert s.confusion[("advice", "open")] == 1
    assert s.confusion[("open", "advice")] == 1
    assert s.confusion[("closed", "open")] == 1
    assert s.confusion[("advice", "closed")] == 0
    assert sum(s.confusion.values()) == 8


def test_score_defines_nothing_over_nothing_as_zero() -> None:
    s = score([])
    assert (s.total, s.precision, s.recall, s.f1, s.accuracy) == (0, 0.0, 0.0, 0.0, 0.0)
    s = score([("open", "open"), ("closed", "closed")])  # no advice at all
    assert (s.precision, s.recall, s.f1, s.accuracy) == (0.0, 0.0, 0.0, 1.0)


def test_score_takes_labels_as_well_as_strings() -> None:
    s = score([(Label.ADVICE, Label.ADVICE), ("advice", Label.OPEN)])
    assert s.confusion[("advice", "advice")] == 1
    assert s.confusion[("advice", "open")] == 1
    assert s.recall == 0.5


# ----- odd input ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "   \n\t  ", "\u200b"])
def test_empty_text_is_open_with_nothing_to_say(text: str) -> None:
    assert check(text) == Verdict(Label.OPEN, (), ())


WEIRD = [
    "?",
    "???",
    "...",
    "!!!?!",
    "\U0001f642",
    "\U0001f642 \U0001f44d?",
    "\u00bfQu\u00e9 has probado hasta ahora?",
    "\u4f60\u8bd5\u8fc7\u4ec0\u4e48\uff1f",
    "\u0642\u0644 \u0644\u064a \u0627\u0644\u0645\u0632\u064a\u062f",
    "\u0130stanbul?",
    "\ud800 lone surrogate?",
    "\x00\x01\x02",
    "a" * 5000,
    "you " * 3000,
    "— — —",
    "u u u u?",
    "'",
    '"',
    "-",
    "—",
    ",,,,",
    "Have you tried\n\nthe\r\nseating plan?",
    "What if you",
    "if you",
    "Have you",
    "Could the",
    "Why not",
    "What about",
    "I think",
    "So",
]


@pytest.mark.parametrize("text", WEIRD)
def test_odd_input_never_raises(text: str) -> None:
    verdict = check(text)
    assert isinstance(verdict.label, Label)
    for reason in verdict.reasons:
        assert reason in text


def test_random_input_never_raises() -> None:
    rng = random.Random(20240611)
    pieces = [
        "have",
        "you",
        "tried",
        "what",
        "if",
        "why",
        "don't",
        "u",
        "the",
        "a",
        "?",
        ".",
        ",",
        "—",
        " - ",
        ":",
        ";",
        "'",
        "\u2019",
        "\n",
        "  ",
        "I",
        "think",
        "should",
        "maybe",
        "just",
        "a",
        "thought",
        "but",
        "so",
        "\U0001f642",
        "\u00e9",
        "\u4f60",
        "9",
        "or",
        "sounds",
        "like",
        "could",
        "not",
        "is",
        "there",
        "a",
        "reason",
        "did",
        "ever",
    ]
    for _ in range(2000):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 25))
        )
        verdict = check(text)
        for reason in verdict.reasons:
            assert reason in text, (text, reason)
        for reframe in verdict.reframes:
            assert check(reframe).label is Label.OPEN


def best_time(work: Callable[[], object], runs: int = 5) -> float:
    """The quickest of ``runs`` runs, in this process's CPU time: other processes on a busy
    machine do not count in it, and the quickest run is the least disturbed by the rest."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def test_100_kb_costs_what_2_kb_costs() -> None:
    """Only the first MAX_CHARS characters are read: 50 times the text, not 50 times the time
    (a ratio, not a budget: a busy machine slows both alike)."""
    unit = "Have you tried a seating plan? What have you tried so far? "
    long_text = (unit * 2000)[:100_000]
    short_text = (unit * 40)[:2_000]
    assert check(long_text).label is Label.ADVICE
    ratio = best_time(lambda: check(long_text)) / best_time(lambda: check(short_text))
    assert ratio < 5, ratio  # measured at about 1


@pytest.mark.parametrize(
    "unit",
    [
        "the, ",
        "you ",
        "if you ",
        "sounds like ",
        "what if the ",
        "ok ",
        "is there a reason you ",
        "u dont ",
        "just a thought, but ",
        "The kids are tired. ",
    ],
)
def test_the_rules_take_time_in_proportion_to_the_text(unit: str) -> None:
    # check() reads only the first MAX_CHARS characters; the rules themselves must not
    # backtrack their way into quadratic time either, should that limit ever be raised.
    def judge(chars: int) -> Callable[[], object]:
        text = (unit * (chars // len(unit) + 1))[:chars]
        return lambda: advice._judge(advice._Text(text).text)

    # Four times the text: about four times the time when linear, sixteen when quadratic
    # (a ratio, not a budget: a busy machine slows both alike).
    ratio = best_time(judge(20_000), runs=3) / best_time(judge(5_000), runs=3)
    assert ratio < 9, ratio


def test_check_is_plain_python() -> None:
    code = (
        "import sys; import cocoach_desktop.advice.model.advice as a; "
        "a.check('Have you tried it?'); "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'numpy', 'requests')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
