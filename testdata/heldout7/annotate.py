#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout7 from hand annotations.

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

SA = 'Solveig Amadi'
LQ = 'Leandro Quintanilla'
TT = 'two traders at European banks'
MA = 'Mónica Arrieta-Prieto'
AK = 'Adrienne Kowalchuk'
NH = 'Ngaire Holmwood'
DOCS['01_reuters_markets_wrap.txt'] = [
    E('indirect', 'orders from Chinese customers had fallen by more than a third in the third quarter and that full-year revenue would come in at the bottom of its guidance range', 'Veldhoven Lithografie', 'Veldhoven', 'said', mention='the company', mctx='after the company said late'),
    E('direct', "This is the first crack in the AI spending story that people can't explain away as a one-off,", SA, 'Amadi', 'said', mention=SA),
    E('direct', 'Investors have been paying for perfection, and today they got something less than perfect.', SA, 'Amadi', '', mention=SA),
    E('indirect', 'The selling was amplified by traders unwinding bullish options bets placed ahead of the results', TT, 'traders', 'said', mention=TT),
    E('indirect', 'volumes in chip stocks were running at three times their 30-day average by midday', TT, 'traders|one|them', 'said', mention='One of them'),
    E('direct', 'The market has priced a lot of good news into tech and almost no bad news,', LQ, 'Quintanilla', 'said', mention=LQ),
    E('indirect', 'the sell-off looked "healthy" and was unlikely to spread to the wider economy', LQ, 'Quintanilla', 'added', mention='He', mctx='He added that the sell-off'),
    E('indirect', 'U.S. retail sales data last week had beaten forecasts', LQ, 'Quintanilla', 'noting', mention='He', mctx='He added that the sell-off'),
    E('indirect', 'BOJ policymakers saw a growing case for a rate hike at their Oct. 30-31 meeting', 'a Reuters report', 'report|sources', 'said', mention='a Reuters report'),
    E('direct', 'The BOJ is clearly preparing the ground, and the market is finally listening,', 'Itsuki Nakahara', 'Nakahara', 'said', mention='Itsuki Nakahara'),
    E('indirect', 'The yen, she said, had "run ahead of the fundamentals" and could give back its gains if U.S. data surprised on the upside', MA, 'Arrieta-Prieto', 'said', mention='she', mctx='The yen, she said'),
    E('indirect', 'traders now see a 62% chance of a BOJ hike this month, up from 41% a week ago', 'LSEG data', 'LSEG', 'according to', mention='LSEG data'),
    E('indirect', 'the central bank could afford to "be patient" before cutting rates again', AK, 'Kowalchuk', 'said', mention=AK),
    E('indirect', 'a sharp slowdown in hiring would change her view', AK, 'Kowalchuk', 'warned', mention=AK),
    E('indirect', 'the group was unlikely to change its output plan at its meeting next month because demand in Asia remained weak', 'Two OPEC+ delegates', 'delegates', 'told', mention='Two OPEC+ delegates'),
    E('direct', "Gold is doing exactly what it's supposed to do on a day like this,", NH, 'Holmwood', 'said', mention=NH),
    E('direct', "When the growth trade wobbles, people want something that doesn't have an earnings call.", NH, 'Holmwood', '', mention=NH),
    E('indirect', 'crypto had become "just another high-beta tech proxy" and would likely track the Nasdaq for the rest of the year', 'Analysts at Tern Harbour Research', 'Tern Harbour|Analysts|analysts', 'wrote in a note to clients', mention='Analysts at Tern Harbour Research'),
]

