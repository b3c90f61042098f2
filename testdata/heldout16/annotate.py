#!/usr/bin/env python3
"""Builds reference.json for heldout16 (a blind set) from hand annotations.

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

# 01 Politico Europe Brussels story, Commission plans a ban on disposable vapes (curly quotes)
MSA = 'Margit Söderkvist-Aalto'
MSAk = 'Söderkvist-Aalto|commissioner'
OB = 'Ottavio Brancaleoni'
OBk = 'Brancaleoni|spokesperson'
ITD = 'one Italian diplomat'
EUD = 'An EU diplomat from a country backing the ban'
SDM = 'Séverine Dujardin-Moreels'
SDMk = 'Dujardin-Moreels|minister'
RV = 'Radim Vostřelka'
RVk = 'Vostřelka|MEP'
EVTC = 'The European Vaping Trade Council'
EVTCk = 'EVTC|European Vaping Trade Council|council'
HM = 'Wendela Maasdorp'
HMk = 'Maasdorp|director general'
LFS = 'Ludovica Tresidder-Sala'
LFSk = 'Tresidder-Sala|director'
COF = 'One Commission official'
DOCS['01_politico_europe_disposable_vapes_ban.txt'] = [
    E('indirect', 'the devices are “plastic waste with a battery attached.”', 'The European Commission', 'Commission', 'says', False, mention='The Commission', mctx='The Commission says the devices'),
    E('indirect', 'The European Commission will propose an EU-wide ban on single-use e-cigarettes next month', 'two officials familiar with the plans', 'officials', 'told', mention='two officials familiar with the plans'),
    E('indirect', 'The draft, which will be folded into a revision of the batteries regulation, would give manufacturers 18 months to stop selling vapes that cannot be recharged or refilled', 'a copy of the text seen by POLITICO', 'copy|text', 'according to', mention='a copy of the text seen by POLITICO'),
    E('direct', 'This is plastic waste with a battery attached, and Europeans are throwing away millions of them every week,', MSA, MSAk, 'told', mention='Environment Commissioner Margit Söderkvist-Aalto'),
    E('direct', 'We cannot recycle our way out of that.', MSA, MSAk, '', mention='Environment Commissioner Margit Söderkvist-Aalto'),
    E('indirect', 'the Commission had looked at labelling and collection schemes first but concluded they “would not touch the scale of the problem.”', MSA, MSAk, 'said', mention='Söderkvist-Aalto', mctx='Söderkvist-Aalto said the Commission'),
    E('indirect', 'the proposal was on the College’s agenda for May 13', OB, OBk, 'confirmed', mention='Commission spokesperson Ottavio Brancaleoni'),
    E('direct', 'Nothing is final until it’s adopted,', OB, OBk, 'said', mention='he', mctx='adopted,” he said'),
    E('indirect', 'a ban would push consumers toward the black market', 'a diplomatic note circulated among EU ambassadors last week', 'note|Italy', 'warned', mention='a diplomatic note circulated among EU ambassadors last week'),
    E('direct', 'We share the goal. We don’t share the method,', ITD, 'diplomat', 'said', mention=ITD),
    E('indirect', 'Rome would prefer a deposit-return scheme run at national level', ITD, 'diplomat', 'said', mention='The diplomat', mctx='The diplomat said Rome'),
    E('indirect', 'his government would “not accept a measure written for the north and paid for by the south.”', 'Aristeidis Vlachopanos', 'Vlachopanos|minister', 'told', mention='Greek Deputy Finance Minister Aristeidis Vlachopanos'),
    E('direct', 'Every year it’s the same argument about the black market,', EUD, 'diplomat', 'said', mention='the diplomat', mctx='market,” the diplomat said'),
    E('direct', 'Every year the waste keeps piling up.', EUD, 'diplomat', '', mention='the diplomat', mctx='market,” the diplomat said'),
    E('indirect', 'the EU should “finish the job” by also restricting flavours', SDM, SDMk, 'wrote', mention=SDM),
    E('indirect', 'the Commission not to “let the industry buy itself another three years.”', SDM, SDMk, 'urged', mention=SDM),
    E('partial', 'overdue but welcome.', 'Jorien Blokzijl', 'Blokzijl|MEP', 'called', mention='Dutch Greens MEP Jorien Blokzijl'),
    E('indirect', 'the Commission was “doing tobacco policy through the back door of a waste law.”', RV, RVk, 'argued', mention='Czech MEP Radim Vostřelka'),
    E('indirect', 'the batteries regulation was the wrong legal basis', RV, RVk, 'said', mention='He', mctx='He said the batteries'),
    E('indirect', 'the EPP would table amendments to strip the ban out', RV, RVk, 'warned', mention='He', mctx='He said the batteries'),
    E('indirect', 'a ban would backfire', 'The industry', 'industry', 'says', False, mention='The industry'),
    E('indirect', 'the measure would “hand the market to smugglers overnight.”', EVTC, EVTCk, 'said', mention=EVTC),
    E('indirect', 'the sector was ready to fund collection points in every member country', HM, HMk, 'said', mention=HM),
    E('direct', 'Give us two years and a target, and we will meet it,', HM, HMk, 'said', mention='she', mctx='it,” she said'),
    E('direct', 'Ban the product, and the only people collecting anything will be the criminals.', HM, HMk, '', mention='she', mctx='it,” she said'),
    E('direct', 'Disposable vapes are priced for pocket money and flavoured for children,', LFS, LFSk, 'said', mention=LFS),
    E('indirect', 'neither was “an accident.”', LFS, LFSk, 'adding', mention=LFS),
    E('indirect', 'around 1.3 billion disposable vapes were sold in the EU in 2024, and fewer than one in five was collected for recycling', 'the Commission’s own impact assessment', 'assessment|Commission', 'According to', mention='the Commission’s own impact assessment'),
    E('indirect', 'the aim was to reach a deal before the end of the Cypriot Council presidency in June', COF, 'official', 'said', mention=COF),
    E('indirect', 'that was “ambitious.”', COF, 'official', 'acknowledged', mention=COF),
    E('direct', 'If Italy and Greece find two more friends, this goes nowhere,', 'Another official', 'official', 'said', mention='the official', mctx='nowhere,” the official said'),
]
# 02 Hindustan Times city page, Delhi high court bench on open drains after a child's death (straight quotes, punctuation outside)
DHC = 'The Delhi high court'
DHCk = 'court|bench'
KA = 'Kshitij Anandamurthy'
KAk = 'Anandamurthy|advocate'
RSG = 'Rupinder Sachdeva-Grewal'
RSGk = 'Sachdeva-Grewal|counsel'
DJB = 'The Delhi Jal Board'
DJBk = 'DJB|Delhi Jal Board|Jal Board'
NCD = 'Naresh Chhillar-Dabas'
NCDk = 'Chhillar-Dabas|councillor'
MCDO = 'An MCD official'
DOCS['02_hindustan_times_delhi_hc_open_drains.txt'] = [
    E('indirect', 'the civic body to cover or fence all open stormwater drains near schools in the Shahdara South zone within eight weeks', DHC, DHCk, 'directed', False, mention='The court', mctx='The court directed the civic body'),
    E('indirect', 'the civic body "appears to be waiting for the next child to fall in" before acting', DHC, DHCk, 'observing', mention=DHC),
    E('direct', 'It is not a question of funds. It is a question of will,', DHC, DHCk, 'remarked', mention='the bench', mctx='the bench remarked orally'),
    E('direct', "Lives can't wait for tenders.", DHC, DHCk, '', mention='the bench', mctx='the bench remarked orally'),
    E('indirect', 'the MCD to cover or fence every open drain within 500 metres of a school in the zone within eight weeks, and to file a status report before the next date of hearing', DHC, DHCk, 'directed', mention='the court', mctx='In its order, the court directed'),
    E('indirect', 'at least 37 drains in the zone remained open, 11 of them on routes used by schoolchildren', KA, KAk, 'told', mention='advocate Kshitij Anandamurthy'),
    E('indirect', 'the association had written to the MCD six times since 2023 and had received "not one reply on merits"', KA, KAk, 'said', mention='He', mctx='He said the association'),
    E('direct', 'The corporation had notice. It chose not to act,', KA, KAk, 'argued', mention='Anandamurthy', mctx='act," Anandamurthy argued'),
    E('indirect', "the boy's family had still not received the compensation announced by the area councillor", KA, KAk, 'adding', mention='Anandamurthy', mctx='act," Anandamurthy argued'),
    E('indirect', 'the civic body had covered 19 drains since the incident and that work on the remaining stretches had been held up because several of them fell under the Delhi Jal Board (DJB) and the irrigation and flood control department', RSG, RSGk, 'submitted', mention='MCD standing counsel Rupinder Sachdeva-Grewal'),
    E('direct', 'There are three agencies on one drain, my lords. Each one says it belongs to the other,', RSG, RSGk, 'said', mention='she', mctx='other," she said'),
    E('direct', 'That is precisely the problem. The citizen does not care whose drain it is,', 'Vivekanand Pathrikar', 'Pathrikar|justice', 'said', mention='justice Pathrikar'),
    E('indirect', 'the MCD had even mapped which drain belonged to which agency', 'Vivekanand Pathrikar', 'Pathrikar|justice', 'asking', False, mention='justice Pathrikar'),
    E('indirect', 'a joint survey had been ordered in January', RSG, RSGk, 'said', mention='Sachdeva-Grewal', mctx='When Sachdeva-Grewal said'),
    E('indirect', 'inter-departmental disputes "cannot become a licence for inaction"', DHC, DHCk, 'observed', mention='The court', mctx='The court observed'),
    E('indirect', 'the chief secretary of Delhi to convene a meeting of all three agencies within ten days and fix responsibility for each drain', DHC, DHCk, 'directed', mention='The court', mctx='The court observed'),
    E('indirect', 'it would cooperate with the survey', DJB, DJBk, 'said', mention='The DJB', mctx='The DJB, represented'),
    E('indirect', 'most of the drains in question had been handed over to the MCD in 2012', DJB, DJBk, 'maintained', mention='The DJB', mctx='The DJB, represented'),
    E('indirect', 'she still walks her younger daughter to school along the same drain every morning', 'Phoolmati', 'Phoolmati|mother', 'told', mention='Phoolmati'),
    E('direct', 'I hold her hand the whole way. What else can I do?', 'Phoolmati', 'Phoolmati|mother', 'said', mention='she', mctx='do?" she said in Hindi'),
    E('direct', 'Everyone comes, takes photos, goes away.', 'Phoolmati', 'Phoolmati|mother', '', mention='she', mctx='do?" she said in Hindi'),
    E('indirect', 'the compensation of ₹5 lakh had been "approved at every level" and would be paid "within days"', NCD, NCDk, 'said', mention='Area councillor Naresh Chhillar-Dabas'),
    E('indirect', 'the file had been returned twice for "minor corrections"', NCD, NCDk, 'saying', mention='He', mctx='He blamed paperwork'),
    E('indirect', 'the corporation had sanctioned ₹14 crore for drain-covering work in east Delhi this financial year but that contractors had been slow to bid', MCDO, 'official', 'said', mention=MCDO),
    E('direct', 'Nobody wants to work inside a live drain before the monsoon,', MCDO, 'official', 'said', mention='the official', mctx='monsoon," the official said'),
    E('indirect', '212 kilometres of stormwater drains in the Shahdara South zone are still uncovered', 'data submitted by the MCD in an earlier affidavit', 'data|affidavit|MCD', 'According to', mention='data submitted by the MCD in an earlier affidavit'),
    E('indirect', 'the stretch where the boy died had been left open after desilting work and was not barricaded', 'HT', 'HT', 'had reported', False, mention='HT', mctx='HT had reported'),
    E('indirect', 'little had changed since', 'Residents of the area', 'residents|Residents', 'said', mention='Residents of the area'),
    E('direct', 'They put up a tin sheet for a week after the boy died. Then it was gone,', 'Mohd Areeb Siddiquee', 'Siddiquee', 'said', mention='Mohd Areeb Siddiquee'),
]
# 03 dpa English sports wire, Bundesliga coach's pre-match press conference (straight quotes; one German „…“ quote)
LB = 'Lorenz Brünnhofer'
LBk = 'Brünnhofer|coach'
AQ = 'Reinhild Quellmalz'
AQk = 'Quellmalz|director'
HNB = 'Torstein Skaarud-Brenner'
HNBk = 'Skaarud-Brenner|coach'
DOCS['03_dpa_bundesliga_prematch_presser.txt'] = [
    E('indirect', "using his side's growing injury list as an excuse ahead of Saturday's home game against FC Augsburg", LB, LBk, 'ruled out', False, mention='SC Freiburg coach Lorenz Brünnhofer'),
    E('direct', 'We have 18 fit players and a goalkeeper who has waited two years for this chance. That is enough to win a football match,', LB, LBk, 'told', mention='Brünnhofer', mctx='match," Brünnhofer told'),
    E('indirect', "striker Kofi Ansong-Bader had torn a hamstring in last weekend's 3-0 defeat at Mainz and would be out for at least six weeks", 'SC Freiburg', 'club|Freiburg', 'confirmed', mention='The club', mctx='The club confirmed'),
    E('indirect', 'the injury was "a hard blow, for him more than for us"', LB, LBk, 'said', mention='Brünnhofer', mctx='Brünnhofer said the injury'),
    E('indirect', 'the 21-year-old had been in tears in the dressing room', LB, LBk, 'revealed', mention='Brünnhofer', mctx='Brünnhofer said the injury'),
    E('direct', 'He is young, it is his first real season in the Bundesliga. I told him: this is not the end, it is a pause,', LB, LBk, 'said', mention='the coach', mctx='pause," the coach said'),
    E('direct', 'He will come back stronger. I have seen it with other players.', LB, LBk, '', mention='the coach', mctx='pause," the coach said'),
    E('direct', 'No. We trust our academy. If a boy from the U19s plays on Saturday, it will not be charity. He will have earned it.', LB, LBk, 'said', mention='the 47-year-old'),
    E('indirect', 'third-choice goalkeeper Timo Vierlinger would make his Bundesliga debut, with first-choice keeper Noah Gerstenkorn still recovering from a concussion and his deputy ill', LB, LBk, 'confirmed', mention='He', mctx='He confirmed that third-choice'),
    E('direct', 'The table is not a problem," Brünnhofer said, "the way we lost in Mainz is a problem. We stopped running after the second goal, and that I will not accept.', LB, LBk, 'said', mention='Brünnhofer', mctx='problem," Brünnhofer said'),
    E('direct', 'Jammern bringt nichts', LB, LBk, ':', mention='he', mctx='In German he was'),
    E('indirect', 'the club had "no plans whatsoever" to change coach', AQ, AQk, 'told', mention='Sporting director Reinhild Quellmalz'),
    E('indirect', 'the board remained "fully behind Lorenz and his staff"', AQ, AQk, 'insisted', mention='Sporting director Reinhild Quellmalz'),
    E('direct', 'We did not forget what he built here because of five bad weeks,', AQ, AQk, 'told', mention='Quellmalz', mctx='weeks," Quellmalz told'),
    E('indirect', 'Freiburg have won only one of their last nine Bundesliga meetings with Augsburg', 'Opta', 'Opta', 'According to', mention='data provider Opta'),
    E('indirect', "reading too much into Freiburg's absences", HNB, HNBk, 'warned against', False, mention='Augsburg coach Torstein Skaarud-Brenner'),
    E('direct', 'Freiburg without six players is still Freiburg. They press, they run, they are organised,', HNB, HNBk, 'said', mention='the Norwegian'),
    E('direct', 'Nobody in my dressing room thinks this will be easy.', HNB, HNBk, '', mention='the Norwegian'),
    E('indirect', 'centre-back Ilir Berisha-Koenen was a doubt with a knee problem and that he would decide on his fitness "on Saturday morning, not before"', HNB, HNBk, 'said', mention='Skaarud-Brenner', mctx='Skaarud-Brenner said centre-back'),
    E('indirect', 'fans would stay silent for the first 12 minutes "as a sign against 7:30 pm kick-offs on Saturdays", which it said made travel home impossible for many away fans', 'Nordkurve Dreisam', 'Nordkurve Dreisam|group', 'said', mention='Nordkurve Dreisam'),
    E('indirect', 'he sympathised', LB, LBk, 'said', mention='Brünnhofer', mctx='Brünnhofer said he sympathised'),
    E('direct', 'I am also not a fan of late kick-offs,', LB, LBk, 'said', mention='he', mctx='kick-offs," he said'),
    E('direct', 'But I hope my players will not be silent for 12 minutes.', LB, LBk, '', mention='he', mctx='kick-offs," he said'),
    E('indirect', 'they were agreed with broadcasters as part of the current media rights deal', 'The German Football League', 'DFL|German Football League|league', 'saying', mention='The German Football League'),
]
# 04 newspaper science desk, journal paper on freeze-tolerant ice worms (curly quotes)
TVH = 'Zornitsa Vancheva-Oquist'
TVHk = 'Vancheva-Oquist|author'
MEB = 'Joakim Ekwall-Söderby'
MEBk = 'Ekwall-Söderby|co-author'
OAP = 'Oluwaseyi Adegbenro-Faulk'
OAPk = 'Adegbenro-Faulk|cryobiologist'
AUT = 'the authors'
DOCS['04_science_desk_ice_worms_journal_paper.txt'] = [
    E('indirect', 'the worms switch off almost all cell activity, then restart within hours of thawing', 'A study in Current Ecology', 'study', 'finds', False, mention='A study in Current Ecology'),
    E('indirect', 'Ice worms, the thread-thin creatures that live inside glaciers in the Pacific Northwest and Alaska, can survive being frozen for at least a year and return to normal activity within six hours of thawing', 'a study published Wednesday', 'study', 'according to', mention='a study published Wednesday'),
    E('direct', 'We fully expected to thaw out a tray of dead worms,', TVH, TVHk, 'said', mention='lead author Dr. Zornitsa Vancheva-Oquist'),
    E('direct', 'Instead, about a third of them started wriggling before lunch.', TVH, TVHk, '', mention='lead author Dr. Zornitsa Vancheva-Oquist'),
    E('indirect', 'Of the worms frozen for a full year, 31 percent recovered', 'the team', 'team|Vancheva-Oquist', 'reports', mention='the team', mctx='the team reports'),
    E('indirect', 'The worms appear to do it by shutting down almost all of their metabolism and flooding their cells with a sugar called trehalose, which keeps ice crystals from tearing cell membranes', AUT, 'authors', 'wrote', mention='the authors', mctx='the authors wrote.'),
    E('direct', 'The degree of metabolic shutdown is unlike anything we have seen in an animal of this size,', AUT, 'authors|they', 'wrote', mention='they', mctx='size,” they wrote'),
    E('direct', 'For practical purposes, the frozen worm is neither alive nor dead.', AUT, 'authors|they', '', mention='they', mctx='size,” they wrote'),
    E('indirect', 'the most striking result was how fast the worms restarted', MEB, MEBk, 'said', mention=MEB),
    E('direct', 'Tardigrades can do something similar, but they take a long time to come back, and many of them are damaged,', MEB, MEBk, 'said', mention='he', mctx='damaged,” he said'),
    E('direct', 'These worms are climbing on each other within six hours. That tells us they have some kind of repair program we don’t understand yet.', MEB, MEBk, '', mention='he', mctx='damaged,” he said'),
    E('indirect', 'their worms were frozen slowly in a laboratory, and that it is not clear whether worms caught by a sudden freeze on the glacier surface would survive', 'The researchers', 'researchers', 'caution', mention='The researchers', mctx='The researchers caution'),
    E('indirect', 'the work careful', 'Independent scientists', 'scientists', 'called', False, mention='Independent scientists'),
    E('indirect', 'it raised as many questions as it answered', 'Independent scientists', 'scientists', 'said', mention='Independent scientists'),
    E('indirect', 'the survival rate was “remarkable for an animal that has no obvious adaptations for freezing.”', OAP, OAPk, 'said', mention='Dr. Oluwaseyi Adegbenro-Faulk'),
    E('indirect', 'the worms had truly been frozen solid throughout', OAP, OAPk, 'questioned', False, mention='he', mctx='But he questioned'),
    E('indirect', 'small pockets of liquid water can persist in tissue at minus 20', OAP, OAPk, 'noting', mention='he', mctx='But he questioned'),
    E('direct', 'I would want to see calorimetry data before I call this true freeze tolerance,', OAP, OAPk, 'said', mention='he', mctx='tolerance,” he said'),
    E('indirect', 'her team had measured ice formation in a subset of worms and was “confident they were frozen through,”', TVH, TVHk, 'said', mention='Vancheva-Oquist', mctx='Vancheva-Oquist said her team'),
    E('indirect', 'more work was needed', TVH, TVHk, 'agreed', mention='Vancheva-Oquist', mctx='Vancheva-Oquist said her team'),
    E('indirect', 'ice worms could become a useful model for that work, because unlike frogs or insects that survive freezing, they are easy to keep in the laboratory and reproduce quickly', 'An editorial accompanying the paper', 'editorial', 'argues', mention='An editorial accompanying the paper'),
    E('direct', 'We have been finding amazing freeze-tolerant animals for fifty years,', 'Torunn Haldorsen-Mwale', 'Haldorsen-Mwale', 'said', mention='Prof. Torunn Haldorsen-Mwale'),
    E('direct', 'Translating any of it to a human kidney has proved extraordinarily hard.', 'Torunn Haldorsen-Mwale', 'Haldorsen-Mwale', '', mention='Prof. Torunn Haldorsen-Mwale'),
    E('indirect', 'The Mendenhall Glacier has retreated by nearly three kilometres since the 1950s', 'the U.S. Forest Service', 'Forest Service', 'according to', mention='the U.S. Forest Service'),
    E('direct', 'We may be learning how these animals survive the cold just as the cold disappears,', TVH, TVHk, 'said', mention='Vancheva-Oquist', mctx='disappears,” Vancheva-Oquist said'),
]
# 05 Focus Taiwan (CNA), minimum pay for live-in foreign caregivers (straight quotes, Chinese characters after names)
MOL = 'The Ministry of Labor'
MOLk = 'MOL|Ministry of Labor|ministry'
KUO = 'Kuo Shu-ling'
KUOk = 'Kuo|minister'
TIWA = "Taiwan International Workers' Association"
TIWAk = "Taiwan International Workers' Association|group|association"
LAI = 'Lai Tsung-han'
LAIk = 'Lai|chairman'
KMT = 'The Kuomintang caucus'
KMTk = 'KMT|Kuomintang|caucus'
HUNG = 'Hung Ya-ting'
HUNGk = 'Hung|legislator'
DOCS['05_focus_taiwan_caregiver_wage_rise.txt'] = [
    E('indirect', 'the minimum monthly wage for foreign caregivers employed in private households will rise by NT$3,000 (US$92) to NT$23,000 from July 1, the first increase in nearly four years', MOL, MOLk, 'announced', mention='The Ministry of Labor'),
    E('indirect', 'The adjustment will cover about 210,000 live-in caregivers, most of them from Indonesia, the Philippines and Vietnam', 'MOL statistics', 'statistics|MOL', 'according to', mention='MOL statistics'),
    E('indirect', 'the increase reflected rising living costs and the need to keep Taiwan competitive as other economies in the region compete for the same workers', KUO, KUOk, 'said', mention='Deputy Labor Minister Kuo Shu-ling'),
    E('direct', 'Japan, South Korea and Singapore are all recruiting from the same villages we are. If we do nothing, the workers will go elsewhere,', KUO, KUOk, 'said', mention='Kuo', mctx='elsewhere," Kuo said'),
    E('indirect', 'families on low incomes or caring for a relative with severe disabilities would be eligible for a subsidy of up to NT$1,500 per month to help cover the higher wage, which she said would cost the government about NT$1.2 billion a year', KUO, KUOk, 'added', mention='She', mctx='She added that families'),
    E('indirect', 'the increase was welcome but far from enough', 'Migrant rights groups', 'groups', 'said', mention='Migrant rights groups'),
    E('direct', 'NT$23,000 is still less than what a factory worker earns for a 40-hour week, and caregivers are on call 24 hours a day,', 'Chen Pei-wen', 'Chen|researcher', 'told', mention='Chen Pei-wen'),
    E('indirect', 'the government to bring caregivers under the Labor Standards Act', TIWA, TIWAk, 'urged', mention='The group', mctx='The group has long urged'),
    E('indirect', 'separate rules leave them without guaranteed days off or overtime pay', TIWA, TIWAk, 'arguing', mention='The group', mctx='The group has long urged'),
    E('indirect', 'she had not had a full day off in five months', 'Sulastri', 'Sulastri|caregiver', 'said', mention='Sulastri', mctx='Sulastri, said through'),
    E('direct', 'My employer is a kind family. But the grandmother cannot be left alone, so who will take my place?', 'Sulastri', 'Sulastri|caregiver', 'said', mention='she', mctx='place?" she said'),
    E('indirect', 'some families would struggle', 'Employer groups', 'groups|Employer', 'warned', mention='Employer groups'),
    E('indirect', 'many of its members were retirees looking after a spouse', LAI, LAIk, 'said', mention='Lai Tsung-han'),
    E('direct', 'For a family living on a pension, NT$3,000 a month is not a small number,', LAI, LAIk, 'said', mention='he', mctx='number," he said'),
    E('indirect', 'the association would ask the MOL to widen the subsidy', LAI, LAIk, 'adding', mention='he', mctx='number," he said'),
    E('indirect', 'the government had struck "a reasonable balance between fairness to workers and the ability of families to pay."', 'Fan Chih-hao', 'Fan|legislator', 'said', mention='Legislator Fan Chih-hao'),
    E('indirect', 'the Cabinet had "once again passed the cost of long-term care onto ordinary households,"', KMT, KMTk, 'said', mention='The opposition Kuomintang (KMT) caucus'),
    E('indirect', 'the government to expand the subsidy to all families with a member over 85', KMT, KMTk, 'called on', mention='The opposition Kuomintang (KMT) caucus'),
    E('indirect', 'she supported the raise in principle', HUNG, HUNGk, 'said', mention='Legislator Hung Ya-ting'),
    E('indirect', 'it would not take effect until July', HUNG, HUNGk, 'questioned', False, mention='Legislator Hung Ya-ting'),
    E('indirect', 'Waiting six months "makes no sense when everyone agrees prices have gone up,"', HUNG, HUNGk, 'told', mention='she', mctx='she told reporters at the legislature'),
    E('indirect', "the ministry needed time to notify the caregivers' home countries and to revise standard contracts", KUO, KUOk, 'said', mention='Kuo', mctx='Asked about the timing, Kuo said'),
    E('indirect', 'the Indonesian government had asked for a larger increase during talks last year', MOL, MOLk, 'According to', mention='the MOL', mctx='According to the MOL'),
    E('indirect', 'the new minimum would be reviewed again in 2028', MOL, MOLk, 'said', mention='The MOL', mctx='The MOL said the new'),
]
# 06 The Citizen (Tanzania), Dar es Salaam rapid-bus fare rise (straight quotes, Mr/Ms/Dr/Eng without periods, "According to him")
LAT = 'The Land Transport Regulatory Authority'
LATk = 'Latra|Land Transport Regulatory Authority|authority'
HMR = 'Hamisi Mwakatobe-Rweyemamu'
HMRk = 'Mwakatobe-Rweyemamu|director'
BLS = 'Baraka Lyimo-Sanga'
BLSk = 'Lyimo-Sanga|chief executive'
SM = 'Salome Mwasandube'
SMk = 'Mwasandube|chief executive'
YKM = 'Yusuph Kitwana-Msuya'
YKMk = 'Kitwana-Msuya|MP'
ENK = 'Elirehema Nangawe-Kombo'
ENKk = 'Nangawe-Kombo|secretary general'
DOCS['06_the_citizen_dar_brt_fare_rise.txt'] = [
    E('indirect', 'the new fares took into account the rising cost of fuel, spare parts and staff salaries, and that the operator had shown it was running at a loss on the Kimara and Gerezani routes', LAT, LATk, 'said', mention='Latra', mctx='yesterday, Latra said'),
    E('indirect', 'the authority had rejected an earlier proposal by the operator for a fare of Sh1,200', HMR, HMRk, 'told', mention='Eng Hamisi Mwakatobe-Rweyemamu'),
    E('direct', 'We balanced two things: the operator must survive, and the ordinary wananchi must still afford the service. Sh1,000 is where we landed,', HMR, HMRk, 'said', mention='he', mctx='landed," he said'),
    E('indirect', "the authority will monitor the operator's performance over the next six months, including waiting times at stations, and could revoke the approval if service does not improve", HMR, HMRk, 'According to', mention='him', mctx='According to him'),
    E('indirect', 'the company had 140 buses but only 92 were on the road because of a shortage of spare parts', BLS, BLSk, 'said', mention='Mr Baraka Lyimo-Sanga'),
    E('direct', 'With the old fare, every kilometre we drove was a kilometre of loss. The new fare gives us room to bring back at least 30 buses by June,', BLS, BLSk, 'said', mention='Mr Lyimo-Sanga', mctx='said Mr Lyimo-Sanga'),
    E('indirect', 'the company owed suppliers more than Sh4 billion', BLS, BLSk, 'said', mention='He', mctx='He said the company owed'),
    E('indirect', 'claims by some passengers that buses were deliberately kept off the road during peak hours', BLS, BLSk, 'denied', False, mention='He', mctx='He said the company owed'),
    E('indirect', 'the increase would hit low-income earners hardest, many of whom make four trips a day', 'commuters who spoke to this paper', 'commuters', 'said', mention='commuters who spoke to this paper'),
    E('direct', 'Tumechoka. Every month something goes up but salaries stay the same,', 'Neema Kapinga-Mollel', 'Kapinga-Mollel|cleaner', 'said', mention='Ms Neema Kapinga-Mollel'),
    E('indirect', 'he now spends close to half of his daily earnings on transport', 'Idrisa Mchomvu', 'Mchomvu|rider', 'said', mention='Mr Idrisa Mchomvu'),
    E('direct', 'If I take the bus there and back, and my children take the bus to school, what is left? Nothing,', 'Idrisa Mchomvu', 'Mchomvu|rider', 'said', mention='he', mctx='Nothing," he said'),
    E('indirect', 'the buses were still overcrowded and that she often waited more than 40 minutes at the Ubungo station in the morning', 'Flora Ngowi-Tarimo', 'Ngowi-Tarimo|passenger', 'complained', mention='Ms Flora Ngowi-Tarimo'),
    E('direct', 'Let them first fix the service, then talk about money,', 'Flora Ngowi-Tarimo', 'Ngowi-Tarimo|passenger', 'said', mention='she', mctx='money," she said'),
    E('indirect', 'it supported the review', 'The Dar Rapid Transit Agency', 'Dart|Dar Rapid Transit Agency|agency', 'said', mention='The Dar Rapid Transit Agency'),
    E('indirect', 'the agency was finalising the procurement of a second operator for the Mbagala route, which she said would bring "real competition" and better service', SM, SMk, 'said', mention='Dr Salome Mwasandube'),
    E('direct', 'One operator cannot carry a city of six million people. That era is ending,', SM, SMk, 'said', mention='Dr Mwasandube', mctx='ending," Dr Mwasandube said'),
    E('indirect', 'the second phase of the BRT, along Kilwa Road, had been completed in 2024 but had not yet started operations', SM, SMk, 'noted', mention='She', mctx='She noted that'),
    E('indirect', 'the government to subsidise fares for students and people with disabilities', YKM, YKMk, 'urged', mention='Mr Yusuph Kitwana-Msuya'),
    E('indirect', 'the transport system should "serve wananchi, not shareholders."', YKM, YKMk, 'saying', mention='Mr Yusuph Kitwana-Msuya'),
    E('indirect', "it would petition the Ministry of Transport to suspend the new fares until an independent audit of the operator's accounts is conducted", 'The Tanzania Bus Passengers Association', 'Tabupa|Tanzania Bus Passengers Association|association', 'said', mention='The Tanzania Bus Passengers Association'),
    E('indirect', 'the association had received more than 300 complaints from BRT users since January, most of them about delays', ENK, ENKk, 'said', mention='Mr Elirehema Nangawe-Kombo'),
    E('direct', 'We are not against the operator making money. We are against paying more for a worse service,', ENK, ENKk, 'said', mention='he', mctx='service," he said'),
    E('indirect', 'passengers with valid monthly cards bought before Monday would be able to use them at the old fare until the end of February', LAT, LATk, 'said', mention='Latra', mctx='Latra said passengers'),
]
# 07 cycling news site, Giro d'Italia stage report with finish-line interviews (curly quotes, nested single quotes, particles "van")
IAZ = 'Iker Uribesalgo-Zubizarreta'
IAZk = 'Uribesalgo-Zubizarreta'
EKB = 'Elias Kovalainen-Brisco'
EKBk = 'Kovalainen-Brisco'
DSR = 'Davide Scarpellini-Rota'
DSRk = 'Scarpellini-Rota'
SVW = 'Sjoerd van Wijngaarden-Plat'
SVWk = 'Wijngaarden-Plat'
AEG = 'Aitor Etxeberri-Goñi'
AEGk = 'Etxeberri-Goñi|director'
DOCS['07_cycling_site_giro_stage_report.txt'] = [
    E('direct', 'I have dreamt of this since I was a boy watching the Giro on television with my grandfather,', IAZ, IAZk, 'told', mention='Uribesalgo-Zubizarreta', mctx='grandfather,” Uribesalgo-Zubizarreta told'),
    E('direct', 'He died in March. This one is for him.', IAZ, IAZk, '', mention='Uribesalgo-Zubizarreta', mctx='grandfather,” Uribesalgo-Zubizarreta told'),
    E('direct', 'I was not scared, but I was not brave either,', EKB, EKBk, 'said', mention='the Finn'),
    E('direct', 'On a descent like that, if you are not brave, you lose time. Simple as that.', EKB, EKBk, '', mention='the Finn'),
    E('indirect', 'his legs had been good', EKB, EKBk, 'insisted', mention='He', mctx='He insisted his legs'),
    E('indirect', 'the team would “look at the video tonight and move on.”', EKB, EKBk, 'said', mention='He', mctx='He insisted his legs'),
    E('indirect', 'he had attacked on the descent because he knew the road from training', DSR, DSRk, 'said', mention='Scarpellini-Rota', mctx='Scarpellini-Rota, who now sits'),
    E('direct', 'I rode this descent maybe twenty times in April,', DSR, DSRk, 'said', mention='he', mctx='April,” he said'),
    E('direct', 'I knew where the wet corners were. That is home advantage.', DSR, DSRk, '', mention='he', mctx='April,” he said'),
    E('direct', 'Tomorrow, we see,', DSR, DSRk, 'said', mention='he', mctx='see,” he said'),
    E('direct', 'He just rode away from me. I had nothing to answer with,', SVW, SVWk, 'said', mention='van Wijngaarden-Plat', mctx='with,” van Wijngaarden-Plat said'),
    E('direct', 'Second is disappointing, but he was the better rider today.', SVW, SVWk, '', mention='van Wijngaarden-Plat', mctx='with,” van Wijngaarden-Plat said'),
    E('indirect', 'the team had planned the attack for the steepest section of the climb, where gradients reach 15 per cent', AEG, AEGk, 'said', mention=AEG),
    E('direct', 'We told him: ‘Wait for the 15 per cent. Not before,’', AEG, AEGk, 'said', mention='Etxeberri-Goñi', mctx='’” Etxeberri-Goñi said'),
    E('direct', 'He is young, he wanted to go earlier. This time he listened.', AEG, AEGk, '', mention='Etxeberri-Goñi', mctx='’” Etxeberri-Goñi said'),
    E('indirect', 'the race jury relegated Belgian sprinter Thibaut Verschaeve-Lenoir to the back of the bunch at the intermediate sprint in Borgo Valsugana for irregular sprinting', 'the official communiqué', 'communiqué', 'according to', mention='the official communiqué'),
    E('indirect', 'it “strongly disagreed” with the decision and would ask the commissaires for an explanation', 'Vanmarcke–Sauveur', 'Vanmarcke|team', 'said', mention='Vanmarcke–Sauveur'),
    E('indirect', 'Australian Tavish Dewhirst-Fane abandoned with a suspected broken collarbone', 'his team', 'team', 'said', mention='his team', mctx='his team said'),
    E('indirect', 'he was “gutted”', 'Tavish Dewhirst-Fane', 'Dewhirst-Fane', 'posted', mention='Dewhirst-Fane', mctx='Dewhirst-Fane later posted'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout16: news articles written and annotated blind (helper session s15), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout15: start/end are UTF-8 byte '
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
