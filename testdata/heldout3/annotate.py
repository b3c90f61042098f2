#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout3 from hand annotations.

Each claim is located by an exact substring of the article (optionally inside a
unique context string); every span is asserted to be unique and to round-trip.
Offsets are half-open UTF-8 byte offsets. Run: python3 annotate.py (writes reference.json).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def E(kind, content, speaker, key, cue, req=True, ctx=None, mention=None):
    return dict(kind=kind, content=content, speaker=speaker, key=key, cue=cue, req=req, ctx=ctx, mention=mention)


def locate(src, sub, ctx=None):
    b, s = src.encode('utf-8'), sub.encode('utf-8')
    base = 0
    if ctx is not None:
        c = ctx.encode('utf-8')
        assert b.count(c) == 1, ('context not unique', ctx, b.count(c))
        base = b.index(c)
        b = c
    n = b.count(s)
    assert n == 1, ('span not unique or missing', sub, n)
    start = base + b.index(s)
    return start, start + len(s)


def nearest(src, mention, start, end):
    b, m = src.encode('utf-8'), mention.encode('utf-8')
    best, i = None, b.find(m)
    while i >= 0:
        d = start - (i + len(m)) if i < start else i - end
        if i >= start and i + len(m) <= end:
            d = 10**9  # inside the content: not the speaker mention
        if best is None or d < best[0]:
            best = (d, i)
        i = b.find(m, i + 1)
    if best is None or best[0] > 400:
        return None  # no naming word near the claim (pronoun or distant antecedent)
    return best[1], best[1] + len(m)


DOCS = {}

DOCS['01_ap_statehouse.txt'] = [
    E('indirect', 'the most sweeping of its kind in the region', 'its backers', 'backers', 'call', False),
    E('indirect', "he would not schedule a vote before the session's spring break", 'Ronald Haskett', 'Haskett', 'said'),
    E('direct', 'We have heard from a lot of parents who like the idea and a lot of superintendents who think Topeka should mind its own business,', 'Ronald Haskett', 'Haskett', 'told'),
    E('direct', 'Both of those groups deserve a hearing.', 'Ronald Haskett', 'Haskett', ''),
    E('indirect', 'teachers in her district had described classrooms where half the students were watching videos under their desks', 'Carla Mendenhall', 'Mendenhall', 'said'),
    E('partial', 'a reset button', 'Carla Mendenhall', 'Mendenhall', 'called'),
    E('direct', "This isn't about punishing kids,", 'Carla Mendenhall', 'Mendenhall', 'said'),
    E('direct', "It's about giving them six and a half hours a day where nobody can reach them except the person standing at the front of the room.", 'Carla Mendenhall', 'Mendenhall', ''),
    E('indirect', 'the state should leave the decision to local school boards', 'Opponents in both parties', 'Opponents', 'argued'),
    E('indirect', 'the bill would force small rural districts to buy lockable pouches they cannot afford', 'Tomas Beaulieu', 'Beaulieu', 'said'),
    E('indirect', 'whether the Legislature had set aside any money for them', 'Tomas Beaulieu', 'Beaulieu', 'questioned', False),
    E('direct', 'We are passing an unfunded mandate and calling it child safety,', 'Tomas Beaulieu', 'Beaulieu', 'said'),
    E('direct', 'If we believe in this, we should pay for it.', 'Tomas Beaulieu', 'Beaulieu', ''),
    E('indirect', 'more than 60% of districts already restrict phones in some form', 'The Kansas Association of School Boards', 'Association|Boards', 'said'),
    E('indirect', 'a statewide rule would "flatten a lot of good local work."', 'Janelle Pruitt', 'Pruitt', 'told'),
    E('partial', 'Eyes Up, Kansas.', None, None, '', False),
    E('indirect', 'her 14-year-old daughter had been bullied in group chats that ran all through the school day', 'Angela Ruiz', 'Ruiz', 'said'),
    E('direct', 'By the time she got home, the whole thing had already happened without any adult ever seeing it,', 'Angela Ruiz', 'Ruiz', 'said'),
    E('direct', "I want the school to be the one place where that can't follow her.", 'Angela Ruiz', 'Ruiz', ''),
    E('indirect', 'the governor "supports the goal" and was reviewing the details', 'Beth Amundsen', 'Amundsen', 'said'),
    E('indirect', 'At least 19 states have passed some form of classroom phone restriction since 2023', 'the National Conference of State Legislatures', 'Conference|Legislatures', 'according to'),
    E('indirect', 'fewer disruptions', 'several surveys of teachers', 'surveys', 'report', False),
    E('indirect', 'he personally supports limits on phones but was wary of dictating the details to districts', 'Ronald Haskett', 'Haskett', 'said'),
    E('indirect', 'the House could pass a narrower version that simply requires each board to adopt a policy of its own', 'Ronald Haskett', 'Haskett', 'suggested'),
    E('direct', "There's a version of this that I think gets 100 votes,", 'Ronald Haskett', 'Haskett', 'said'),
    E('direct', "I'm not sure it's the Senate's version.", 'Ronald Haskett', 'Haskett', ''),
]