PPD = 'the Pueblo Police Department'
BK = 'Brandon Kittredge'
AFF = 'an arrest affidavit obtained by KQRN 7'
RA = 'Renata Archuleta-Swain'
YD = 'Yolanda Delgado-Finch'
AV = 'Araceli Vantongeren'
DOCS['02_local_tv_hit_and_run.txt'] = [
    E('indirect', 'A 34-year-old man is in custody after a longtime crossing guard was struck and killed outside a Pueblo elementary school Thursday morning', PPD, 'Police|police', 'said', mention='police', mctx='morning, police said'),
    E('indirect', '67-year-old Dolores "Lolo" Archuleta', 'family members', 'family', 'identified by', False, mention='family members'),
    E('indirect', 'Officers were called to the intersection of Jerry Murphy Road and Bonforte Boulevard near Belmont Elementary School just before 7:45 a.m.', PPD, 'Police|police', 'according to', mention=PPD),
    E('indirect', 'the driver as Wyatt Tremblay-Koenig of Pueblo', PPD, 'Police|police', 'identified', False, mention='Police', mctx='Police identified the driver'),
    E('indirect', "the driver did not stop and was found about two hours later at a home on the city's east side", BK, 'Kittredge', 'said', mention='Sgt. Brandon Kittredge'),
    E('direct', 'We had multiple witnesses, including parents who were dropping their kids off, and they gave us a very good description of the vehicle,', BK, 'Kittredge', 'told', mention='Kittredge', mctx='Kittredge told KQRN'),
    E('direct', 'Our officers were able to locate that vehicle, with front-end damage, in a driveway.', BK, 'Kittredge', '', mention='Kittredge', mctx='Kittredge told KQRN'),
    E('indirect', 'He was booked into the Pueblo County jail on suspicion of vehicular homicide and leaving the scene of a fatal crash', 'jail records', 'records', 'according to', mention='jail records'),
    E('indirect', 'he thought he had hit "a traffic cone or something" and panicked', AFF, 'affidavit|Tremblay-Koenig', 'told', mention='an arrest affidavit obtained by KQRN 7'),
    E('indirect', 'an officer smelled alcohol on his breath, and a blood sample was taken', AFF, 'affidavit', 'says', mention='The affidavit'),
    E('indirect', 'investigators were still reviewing surveillance video from nearby businesses', BK, 'Kittredge', 'said', mention='He', mctx='He said investigators'),
    E('indirect', 'A fourth-grade student who was about to cross when the crash happened was "shaken up but physically OK,"', 'the school district', 'district', 'said in a statement', mention='the school district'),
    E('indirect', 'counselors would be available at Belmont on Friday and Monday', 'the school district', 'district', 'said', mention='The district'),
    E('direct', "Ms. Lolo knew every kid's name. Every single one,", AV, 'Vantongeren', 'said', mention=AV),
    E('direct', "She'd ask them about their spelling tests, their soccer games. My youngest cried all the way home.", AV, 'Vantongeren', '', mention=AV),
    E('indirect', 'her mother had worked as a crossing guard at Belmont for 19 years and had no plans to retire', RA, 'Archuleta-Swain|Renata', 'told', mention=RA),
    E('direct', 'She used to say the kids kept her young,', RA, 'Archuleta-Swain|Renata', 'said', mention='Archuleta-Swain', mctx='Archuleta-Swain said, holding'),
    E('direct', 'She would have been out there again tomorrow, rain or snow. That was her corner.', RA, 'Archuleta-Swain|Renata', '', mention='Archuleta-Swain', mctx='Archuleta-Swain said, holding'),
    E('indirect', 'the family had complained to the city twice about drivers speeding through the school zone', RA, 'Archuleta-Swain|Renata', 'said', mention='She', mctx='She said the family'),
    E('indirect', 'the intersection had "been an accident waiting to happen for years."', 'One neighbor', 'neighbor', 'said', mention='One neighbor'),
    E('indirect', 'cars regularly run the flashing school-zone lights', 'One neighbor', 'neighbor', 'said', mention='He', mctx='He said cars'),
    E('indirect', "she would ask the city's traffic engineers to study adding a signal at the intersection", YD, 'Delgado-Finch', 'said', mention='City Councilmember Yolanda Delgado-Finch'),
    E('direct', 'We owe it to Lolo and we owe it to those kids,', YD, 'Delgado-Finch', 'said', mention='Delgado-Finch', mctx='kids," Delgado-Finch said'),
    E('direct', 'A flashing yellow light is not enough.', YD, 'Delgado-Finch', '', mention='Delgado-Finch', mctx='kids," Delgado-Finch said'),
]

CO = 'Cathal Ó Duibhir'
COk = 'Ó Duibhir|Taoiseach'
TM = 'Tadhg Mac Cárthaigh'
TMk = 'Mac Cárthaigh|Cárthaigh'
RN = 'Róisín Nic Aodha'
RNk = 'Nic Aodha|Aodha|Tánaiste'
FF = 'A senior Fianna Fáil figure'
AKb = 'Aoibheann Kilbride'
HBA = 'The Home Builders Alliance of Ireland'
DOCS['03_irish_times_dail_housing.txt'] = [
    E('indirect', 'new figures show completions falling for a second year in a row', 'Sinn Féin', 'Sinn Féin', 'says', False, mention='Sinn Féin', mctx='Sinn Féin says new figures'),
    E('indirect', 'the Government has “quietly given up” on its housing targets', CO, COk, 'rejected claims', False, mention='The Taoiseach', mctx='The Taoiseach has rejected'),
    E('indirect', 'the Government remained committed to building 50,000 homes a year by 2027 and that planning permissions had risen “very strongly” since January', CO, COk, 'said', mention=CO),
    E('direct', 'Permissions today are completions tomorrow,', CO, COk, 'said', mention='he', mctx='tomorrow,” he said'),
    E('direct', 'Nobody on this side of the House is pretending the job is done, but the pipeline has never been stronger.', CO, COk, '', mention='he', mctx='tomorrow,” he said'),
    E('partial', 'moving the goalposts every time it misses a target', TM, TMk, 'accused … of', mention=TM),
    E('indirect', '38,200 homes had been completed in the year to September, according to the Central Statistics Office, well short of what was promised', TM, TMk, 'said', mention='He', mctx='He said 38,200'),
    E('direct', 'The Taoiseach stood here in February and said this would be the year the corner was turned,', TM, TMk, 'said', mention='Mr Mac Cárthaigh'),
    E('direct', 'Well, Taoiseach, the corner turned you.', TM, TMk, '', mention='Mr Mac Cárthaigh'),
    E('indirect', 'deputies to address their remarks through the Chair', 'The Ceann Comhairle', 'Ceann Comhairle', 'ask', False, mention='The Ceann Comhairle'),
    E('indirect', 'Sinn Féin had opposed “almost every major housing development in Dublin” and could not lecture the Government on supply', CO, COk, 'said', mention='Mr Ó Duibhir'),
    E('indirect', 'it would not', CO, COk, 'said', mention='he', mctx='he said it would not'),
    E('indirect', 'the fall in completions was largely due to a slowdown in apartment building, where construction costs had risen sharply', RN, RNk, 'told', mention=RN),
    E('indirect', 'the Government would bring a memo to Cabinet next month on extending a scheme that waives development levies and water connection charges', RN, RNk, 'said', mention='She', mctx='She said the Government'),
    E('direct', 'We know what works, and we’re going to keep doing it,', RN, RNk, 'said', mention='Ms Nic Aodha'),
    E('direct', 'But I’m not going to stand here and tell people the numbers are good when they’re not.', RN, RNk, '', mention='Ms Nic Aodha'),
    E('indirect', 'there was “no daylight” between the two Coalition leaders', FF, 'figure|Fianna Fáil', 'said', mention=FF),
    E('indirect', 'the Tánaiste had been “more blunt than some of us would like”', FF, 'figure|Fianna Fáil', 'conceded', mention=FF),
    E('indirect', 'the Tánaiste had cleared her remarks with the Taoiseach’s office in advance', 'Fine Gael sources', 'sources|Fine Gael', 'said', mention='Fine Gael sources'),
    E('indirect', 'the plan would include “specific, costed measures” for apartments in the five cities', 'A spokeswoman for the Minister', 'spokeswoman', 'said', mention='A spokeswoman for the Minister'),
    E('partial', 'a housing policy written by estate agents, for estate agents', AKb, 'Kilbride', 'described … as', mention=AKb),
    E('indirect', 'renters in her Cork South Central constituency were paying more than half their take-home pay in rent', AKb, 'Kilbride', 'said', mention=AKb),
    E('direct', 'I had a nurse in my office on Monday who is sleeping in her car three nights a week,', AKb, 'Kilbride', 'said', mention='she', mctx='week,” she said'),
    E('direct', 'A nurse. In Cork. In 2025.', AKb, 'Kilbride', '', mention='she', mctx='week,” she said'),
    E('indirect', 'the figures were “disappointing but not surprising” given the rise in costs', HBA, 'Home Builders|Alliance', 'said in a statement', mention=HBA),
    E('indirect', 'the Government to cut VAT on new homes to 9 per cent', HBA, 'Home Builders|Alliance', 'called on', mention=HBA),
]

