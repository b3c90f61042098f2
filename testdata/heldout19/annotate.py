#!/usr/bin/env python3
"""Builds reference.json for heldout19 (a blind set) from hand annotations.

Each claim is located by an exact substring of the article (optionally inside a
unique context string); every span is asserted to be unique and to round-trip.
speaker_start/speaker_end locate the speaker mention for the claim: the given
mention (default: each form of the key) as a whole word, nearest to the content
and outside it, or inside the unique context mctx when given.
Offsets are half-open UTF-8 byte offsets. Run: python3 annotate.py (writes reference.json).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))


def E(kind, content, speaker, key, cue, req=True, ctx=None, mention=None, mctx=None):
    return dict(kind=kind, content=content, speaker=speaker, key=key, cue=cue, req=req, ctx=ctx,
                mention=mention, mctx=mctx)


def locate(b, sub, ctx=None):
    s = sub.encode('utf-8')
    base, hay = 0, b
    if ctx is not None:
        c = ctx.encode('utf-8')
        assert b.count(c) == 1, ('context not unique', ctx, b.count(c))
        base, hay = b.index(c), c
    n = hay.count(s)
    assert n == 1, ('span not unique or missing', sub, n)
    start = base + hay.index(s)
    return start, start + len(s)


def word_hits(b, m):
    pat = re.compile(rb'(?<![\w\x80-\xff])' + re.escape(m.encode('utf-8')) + rb'(?![\w\x80-\xff])')
    return [(x.start(), x.end()) for x in pat.finditer(b)]


def mention_span(b, forms, start, end, mctx=None):
    if mctx is not None:
        s, _ = locate(b, mctx)
        for f in forms:
            hits = word_hits(mctx.encode('utf-8'), f)
            if hits:
                return s + hits[0][0], s + hits[0][1]
        raise AssertionError(('mention not in mctx', forms, mctx))
    best = None
    for f in forms:
        for i, j in word_hits(b, f):
            if i < end and j > start:
                continue  # inside the content
            d = start - j if j <= start else i - end
            if best is None or d < best[0]:
                best = (d, i, j)
    if best is None or best[0] > 600:
        return None
    return best[1], best[2]


DOCS = {}

# 01 Albuquerque Journal-style campaign rally write-up, New Mexico governor's race (straight quotes; single in headline)
MYS = 'Maricruz Ybarra-Solís'
MYSk = 'Ybarra-Solís|nominee'
DK = 'Dustin Kravchenko'
DKk = 'Kravchenko|spokesman'
DOCS['01_abq_journal_rally_governor_stump.txt'] = [
    E('indirect', "the race is 'about the grocery bill, not the culture war'", MYS, MYSk, 'tells', False, mention='Democratic nominee', mctx='Democratic nominee tells'),
    E('indirect', 'the crowd to raise a hand if they had paid more for eggs this year than last', MYS, MYSk, 'asked', False, mention=MYS, mctx='LAS CRUCES — Maricruz Ybarra-Solís'),
    E('direct', "That's the whole campaign right there,", MYS, MYSk, 'said', mention='the Democratic nominee for governor'),
    E('direct', "You don't need a consultant to tell you what this race is about. You need a receipt.", MYS, MYSk, '', mention='the Democratic nominee for governor'),
    E('indirect', 'her in a tight race with Republican Jarrod Holmquist, a former San Juan County commissioner who has made crime and the border the center of his campaign', 'Polls', 'polls', 'show', False, mention='Polls', mctx='Polls show'),
    E('partial', 'the kitchen table', MYS, MYSk, 'called', mention='she', mctx='what she called'),
    E('direct', 'My mother cleaned rooms at a motel on Picacho Avenue for twenty-two years," she said. "She never once asked the government for a handout. What she asked for was a fair shot, and a landlord who couldn\'t raise her rent by 30 percent because he felt like it.', MYS, MYSk, 'said', mention='she', mctx='years," she said'),
    E('direct', "That's not radical. That's New Mexico.", MYS, MYSk, '', mention='she', mctx='years," she said'),
    E('indirect', "to cap annual rent increases on apartment complexes of more than 50 units at 7 percent and to extend the state's free school meals program into the summer months", MYS, MYSk, 'promised', mention='She', mctx='She promised'),
    E('indirect', 'both could be paid for out of oil and gas revenue "without touching a single teacher\'s paycheck."', MYS, MYSk, 'said', mention='She', mctx='She said both'),
    E('indirect', 'Holmquist, she said, "wants you angry, because angry people don\'t check his math."', MYS, MYSk, 'said', mention='she', mctx='Holmquist, she said'),
    E('direct', "Maricruz Ybarra-Solís has been in Santa Fe for twelve years and has never met a tax she didn't like,", DK, DKk, 'said', mention='campaign spokesman Dustin Kravchenko'),
    E('direct', 'Jarrod is the only candidate in this race who has actually balanced a budget.', DK, DKk, '', mention='campaign spokesman Dustin Kravchenko'),
    E('indirect', 'rent caps "have failed everywhere they\'ve been tried" and would drive builders out of the state', DK, DKk, 'added', mention='Kravchenko', mctx='Kravchenko added'),
    E('direct', "I'm tired of being scared of the news,", 'Delfina Arriaga', 'Arriaga', 'said', mention='Delfina Arriaga'),
    E('direct', 'She talks like somebody who has actually paid an electric bill.', 'Delfina Arriaga', 'Arriaga', '', mention='Delfina Arriaga'),
    E('indirect', 'he had voted Republican in the last two elections but was undecided this year', 'Filomeno Otero', 'Otero', 'said', mention='Filomeno Otero'),
    E('indirect', 'he liked the rent plan but worried about what it would do to new construction', 'Filomeno Otero', 'Otero', 'said', mention='He', mctx='He said he liked'),
    E('direct', 'Build more, then cap it. Not the other way round,', 'Filomeno Otero', 'Otero', 'said', mention='he', mctx='round," he said'),
    E('partial', 'Safe Streets First.', None, None, 'reading', False),
    E('indirect', 'she had come to hear the candidate for herself and "heard a lot about eggs and nothing about fentanyl."', 'Edelmira Montijo', 'Montijo', 'said', mention='Edelmira Montijo'),
    E('indirect', 'it had raised $2.3 million in the first half of October, more than in any two-week period of the race', 'The Ybarra-Solís campaign', 'campaign', 'said', mention='The Ybarra-Solís campaign', mctx='The Ybarra-Solís campaign said'),
    E('indirect', "the rent cap was a gamble in a state where the homebuilders' lobby is strong, but that the message was well pitched for Doña Ana County", 'Emmerich Quezada', 'Quezada', 'said', mention='Emmerich Quezada'),
    E('direct', 'Southern New Mexico decides close races, and southern New Mexico is broke,', 'Emmerich Quezada', 'Quezada', 'said', mention='Quezada', mctx='broke," Quezada said'),
    E('direct', "She knows exactly who she's talking to.", 'Emmerich Quezada', 'Quezada', '', mention='Quezada', mctx='broke," Quezada said'),
    E('direct', "They've got the billboards. We've got the neighbors.", MYS, MYSk, 'closed with a line', mention='Ybarra-Solís', mctx='Ybarra-Solís closed with'),
]
# 02 AP-style debate fact check, Pennsylvania Senate debate (straight quotes; CLAIM:/THE FACTS: format)
LR = 'Lowell Ruckelshaus'
LRk = 'Ruckelshaus'
CB = 'Corisande Blakemore'
CBk = 'Blakemore|senator'
DOCS['02_ap_fact_check_pennsylvania_senate_debate.txt'] = [
    E('direct', 'Since Corisande Blakemore went to Washington, Pennsylvania has lost 60,000 manufacturing jobs.', LR, LRk, '—', mention='Ruckelshaus', mctx='jobs." — Ruckelshaus'),
    E('indirect', "Pennsylvania had about 561,000 manufacturing jobs in January of Blakemore's first year in the Senate and about 566,000 this August", 'the Bureau of Labor Statistics', 'Bureau of Labor Statistics|BLS', 'according to', mention='the Bureau of Labor Statistics'),
    E('indirect', 'he had been referring to "the jobs that never came back in the places that matter,"', "Ruckelshaus' campaign", 'campaign|Ruckelshaus', 'said', mention="Ruckelshaus' campaign", mctx="Ruckelshaus' campaign said"),
    E('direct', 'The statewide number hides a lot of pain,', 'Teague Ballantrae', 'Ballantrae', 'said', mention='Teague Ballantrae'),
    E('direct', "But the claim as he made it isn't supported by the data.", 'Teague Ballantrae', 'Ballantrae', '', mention='Teague Ballantrae'),
    E('indirect', 'her infrastructure bill "put 40,000 Pennsylvanians to work."', CB, CBk, 'said', mention='Blakemore', mctx='CLAIM: Blakemore said'),
    E('indirect', 'the agency "does not produce job estimates" for federally funded projects', 'A PennDOT spokesperson', 'spokesperson|PennDOT', 'told', mention='A PennDOT spokesperson'),
    E('indirect', 'the number came from a trade group\'s projection, which estimated jobs "supported," not jobs created', CB, 'Blakemore|office', 'said', mention="Blakemore's office", mctx="Blakemore's office said"),
    E('direct', 'Violent crime in Philadelphia is up 40% since my opponent voted to defund the police.', LR, LRk, '—', mention='Ruckelshaus', mctx='police." — Ruckelshaus'),
    E('indirect', 'the amendment was attached to a bill that cut other public safety programs', CB, CBk, 'said', mention='she', mctx='she said at the time'),
    E('indirect', 'Homicides dropped by about a third last year', 'police data', 'police|data', 'according to', False, mention='police data', mctx='according to police data'),
    E('partial', 'cherry-picked from the worst year on record.', 'Wendeline Strasky', 'Strasky', 'called', mention='Wendeline Strasky'),
    E('indirect', 'the number matches the change between 2019 and 2021, before the decline began', 'Wendeline Strasky', 'Strasky', 'said', mention='She', mctx='She said the number'),
    E('direct', 'I capped insulin at $35 for every Pennsylvanian.', CB, CBk, '—', mention='Blakemore', mctx='Pennsylvanian." — Blakemore'),
    E('indirect', 'she had "fought for the cap" and would keep fighting "until it covers everybody."', CB, CBk, 'said', mention='Blakemore', mctx='Blakemore said she had'),
    E('indirect', 'the senator "misspoke in the heat of the moment" and had meant seniors on Medicare', 'A Blakemore campaign spokesperson', 'spokesperson|campaign', 'said', mention='A Blakemore campaign spokesperson'),
    E('indirect', 'natural gas drilling "pays for every school in Washington County."', LR, LRk, 'said', mention='Ruckelshaus', mctx='CLAIM: Ruckelshaus said'),
    E('indirect', 'Washington County received about $9.4 million last year', 'the state Public Utility Commission', 'Public Utility Commission|commission', 'according to', mention='the state Public Utility Commission'),
    E('indirect', 'the candidate had been speaking "figuratively."', 'Dario Feltmann', 'Feltmann|spokesman', 'said', mention='Dario Feltmann'),
]
# 03 DutchNews.nl-style story, informateur's report on Dutch coalition talks (curly quotes, punctuation outside)
RVS = 'Reinout van der Stoep'
RVSk = 'Van der Stoep|Stoep|informateur'
MHB = 'Marijke Hofstede-Brink'
MHBk = 'Hofstede-Brink'
WS = 'Wouter Smeulders'
WSk = 'Smeulders'
SWT = 'Sietske Wiersma-Tol'
SWTk = 'Wiersma-Tol'
EB = 'Eelco Brandsema'
EBk = 'Brandsema'
AKV = 'Anneloes Kuipers-Vroom'
AKVk = 'Kuipers-Vroom'
TH = 'Taco Hellinga'
THk = 'Hellinga'
DOCS['03_dutchnews_coalition_informateur_report.txt'] = [
    E('indirect', 'a four-party coalition of the VVD, CDA, D66 and GroenLinks-PvdA is “the only combination with a realistic chance of a stable majority”', RVS, RVSk, 'told', mention=RVS, mctx='Reinout van der Stoep, the informateur appointed'),
    E('indirect', 'the four parties had “found each other” on defence spending, pensions and energy, but that housing and migration remained “open wounds” that would need weeks more work', RVS, RVSk, 'said', mention='Van der Stoep', mctx='Van der Stoep said the four'),
    E('direct', 'I do not want to pretend that we are nearly there,', RVS, RVSk, 'said', mention='the informateur', mctx='the informateur said at'),
    E('direct', 'We are not. But for the first time in these talks I can see a road, and the parties can see it too.', RVS, RVSk, '', mention='the informateur', mctx='the informateur said at'),
    E('indirect', 'parliament appoint a formateur to lead the next phase, and that the talks be moved out of The Hague to a “quieter location” to reduce leaks', RVS, RVSk, 'recommended', mention='He', mctx='He recommended'),
    E('indirect', 'the VVD was “ready to take responsibility”', MHB, MHBk, 'told', mention='She', mctx='She told reporters'),
    E('indirect', 'she expected to be named formateur herself', MHB, MHBk, 'said', mention='She', mctx='She told reporters'),
    E('indirect', 'His party, he said, would “not join a cabinet at any price”', WS, WSk, 'said', mention='he', mctx='he said, would'),
    E('direct', 'If the VVD thinks we will sign up to cutting the social housing budget, they have misread this election,', WS, WSk, 'said', mention='Smeulders', mctx='election,” Smeulders said'),
    E('direct', 'Forty thousand families are on waiting lists in Amsterdam alone.', WS, WSk, '', mention='Smeulders', mctx='election,” Smeulders said'),
    E('indirect', 'the two parties are still more than €2 billion apart on a housing investment fund', 'Party sources', 'sources', 'told', mention='Party sources'),
    E('indirect', 'the VVD wants to tie the fund to stricter rules on asylum housing in municipalities, something GroenLinks-PvdA has so far refused', 'RTL Nieuws', 'RTL Nieuws|RTL|people', 'according to', mention='RTL Nieuws'),
    E('partial', 'better than the headlines', SWT, SWTk, 'described … as', mention=SWT),
    E('direct', 'Everybody knows what happens if this fails,', SWT, SWTk, 'said', mention='she', mctx='fails,” she said'),
    E('direct', 'New elections, and nobody in this room wants that.', SWT, SWTk, '', mention='she', mctx='fails,” she said'),
    E('indirect', 'his party would not accept “any deal that rolls back the climate targets”', EB, EBk, 'said', mention=EB),
    E('indirect', 'he was “reasonably optimistic”', EB, EBk, 'said', mention='Brandsema', mctx='Brandsema said he was'),
    E('indirect', 'D66 would walk away if the coalition agreement “reads like a VVD manifesto”', EB, EBk, 'warned', mention='Brandsema', mctx='Brandsema said he was'),
    E('indirect', 'the report showed that “the Randstad has once again decided everything among itself”', AKV, AKVk, 'said', mention=AKV),
    E('direct', 'Where is the countryside in these 14 pages? Nowhere,', AKV, AKVk, 'wrote', mention='she', mctx='she wrote in a post'),
    E('indirect', 'the informateur had done “what informateurs are supposed to do: narrow the options and close the escape routes”', TH, THk, 'said', mention=TH),
    E('direct', 'The report is very carefully written,', TH, THk, 'told', mention='Hellinga', mctx='Hellinga told'),
    E('direct', 'Every time he says ‘open’, read ‘difficult’. Every time he says ‘difficult’, read ‘could collapse the whole thing’.', TH, THk, '', mention='Hellinga', mctx='Hellinga told'),
    E('indirect', 'the talks were likely to last until at least February, which would make this the second-longest formation since the Second World War', TH, THk, 'said', mention='He', mctx='He said the talks'),
    E('indirect', 'A majority of MPs is expected to back Van der Stoep’s recommendation', 'the parliamentary press agency ANP', 'ANP', 'reported', mention='the parliamentary press agency ANP'),
]
# 04 Guardian Australia-style Senate estimates write-up, cancelled visa IT contract (curly quotes, punctuation outside; Q/A exchange)
BD = 'Bede Drysdale'
BDk = 'Drysdale|secretary'
MT = 'Mirrin Tregurtha'
MTk = 'Tregurtha|senator'
RG = 'Ros Grealy'
RGk = 'Grealy|deputy secretary'
KM = 'Kirra Munnings'
KMk = 'Munnings|senator'
MQ = 'Marlowe Quaife'
MQk = 'Quaife'
DOCS['04_guardian_au_senate_estimates_visa_contract.txt'] = [
    E('indirect', '$87m was paid to a private contractor for a visa-processing platform that was abandoned before it handled a single application', BD, BDk, 'has conceded', mention='The head of the home affairs department'),
    E('indirect', 'the contract with Tessellate Systems had been terminated in March after the platform failed “every major acceptance test”', BD, BDk, 'told', mention=BD),
    E('direct', 'I am not going to sit here and defend the outcome,', BD, BDk, 'said', mention='Mr Drysdale', mctx='outcome,” Mr Drysdale said'),
    E('direct', 'The outcome is not defensible. What I can do is explain how we got here.', BD, BDk, '', mention='Mr Drysdale', mctx='outcome,” Mr Drysdale said'),
    E('indirect', 'the department’s own chief information officer had warned in writing, before the contract was signed, that the timeline was “not achievable”', BD, BDk, 'acknowledged', mention='Drysdale', mctx='Drysdale acknowledged'),
    E('block', 'Who read that warning, Mr Drysdale?', MT, MTk, ':', False, mention='Senator Tregurtha', mctx='Senator Tregurtha: Who'),
    E('block', 'It went to the executive board, senator.', BD, BDk, ':', mention='Mr Drysdale', mctx='Mr Drysdale: It went'),
    E('block', 'And the executive board signed the contract anyway.', MT, MTk, ':', mention='Senator Tregurtha', mctx='Senator Tregurtha: And'),
    E('block', 'The board took the view that the risks could be managed. In hindsight that view was wrong.', BD, BDk, ':', mention='Mr Drysdale', mctx='Mr Drysdale: The board'),
    E('indirect', 'the admission was “the most expensive apology in the history of this department”', MT, MTk, 'told', mention='Tregurtha', mctx='Tregurtha later told'),
    E('indirect', 'the Coalition would refer the contract to the auditor-general', MT, MTk, 'said', mention='She', mctx='She said the Coalition'),
    E('indirect', 'roughly $31m of the payments related to licences and hardware that could be “repurposed”', RG, RGk, 'told', mention=RG),
    E('indirect', 'how much of that had actually been repurposed so far', KM, KMk, 'Asked', False, mention='Greens senator Kirra Munnings'),
    E('indirect', 'she would take the question on notice', RG, RGk, 'said', mention='Ms Grealy', mctx='Ms Grealy said'),
    E('direct', 'Taking it on notice is what you do when the answer is zero,', KM, KMk, 'said', mention='she', mctx='zero,” she said'),
    E('indirect', 'a full independent audit of every IT contract above $50m signed by the department since 2022', 'The Greens', 'Greens', 'have called for', False, mention='The Greens', mctx='The Greens have called'),
    E('indirect', 'it was “absurd” that the department had been allowed to keep running the tender process for its replacement system', KM, KMk, 'said', mention='Munnings', mctx='Munnings said it was'),
    E('indirect', 'the contract had been “inherited from the previous government” and cancelled “the moment it became clear it could not be fixed”', 'Clancy Ormiston', 'Ormiston|minister', 'saying', mention='Clancy Ormiston'),
    E('indirect', 'questions were to be directed to officials, not traded across the table', 'Yolande Bracegirdle', 'Bracegirdle|chair', 'reminded', mention='Labor senator Yolande Bracegirdle'),
    E('direct', 'This is estimates, not question time,', 'Yolande Bracegirdle', 'Bracegirdle|chair', 'said', mention='she', mctx='question time,” she said'),
    E('indirect', 'it “rejects the characterisation” of the project given at the hearing and that delays had been caused by “repeated changes to the department’s requirements”', 'Tessellate Systems', 'Tessellate|company', 'said', mention='Tessellate Systems', mctx='In a statement, Tessellate Systems said'),
    E('indirect', 'it was in discussions with the commonwealth about the termination and would not comment further', 'Tessellate Systems', 'Tessellate|company', 'said', mention='The company', mctx='The company said it was'),
    E('indirect', 'the case fit a familiar pattern', MQ, MQk, 'said', mention='Dr Marlowe Quaife'),
    E('direct', 'Departments sign contracts they know are risky because the alternative is telling a minister that a promise can’t be kept,', MQ, MQk, 'said', mention='she', mctx='kept,” she said'),
    E('direct', 'Nobody gets sacked for signing. People get sacked for saying no.', MQ, MQk, '', mention='she', mctx='kept,” she said'),
    E('indirect', 'the department still has about 940,000 visa applications on hand, up from 710,000 a year earlier', 'figures tabled at the hearing', 'figures|department', 'according to', False, mention='figures tabled at the hearing'),
    E('indirect', 'the backlog would be “substantially reduced” by the end of the year', BD, BDk, 'told', mention='Drysdale', mctx='Drysdale told senators'),
]
# 05 PTI-style Indian state election story, Odisha Assembly campaign (straight quotes; single in headline; punctuation outside at times)
DMS = 'Debashish Mohapatra-Sahu'
DMSk = 'Mohapatra-Sahu|minister|leader'
LSD = 'Lopamudra Sahoo-Das'
LSDk = 'Sahoo-Das|spokesperson'
NB = 'Niranjan Baliarsingh'
NBk = 'Baliarsingh|Chief Minister|president'
GM = 'Gangadhar Mahakud'
GMk = 'Mahakud|president'
SR = 'Sasmita Rautray'
SRk = 'Rautray|Chief Electoral Officer|CEO'
DOCS['05_pti_odisha_assembly_poll_campaign.txt'] = [
    E('indirect', "the ruling BJD had diverted funds meant for women's self-help groups under the state's 'Mission Shakti' programme to pay for its campaign in the Odisha Assembly elections", 'The BJP', 'BJP', 'alleged', mention='The BJP', mctx='The BJP on Friday alleged'),
    E('partial', 'baseless and desperate', 'the BJD', 'BJD|party', 'rejected as', False, mention='the regional party'),
    E('indirect', 'at least Rs 180 crore had been released to self-help groups in 11 districts in the weeks before the model code of conduct came into force', DMS, DMSk, 'claimed', mention='Shri Debashish Mohapatra-Sahu'),
    E('direct', 'This money belongs to the mothers and sisters of Odisha. It was not meant to buy saris for BJD rallies,', DMS, DMSk, 'alleged', mention='the BJP leader', mctx='rallies," the BJP leader alleged'),
    E('indirect', 'the party had submitted documents to the Election Commission', DMS, DMSk, 'said', mention='He', mctx='He said the party had'),
    E('indirect', 'the Chief Electoral Officer order an inquiry into the releases', DMS, DMSk, 'demanded', mention='He', mctx='He said the party had'),
    E('indirect', 'the BJP would form the next government in the state "with a clear majority" and that the "double-engine" model would bring industries to western Odisha, from where he said thousands of young people migrate every year to Surat and Bengaluru for work', DMS, DMSk, 'said', mention='Mohapatra-Sahu', mctx='Mohapatra-Sahu also said'),
    E('indirect', 'the Union minister was "misleading the people" and that every rupee released under Mission Shakti had been approved by the state cabinet months before the elections were announced', LSD, LSDk, 'said', mention='Smt. Lopamudra Sahoo-Das'),
    E('direct', 'The BJP has no issue to fight this election on, so it is insulting the 70 lakh women of Mission Shakti,', LSD, LSDk, 'told', mention='she', mctx='she told PTI'),
    E('indirect', 'the BJD had "never asked for votes in the name of religion or caste"', NB, NBk, 'said', mention='Chief Minister Niranjan Baliarsingh'),
    E('direct', 'Odisha knows who stood with it during the cyclones. Odisha knows who came only for photographs,', NB, NBk, 'said', mention='the BJD president'),
    E('indirect', 'both parties were "two sides of the same coin"', GM, GMk, 'said', mention='Gangadhar Mahakud', mctx='president Gangadhar Mahakud said'),
    E('indirect', 'them of having a secret understanding in Parliament', GM, GMk, 'accused', False, mention='Gangadhar Mahakud', mctx='president Gangadhar Mahakud said'),
    E('direct', 'In Delhi, the BJD votes with the BJP on every important bill. In Odisha, they pretend to fight. People are not fools,', GM, GMk, 'said', mention='Mahakud', mctx='fools," Mahakud said'),
    E('indirect', 'the Congress would announce its remaining candidates for the third and fourth phases by Sunday', GM, GMk, 'said', mention='He', mctx='He said the Congress'),
    E('indirect', "it had received the BJP's complaint and forwarded it to the Election Commission of India for necessary action", 'the office of the Chief Electoral Officer', 'office|Chief Electoral Officer|CEO|Rautray', 'said', mention='the office of the Chief Electoral Officer (CEO)'),
    E('indirect', 'a team would examine whether any releases were made after the model code came into force on March 16', SR, SRk, 'told', mention=SR),
    E('direct', 'If any violation is found, action will be taken as per the law,', SR, SRk, 'said', mention='Rautray', mctx='law," Rautray said'),
    E('indirect', 'the commission had so far received 214 complaints of code violations in the state', SR, SRk, 'adding', mention='Rautray', mctx='law," Rautray said'),
    E('indirect', 'women in her constituency had told her that self-help group members were being asked to attend BJD meetings "or lose their loans"', 'Jayanti Panigrahi', 'Panigrahi|candidate', 'said', mention='Smt. Jayanti Panigrahi'),
    E('partial', 'a lie manufactured in Delhi', 'the BJD', 'BJD', 'termed', mention='The BJD', mctx='The BJD termed'),
]
# 06 Korea JoongAng Daily-style story, poll-rigging probe and impeachment motion against the justice minister (curly quotes)
DR = 'Dokgo Ryeon-ha'
DRk = 'Dokgo|lawyer'
GE = 'Gong Eun-saem'
GEk = 'Gong|spokesperson'
MSG = 'Maeng Seul-gi'
MSGk = 'Maeng|floor leader'
SH = 'Seonu Ha-ram'
SHk = 'Seonu|minister'
CMG = 'Cheon Mu-gyeom'
CMGk = 'Cheon|leader'
SHN = 'Seok Chae-ung'
SHNk = 'Seok'
DP = 'the main opposition Democratic Party'
DPk = 'Democratic Party|DP'
DOCS['06_joongang_poll_rigging_probe_impeachment.txt'] = [
    E('indirect', 'obstructing the investigation', DP, DPk, 'accuses … of', False, ctx='whom it accuses of obstructing the investigation', mention='it', mctx='whom it accuses'),
    E('indirect', 'Investigators seized computer files and documents from the office of a presidential secretary who handled polling contracts', 'the Seoul Central District Prosecutors’ Office', 'Prosecutors’ Office|prosecutors', 'said', mention='the Seoul Central District Prosecutors’ Office'),
    E('indirect', 'they were examining whether the consultant, Dokgo Ryeon-ha, had shared unpublished internal polls with the president’s campaign in exchange for later government contracts', 'Prosecutors', 'prosecutors', 'said', mention='Prosecutors', mctx='Prosecutors said they'),
    E('indirect', 'he had “never altered a single number” and that the allegations were “a fiction built on the testimony of a disgruntled former employee.”', DR, DRk, 'said', mention='he', mctx='he said he had'),
    E('indirect', 'it had “cooperated fully” with the search and would “respect the outcome of the investigation, whatever it may be.”', 'The presidential office', 'presidential office|office', 'said', mention='The presidential office', mctx='The presidential office said'),
    E('indirect', 'the president had “no knowledge” of how the consultant conducted his surveys', GE, GEk, 'said', mention=GE),
    E('direct', 'The president met Mr. Dokgo a handful of times during the campaign, as he met hundreds of people,', GE, GEk, 'said', mention='Gong', mctx='people,” Gong said'),
    E('direct', 'To link him to the details of a private company’s polling is a leap that the facts do not support.', GE, GEk, '', mention='Gong', mctx='people,” Gong said'),
    E('indirect', 'that was “a hypothetical question”', GE, GEk, 'said', mention='Gong', mctx='Gong said that was'),
    E('direct', 'The people are watching a cover-up unfold in real time,', MSG, MSGk, 'told', mention='Rep. Maeng Seul-gi'),
    E('direct', 'When a justice minister moves the prosecutors who are closing in on the president’s friends, that is not personnel management. That is obstruction.', MSG, MSGk, '', mention='Rep. Maeng Seul-gi'),
    E('indirect', 'Seonu of reassigning three senior prosecutors on the case in August', DP, DPk, 'accuses', False, mention='The DP', mctx='The DP accuses'),
    E('indirect', 'was designed to slow the investigation', DP, DPk, 'says', False, mention='it', mctx='a move it says'),
    E('indirect', 'the transfers were part of a routine reshuffle and were approved months before the allegations surfaced', SH, SHk, 'has said', mention='Seonu', mctx='Seonu has said'),
    E('direct', 'I have nothing to hide, and I will answer every question put to me in the National Assembly,', SH, SHk, 'told', mention='Seonu', mctx='Assembly,” Seonu told'),
    E('partial', 'a political show ahead of next year’s local elections.', SH, SHk, 'called', mention='He', mctx='He called the impeachment'),
    E('indirect', 'the opposition was “abusing impeachment as a routine weapon,”', CMG, CMGk, 'said', mention=CMG),
    E('indirect', 'the DP had filed impeachment motions against nine officials in the past two years', CMG, CMGk, 'noting', mention=CMG),
    E('indirect', 'A vote is expected as early as Friday', 'DP officials', 'officials|DP', 'according to', mention='DP officials', mctx='according to DP officials'),
    E('indirect', 'the timing would put the Constitutional Court in an awkward position', SHN, SHNk, 'said', mention=SHN),
    E('direct', 'The court will be asked to decide whether a minister obstructed an investigation while that investigation is still under way,', SHN, SHNk, 'said', mention='Seok', mctx='way,” Seok said'),
    E('direct', 'That’s a very uncomfortable place for judges to be.', SHN, SHNk, '', mention='Seok', mctx='way,” Seok said'),
    E('indirect', 'Namgung’s approval rating at 29 percent', 'Gallup Korea', 'Gallup', 'put', False, mention='Gallup Korea'),
]
# 07 TASS-style state-agency dispatch, single voting day results (straight quotes)
YS = 'Yaroslava Shchetinina'
YSk = 'Shchetinina|chairwoman|CEC'
FY = 'Fedot Yermilin'
FYk = 'Yermilin|deputy chairman'
SPT = 'Svyatoslav Prokudin-Tyomkin'
SPTk = 'Prokudin-Tyomkin|spokesman|Kremlin'
AK = 'Avdotya Kurlykina'
AKk = 'Kurlykina'
MTs = 'Milena Tsarapkina'
MTsk = 'Tsarapkina'
IM = 'The Russian Interior Ministry'
IMk = 'Interior Ministry|ministry'
DOCS['07_tass_single_voting_day_results.txt'] = [
    E('indirect', 'the average turnout in the 19 gubernatorial elections stood at 44.7%', YS, 'Shchetinina|CEC|data', 'according to', False, mention='preliminary data', mctx='According to preliminary data, the'),
    E('indirect', 'The single voting day that ended on Sunday was held calmly, and no violations capable of affecting the results were recorded in any of the regions', YS, YSk, 'told', mention='Yaroslava Shchetinina'),
    E('direct', 'Voters in 83 regions had their say over three days. I can state with confidence that the campaign was open, competitive and transparent,', YS, YSk, 'said', mention='she', mctx='transparent," she said'),
    E('indirect', 'the average turnout in the 19 direct gubernatorial elections stood at 44.7%, compared with 41.2% in the same regions five years ago', YS, 'Shchetinina|chairwoman|CEC|data', 'according to', mention='the CEC chairwoman', mctx='cited by the CEC chairwoman'),
    E('indirect', 'more than 2.1 million voters had used the remote electronic voting system, "which has proved its reliability and convenience."', YS, YSk, 'noted', mention='Shchetinina', mctx='Shchetinina noted'),
    E('indirect', 'the commission had received 412 complaints during the three days of voting, "most of which concerned campaign materials rather than the voting process itself."', YS, YSk, 'stressed', mention='She', mctx='She stressed'),
    E('indirect', 'the results of voting at 11 polling stations in four regions would be annulled after checks confirmed ballot stuffing', YS, YSk, 'according to', mention='her', mctx='According to her'),
    E('direct', 'We will not tolerate attempts to distort the will of voters, no matter who is behind them,', YS, YSk, 'emphasized', mention='Shchetinina', mctx='Shchetinina emphasized'),
    E('indirect', 'the final results would be approved at a commission meeting on September 19', FY, FYk, 'told', mention='Fedot Yermilin'),
    E('indirect', 'in 16 of the 19 regions incumbent or acting governors had won in the first round', FY, FYk, 'added', mention='He', mctx='He added that in 16'),
    E('indirect', 'won 71.3% of the vote', 'the regional election commission', 'election commission|commission', 'according to', False, mention='the regional election commission'),
    E('direct', 'The residents of the region voted for stability and for the continuation of the projects that we began together. I will work to justify every vote,', 'Ermolai Buslaev', 'Buslaev|governor', 'wrote', mention='Buslaev', mctx='vote," Buslaev wrote'),
    E('indirect', 'the head of state had been informed of the preliminary results', SPT, SPTk, 'told', mention='Kremlin spokesman Svyatoslav Prokudin-Tyomkin'),
    E('direct', 'The president positively assesses the level of organization of the elections,', SPT, SPTk, 'said', mention='the Kremlin spokesman'),
    E('indirect', 'the high turnout testified to "the civic maturity of Russians."', SPT, SPTk, 'adding', mention='the Kremlin spokesman'),
    E('indirect', 'any complaints "should be considered by the relevant commissions and, if necessary, by the courts."', SPT, SPTk, 'said', mention='Prokudin-Tyomkin', mctx='Prokudin-Tyomkin said that any'),
    E('indirect', 'it would challenge the results in at least three constituencies', 'The Communist Party of the Russian Federation', 'Communist Party|KPRF', 'said', mention='The Communist Party of the Russian Federation (KPRF)'),
    E('indirect', 'observers from the party had been removed from polling stations in the Samara Region "under far-fetched pretexts."', AK, AKk, 'claimed', mention='KPRF Deputy Chairwoman Avdotya Kurlykina'),
    E('direct', 'We have video. We have signed statements. We will go to court,', AK, AKk, 'told', mention='Kurlykina', mctx='Kurlykina told TASS'),
    E('indirect', 'law enforcement officers had ensured public order at more than 39,000 polling stations and that no incidents requiring intervention had been recorded', IM, IMk, 'noted', mention=IM),
    E('indirect', 'over 250,000 police officers and national guardsmen were involved', IM, IMk, 'according to', mention='the ministry', mctx='According to the ministry'),
    E('indirect', 'public observers had been present at 96% of polling stations', MTs, MTsk, 'said', mention=MTs),
    E('indirect', 'the electronic voting system "showed stable performance throughout all three days."', MTs, MTsk, 'In her words', mention='her', mctx='In her words'),
]
# 08 Canadian Press-style question period story, cabinet jet lease (straight quotes; one French quote in guillemets)
RT = 'Rosalie Thibodeau'
RTk = 'Thibodeau|minister'
TM = 'Torin Mulcaster'
TMk = 'Mulcaster|critic'
GSB = 'Gurvinder Sahota-Brar'
GSBk = 'Sahota-Brar|critic'
ACB = 'Anselme Cyr-Bouchard'
ACBk = 'Cyr-Bouchard'
EP = 'Evrard Poitras'
EPk = 'Poitras'
DOCS['08_cp_question_period_cabinet_jet_lease.txt'] = [
    E('indirect', 'the deal would save money over the long run', RT, RTk, 'insisted', mention='the minister responsible'),
    E('indirect', 'the contract was awarded without a competitive tender', 'Documents tabled in the House', 'documents', 'show', False, mention='Documents tabled in the House'),
    E('direct', 'While Canadians are choosing between groceries and rent, this government is choosing leather seats,', TM, TMk, 'said', mention=TM),
    E('indirect', 'the government had "hidden the deal in the fine print" of a response to a written question', TM, TMk, 'charged', mention='Mulcaster', mctx='Mulcaster charged'),
    E('indirect', 'the minister table every briefing note related to the contract', TM, TMk, 'demanded', mention='Mulcaster', mctx='Mulcaster charged'),
    E('indirect', 'the Royal Canadian Air Force\'s existing Challenger fleet was more than 40 years old and "costs more to keep flying than it would cost to replace."', RT, RTk, 'said', mention='Public Services and Procurement Minister Rosalie Thibodeau', mctx='Public Services and Procurement Minister Rosalie Thibodeau, speaking'),
    E('direct', 'The member opposite knows perfectly well that these aircraft are used for medical evacuations, for search and rescue support and for bringing Canadians home from crisis zones,', RT, RTk, 'said', mention='Thibodeau', mctx='zones," Thibodeau said'),
    E('direct', 'But I understand that the truth is less exciting than a slogan.', RT, RTk, '', mention='Thibodeau', mctx='zones," Thibodeau said'),
    E('direct', 'Order. Order. The honourable minister has the floor,', 'Laurier Bissonnette', 'Bissonnette|Speaker', 'said', mention='he', mctx='floor," he said'),
    E('direct', 'Shame!', 'several Conservative MPs', 'MPs|Conservative', 'shouted', False, mention='several Conservative MPs'),
    E('indirect', 'a sole-source contract had been justified because only one supplier could deliver aircraft before the end of the year, and that the decision had been reviewed by departmental lawyers', RT, RTk, 'told', mention='Thibodeau', mctx='Thibodeau told the House'),
    E('indirect', 'why a government that "found $97 million for jets" could not find money to extend dental coverage to low-income seniors in her riding', GSB, GSBk, 'asked', False, mention=GSB),
    E('direct', "Every week, people in Surrey tell me they can't afford to fix a broken tooth,", GSB, GSBk, 'said', mention='she', mctx='tooth," she said'),
    E('direct', 'And this minister tells them to be grateful for a faster plane.', GSB, GSBk, '', mention='she', mctx='tooth," she said'),
    E('direct', "Le gouvernement vole en classe affaires pendant que les Québécois attendent à l'urgence.", ACB, ACBk, ':', mention=ACB),
    E('direct', 'The government flies business class while Quebecers wait in the emergency room.', ACB, ACBk, '', False, mention=ACB),
    E('indirect', 'the Conservatives would ask the auditor general to examine the contract', TM, TMk, 'told', mention='Mulcaster', mctx='Mulcaster told reporters'),
    E('direct', "If there's nothing to hide, open the books,", TM, TMk, 'said', mention='he', mctx='books," he said'),
    E('indirect', 'the lease had been approved by Treasury Board "in accordance with all applicable rules."', "The Prime Minister's Office", "Prime Minister's Office|PMO", 'said', mention="The Prime Minister's Office"),
    E('indirect', 'the jets would "reduce operating costs by an estimated 18 per cent compared with the current fleet."', 'Heloise Arsenault-Vigneux', 'Arsenault-Vigneux|spokesperson', 'said', mention='Heloise Arsenault-Vigneux'),
    E('indirect', 'sole-source deals for aircraft are not unusual, but that the way the lease was disclosed was a political mistake', EP, EPk, 'said', mention=EP),
    E('direct', 'Governments always think they can bury these things,', EP, EPk, 'said', mention='he', mctx='things," he said'),
    E('direct', 'They never can. Somebody reads the order paper.', EP, EPk, '', mention='he', mctx='things," he said'),
]
# 09 Stuff (NZ)-style poll story, centre-left bloc edges ahead (single curly quotes, punctuation mostly inside)
KRP = 'a new Kōwhai Research poll'
KRPk = 'poll|Kōwhai Research'
LP = 'Lucinda Pratley'
LPk = 'Pratley|director'
TV = 'Thaddea Voyle'
TVk = 'Voyle|Prime Minister'
AKi = 'Aroha Kīngi'
AKik = 'Kīngi|leader'
TRw = 'Tipene Rāwiri'
TRwk = 'Rāwiri|co-leader'
RHT = 'Rangimārie Hēnare-Tuhi'
RHTk = 'Hēnare-Tuhi'
DOCS['09_stuff_nz_poll_labour_greens_lead.txt'] = [
    E('indirect', 'Labour and the Greens could form a government with the support of Te Pāti Māori if an election were held tomorrow', KRP, KRPk, 'according to', False, mention=KRP),
    E('indirect', 'Labour on 33 per cent (up 2 points), National on 31 (down 3), the Greens on 12, ACT on 8, Te Pāti Māori on 5 and NZ First on 6', KRP, KRPk, 'puts', False, mention='The poll', mctx='The poll, conducted'),
    E('indirect', 'the shift was driven almost entirely by voters aged 35 to 54, and by women in particular', LP, LPk, 'said', mention='Lucinda Pratley'),
    E('direct', 'This is the mortgage belt moving,', LP, LPk, 'said', mention='Pratley', mctx='moving,’ Pratley said'),
    E('direct', 'When we ask people what matters most, cost of living is first by a mile, and for the first time in two years more of them say Labour would handle it better than National.', LP, LPk, '', mention='Pratley', mctx='moving,’ Pratley said'),
    E('indirect', "the result was within the poll's margin of error of 3.1 percentage points, and that a single poll ‘is a snapshot, not a trend’", LP, LPk, 'cautioned', mention='She', mctx='She cautioned'),
    E('indirect', '44 per cent of voters think the country is heading in the wrong direction, up from 37 per cent in March', KRP, KRPk, 'found', False, mention='The poll', mctx='The poll found'),
    E('direct', "I don't govern by polls. I govern by what is right for the country,", TV, TVk, 'said', mention='she', mctx='country,’ she said'),
    E('direct', "We'll be judged on the results in 14 months' time, not on a survey in July.", TV, TVk, '', mention='she', mctx='country,’ she said'),
    E('indirect', "inflation had fallen for three consecutive quarters and the Government's tax relief was ‘starting to flow through to household budgets’", TV, TVk, 'said', mention='Voyle', mctx='Voyle said inflation'),
    E('indirect', 'the poll showed New Zealanders were ‘crying out for a government that backs them’', AKi, AKik, 'said', mention='she', mctx='she said the poll showed'),
    E('indirect', 'Labour still had ‘a lot of work to do to earn their trust’', AKi, AKik, 'acknowledged', mention='she', mctx='she said the poll showed'),
    E('direct', "Two points is two points. Now let's make it twenty,", 'Ngaio Pāora', 'Pāora|co-leader', 'posted', mention='she', mctx='twenty,’ she posted'),
    E('indirect', 'his party would not ‘sign a blank cheque’ for either side', TRw, TRwk, 'told', mention=TRw, mctx='Tipene Rāwiri told'),
    E('direct', 'We rule out nothing and we rule in nothing until we see the policy.', TRw, TRwk, 'said', mention='he', mctx='he said: ‘We rule'),
    E('indirect', 'the party could demand a separate Māori health authority as the price of support', 'Some commentators', 'commentators', 'have suggested', mention='Some commentators'),
    E('indirect', "the centre-left's lead was fragile and depended heavily on turnout among younger voters, who historically vote in lower numbers", RHT, RHTk, 'said', mention='Dr Rangimārie Hēnare-Tuhi'),
    E('direct', 'Polls like this are very good at telling you who is annoyed,', RHT, RHTk, 'said', mention='she', mctx='annoyed,’ she said'),
    E('direct', 'They are much less good at telling you who will actually turn up.', RHT, RHTk, '', mention='she', mctx='annoyed,’ she said'),
    E('indirect', "the rise of NZ First, which has hovered around 6 per cent all year, meant National's path to a majority ran through a party it had ‘a complicated relationship with’", RHT, RHTk, 'added', mention='She', mctx='She added that'),
    E('indirect', 'the numbers were ‘a wake-up call for the Government’ to move faster on its reform agenda', 'Pania Wairau', 'Wairau|leader', 'said', mention='Pania Wairau'),
]
# 10 Times of Malta-style story, Ombudsman's report on pre-election public sector hirings (straight quotes, punctuation outside at times)
CXG = 'Censu Xuereb-Galea'
CXGk = 'Xuereb-Galea|Ombudsman'
REP = 'the report'
REPk = 'report|Ombudsman'
SFS = 'Sandro Farrugia-Spiteri'
SFSk = 'Farrugia-Spiteri|minister'
DCZ = 'Doriette Camilleri-Zahra'
DCZk = 'Camilleri-Zahra|spokesperson'
KZL = 'Kurt Zammit-Lupi'
KZLk = 'Zammit-Lupi'
DOCS['10_times_of_malta_ombudsman_preelection_hirings.txt'] = [
    E('indirect', "report 'ignores context'", SFS, SFSk, 'says', False, mention='Minister', mctx='Minister says report'),
    E('indirect', 'resignations', 'The PN', 'PN', 'calls for', False, mention='PN', mctx='PN calls for'),
    E('indirect', 'More than 1,100 people were recruited into the public sector in the six weeks before last year\'s general election through procedures that "bypassed the normal rules on transparency and merit"', CXG, CXGk, 'has concluded', False, mention='the Ombudsman', mctx='the Ombudsman has concluded'),
    E('indirect', 'the hirings, spread across 23 ministries and entities, showed "a pattern that cannot be explained by operational need alone"', CXG, CXGk, 'said', mention=CXG),
    E('indirect', '412 of the recruits were engaged on contracts of service that were never advertised, and that a further 290 were selected through calls for applications that were open for fewer than five working days', REP, REPk, 'found', False, mention='The report', mctx='The report found'),
    E('direct', 'Public employment is not a reward, and it is not a campaign tool,', CXG, CXGk, 'said', mention='the Ombudsman', mctx='the Ombudsman said in'),
    E('direct', 'When the timing of recruitment follows the electoral calendar rather than the needs of the service, public trust is the first casualty.', CXG, CXGk, '', mention='the Ombudsman', mctx='the Ombudsman said in'),
    E('indirect', 'at least 38 of those hired were relatives of ministerial staff or of candidates who contested the election', REP, REPk, 'according to', mention='the report', mctx='According to the report'),
    E('indirect', "several entities refused to provide full personnel files to the Ombudsman's investigators, citing data protection, and that one ministry supplied records only after being warned that the matter would be reported to parliament", REP, REPk, 'states', mention='The report', mctx='The report states'),
    E('indirect', 'all public sector calls be published on a single online portal for at least ten working days, and that recruitment outside the normal process be frozen for three months before any general election', CXG, CXGk, 'recommended', mention='Xuereb-Galea', mctx='Xuereb-Galea recommended'),
    E('indirect', 'the report "ignores the context" in which the recruitment took place, including staff shortages in hospitals, schools and the civil protection department after the pandemic', SFS, SFSk, 'said', mention=SFS),
    E('direct', 'Nurses were not hired because there was an election. Nurses were hired because there were not enough nurses,', SFS, SFSk, 'told', mention='the minister', mctx='the minister told'),
    E('indirect', 'the government would study the recommendations "with respect and an open mind"', SFS, SFSk, 'said', mention='He', mctx='He said the government'),
    E('indirect', 'no law had been broken', SFS, SFSk, 'insisted', mention='He', mctx='He said the government'),
    E('indirect', 'the public service had "already begun" reviewing its recruitment manual and that most of the contracts in question had since been regularised through open calls', 'Wistin Bezzina', 'Bezzina|Permanent Secretary', 'said', mention='Wistin Bezzina'),
    E('indirect', 'the findings confirmed what the PN had been "saying for years"', DCZ, DCZk, 'said', mention=DCZ),
    E('direct', 'This is not a few bad appointments. This is a system,', DCZ, DCZk, 'told', mention='she', mctx='system," she told'),
    E('direct', 'The ministers responsible should resign, starting today.', DCZ, DCZk, '', mention='she', mctx='system," she told'),
    E('indirect', 'the Speaker to refer the report to the Public Accounts Committee', 'The PN', 'PN', 'has called on', mention='The PN', mctx='The PN has called on'),
    E('indirect', 'the report was "a damning indictment"', 'Repubblika', 'Repubblika', 'said', mention='Repubblika'),
    E('indirect', 'the Ombudsman to forward the cases involving relatives of candidates to the police', 'Repubblika', 'Repubblika', 'urged', mention='Repubblika'),
    E('indirect', 'the problem was not new and cut across governments', KZL, KZLk, 'said', mention=KZL),
    E('direct', 'Every administration I worked under did some version of this,', KZL, KZLk, 'said', mention='he', mctx='this," he said'),
    E('direct', "What's different now is the scale, and the fact that someone actually counted.", KZL, KZLk, '', mention='he', mctx='this," he said'),
    E('indirect', 'the prime minister was expected to address the report in parliament next week', 'Government sources', 'sources', 'said', mention='Government sources'),
    E('indirect', 'it had received no formal response to its recommendations from the Office of the Prime Minister', "The Ombudsman's office", 'office|Ombudsman', 'said', mention="The Ombudsman's office"),
]
# @@DOCS@@
# --- END DOCS ---
def main():
    out = {'about': 'heldout19: domestic politics, elections and government accountability news articles written and annotated blind (helper session B19), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout18: start/end are UTF-8 byte '
                    'offsets, content excludes the quotation marks, "that" and the final period; speaker is the '
                    'fullest name the article uses; speaker_key is a word (or |-separated forms) that a correct '
                    'speaker name must contain; speaker_start/speaker_end is the mention for this claim (a pronoun '
                    'where the claim uses one); required=false entries are optional.',
           'documents': []}
    total = req = 0
    kinds = {}
    txt = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    assert txt == sorted(DOCS), ('articles without annotations', set(txt) ^ set(DOCS))
    for name in sorted(DOCS):
        src = open(os.path.join(HERE, name), encoding='utf-8').read()
        b = src.encode('utf-8')
        atts = []
        for e in DOCS[name]:
            s, t = locate(b, e['content'], e['ctx'])
            c = e['content']
            assert b[s:t].decode('utf-8') == c
            assert c == c.strip(), ('untrimmed', c)
            a = {'kind': e['kind'], 'start': s, 'end': t, 'content': c, 'speaker': e['speaker'],
                 'speaker_key': e['key'], 'cue': e['cue'], 'required': e['req']}
            if e['speaker'] is not None:
                forms = [e['mention']] if e['mention'] else e['key'].split('|')
                m = mention_span(b, forms, s, t, e['mctx'])
                assert m, ('no speaker mention near claim', name, c[:40], forms)
                a['speaker_start'], a['speaker_end'] = m
            atts.append(a)
            total += 1
            req += e['req']
            k = kinds.setdefault(e['kind'], [0, 0])
            k[0 if e['req'] else 1] += 1
        atts.sort(key=lambda a: a['start'])
        for x, y in zip(atts, atts[1:]):
            assert x['end'] <= y['start'], ('overlap', name, x['content'][:30], y['content'][:30])
        out['documents'].append({'file': name, 'attributions': atts})
    with open(os.path.join(HERE, 'reference.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('%d documents, %d attributions (%d required)' % (len(out['documents']), total, req))
    for k in sorted(kinds):
        print('  %-8s required %3d optional %3d' % (k, kinds[k][0], kinds[k][1]))


if __name__ == '__main__':
    main()