DOCS['02_india_business.txt'] = [
    E('indirect', 'Sunrava Motors is in advanced talks with the Tamil Nadu government for a ₹4,200 crore electric two-wheeler plant near Hosur', 'people aware of the matter', 'people', 'said', False),
    E('indirect', 'Pune-based Sunrava Motors is in advanced talks with the Tamil Nadu government to set up a ₹4,200 crore electric two-wheeler manufacturing facility near Hosur', 'sources familiar with the development', 'sources', 'according to'),
    E('indirect', 'The plant, which will have an annual capacity of 1.2 million units, is likely to be announced at an investment summit in Chennai next month', 'two people aware of the matter', 'people', 'told'),
    E('direct', 'The land parcel has been identified and the state has offered a package similar to what it gave other EV makers. Only the timelines on power tariff concessions are being worked out,', 'one of the persons', 'persons|person', 'said'),
    E('indirect', 'it "does not comment on market speculation" but remains committed to expanding its manufacturing footprint in southern India', 'Sunrava Motors', 'Sunrava', 'said'),
    E('indirect', 'the government was in discussions with "several EV companies" on new investments', 'S. Arunachalam', 'Arunachalam', 'confirmed'),
    E('direct', 'Tamil Nadu is the preferred destination for electric mobility. We will be announcing big-ticket projects very soon,', 'S. Arunachalam', 'Arunachalam', 'told'),
    E('indirect', 'It sold about 2.9 lakh scooters in FY24', 'the Vahan portal', 'Vahan', 'as per', False),
    E('indirect', 'the company was "capacity constrained" and would need a second facility by 2026 to meet demand from tier-2 and tier-3 markets', 'Karthik Venkataraman', 'Venkataraman', 'said'),
    E('indirect', 'Sunrava is also preparing for an initial public offering, possibly in FY27', 'a banker working on the deal', 'banker', 'according to'),
    E('indirect', 'The company has held preliminary meetings with three investment banks', 'a banker working on the deal', 'banker', 'added'),
    E('indirect', 'the move fits a broader pattern of EV makers shifting to states that offer land at concessional rates and faster approvals', 'Analysts', 'Analysts', 'said'),
    E('direct', "Tamil Nadu has built an ecosystem of suppliers around Hosur and Krishnagiri that is hard to match. For a company at Sunrava's stage, being close to cell and motor suppliers cuts logistics costs by 6-8%,", 'Pranav Mehrotra', 'Mehrotra', 'said'),
    E('indirect', 'the two-wheeler EV segment was facing margin pressure after the reduction of FAME subsidies', 'Anjali Deshpande', 'analyst|Deshpande', 'cautioned'),
    E('indirect', 'Margins could come under strain if demand does not pick up in the festive quarter', 'Anjali Deshpande', 'Deshpande', 'said'),
]