VP = 'Vonnie Pickersgill'
VPk = 'Vonnie'
CDS = 'the Central Darling Shire Council'
CDSk = 'Shire|council|Council|Central Darling'
KT = 'Kevin Treloar'
DH = 'Dion Hartigan-Moore'
BR = 'Bridget Rossiter-Kemp'
SH = 'Samir Haddadin-Byrne'
SP = 'a spokeswoman for NSW Water Minister Gemma Castellano-Ryan'
DOCS['04_abc_regional_river.txt'] = [
    E('indirect', 'the town could be on trucked water by Christmas', CDS, CDSk, 'says', False, mention='the Central Darling Shire', mctx='and the Central Darling Shire says'),
    E('indirect', 'upstream irrigators must be made to share the pain', 'Barkandji elders', 'elders', 'say', False, mention='Barkandji elders', mctx='Barkandji elders say upstream'),
    E('direct', 'The river is crying out. You can hear it if you sit here long enough,', VP, VPk, 'told', mention='Aunty Vonnie', mctx='Aunty Vonnie told the ABC'),
    E('direct', 'Our people have been looking after this river for thousands of years. Then in my lifetime they took it away from us in 40 years.', VP, VPk, '', mention='Aunty Vonnie', mctx='Aunty Vonnie told the ABC'),
    E('indirect', "The river stopped flowing past the town's weir pool late last month", 'WaterNSW gauging data', 'WaterNSW|data', 'according to', mention='WaterNSW gauging data'),
    E('indirect', "the town's supply could run out by early December if there is no significant rain", CDS, CDSk, 'says', mention=CDS),
    E('indirect', 'the council had already asked the state government to have water carting contracts ready', KT, 'Treloar', 'said', mention='Mayor Kevin Treloar'),
    E('direct', 'We did it in 2019, we did it in 2023, and here we are again,', KT, 'Treloar', 'said', mention='Cr Treloar'),
    E('direct', "People in Sydney would not accept this for one week. We've accepted it for the best part of a decade.", KT, 'Treloar', '', mention='Cr Treloar'),
    E('indirect', 'the council would also seek funding for a second bore', KT, 'Treloar', 'said', mention='He', mctx='He said the council would also'),
    E('indirect', 'groundwater near the town was too salty to drink without treatment', KT, 'Treloar', 'warned', mention='He', mctx='He said the council would also'),
    E('indirect', 'elders wanted tougher rules on when irrigators upstream in Queensland and northern NSW could pump after rain', DH, 'Hartigan-Moore', 'said', mention=DH),
    E('direct', 'When the first rain comes through after a dry spell, that water should come down the river first, to the towns and to country, before anybody turns on a pump,', DH, 'Hartigan-Moore', 'said', mention='Mr Hartigan-Moore'),
    E('indirect', 'his people were "sick of being consulted" and wanted a seat at the table when the plan was written', DH, 'Hartigan-Moore', 'said', mention='He', mctx='He said his people'),
    E('indirect', 'irrigators had been "made the villain" in every drought', BR, 'Rossiter-Kemp', 'said', mention=BR),
    E('direct', "We've cut our allocations, we've put in meters, we report every megalitre,", BR, 'Rossiter-Kemp', 'said', mention='Ms Rossiter-Kemp'),
    E('direct', "I understand why people in Wilcannia are angry. I'd be angry too. But the river doesn't stop because of one farm.", BR, 'Rossiter-Kemp', '', mention='Ms Rossiter-Kemp'),
    E('indirect', 'both sides had a point', SH, 'Haddadin-Byrne', 'said', mention='Dr Samir Haddadin-Byrne'),
    E('indirect', 'climate change was making dry spells longer across the Murray-Darling Basin, but that extraction upstream still made a measurable difference to flows at towns like Wilcannia', SH, 'Haddadin-Byrne', 'said', mention='Dr Haddadin-Byrne'),
    E('indirect', 'the government was "working closely" with the shire to secure the town\'s supply', SP, 'spokeswoman', 'said', mention='a spokeswoman'),
    E('indirect', 'the draft water-sharing plan would be open for public comment for 12 weeks', SP, 'spokeswoman', 'said', mention='The spokeswoman'),
    E('indirect', 'she was not interested in more consultation', VP, VPk, 'said', mention='Aunty Vonnie', mctx='Aunty Vonnie said she'),
    E('direct', "We've had the meetings. We've had the reports,", VP, VPk, 'said', mention='she', mctx='reports," she said'),
    E('direct', "We need the water back. That's it.", VP, VPk, '', mention='she', mctx='reports," she said'),
    E('indirect', 'young people in Wilcannia had grown up without a flowing river', 'Kobi Pickersgill', 'Kobi', 'said', mention='Kobi Pickersgill'),
    E('direct', 'My nan tells me stories about catching cod here,', 'Kobi Pickersgill', 'Kobi', 'said', mention='he', mctx='here," he said'),
    E('direct', "I've never caught one. Not once.", 'Kobi Pickersgill', 'Kobi', '', mention='he', mctx='here," he said'),
]

AB = 'Anders Brekkestad'
JL = 'Jaquan "Boogie" Latimore'
TE = 'Travis Ebbesen'
RA5 = 'Ron Ayerscough'
CV = 'Cody Vanterpool'
KL = 'Katrina Lindbergh-Soto'
TR = 'Tavion "T-Rex" Rexford'
DOCS['05_nfl_postgame.txt'] = [
    E('direct', "I told Boogie in the huddle, 'Just get me to the 40 and I'll do the rest,'", AB, 'Brekkestad', 'said', mention='Brekkestad', mctx='rest,\'" Brekkestad said'),
    E('direct', 'I was lying. I had no idea if I could make it.', AB, 'Brekkestad', '', mention='Brekkestad', mctx='rest,\'" Brekkestad said'),
    E('direct', "It's Green Bay,", JL, 'Latimore', 'said', mention='Latimore', mctx='Bay," Latimore said'),
    E('direct', 'You play Green Bay, you play on one leg if you have to.', JL, 'Latimore', '', mention='Latimore', mctx='Bay," Latimore said'),
    E('indirect', 'he never considered playing for overtime, even after his offense went three-and-out on its previous two possessions', TE, 'Ebbesen', 'said', mention=TE),
    E('direct', "Our guy's got a big leg and our quarterback was hot,", TE, 'Ebbesen', 'said', mention='Ebbesen', mctx='hot," Ebbesen said'),
    E('direct', "If you don't trust those two in that spot, what are you doing in this job?", TE, 'Ebbesen', '', mention='Ebbesen', mctx='hot," Ebbesen said'),
    E('direct', 'From 58,', TE, 'Ebbesen', 'said', mention='he', mctx='58," he said'),
    E('direct', "Into the wind. Don't tell anybody.", TE, 'Ebbesen', '', mention='he', mctx='58," he said'),
    E('indirect', 'his team made "too many mistakes to deserve to win."', RA5, 'Ayerscough', 'said', mention=RA5),
    E('indirect', 'the Packers would "look hard" at their decision to kick off deep instead of squibbing with so little time left', RA5, 'Ayerscough', 'said', mention='He', mctx='He singled out'),
    E('direct', "That's on me. We had a conversation about it on the sideline and I made the call,", RA5, 'Ayerscough', 'said', mention='Ayerscough', mctx='call," Ayerscough said'),
    E('direct', "In hindsight, you'd like to have it back.", RA5, 'Ayerscough', '', mention='Ayerscough', mctx='call," Ayerscough said'),
    E('direct', "We gave them a field goal. We had three chances to put that game away and we didn't,", CV, 'Vanterpool', 'said', mention='he', mctx='didn\'t," he said'),
    E('direct', "That's all there is to say about it.", CV, 'Vanterpool', '', mention='he', mctx='didn\'t," he said'),
    E('indirect', 'she had "never heard Soldier Field that loud"', KL, 'Lindbergh-Soto', 'said', mention=KL),
    E('indirect', 'the win was "for everybody who sat through the last two seasons."', KL, 'Lindbergh-Soto', 'told', mention=KL),
    E('indirect', 'the defense had been "embarrassed" by its performance on the tying drive', TR, 'Rexford', 'said', mention=TR),
    E('direct', "We'll take the win, but we gave up 80 yards like it was nothing,", TR, 'Rexford', 'said', mention='Rexford', mctx='nothing," Rexford said'),
    E('direct', "Coach is going to show us that film, and it's going to be a long Wednesday.", TR, 'Rexford', '', mention='Rexford', mctx='nothing," Rexford said'),
    E('indirect', 'he would have an MRI on Monday', RA5, 'Ayerscough', 'said', mention='Ayerscough', mctx='Ayerscough said he would have'),
    E('indirect', 'his ankle was "fine,"', JL, 'Latimore', 'said', mention='Latimore', mctx='Latimore said his ankle'),
    E('indirect', "Brekkestad's kick had a 31% probability of success, the lowest for a game-winning field goal this season", 'NFL Next Gen Stats', 'Next Gen Stats|NFL', 'according to', mention='NFL Next Gen Stats'),
]