DOCS['03_japan_korea.txt'] = [
    E('indirect', 'the harder questions had been left for later', 'officials on both sides', 'officials', 'acknowledged'),
    E('direct', 'We confirmed that a stable relationship between Japan and South Korea is indispensable for the region,', 'Hiroshi Tanabe', 'Tanabe', 'told'),
    E('direct', 'Where we have differences, we will manage them through dialogue.', 'Hiroshi Tanabe', 'Tanabe', ''),
    E('indirect', 'the two governments had “turned a page” on a period of mistrust and that fishing communities on both sides had waited too long for clarity', 'Cho Min-jae', 'Cho', 'said'),
    E('indirect', 'Cho had also “conveyed the government’s firm position” on the disputed islets known as Dokdo in Korea and Takeshima in Japan', 'Seoul', 'Seoul|Ministry', 'said'),
    E('indirect', 'Tanabe had raised “Japan’s consistent position” on the same issue', 'Japan’s Foreign Ministry', 'Ministry', 'said'),
    E('indirect', 'the islets had come up only briefly', 'A senior Japanese government official', 'official', 'said'),
    E('direct', 'Neither side wanted this to be the headline,', 'A senior Japanese government official', 'official', 'said'),
    E('indirect', 'he would believe it when the boats went out', 'Yoshiro Kawabata', 'Kawabata', 'said'),
    E('direct', 'We have heard ‘progress’ before,', 'Yoshiro Kawabata', 'Kawabata', 'said'),
    E('direct', 'My son is 34. He has never fished those waters.', 'Yoshiro Kawabata', 'Kawabata', ''),
    E('indirect', 'domestic politics in both capitals made a quick deal unlikely', 'Kim Soo-yeon', 'Kim', 'said'),
    E('direct', 'Fisheries is the easy part, and even the easy part is not that easy,', 'Kim Soo-yeon', 'Kim', 'said'),
    E('direct', 'Anything that touches Dokdo becomes a referendum on national pride.', 'Kim Soo-yeon', 'Kim', ''),
    E('indirect', 'Tokyo hoped to hold the first round of working-level talks “within the year.”', 'Ken Morioka', 'Morioka', 'said'),
    E('indirect', 'it welcomed “any dialogue that contributes to regional stability.”', 'Beijing', 'Beijing', 'said'),
    E('indirect', 'Tanabe is expected to travel to Seoul in the autumn', 'Japanese media reports', 'reports|media', 'according to'),
]

DOCS['04_politico_scoop.txt'] = [
    E('indirect', 'Senior White House officials have discussed removing the acting chair of the Federal Deposit Insurance Corp. after a monthslong clash over capital rules for midsize banks', 'three people familiar with the deliberations', 'people', 'according to'),
    E('indirect', 'The conversations, which have not been previously reported, have intensified in the past two weeks as acting Chair Lorraine Whitcombe has resisted pressure to shelve a proposal that would force regional lenders to hold more capital against commercial real estate loans', 'three people familiar with the deliberations', 'people', 'said'),
    E('indirect', 'No final decision has been made', 'two of the people', 'people', 'cautioned'),
    E('direct', 'She’s been told, politely and then less politely, that the administration wants that rule gone,', 'one person close to the White House', 'person', 'said'),
    E('direct', 'At some point politely runs out.', 'one person close to the White House', 'person', ''),
    E('indirect', 'the president "has full confidence in his financial regulators"', 'Marcus Delacroix', 'Delacroix', 'said'),
    E('indirect', 'she believes the rule is necessary to head off the kind of regional-bank failures that rattled markets two years ago', 'Lorraine Whitcombe', 'Whitcombe|person', 'told'),
    E('indirect', 'She has no plans to step aside voluntarily', 'a person who has spoken with her recently', 'person', 'said'),
    E('indirect', 'removing Whitcombe would be "a five-alarm fire for anyone who cares about deposit insurance."', 'Ruth Abernathy', 'Abernathy', 'warned'),
    E('direct', "You do not fire the referee because you don't like the call,", 'Ruth Abernathy', 'Abernathy', 'said'),
    E('direct', "That's not how this is supposed to work, and every bank CEO in the country knows it.", 'Ruth Abernathy', 'Abernathy', ''),
    E('indirect', 'he had "real concerns" about the capital proposal but that personnel decisions "are above my pay grade."', 'Dale Forsythe', 'Forsythe', 'said'),
    E('indirect', 'it would cut lending to small businesses by as much as $40 billion', 'The Mid-Size Bank Coalition', 'Coalition', 'told'),
    E('indirect', 'a figure', "the agency's own economists", 'economists', 'disputed', False, ctx='a figure the agency'),
    E('indirect', 'the statute is ambiguous and that any firing would likely end up in court', 'Legal experts', 'experts', 'said'),
    E('direct', 'There is no clean answer here,', 'Helen Vasquez-Moore', 'Vasquez-Moore', 'said'),
    E('direct', "Which, frankly, may be part of the appeal for the White House: it's a test case.", 'Helen Vasquez-Moore', 'Vasquez-Moore', ''),
]