NF = 'Noor Farahani-Mäkelä'
NFk = 'Farahani-Mäkelä|Noor'
SB = 'Shirin Babakhani-Roux'
GA6 = 'Gideon Ashkenazi-Moore'
DOCS['06_variety_interview.txt'] = [
    E('direct', 'A studio executive told me my script was ‘beautiful but unmarketable,’ and then asked if the grandmother could be younger and maybe a spy,', NF, NFk, 'says', mention='she', mctx='spy,” she says'),
    E('direct', 'I said no. My agent said yes. So I fired my agent.', NF, NFk, '', mention='she', mctx='spy,” she says'),
    E('indirect', 'it is, Farahani-Mäkelä admits, “not an easy sell in a pitch meeting.”', NF, NFk, 'admits', mention='Farahani-Mäkelä', mctx='it is, Farahani-Mäkelä admits'),
    E('partial', 'less than the catering on a Marvel movie.', NF, NFk, 'puts at', False, mention='she', mctx='she puts at'),
    E('partial', 'the bravest person I have ever worked with.', NF, NFk, 'calls', mention='Farahani-Mäkelä', mctx='Farahani-Mäkelä calls her'),
    E('direct', 'Noor didn’t give me a script at first. She gave me a notebook of her grandmother’s recipes and said, ‘Read this, then we’ll talk,’', SB, 'Babakhani-Roux', 'recalls', mention='Babakhani-Roux', mctx='Babakhani-Roux recalls'),
    E('direct', 'I cried on the second page. After that I would have done anything she asked.', SB, 'Babakhani-Roux', '', mention='Babakhani-Roux', mctx='Babakhani-Roux recalls'),
    E('indirect', 'the film was turned down by every major financier in Los Angeles before a Danish fund and a Baku-based telecom company came in', GA6, 'Ashkenazi-Moore', 'says', mention='Producer Gideon Ashkenazi-Moore'),
    E('direct', 'Everybody loved it and nobody wanted to pay for it,', GA6, 'Ashkenazi-Moore', 'says', mention='he', mctx='it,” he says'),
    E('direct', 'That was the whole story for three years.', GA6, 'Ashkenazi-Moore', '', mention='he', mctx='it,” he says'),
    E('indirect', 'it planned an awards-season release in December', 'Northlight Pictures', 'Northlight', 'said in a statement', mention='Northlight Pictures'),
    E('indirect', 'at least two streamers also bid', 'People close to the deal', 'People|people', 'say', mention='People close to the deal'),
    E('block', 'Not in the facts. My grandmother never ran a salt farm, she ran a bakery in Rasht. But in the feelings, yes, completely. Every fight in that film is a fight I heard through a wall as a child.', NF, NFk, '', mention='Farahani-Mäkelä', mctx='Farahani-Mäkelä sat down'),
    E('block', 'Because I would have been the fourth person to direct it and the first person to be blamed for it. I’m not being modest. I just know what I’m good at, and it isn’t explosions.', NF, NFk, '', mention='Farahani-Mäkelä', mctx='Farahani-Mäkelä sat down'),
    E('block', 'That nobody protects your work but you. I have a wonderful agent now, and she knows that if she ever asks me to make the grandmother a spy, we are finished.', NF, NFk, '', mention='Farahani-Mäkelä', mctx='Farahani-Mäkelä sat down'),
    E('block', 'A comedy, if you can believe it. About a funeral. So, not that different.', NF, NFk, '', mention='Farahani-Mäkelä', mctx='Farahani-Mäkelä sat down'),
]

FM = 'the foreign ministry'
FMk = 'foreign ministry|Foreign ministry'
TY = 'Tian Yuhang'
MOC = "China's Ministry of Commerce"
MOCk = 'Commerce'
LO = 'Liesbeth Oosterhuis-Kamp'
ED = 'Two EU diplomats'
HV = 'Hendrik Voskuijlen-Baer'
ZR = 'Zhao Ruoxi'
DOCS['07_china_mfa_briefing.txt'] = [
    E('indirect', 'China will take "all necessary measures" to protect the rights of its companies', FM, FMk, 'said', mention=FM, mctx='the foreign ministry said on Tuesday'),
    E('indirect', 'the investigation was "typical protectionism dressed up as fair competition"', TY, 'Tian', 'told', mention='Foreign ministry spokesperson Tian Yuhang'),
    E('indirect', 'Brussels to "correct its wrongdoing immediately."', TY, 'Tian', 'urged', mention='Foreign ministry spokesperson Tian Yuhang'),
    E('direct', 'The EU keeps saying it wants open and fair trade with China. Its actions say the opposite,', TY, 'Tian', 'said', mention='Tian', mctx='opposite," Tian said'),
    E('direct', "China's wind industry is competitive because of innovation and scale, not subsidies.", TY, 'Tian', '', mention='Tian', mctx='opposite," Tian said'),
    E('indirect', 'he would refer reporters to "the competent authorities."', TY, 'Tian', 'said', mention='Tian', mctx='Tian said he would refer'),
    E('indirect', 'China "does not want a trade war, but is not afraid of one."', TY, 'Tian', 'added', mention='He', mctx='He added that China'),
    E('indirect', 'it would "closely follow" the investigation and would take "resolute countermeasures" if the EU imposed duties', MOC, MOCk, 'said in a separate statement', mention=MOC),
    E('indirect', 'the probe breached World Trade Organization rules', MOC, MOCk, 'said', mention='The ministry', mctx='The ministry said the probe'),
    E('indirect', 'it had found "sufficient evidence" that state support had allowed Chinese manufacturers to undercut European rivals by as much as 20% in tenders in Spain, Greece and Bulgaria', 'The European Commission', 'Commission', 'said', mention='The European Commission'),
    E('indirect', 'the investigation followed "a clear and documented complaint" from the industry and would be conducted "strictly in line with our legal obligations."', LO, 'Oosterhuis-Kamp', 'said', mention='Commission spokesperson Liesbeth Oosterhuis-Kamp'),
    E('direct', 'This is not about China. This is about a level playing field,', LO, 'Oosterhuis-Kamp', 'told', mention='she', mctx='field," she told'),
    E('direct', 'Any company, from anywhere, that receives this kind of support would face the same scrutiny.', LO, 'Oosterhuis-Kamp', '', mention='she', mctx='field," she told'),
    E('indirect', 'several member states, including Germany, had been reluctant to open the probe for fear of retaliation against their car makers', ED, 'diplomats', 'said', mention=ED),
    E('indirect', 'the decision had been "very close."', ED, 'diplomats|One|one', 'said', mention='One of the diplomats'),
    E('indirect', 'Western complaints about Chinese "overcapacity" are aimed at containing its development', 'Beijing', 'Beijing', 'has repeatedly said', mention='Beijing', mctx='Beijing has repeatedly said'),
    E('indirect', 'European wind turbine makers have lost market share to Chinese rivals in recent years', 'Eurowind Industry Council', 'Eurowind', 'according to', mention='industry group Eurowind Industry Council'),
    E('indirect', 'European manufacturers "can compete with anyone in the world, but not with a state budget."', HV, 'Voskuijlen-Baer', 'said in a LinkedIn post', mention='He', mctx='He said in a LinkedIn post'),
    E('indirect', 'the dispute was likely to be settled through negotiation rather than escalation', ZR, 'Zhao', 'said', mention=ZR),
    E('direct', 'Both sides need each other in green technology. There will be a lot of noise," Zhao said, "and then a compromise.', ZR, 'Zhao', 'said', mention='Zhao', mctx='noise," Zhao said'),
    E('indirect', 'China "welcomes dialogue on the basis of mutual respect,"', TY, 'Tian', 'said', mention='He', mctx='He said China "welcomes'),
]

RS = 'Ragnhild Szabó-Varga'
TW = 'Tobiah Wendeborn-Kyei'
PE = 'Pilar Etxeberria-Lunde'
JX = 'Japan Aerospace Exploration Agency'
DOCS['08_space_agency_release.txt'] = [
    E('direct', 'We held our breath for about forty minutes, and then the carrier signal was just there, clean and strong,', RS, 'Szabó-Varga', 'says', mention='Dr. Ragnhild Szabó-Varga'),
    E('direct', 'After two and a half years of silence, that’s a very emotional moment for the team.', RS, 'Szabó-Varga', '', mention='Dr. Ragnhild Szabó-Varga'),
    E('indirect', 'all of the spacecraft’s instruments survived the cold of deep space, and its solar arrays are generating slightly more power than expected', 'the first telemetry received', 'telemetry', 'according to', mention='the first telemetry received'),
    E('indirect', 'the main computer rebooted once during wake-up, as planned', 'The team', 'team', 'reports', mention='The team', mctx='The team reports'),
    E('indirect', 'its surface may have become coated in dust, shutting off jets of gas', 'Some astronomers', 'astronomers', 'have suggested', mention='Some astronomers'),
    E('direct', 'We don’t really know what we’re going to find, and that’s the exciting part,', TW, 'Wendeborn-Kyei', 'explains', mention='Prof. Tobiah Wendeborn-Kyei'),
    E('direct', 'It could be a dormant comet, or it could be a comet that is about to break apart. Either way, we will be the first to see it up close.', TW, 'Wendeborn-Kyei', '', mention='Prof. Tobiah Wendeborn-Kyei'),
    E('indirect', 'the team has adjusted the flyby distance from 1,000 to 800 kilometres to get sharper images of the nucleus', TW, 'Wendeborn-Kyei', 'adds', mention='He', mctx='He adds'),
    E('indirect', 'dust from the comet could damage the spacecraft’s camera at that distance', PE, 'Etxeberria-Lunde', 'says', mention='Dr. Pilar Etxeberria-Lunde'),
    E('direct', 'It’s a gamble, but a well-calculated one,', PE, 'Etxeberria-Lunde', 'says', mention='she', mctx='one,” she says'),
    E('direct', 'I would probably have made the same choice.', PE, 'Etxeberria-Lunde', '', mention='she', mctx='one,” she says'),
    E('indirect', 'it was “delighted” that the instrument had survived hibernation and that its team in Sagamihara would begin calibrations next week', JX, 'JAXA|Japan Aerospace', 'said', mention='JAXA', mctx='JAXA said it was'),
    E('indirect', 'Mission controllers will now spend about eight weeks checking out the spacecraft before the first of three trajectory correction manoeuvres in December', 'ESA', 'ESA', 'said', mention='ESA', mctx='December, ESA said'),
    E('indirect', 'no decision had been taken, but that the spacecraft would have “enough fuel for a second target, if we find a good one.”', 'an ESA spokesperson', 'spokesperson', 'said', mention='an ESA spokesperson'),
]