DOCS['05_transfer.txt'] = [
    E('indirect', 'The 23-year-old, who scored 19 goals in all competitions last season, has already agreed personal terms on a five-year contract', 'sources close to the player', 'sources', 'told'),
    E('indirect', "the player's desire to move", 'Eduardo Paiva', 'Paiva', 'confirmed', False),
    E('direct', 'New challenges are coming. Matheus is ready for the Premier League.', 'Eduardo Paiva', 'Paiva', 'posted'),
    E('indirect', "talks were 'at a decisive stage' and that 'everyone wants a solution before the pre-season tour.'", 'Eduardo Paiva', 'Paiva', 'told'),
    E('indirect', 'Coelho is not for sale at any price below his £45m release clause', 'Rui Monteiro', 'Monteiro', 'insisted'),
    E('direct', 'Matheus has a contract and Braga is not a selling club in distress,', 'Rui Monteiro', 'Monteiro', 'said'),
    E('direct', 'If someone wants him, they know the number.', 'Rui Monteiro', 'Monteiro', ''),
    E('indirect', 'the clause is unrealistic given the player has only one full season of top-flight football behind him', 'Brentford', 'Brentford', "position is that", False),
    E('direct', "We have made a strong, fair offer. We won't be held to ransom.", 'A source at the west London club', 'source', 'said'),
    E('direct', "He's not our player, so it wouldn't be right for me to talk about him,", 'Simon Leary', 'Leary', 'said'),
    E('direct', 'What I will say is we want to add goals to the squad, and the club are working very hard.', 'Simon Leary', 'Leary', ''),
    E('direct', "You'll have to ask the people upstairs.", 'Simon Leary', 'Leary', 'replied'),
    E('partial', 'See you in west London, Matheus?', "a fan's post", 'fan', 'read', False),
    E('indirect', "Coelho would suit the club's direct style", 'Marcus Bell', 'Bell', 'believes', False),
    E('direct', "He's quick, he's aggressive, he runs in behind all day,", 'Marcus Bell', 'Bell', 'told'),
    E('direct', 'The question is whether he can handle the physical side in England. I think he can.', 'Marcus Bell', 'Bell', ''),
    E('indirect', 'Braga are expected to respond to the latest offer by Wednesday', 'reports in Portugal', 'reports', 'according to'),
]

DOCS['06_tech_launch.txt'] = [
    E('indirect', 'can replace a laptop screen for many office tasks', 'Lumera', 'company|Lumera', 'says', False),
    E('indirect', 'They will ship in September in the U.S. and Japan', 'Lumera', 'company|Lumera', 'said'),
    E('direct', 'We didn\'t set out to build a gadget. We set out to build the next screen,', 'Dana Whitfield', 'Whitfield', 'said'),
    E('direct', 'For a lot of people, this will be the last monitor they ever buy.', 'Dana Whitfield', 'Whitfield', ''),
    E('indirect', 'the company had signed up more than 40 software partners, including two of the five largest video-conferencing providers', 'Dana Whitfield', 'Whitfield', 'told'),
    E('indirect', 'battery life had been the hardest problem', 'Raj Bhattacharya', 'Bhattacharya', 'said'),
    E('indirect', 'The glasses last about four hours on a charge', 'Raj Bhattacharya', 'Bhattacharya', 'said'),
    E('indirect', 'is enough for a typical block of meetings', 'Lumera', 'company|Lumera', 'believes', False),
    E('direct', 'Every milligram we took out of the frame, we had to take out of the battery too,', 'Raj Bhattacharya', 'Bhattacharya', 'said'),
    E('direct', 'Four hours is honest. We could have claimed six by dimming the display, and we chose not to.', 'Raj Bhattacharya', 'Bhattacharya', ''),
    E('indirect', 'the Vista was "the most credible productivity-first headset we have seen,"', 'Kevin Liang', 'Liang', 'wrote'),
    E('indirect', 'the price would limit early sales to enterprise buyers', 'Kevin Liang', 'Liang', 'warned'),
    E('direct', 'The history of this category is a history of impressive demos,', 'Carolyn Ebbers', 'Ebbers', 'said'),
    E('direct', "The question isn't whether it works on stage. It's whether people keep wearing it in week three.", 'Carolyn Ebbers', 'Ebbers', ''),
    E('indirect', 'shipments of AR and VR headsets fell 12% last year, the second straight annual decline', 'IDC', 'IDC', 'according to'),
    E('indirect', 'Lumera, which is privately held, has raised about $620 million from investors', 'PitchBook', 'PitchBook', 'according to'),
]

DOCS['07_health_study.txt'] = [
    E('indirect', 'People in their 80s who walked at least 4,000 steps a day were about a third less likely to develop dementia over seven years than those who walked fewer than 2,000', 'a study published Wednesday in JAMA Neurology', 'study', 'according to'),
    E('direct', 'We were surprised by how steep the curve was at the low end,', 'Ingrid Solberg', 'Solberg', 'said'),
    E('direct', 'Going from almost nothing to a modest daily walk seems to matter more than anything that happens after that.', 'Ingrid Solberg', 'Solberg', ''),
    E('indirect', 'the study was observational and could not prove that walking itself prevents dementia', 'The authors', 'authors', 'cautioned'),
    E('indirect', 'People who are already in the early, undiagnosed stages of cognitive decline may simply move less', 'The authors', 'authors', 'noted'),
    E('indirect', 'the team tried to account for that by excluding anyone diagnosed within the first two years of follow-up', 'Ingrid Solberg', 'Solberg', 'said'),
    E('indirect', 'The association held, she said, though it was somewhat weaker', 'Ingrid Solberg', 'Solberg', 'said'),
    E('indirect', 'Dementia affects an estimated 57 million people worldwide, a figure expected to nearly triple by 2050', 'the World Health Organization', 'Organization|WHO', 'according to'),
    E('partial', 'one of the major causes of disability and dependency among older people.', 'the World Health Organization', 'Organization|WHO', 'called'),
    E('indirect', 'the findings encouraging', 'Marcus Feld', 'Feld', 'called', False),
    E('indirect', 'they should not make families feel guilty', 'Marcus Feld', 'Feld', 'said'),
    E('direct', 'I have patients who are 88 and can barely get to the mailbox, and their children read headlines like this and panic,', 'Marcus Feld', 'Feld', 'said'),
    E('direct', 'Four thousand steps is a target, not a verdict. Any movement is better than none.', 'Marcus Feld', 'Feld', 'added'),
    E('indirect', 'older adults get at least 150 minutes of moderate activity a week, along with balance and strength exercises', 'The Centers for Disease Control and Prevention', 'Centers|CDC', 'recommends', False),
    E('indirect', 'Only about one in four Americans over 75 meets that guideline', 'CDC data', 'CDC', 'show', False),
    E('indirect', 'wrist-worn trackers tend to undercount steps in people who walk slowly or use a walker — exactly the group the study focuses on', 'Aisha Rahman', 'Rahman', 'said'),
    # one quotation split by the cue: one attribution covering both fragments
    E('direct', 'It’s possible the true benefit is bigger than what they report,” Rahman wrote, “or that the people with the lowest counts were simply the ones the device missed.', 'Aisha Rahman', 'Rahman', 'wrote'),
    E('indirect', 'her group plans to follow the same participants for another five years', 'Ingrid Solberg', 'Solberg', 'said'),
]

DOCS['08_courtroom.txt'] = [
    E('indirect', "he transferred more than $1.8 million out of the group's accounts at the direction of City Councilman Anthony Ruggiero", 'Gregory Paik', 'Paik|treasurer', 'told'),
    E('indirect', 'Ruggiero repeatedly called him at home to ask how much money was "left in the pot."', 'Gregory Paik', 'Paik', 'said'),
    E('direct', "He would say, 'Greg, we need to take care of some friends this month,'", 'Gregory Paik', 'Paik', 'testified'),
    E('direct', 'Greg, we need to take care of some friends this month,', 'Anthony Ruggiero', 'Ruggiero', 'say', False),
    E('direct', 'I knew what that meant. I did what I was told.', 'Gregory Paik', 'Paik', '', ctx='"I knew what that meant. I did what I was told."'),
    E('indirect', 'did no work for the nonprofit', 'prosecutors', 'prosecutors', 'say', False),
    E('direct', 'The councilman did.', 'Gregory Paik', 'Paik', 'answered'),
    E('direct', "You bought a boat in 2021, didn't you, Mr. Paik?", 'Michael Stavros', 'Stavros', 'asked'),
    E('direct', 'Yes.', 'Gregory Paik', 'Paik', '', False, ctx='"Yes."'),
    E('direct', 'And a condo in Myrtle Beach?', 'Michael Stavros', 'Stavros', '', False),
    E('direct', 'My wife and I did, yes.', 'Gregory Paik', 'Paik', '', False),
    E('indirect', 'whether Paik had told investigators in his first interview that Ruggiero knew nothing about the transfers', 'Michael Stavros', 'Stavros', 'asked'),
    E('indirect', 'he had', 'Gregory Paik', 'Paik', 'acknowledged', False, ctx='acknowledged he had,'),
    E('indirect', 'he had been "scared and lying" at the time', 'Gregory Paik', 'Paik', 'said'),
    E('indirect', 'the government\'s case "rests entirely on the word of a confessed thief."', 'Michael Stavros', 'Stavros', 'told'),
    E('indirect', 'the defense would call witnesses who will show the landscaping work was real', 'Michael Stavros', 'Stavros', 'said'),
    E('indirect', 'the evidence would show "a councilman who treated a children\'s charity like his personal bank."', 'Rachel Okonjo', 'Okonjo', 'told'),
    E('indirect', 'the trial is expected to last another three weeks', 'Harriet Lindqvist', 'Lindqvist', 'told'),
]