IM = 'Ifeoma Montgomery-Blaise'
TL = 'Thérèse Lavallée-Beaulieu'
CA = 'Chidinma Abara-Teskey'
LV = 'Lorenzo Vittadini-Shaw'
PPSC = 'The Public Prosecution Service of Canada'
DOCS['09_appeal_court_ruling.txt'] = [
    E('indirect', 'Toronto police violated a man’s Charter rights by using a device that mimics a cellphone tower to locate his phone without first getting a warrant', 'the Court of Appeal for Ontario', 'Court of Appeal|court', 'finding', False, mention='Ontario’s top court'),
    E('indirect', 'the trial judge had been wrong to find that the device, known as a cell-site simulator, captured only information in which Mr. Kostopoulos had no reasonable expectation of privacy', IM, 'Montgomery-Blaise', 'said', mention='Justice Ifeoma Montgomery-Blaise'),
    E('block', 'A device that can follow a person’s phone from room to room, through the walls of his home, reveals far more than the location of a piece of plastic. It reveals where he sleeps, whom he visits and when he leaves. That is the kind of information the Charter was designed to protect.', IM, 'Montgomery-Blaise', 'wrote', mention='She', mctx='She wrote:'),
    E('block', 'The police did not seek a warrant because, in the words of one officer, “nobody told us we needed one.” That is not a good-faith belief. It is an absence of inquiry.', IM, 'Montgomery-Blaise', 'wrote', mention='She', mctx='She wrote:'),
    E('indirect', 'she would have upheld the conviction', TL, 'Lavallée-Beaulieu', 'said', mention='Justice Thérèse Lavallée-Beaulieu'),
    E('indirect', 'the police had acted in good faith in a legal grey area and that excluding the drugs would bring the administration of justice into disrepute', TL, 'Lavallée-Beaulieu', 'finding', False, mention='Justice Thérèse Lavallée-Beaulieu'),
    E('direct', 'Reasonable officers could have believed, in 2021, that no warrant was required,', TL, 'Lavallée-Beaulieu', 'wrote', mention='Justice Lavallée-Beaulieu'),
    E('direct', 'The law has since become clearer. It was not clear then.', TL, 'Lavallée-Beaulieu', '', mention='Justice Lavallée-Beaulieu'),
    E('partial', 'a landmark for privacy in this province.', CA, 'Abara-Teskey', 'called', mention=CA),
    E('direct', 'For years, police forces have been using these devices quietly, with no rules and no oversight,', CA, 'Abara-Teskey', 'said in an interview', mention='she', mctx='oversight,” she said'),
    E('direct', 'Today the court has said: get a warrant, like everyone else.', CA, 'Abara-Teskey', '', mention='she', mctx='oversight,” she said'),
    E('indirect', 'her client, who has been in custody since 2022, would apply for bail this week', CA, 'Abara-Teskey', 'said', mention='She', mctx='She said her client'),
    E('indirect', 'it was reviewing the ruling and had 60 days to seek leave to appeal to the Supreme Court of Canada', PPSC, 'Prosecution', 'saying', mention=PPSC),
    E('indirect', 'the service had “not used a cell-site simulator since 2022” and that it would “review the decision carefully with our legal counsel.”', 'A spokesperson for the Toronto Police Service', 'spokesperson|Toronto Police', 'said in an email', mention='A spokesperson for the Toronto Police Service'),
    E('indirect', 'the court had “closed a dangerous loophole.”', 'The Ontario Privacy Rights Coalition', 'Privacy Rights|Coalition', 'said in a statement', mention='The Ontario Privacy Rights Coalition'),
    E('indirect', 'the split on the bench made an appeal to Ottawa more likely', LV, 'Vittadini-Shaw', 'said', mention=LV),
    E('direct', 'When you have a strong dissent on the exclusion question,” he said, “the Supreme Court tends to take notice.', LV, 'Vittadini-Shaw', 'said', mention='he', mctx='question,” he said'),
    E('direct', 'I would not be surprised to see this case there within the year.', LV, 'Vittadini-Shaw', 'added', mention='He', mctx='He added:'),
    E('indirect', 'police used the device on at least four occasions over six weeks in the spring of 2021, including twice while Mr. Kostopoulos was at his mother’s apartment in Mississauga', 'court documents', 'documents', 'according to', mention='court documents'),
    E('indirect', 'the location data was “no more intrusive than watching a man walk down a public street.”', 'Elwood Brannigan', 'Brannigan', 'had ruled', mention='Justice Elwood Brannigan'),
]