DOCS['09_obituary.txt'] = [
    E('indirect', 'the cause was heart failure', 'Kirsten Olsen-Blake', 'Olsen-Blake|Kirsten', 'said'),
    E('indirect', 'whether they would play a Christmas concert at a state correctional facility in Concord', 'a friend who worked as a prison chaplain', 'friend', 'asked', False),
    E('partial', 'the most frightening and the most important hour of my life.', 'Margarethe Olsen', 'Olsen|Margarethe', 'described'),
    E('indirect', 'The men, she recalled in a 2004 interview with The Boston Globe, sat in complete silence through a Haydn quartet and then asked the musicians to play it again', 'Margarethe Olsen', 'Olsen|Margarethe', 'recalled'),
    E('direct', 'Nobody had ever asked us to play something twice,', 'Margarethe Olsen', 'Olsen|Margarethe', 'said'),
    E('direct', 'In Carnegie Hall they clap and go home. These men wanted to hear it again because they had actually listened.', 'Margarethe Olsen', 'Olsen|Margarethe', ''),
    E('indirect', 'By the time she retired in 2016, Open Strings had performed more than 3,000 concerts in 22 states', 'Open Strings', 'organization|Strings', 'according to'),
    E('indirect', 'exacting and warm in equal measure', 'Colleagues', 'Colleagues', 'remembered', False),
    E('indirect', 'she would rehearse a single phrase for an hour before a concert in a county jail', 'Daniel Reyes', 'Reyes', 'said'),
    E('direct', 'People assumed that because the audience was prisoners, we could relax,', 'Daniel Reyes', 'Reyes', 'said'),
    E('direct', 'She thought the opposite. She said they deserved our very best, because nobody had given them that before.', 'Daniel Reyes', 'Reyes', ''),
    E('indirect', 'they deserved our very best, because nobody had given them that before', 'Margarethe Olsen', 'Olsen|Margarethe', 'said', False),
    E('partial', 'rehabilitate', None, None, '', False),
    E('indirect', 'Her aim, she told an interviewer in 1998, was simpler', 'Margarethe Olsen', 'Olsen|Margarethe', 'told', False),
    E('block', 'I don’t go in to fix anybody. I go in so that for one hour, the room is about something beautiful instead of something terrible. That is enough. That has to be enough.', 'Margarethe Olsen', 'Olsen|Margarethe', ':'),
    E('indirect', 'In her last years she still played most mornings', 'Kirsten Olsen-Blake', 'Olsen-Blake|Kirsten', 'said'),
    E('direct', 'She said the cello was the only thing in the house that never argued with her,', 'Kirsten Olsen-Blake', 'Olsen-Blake|Kirsten', 'said'),
    E('indirect', 'the cello was the only thing in the house that never argued with her', 'Margarethe Olsen', 'Olsen|Margarethe', 'said', False),
]

DOCS['10_explainer.txt'] = [
    E('indirect', 'The short answer, according to nearly every economist I spoke with, is wires', 'nearly every economist I spoke with', 'economist', 'according to'),
    E('direct', "People think of the power bill as paying for electricity. Increasingly, you're paying for the highway the electricity drives on,", 'Meredith Kaplan', 'Kaplan', 'said'),
    E('indirect', 'Transmission and distribution — the poles, lines, substations and transformers that carry power from plants to homes — now account for nearly half of a typical residential bill, up from roughly a third two decades ago', 'the Energy Information Administration', 'Administration|EIA', 'according to'),
    E('indirect', 'replacing it is unavoidable', 'utilities', 'utilities', 'argue'),
    E('partial', 'hardening', None, None, '', False),
    E('indirect', 'the way utilities are paid rewards them for building things, whether or not they are the cheapest fix', 'Tyrone Becker', 'Becker', 'says'),
    E('direct', "If you earn a 10% return on every dollar of capital you put in the ground, you're going to find a lot of reasons to put dollars in the ground,", 'Tyrone Becker', 'Becker', 'told'),
    E('direct', "That's not a conspiracy. It's arithmetic.", 'Tyrone Becker', 'Becker', ''),
    E('indirect', 'its members "are investing to meet unprecedented demand growth from data centers, manufacturing and electrification" and that regulators approve every dollar', 'the Edison Electric Institute', 'Edison|EEI', 'said'),
    E('indirect', 'Data centers alone could consume 9% of U.S. electricity by 2030, up from about 4% today', 'the Electric Power Research Institute', 'Power Research|EPRI', 'estimated', False),
    E('indirect', 'the tech companies building the data centers should bear more of the cost of the new lines that serve them', 'Meredith Kaplan', 'Kaplan', 'argues'),
    E('direct', 'You can\'t draw a neat circle around a transmission line and say, this part is for the data center and this part is for grandma,', 'Luis Ferreira-Tan', 'Ferreira-Tan', 'said'),
    E('direct', 'Everyone benefits from a stronger grid, and everyone pays.', 'Luis Ferreira-Tan', 'Ferreira-Tan', ''),
    E('indirect', 'the public comment periods for utility rate cases, which almost nobody attends, are where the bill is actually decided', 'the experts I interviewed', 'experts', 'agreed', False),
    E('direct', "The meeting is at 10 a.m. on a Tuesday in the state capital. Guess who shows up? The utility's lawyers.", 'Tyrone Becker', 'Becker', 'put it'),
]

DOCS['11_conflict.txt'] = [
    E('indirect', 'it had repelled a large assault by the paramilitary Rapid Support Forces on the outskirts of El Obeid, a strategic city in North Kordofan', "Sudan's army", 'army', 'said'),
    E('indirect', 'its fighters had seized two villages and a military supply depot east of the city', 'the Rapid Support Forces', 'RSF|Rapid Support Forces', 'said'),
    E('indirect', 'troops had "inflicted heavy losses on the militia" and destroyed more than 30 combat vehicles', 'Osman Haidar', 'Haidar', 'said'),
    E('direct', 'The armed forces remain in full control of El Obeid and all roads leading to it,', 'Osman Haidar', 'Haidar', 'said'),
    E('partial', 'fabricated.', 'the Rapid Support Forces', 'RSF|Rapid Support Forces', 'described'),
    E('indirect', 'the group\'s forces were "at the gates of El Obeid"', 'Ibrahim Doka', 'Doka', 'said'),
    E('indirect', 'soldiers inside the city to surrender', 'Ibrahim Doka', 'Doka', 'called on', False),
    E('direct', 'We do not target civilians. We ask the people of El Obeid to stay away from army positions,', 'Ibrahim Doka', 'Doka', 'said'),
    E('indirect', 'hours of heavy shelling', 'Residents reached by phone', 'Residents', 'described', False),
    E('direct', 'The sound started at dawn and did not stop until the afternoon,', 'one resident of the al-Qubba neighbourhood', 'resident', 'said'),
    E('direct', "We hid under the beds. My neighbour's house was hit.", 'one resident of the al-Qubba neighbourhood', 'resident', ''),
    E('indirect', 'At least 17 civilians were killed', 'the Sudan Doctors Network', 'Network|Doctors', 'according to'),
    E('indirect', 'the dead included four children', 'the Sudan Doctors Network', 'Network|Doctors', 'said'),
    E('indirect', 'both sides of firing indiscriminately into residential areas', 'the Sudan Doctors Network', 'Network|Doctors', 'accused', False),
    E('indirect', 'around 12,000 people had fled El Obeid toward Kosti over the past week', 'OCHA', 'OCHA|United Nations|humanitarian office', 'said'),
    E('indirect', 'Aid convoys have been unable to reach the city since February', 'OCHA', 'OCHA|United Nations|report', 'said'),
    E('indirect', 'the RSF had suffered "a defeat it will not recover from."', 'Yasir Kamal', 'Kamal', 'told'),
    E('indirect', 'the army would "clear Kordofan completely" before the start of the rainy season', 'Yasir Kamal', 'Kamal', 'vowed'),
    E('indirect', "the fighting reflected a shift in the war's centre of gravity after the army recaptured the capital, Khartoum, earlier this year", 'Analysts', 'Analysts', 'said'),
    E('direct', 'Kordofan is now the hinge of the whole conflict,', 'Hiba Suleiman', 'Suleiman', 'said'),
    E('direct', 'Whoever holds El Obeid controls the road west to Darfur. That is why both sides are throwing everything at it.', 'Hiba Suleiman', 'Suleiman', ''),
]