AW = 'Abhijeet Wagholikar'
AWk = 'Wagholikar|Commissioner'
RP = 'Rekha Pawar-Sathe'
RPk = 'Pawar-Sathe'
DB = 'Dnyaneshwar Bhalerao'
MJ = 'Madhukar Joshi-Gokhale'
WRD = 'A senior official of the Water Resources Department'
CM = 'Chandrakant Mhaskar'
DOCS['10_indian_civic_water.txt'] = [
    E('indirect', 'Residents of Nashik will have to make do with water supply on alternate days till at least the onset of the monsoon', AW, AWk, 'said', mention='Dr. Abhijeet Wagholikar'),
    E('indirect', 'storage in the Gangapur and Darna dams had dropped to 31 per cent of capacity, against 58 per cent at this time last year', AW, AWk, 'said', mention='Dr. Wagholikar'),
    E('direct', 'We have no option. If we do not cut supply now, the city will be dry by April,', AW, AWk, 'stated', mention='he', mctx='he stated'),
    E('indirect', "the Nashik Municipal Corporation (NMC) would deploy 140 tankers to areas on the city's outskirts, including Pathardi, Makhmalabad and Cidco, from Monday", AW, AWk, 'informed', mention='He', mctx='He informed'),
    E('indirect', 'the administration had "slept for six months" despite warnings from the Irrigation department in April', RP, RPk, 'alleged', mention='Smt. Rekha Pawar-Sathe'),
    E('direct', 'Paani do, varna kursi chhodo', 'Protestors', 'Protestors|protestors', 'raised slogans of', False, mention='Protestors'),
    E('direct', 'Our women are standing in queues at 5 am with buckets. Meanwhile, new housing projects for builders are getting full supply. This is injustice,', RP, RPk, 'said', mention='Smt. Pawar-Sathe'),
    E('indirect', 'the Commissioner publish a ward-wise schedule of supply and tanker rounds', RP, RPk, 'demanded', mention='She', mctx='She demanded'),
    E('indirect', 'no builder had been given special treatment and that the water cut would apply "equally to every ward, every building and every corporator."', DB, 'Bhalerao', 'said', mention='Mayor Shri Dnyaneshwar Bhalerao'),
    E('indirect', 'the Opposition was "doing politics over a natural calamity."', DB, 'Bhalerao', 'opined', mention='He', mctx='He opined'),
    E('direct', 'I appeal to all citizens to use water judiciously and not to panic. The corporation is fully prepared,', DB, 'Bhalerao', 'said', mention='Shri Bhalerao'),
    E('indirect', "at least 18 per cent of the water pumped into the city's network was being lost through leaking pipelines and illegal connections", 'Sources in the civic body', 'Sources|sources', 'said', mention='Sources in the civic body'),
    E('indirect', 'the corporation has so far disconnected 2,340 illegal connections this year', 'NMC data', 'NMC|data', 'As per', mention='NMC data'),
    E('indirect', 'releases from the dams for irrigation had already been curtailed', WRD, 'official', 'said', mention=WRD),
    E('direct', 'Farmers downstream are also suffering. We cannot stop releases for drinking water to villages,', WRD, 'official', 'said', mention='the official'),
    E('indirect', 'the crisis was "man-made, not god-made."', MJ, 'Joshi-Gokhale', 'opined', mention='Shri Madhukar Joshi-Gokhale'),
    E('indirect', 'the NMC had made rainwater harvesting mandatory in 2007 but had never enforced the rule', MJ, 'Joshi-Gokhale', 'said', mention='He', mctx='He said that the NMC'),
    E('direct', 'Every monsoon we let crores of litres run into the gutters, and every summer we cry for tankers,', MJ, 'Joshi-Gokhale', 'told', mention='he', mctx='he told TOI'),
    E('indirect', 'irregular supply even before the cut was announced', 'Residents of Pathardi Phata', 'Residents|residents', 'complained of', False, mention='Residents of Pathardi Phata'),
    E('direct', 'We got water for 40 minutes yesterday, that too at very low pressure. My mother-in-law is 78, she cannot carry buckets up three floors,', 'Jyoti Kadam-Ingle', 'Kadam-Ingle', 'said', mention='Smt. Jyoti Kadam-Ingle'),
    E('indirect', 'the district collector to convene a meeting of all stakeholders within a week', CM, 'Mhaskar', 'directed', mention='Shri Chandrakant Mhaskar'),
    E('indirect', 'the state government would provide funds for emergency works "without any delay."', CM, 'Mhaskar', 'assured', mention='He', mctx='He assured'),
]

def main():
    out = {'about': 'heldout7: 10 news articles written and annotated blind (session 6), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json, heldout4, heldout5 and heldout6: start/end are UTF-8 byte '
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