A = 'Tobias Lindgren'
Q = 'Claire Dumont'
DOCS['12_qa_interview.txt'] = [
    E('partial', 'Nobody wants to pay for resilience until the ship is stuck', A, 'Lindgren', '', False, ctx="'Nobody wants to pay for resilience until the ship is stuck':"),
    E('indirect', 'the industry\'s pandemic profits were "a sugar high."', A, 'Lindgren', 'thinks', False),
    E('block', 'Your ships are still going around the Cape of Good Hope rather than through the Suez Canal. When does that change?', Q, 'Dumont', 'Q:', False),
    E('block', "When our insurers and our crews tell me it's safe, and not a day before. I get calls every week from customers asking, \"Tobias, why are my boxes taking 12 extra days?\" And I tell them the truth: I'm not going to put 22 sailors in front of a missile to save you a week and a half.", A, 'Lindgren', 'A:'),
    E('direct', 'Tobias, why are my boxes taking 12 extra days?', 'customers', 'customers', 'asking', False),
    E('block', 'That diversion is expensive. Who is paying for it?', Q, 'Dumont', 'Q:', False),
    E('block', "Everybody, eventually. We pay more for fuel, customers pay higher freight rates, and consumers pay a little more for whatever is in the box. Our chief financial officer likes to say that the Red Sea is the most expensive body of water in the world right now, and she's not wrong.", A, 'Lindgren', 'A:'),
    E('indirect', 'the Red Sea is the most expensive body of water in the world right now', 'Our chief financial officer', 'officer', 'say', False),
    E('block', 'Rates spiked again this spring.', Q, 'Dumont', 'Q:', False),
    E('indirect', 'carriers are using the crisis to pad margins', 'Critics', 'Critics', 'say'),
    E('block', "I understand why people think that. But look at what happened in 2023, when rates collapsed — nobody wrote articles saying carriers were being too generous. This industry is a rollercoaster. The pandemic years were a sugar high, and anyone who planned their business around them made a mistake.", A, 'Lindgren', 'A:'),
    E('block', "Nordhavn has ordered six ships that can run on methanol. Is that a bet you're still comfortable with?", Q, 'Dumont', 'Q:', False),
    E('block', "Yes, with an asterisk. The ships are fine. The problem is that green methanol doesn't exist yet in the volumes we need. Producers tell us 2028, 2029. I've heard that before.", A, 'Lindgren', 'A:'),
    E('block', 'The European Union has started charging shipping lines for their emissions. Is that fair?', Q, 'Dumont', 'Q:', False),
    E('block', "It's fair in principle. What isn't fair is if Europe does it alone and cargo simply moves to ports just outside the EU to avoid it. I said this to the commissioner in Brussels last year. She said they were watching it closely. We'll see.", A, 'Lindgren', 'A:'),
    E('block', 'Last question. What keeps you up at night?', Q, 'Dumont', 'Q:', False),
    E('block', 'Honestly? Cyber. A big line gets hacked, its booking system goes down for a week, and suddenly you learn how fragile all of this is. Nobody wants to pay for resilience until the ship is stuck.', A, 'Lindgren', 'A:'),
]

def main():
    out = {'about': 'heldout3: 12 news articles written and annotated blind (session 2). Same conventions as '
                    'shared/seeds/reference.json: start/end are UTF-8 byte offsets, content excludes the quotation '
                    'marks, "that" and the final period; speaker_key is a word (or |-separated forms) that a correct '
                    'speaker name must contain; required=false entries are optional. An attribution whose quotation '
                    'is split by its cue covers both fragments and the cue between them.',
           'documents': []}
    total = req = 0
    for name in sorted(DOCS):
        src = open(os.path.join(HERE, name), encoding='utf-8').read()
        b = src.encode('utf-8')
        atts = []
        for e in DOCS[name]:
            s, t = locate(src, e['content'], e['ctx'])
            assert b[s:t].decode('utf-8') == e['content']
            c = e['content']
            assert c == c.strip(), ('untrimmed', c)
            a = {'kind': e['kind'], 'start': s, 'end': t, 'content': c, 'speaker': e['speaker'],
                 'speaker_key': e['key'], 'cue': e['cue'], 'required': e['req']}
            # informational only (score.py ignores it for .json gold): the nearest
            # occurrence of a key form outside the content, within 400 bytes
            for form in (e['key'] or '').split('|'):
                m = form and nearest(src, form, s, t)
                if m:
                    a['speaker_start'], a['speaker_end'] = m
                    break
            atts.append(a)
            total += 1
            req += e['req']
        atts.sort(key=lambda a: a['start'])
        out['documents'].append({'file': name, 'attributions': atts})
    with open(os.path.join(HERE, 'reference.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d documents, %d attributions (%d required)' % (len(out['documents']), total, req))


if __name__ == '__main__':
    main()
