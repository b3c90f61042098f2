#!/usr/bin/env python3
"""Builds reference.json for heldout13 (a blind set) from hand annotations.

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

# DOCS-BEGIN

# 01 Philippine Daily Inquirer, Senate blue ribbon hearing on overpriced school chairs (curly quotes, Tagalog)
LMB = 'Leoncio Madrigal-Buenaflor'
LMBk = 'Madrigal-Buenaflor|chair'
CBI = 'Crisanto Balagtas-Ilagan'
CBIk = 'Balagtas-Ilagan|Undersecretary'
PI = 'Milagros Inocentes'
RTE = 'Ramil Uy-Evangelista'
RTEk = 'Uy-Evangelista|president'
COP = 'Ma. Celestina Ordoñez-Paras'
COPk = 'Ordoñez-Paras|auditor'
JD = 'Jovito Dimaculangan'
WCR = 'Wilfredo Cabugnason-Sison'
WCRk = 'Cabugnason-Sison|statement|Secretary'
LAM = 'Leonor Agbayani-Macaraeg'
DOCS['01_inquirer_senate_school_chairs.txt'] = [
    E('partial', 'a robbery in broad daylight, with receipts.', LMB, LMBk, 'calling', mention='the committee chair'),
    E('indirect', 'each chair had been bought for P2,090, while the same model was sold online for as little as P1,150', LMB, LMBk, 'said', mention='Sen. Leoncio Madrigal-Buenaflor'),
    E('direct', 'We are not talking about a rounding error here. We are talking about P1 billion of the people’s money that went somewhere, and today we want to know where,', LMB, LMBk, 'said', mention='Madrigal-Buenaflor', mctx='said Madrigal-Buenaflor, who chairs'),
    E('indirect', 'the price included delivery to 4,300 schools, many of them in island and upland areas', CBI, CBIk, 'insisted', mention='Education Undersecretary for Administration Crisanto Balagtas-Ilagan'),
    E('direct', 'Your Honor, a chair in a mall in Pasig is not the same as a chair delivered by bangka to a school in Tawi-Tawi,', CBI, CBIk, 'told', mention='Balagtas-Ilagan', mctx='Balagtas-Ilagan told the senators'),
    E('direct', 'Freight alone accounts for almost a third of the unit cost.', CBI, CBIk, '', mention='Balagtas-Ilagan', mctx='Balagtas-Ilagan told the senators'),
    E('indirect', 'the contract had gone through public bidding and that the Commission on Audit (COA) had not issued any notice of disallowance', CBI, CBIk, 'added', mention='He', mctx='He added that the contract'),
    E('indirect', 'only one company had submitted a bid in 11 of the 16 regional lots', PI, 'Inocentes', 'pointed out', mention='Sen. Milagros Inocentes'),
    E('direct', 'Iisa lang ang bidder, Usec. Paano naging competitive ’yan?', PI, 'Inocentes', 'asked', mention='Inocentes', mctx='Inocentes asked'),
    E('direct', 'There was only one bidder, Usec. How is that competitive?', PI, 'Inocentes', 'meaning', False, mention='Inocentes', mctx='Inocentes asked'),
    E('indirect', 'the winning bidder, Maharlika Furnishing Corp., was registered with the Securities and Exchange Commission only eight months before the bidding in 2024', 'documents submitted to the committee', 'documents', 'according to', mention='documents submitted to the committee'),
    E('indirect', 'the firm was a front', RTE, RTEk, 'denied', mention=RTE),
    E('indirect', 'it had “decades of combined experience” through its partner workshops in Pampanga and Cebu', RTE, RTEk, 'telling', mention=RTE),
    E('direct', 'We are a young company, but we are not a fly-by-night company,', RTE, RTEk, 'said', mention='he', mctx='company,” he said'),
    E('direct', 'Every chair we delivered has a serial number. You can count them.', RTE, RTEk, '', mention='he', mctx='company,” he said'),
    E('indirect', 'COA’s audit of DepEd’s 2024 accounts was still ongoing but that her team had already flagged “significant variances” between the contract price and prevailing market prices', COP, COPk, 'told', mention='State auditor Ma. Celestina Ordoñez-Paras'),
    E('indirect', 'an audit observation memorandum would be released “within the quarter.”', COP, COPk, 'said', mention='She', mctx='She said an audit'),
    E('indirect', 'the House committee on basic education would open its own inquiry next week', JD, 'Dimaculangan', 'said', mention='Rep. Jovito Dimaculangan'),
    E('direct', 'Hindi kami papayag na matabunan ito,', JD, 'Dimaculangan', 'told', mention='Dimaculangan', mctx='Dimaculangan told reporters'),
    E('indirect', 'the House panel would ask DepEd to submit delivery receipts for all 1.1 million chairs, school by school', JD, 'Dimaculangan', 'said', mention='He', mctx='He said the House panel'),
    E('indirect', 'the department “welcomes the inquiry” and had ordered an internal review of the contract', WCR, WCRk, 'said', mention='Education Secretary Wilfredo Cabugnason-Sison'),
    E('direct', 'If anyone in this department padded these prices, they will answer for it. I will not protect anyone,', WCR, WCRk, 'read', mention='the statement', mctx='the statement read'),
    E('indirect', 'DepEd to suspend payment of the remaining P480 million due to the supplier until COA completes its audit', PI, 'Inocentes', 'urged', mention='Inocentes', mctx='Inocentes, for her part'),
    E('indirect', 'it was “too early” for that', LMB, LMBk, 'said', mention='Madrigal-Buenaflor', mctx='Madrigal-Buenaflor said it was'),
    E('indirect', 'the panel “will not hesitate” if documents were withheld', LMB, LMBk, 'warned', mention='Madrigal-Buenaflor', mctx='Madrigal-Buenaflor said it was'),
    E('indirect', 'the chairs were only part of the problem', 'Teachers’ groups', 'groups|Teachers', 'said', mention='Teachers’ groups'),
    E('indirect', 'thousands of classrooms in Mindanao still had no armchairs at all, and that students were sitting on the floor or on plastic stools brought from home', 'The Samahan ng mga Guro sa Pampublikong Paaralan (SGPP)', 'SGPP|Samahan', 'said in a statement', mention='The Samahan ng mga Guro sa Pampublikong Paaralan (SGPP)'),
    E('direct', 'Ang tanong ng mga guro: nasaan ang upuan?', LAM, 'Agbayani-Macaraeg|chairperson', 'said', mention='SGPP national chairperson Leonor Agbayani-Macaraeg'),
    E('direct', 'We keep hearing about millions of chairs. We have not seen them.', LAM, 'Agbayani-Macaraeg|chairperson', '', mention='SGPP national chairperson Leonor Agbayani-Macaraeg'),
]

# 02 PA Media, Commons select committee questions water company executives (straight quotes, British punctuation)
GPL = 'Alistair Pomfrey-Ketch'
GPLk = 'Pomfrey-Ketch|chief executive'
PAB = 'Leopoldine Aldous-Varley'
PABk = 'Aldous-Varley|Leopoldine|chairwoman'
NFO = 'Lowri Farquharson-Eze'
NFOk = 'Farquharson-Eze|chief financial officer'
RKH = 'Roderick Keswick-Merrittd'
DOCS['02_pa_select_committee_sewage_monitors.txt'] = [
    E('indirect', 'the company "got it wrong" when it under-reported sewage spills into the River Teme for three years', GPL, GPLk, 'has admitted', mention='The chief executive of Severnside Water'),
    E('partial', 'rewarding failure', 'MPs', 'MPs', 'accused', mention='MPs', mctx='as MPs accused'),
    E('indirect', 'faulty monitors at 41 storm overflows had recorded spills as lasting "minutes rather than hours" between 2022 and 2024', GPL, GPLk, 'told', mention=GPL, mctx='Alistair Pomfrey-Ketch told'),
    E('direct', "We got it wrong, and I'm not going to sit here and pretend otherwise,", GPL, GPLk, 'said', mention='he', mctx='otherwise," he said'),
    E('direct', 'The data we published was not accurate, and the people who swim and fish in that river deserved better.', GPL, GPLk, '', mention='he', mctx='otherwise," he said'),
    E('indirect', 'how long the company had known about the fault', PAB, PABk, 'asked', False, mention='Committee chairwoman Dame Leopoldine Aldous-Varley'),
    E('indirect', 'engineers had first raised concerns in an internal email in March 2023, but that the message "did not reach the executive team" until the following January', GPL, GPLk, 'said', mention='Mr Pomfrey-Ketch', mctx='Mr Pomfrey-Ketch said engineers'),
    E('direct', 'So for ten months, nobody at the top of your company knew that your own figures were wrong?', PAB, PABk, 'said', mention='Dame Leopoldine', mctx='wrong?" Dame Leopoldine said'),
    E('direct', 'That is correct, and that is one of the things we have changed,', GPL, GPLk, 'replied', mention='he', mctx='he replied'),
    E('direct', 'Your customers paid for those monitors. Your customers paid for the people who were meant to read them. And your directors paid themselves bonuses on the back of numbers that were fiction,', RKH, 'Keswick-Merrittd', 'told', mention='he', mctx='he told the witnesses'),
    E('indirect', "the company's executives should hand back bonuses worth a combined £1.9m paid for the 2023-24 financial year", RKH, 'Keswick-Merrittd', 'said', mention='He', mctx="He said the company's"),
    E('indirect', 'the remuneration committee was "actively reviewing" the awards', NFO, NFOk, 'told', mention=NFO),
    E('direct', "I'm not going to pre-empt the remuneration committee's decision. It would not be appropriate.", NFO, NFOk, 'said', mention='Ms Farquharson-Eze', mctx='Ms Farquharson-Eze said:'),
    E('direct', "It's a yes or no question,", 'Jaswinder Rawal-Kingsley', 'Rawal-Kingsley', 'said', mention='Ms Rawal-Kingsley', mctx='Ms Rawal-Kingsley said'),
    E('direct', 'Then, respectfully, my answer is that it is for the committee,', NFO, NFOk, 'replied', mention='Ms Farquharson-Eze', mctx='Ms Farquharson-Eze replied'),
    E('indirect', 'the episode showed that self-monitoring by water companies "simply does not work"', 'Ciaran Pendleford-Rusk', 'Pendleford-Rusk', 'said', mention='Labour MP Ciaran Pendleford-Rusk'),
    E('indirect', 'the Government to hand the job to the Environment Agency', 'Ciaran Pendleford-Rusk', 'Pendleford-Rusk', 'called on', mention='Labour MP Ciaran Pendleford-Rusk'),
    E('indirect', 'it had opened a criminal investigation into the reporting failures in February', 'The Environment Agency', 'Environment Agency', 'told', mention='The Environment Agency', mctx='The Environment Agency told'),
    E('indirect', 'he had "thought about it, of course," but believed his job was to "fix what\'s broken"', GPL, GPLk, 'said', mention='Mr Pomfrey-Ketch', mctx='Mr Pomfrey-Ketch, asked whether'),
    E('direct', 'If the board decides I\'m not the right person, I\'ll go," he said, "but I\'m not going to walk away halfway through the clean-up.', GPL, GPLk, 'said', mention='he', mctx='go," he said'),
    E('indirect', 'the regulator was "monitoring the situation closely" and would consider enforcement action once the Environment Agency\'s investigation had concluded', 'An Ofwat spokesperson', 'Ofwat|spokesperson', 'said', mention='An Ofwat spokesperson'),
    E('indirect', 'they were unconvinced', 'Campaigners who watched the hearing from the public gallery', 'Campaigners|campaigners', 'said', mention='Campaigners who watched the hearing from the public gallery'),
    E('direct', "We heard a lot of sorrys today. What we didn't hear was a date for when the river will be safe to swim in.", 'Oswin Ketteridge-Tull', 'Ketteridge-Tull', 'said', mention='Oswin Ketteridge-Tull'),
    E('indirect', "the group's volunteers had recorded E. coli levels above bathing-water limits on 19 of the 26 days they tested last summer", 'Oswin Ketteridge-Tull', 'Ketteridge-Tull', 'added', mention='He', mctx="He added that the group's"),
    E('indirect', 'all 41 faulty monitors had now been replaced, and that it would publish corrected spill figures for the past three years "by the end of June"', 'Severnside Water', 'Severnside', 'said in a statement', mention='Severnside Water', mctx='Severnside Water said in a statement'),
    E('indirect', 'the committee would write to the company\'s board and expected a reply "within 14 days"', PAB, PABk, 'said', mention='Dame Leopoldine', mctx='Dame Leopoldine said the committee'),
]

# 03 Daily Maverick (South Africa), Msunduzi municipal billing crisis (curly quotes, British punctuation, block statement)
TMR = 'Nomathemba Mabaso-Reddy'
LMP = 'Lungelo Mthethwa-Pillay'
LMPk = 'Mthethwa-Pillay|administrator'
MWS = 'Marelize de Wet-Sithole'
MWSk = 'de Wet-Sithole|De Wet-Sithole|Wet-Sithole'
MZM = 'Mfanafuthi Zungu-Maharaj'
MZMk = 'Zungu-Maharaj|spokesperson'
DOCS['03_daily_maverick_msunduzi_ghost_bills.txt'] = [
    E('indirect', 'they are being billed for electricity they never used after the Msunduzi Municipality switched to a new billing system in September', 'Pietermaritzburg homeowners', 'homeowners', 'say', False, mention='Pietermaritzburg homeowners'),
    E('partial', 'data migration errors', 'the Msunduzi Municipality', 'Msunduzi|municipality', 'blames', False, ctx='blames ‘data migration errors’', mention='The municipality', mctx='The municipality blames'),
    E('indirect', 'she owed R41,287.60 for electricity', 'The account for her two-bedroom house in Scottsville', 'account', 'showed', False, mention='The account for her two-bedroom house in Scottsville'),
    E('direct', 'I live alone. I switch the geyser off at night. There is no way on God’s earth I used that much power,', TMR, 'Mabaso-Reddy', 'told', mention='Mabaso-Reddy', mctx='Mabaso-Reddy, 71, told'),
    E('indirect', 'She is one of at least 3,400 account holders who have lodged disputes since the municipality moved its 160,000 accounts to a new billing platform in September 2025', 'figures presented to the council’s finance portfolio committee', 'figures', 'according to', mention='figures presented to the council’s finance portfolio committee'),
    E('indirect', 'they had received similar bills, some of them above R60,000', 'Residents in Northdale and Hayfields', 'Residents|residents', 'told', mention='Residents in Northdale and Hayfields'),
    E('indirect', 'the migration had been “badly handled”', LMP, LMPk, 'conceded', mention='Adv. Lungelo Mthethwa-Pillay'),
    E('direct', 'We moved too fast, and we did not clean the data before we moved it. That is on us,', LMP, LMPk, 'said', mention='Mthethwa-Pillay', mctx='Mthethwa-Pillay said at a media'),
    E('direct', 'But I want to be clear: no resident will be disconnected over a disputed amount.', LMP, LMPk, '', mention='Mthethwa-Pillay', mctx='Mthethwa-Pillay said at a media'),
    E('indirect', 'a team of 40 temporary clerks had been hired to clear the backlog of disputes by the end of April', LMP, LMPk, 'said', mention='He', mctx='He said a team'),
    E('block', 'The municipality acknowledges that a number of accounts reflected estimated consumption that was significantly higher than actual consumption. This was as a result of data migration errors. All affected accounts will be corrected and credited, and interest charged on disputed amounts will be reversed.', 'Nokuthula Gcabashe-Naidoo', 'Gcabashe-Naidoo|spokesperson', 'said in a written response to questions', mention='Nokuthula Gcabashe-Naidoo'),
    E('indirect', 'the administration was using the billing errors as “political cover” for the municipality’s collapsing revenue', MWS, MWSk, 'argued', mention='Cllr Marelize de Wet-Sithole'),
    E('direct', 'Revenue collection has fallen from 84% to 61% in six months. Residents are not refusing to pay — they are refusing to pay for fiction,', MWS, MWSk, 'said', mention='she', mctx='fiction,” she said'),
    E('indirect', 'the DA would table a motion calling for an independent forensic audit of the billing contract, which was awarded to a Johannesburg-based company, Nexora Billing Solutions, for R118-million', MWS, MWSk, 'said', mention='De Wet-Sithole', mctx='De Wet-Sithole said the DA'),
    E('indirect', 'the DA was “playing politics with people’s pain”', MZM, MZMk, 'claimed', mention=MZM),
    E('indirect', 'the party had raised concerns about the system before it went live', MZM, MZMk, 'said', mention=MZM),
    E('indirect', 'the provincial MEC for cooperative governance to “come to Pietermaritzburg and see for herself”', 'Sibongile Mchunu-Botha', 'Mchunu-Botha|councillor', 'called on', mention='Cllr Sibongile Mchunu-Botha'),
    E('indirect', 'staff had warned in August that the new system was not ready', 'A senior official in the municipality’s revenue division', 'official', 'said', mention='A senior official in the municipality’s revenue division'),
    E('direct', 'We told them the meter data was a mess. We were told the go-live date was not negotiable,', 'A senior official in the municipality’s revenue division', 'official', 'said', mention='the official', mctx='the official said'),
    E('indirect', 'its platform was “functioning as designed” and that the errors arose from “legacy data supplied by the client”', 'Nexora Billing Solutions', 'Nexora', 'said in a statement', mention='Nexora Billing Solutions', mctx='Nexora Billing Solutions said'),
    E('indirect', 'she had visited the municipal offices four times and had been given a new reference number each time', TMR, 'Mabaso-Reddy', 'said', mention='Mabaso-Reddy', mctx='Mabaso-Reddy said she had'),
    E('direct', 'Four reference numbers. No answers,', TMR, 'Mabaso-Reddy', 'said', mention='she', mctx='answers,” she said'),
]

# 04 APTN News, First Nation declares emergency after generator failure (curly quotes, quote over paragraph breaks)
RML = 'Roberta Meekis-Wabano'
RMLk = 'Meekis-Wabano'
ISC = 'Indigenous Services Canada (ISC)'
ISCk = 'ISC|Indigenous Services Canada|department'
HSB = 'Auguste Sutherland-Beardy'
HSBk = 'Sutherland-Beardy|Grand Chief'
DMR = 'Darlene Mamakwa-Lombard'
DMRk = 'Mamakwa-Lombard|councillor'
DOCS['04_aptn_first_nation_generator_emergency.txt'] = [
    E('indirect', '140 homes have been without reliable power since Sunday', RML, 'Meekis-Wabano|chief', 'says', False, mention='chief', mctx='chief says 140'),
    E('indirect', '140 of Wapikaskaw Lake’s 190 homes had been without reliable electricity since Sunday, when the first generator failed', RML, RMLk, 'told', mention='Chief Roberta Meekis-Wabano'),
    E('direct', 'We have elders sleeping in their coats. We have families with babies crowding into the school gym because it’s the only building with steady heat,', RML, RMLk, 'said', mention='Meekis-Wabano', mctx='heat,” Meekis-Wabano said'),
    E('direct', 'This is not a new problem. We have been telling Ottawa for ten years that these generators are past their life.', RML, RMLk, '', mention='Meekis-Wabano', mctx='heat,” Meekis-Wabano said'),
    E('direct', 'Every winter we hold our breath. This winter, our luck ran out.', RML, RMLk, '', mention='Meekis-Wabano', mctx='heat,” Meekis-Wabano said'),
    E('indirect', 'Indigenous Services Canada (ISC) to “immediately fund and fly in” a replacement generator and to help evacuate vulnerable members', 'The resolution', 'resolution|council', 'calls on', mention='The resolution', mctx='The resolution, which'),
    E('indirect', 'Temperatures in the community dropped to -38 C on Monday night', 'Environment and Climate Change Canada', 'Environment and Climate Change Canada|Environment', 'according to', mention='Environment and Climate Change Canada'),
    E('indirect', 'the community’s nursing station was running on its own backup generator and had enough fuel “for maybe four more days.”', 'Josiah Ashkewe', 'Ashkewe', 'said', mention='Deputy Chief Josiah Ashkewe'),
    E('indirect', 'two elders with heart conditions had already been flown to Sioux Lookout as a precaution', 'Josiah Ashkewe', 'Ashkewe', 'said', mention='He', mctx='He said two elders'),
    E('indirect', 'she had lived through many hard winters but none like this one', 'Maryanne Patabon', 'Patabon', 'said', mention='Elder Maryanne Patabon'),
    E('direct', 'Gaawiin ingii-waabandanziin omaa,', 'Maryanne Patabon', 'Patabon', 'said', mention='she', mctx='omaa,” she said'),
    E('direct', 'I have never seen this here.', 'Maryanne Patabon', 'Patabon|granddaughter', 'translated as', False, mention='she', mctx='omaa,” she said'),
    E('indirect', 'it was “aware of the situation” and was working with the First Nation and the province “to ensure the health and safety of community members.”', ISC, ISCk, 'said', mention='ISC', mctx='ISC said it was'),
    E('indirect', 'a replacement generator had been sourced in Winnipeg and would be flown in “as soon as weather permits,”', ISC, ISCk, 'said', mention='The department', mctx='The department said a replacement'),
    E('direct', 'The minister has spoken with Chief Meekis-Wabano and has directed officials to treat this as a priority,', 'Étienne Lavergne-Ouimet', 'Lavergne-Ouimet|spokesperson', 'wrote', mention='Étienne Lavergne-Ouimet'),
    E('indirect', 'the crisis was “entirely preventable.”', 'Nishnawbe Aski Nation (NAN)', 'NAN|Nishnawbe Aski Nation', 'said', mention='Nishnawbe Aski Nation (NAN)'),
    E('direct', 'Every one of our fly-in communities is one broken part away from this. Governments know it, and they keep choosing to react instead of invest,', HSB, HSBk, 'said in a news release', mention='NAN Grand Chief Auguste Sutherland-Beardy'),
    E('indirect', 'both levels of government to fund a permanent connection to the provincial power grid, which Wapikaskaw Lake has been promised since 2019', HSB, HSBk, 'urged', mention='He', mctx='He urged'),
    E('indirect', 'grid connection for remote First Nations was a “shared priority” and that work on the line serving Wapikaskaw Lake was scheduled to begin in 2027', 'Ontario’s Ministry of Energy', 'Ministry of Energy|ministry|Ontario', 'said in a statement', mention='Ontario’s Ministry of Energy'),
    E('indirect', 'people were “tired but holding together.”', DMR, DMRk, 'said', mention='Band councillor Darlene Mamakwa-Lombard'),
    E('direct', 'That’s what we do up here. We look after each other,', DMR, DMRk, 'said', mention='she', mctx='other,” she said'),
    E('direct', 'But we shouldn’t have to do the government’s job at minus 38.', DMR, DMRk, '', mention='she', mctx='other,” she said'),
    E('indirect', 'the community would decide on Wednesday whether to begin evacuating elders and families with young children', RML, RMLk, 'said', mention='Meekis-Wabano', mctx='Meekis-Wabano said the community'),
    E('direct', 'We don’t want to leave our homes,', RML, RMLk, 'said', mention='she', mctx='homes,” she said'),
    E('direct', 'Miigwech to everyone who has called and offered help.', RML, RMLk, '', mention='she', mctx='homes,” she said'),
]

# 05 Gulf News business, UAQ free zone cold-storage deal (straight quotes, H.E./Sheikh, Al particles)
SF = 'Majid bin Sultan Al Mualla'
SFk = 'Al Mualla|Majid|Chairman'
AK = 'Abdulla Saif Al Ketbi'
AKk = 'Al Ketbi|Ketbi|Director General'
RPM = 'Anirudh Panicker-Menon'
RPMk = 'Panicker-Menon|CEO|Chief Executive'
SEN = 'A senior executive at a Dubai-based food importer'
DOCS['05_gulf_news_uaq_cold_chain_hub.txt'] = [
    E('indirect', 'rents will be "competitive with Jebel Ali"', RPM, RPMk, 'says', False, mention='CEO', mctx='CEO says rents'),
    E('indirect', 'the largest temperature-controlled logistics hub in the Gulf', 'the two sides', 'sides|Khaleej|Umm Al Quwain', 'described as', False, mention='the two sides'),
    E('indirect', 'the project would "put Umm Al Quwain firmly on the food-security map of the country."', SF, SFk, 'said', mention='Sheikh Majid bin Sultan Al Mualla', mctx='presence of Sheikh Majid bin Sultan Al Mualla'),
    E('direct', 'Food security is national security. Every tonne of food that we can store safely here is a tonne we do not lose in transit,', SF, SFk, 'said', mention='Sheikh Majid', mctx='Sheikh Majid said during'),
    E('indirect', "the hub would be built on a 220,000-square-metre plot next to the zone's container terminal and would create about 1,100 jobs", AK, AKk, 'said', mention='H.E. Abdulla Saif Al Ketbi', mctx='H.E. Abdulla Saif Al Ketbi, Director General'),
    E('indirect', 'the first phase, covering about half the storage capacity, was scheduled to open in the second quarter of 2027', AK, AKk, 'noted', mention='Al Ketbi', mctx='Al Ketbi noted'),
    E('direct', 'We have had interest from importers in Saudi Arabia, Oman and as far as Kazakhstan,', AK, AKk, 'told', mention='he', mctx='he told Gulf News'),
    E('direct', 'They see a free zone that is 40 minutes from Dubai, with land prices that are still reasonable.', AK, AKk, '', mention='he', mctx='he told Gulf News'),
    E('direct', 'Right now, between the port and the supermarket shelf, this region loses up to 20 per cent of its fresh produce. That is a hidden tax on every family.', RPM, RPMk, ':', mention=RPM, mctx='Anirudh Panicker-Menon, Chief Executive'),
    E('indirect', "the company would use solar panels on the warehouse roofs to cover about a third of the site's electricity needs", RPM, RPMk, 'said', mention='He', mctx='He said the company would'),
    E('indirect', 'rents would be "competitive with Jebel Ali."', RPM, RPMk, 'stressed', mention='He', mctx='He said the company would'),
    E('indirect', 'talks with two UAE banks were "at an advanced stage."', RPM, RPMk, 'said', mention='Panicker-Menon', mctx='Panicker-Menon declined'),
    E('indirect', 'The UAE imports about 85 per cent of its food', 'the Ministry of Climate Change and Environment', 'Ministry of Climate Change and Environment|ministry', 'according to', mention='the Ministry of Climate Change and Environment'),
    E('indirect', 'the federal Food Security Council had been briefed on the project and considered it "aligned with the National Food Security Strategy 2051."', 'The Emirates News Agency (WAM)', 'WAM|Emirates News Agency', 'reported', mention='The Emirates News Agency (WAM)'),
    E('indirect', 'demand for cold storage in the UAE had outstripped supply since the pandemic', 'Analysts', 'Analysts|analysts', 'agreed', mention='Analysts', mctx='Analysts broadly agreed'),
    E('direct', 'Occupancy in the good cold-storage facilities in Dubai is running above 95 per cent. Anyone who can build quality capacity quickly will fill it,', 'Haroon Sadiqqi-Penrose', 'Sadiqqi-Penrose', 'said', mention='Haroon Sadiqqi-Penrose'),
    E('indirect', 'the project\'s success would depend on road links to the main consumption centres in Dubai and Sharjah, which are "already congested at peak hours."', 'Haroon Sadiqqi-Penrose', 'Sadiqqi-Penrose', 'cautioned', mention='He', mctx='He cautioned'),
    E('indirect', 'the rents would need to be "at least 15 per cent lower" than in Jebel Ali to persuade tenants to move', SEN, 'executive', 'said', mention=SEN),
    E('direct', 'Nobody moves their whole cold chain for a nicer building,', SEN, 'executive', 'said', mention='he', mctx='building," he said'),
    E('indirect', 'it had already signed heads of terms with three tenants for about a fifth of the first-phase capacity', 'Khaleej Cold Chain', 'Khaleej|company', 'said in a statement', mention='Khaleej Cold Chain', mctx='Khaleej Cold Chain said in a statement'),
    E('indirect', 'construction would begin "within weeks" and that it expected to appoint a main contractor by the end of April', 'Khaleej Cold Chain', 'Khaleej|company', 'added', mention='The company', mctx='The company added'),
]

# 06 Express Tribune (Pakistan), Islamabad High Court hearing on an internet suspension (straight quotes, remarked/observed)
SRM = 'Shehla Rind-Mirza'
SRMk = 'Rind-Mirza|judge'
IHC = 'The Islamabad High Court (IHC)'
IHCk = 'IHC|court|Islamabad High Court|Rind-Mirza'
NJ = 'Nadir Jamaldini'
MQD = 'Mehwish Qazi-Durrani'
DOCS['06_express_tribune_ihc_internet_suspension.txt'] = [
    E('indirect', "63 days 'not time-bound'", SRM, SRMk, 'says', False, mention='judge', mctx='judge says 63'),
    E('indirect', "the Pakistan Telecommunication Authority (PTA) and the interior ministry to explain, within two weeks, the legal basis for a mobile internet suspension in Balochistan's Kech district that has now lasted 63 days", IHC, IHCk, 'directed', mention=IHC),
    E('indirect', 'the suspension had cut off students, traders and patients from essential services', NJ, 'Jamaldini|petitioner', 'argued', mention='Turbat-based journalist Nadir Jamaldini'),
    E('indirect', 'the suspension was ordered on January 9 through a letter from the interior ministry "citing security concerns" without specifying any timeframe', 'the petition', 'petition|Jamaldini', 'according to', mention='the petition', mctx='According to the petition'),
    E('indirect', 'Section 54 of the Pakistan Telecommunication (Re-organisation) Act, 1996, allowed suspension of services only during a declared emergency', 'Ammar Rizwan-Gilani', 'Rizwan-Gilani', 'contended', mention='Barrister Ammar Rizwan-Gilani'),
    E('direct', 'No emergency has been declared in Kech. The people there are being punished collectively for the acts of a few,', 'Ammar Rizwan-Gilani', 'Rizwan-Gilani', 'argued', mention='he', mctx='he argued'),
    E('indirect', 'the federal government had "any document, any notification" showing that an emergency had been proclaimed', SRM, SRMk, 'asked', False, mention='Justice Rind-Mirza', mctx='Justice Rind-Mirza asked'),
    E('indirect', 'the decision had been taken "on the advice of the security agencies" and that the relevant record was "classified."', 'Zahid Mehmood Gondal', 'Gondal|AAG', 'replied', mention='The AAG', mctx='The AAG replied'),
    E('direct', 'If it is classified, bring it in a sealed envelope. This court has seen sealed envelopes before,', SRM, SRMk, 'remarked', mention='the judge', mctx='the judge remarked'),
    E('indirect', 'the right to access information was guaranteed under Article 19-A of the Constitution and that any restriction had to be "reasonable, proportionate and time-bound."', SRM, SRMk, 'observed', mention='Justice Rind-Mirza', mctx='Justice Rind-Mirza observed'),
    E('direct', 'Sixty-three days is not time-bound. It is indefinite,', SRM, SRMk, 'remarked', mention='she', mctx='she remarked'),
    E('direct', 'Yeh adalat khamosh tamashai nahi banegi,', SRM, SRMk, 'added', mention='she', mctx='she added in Urdu'),
    E('indirect', 'the court would not remain a silent spectator', SRM, SRMk, 'meaning', False, mention='she', mctx='she added in Urdu'),
    E('indirect', 'the authority was "merely the implementing body" and had acted on written instructions from the ministry', 'Sadaf Bhatti-Anwar', 'Bhatti-Anwar', 'told', mention='Advocate Sadaf Bhatti-Anwar'),
    E('indirect', 'the PTA had no objection to restoring services "the moment the ministry withdraws its letter."', 'Sadaf Bhatti-Anwar', 'Bhatti-Anwar', 'said', mention='She', mctx='She said the PTA'),
    E('indirect', 'the suspension was "a temporary measure" necessitated by "credible threat alerts" in the region', 'The interior ministry', 'interior ministry|ministry', 'stated', mention='The interior ministry', mctx='The interior ministry, in its'),
    E('indirect', 'the interior secretary to appear in person if a satisfactory reply was not submitted', IHC, IHCk, 'directed', mention='The court', mctx='The court adjourned'),
    E('indirect', 'at least 40 internet cafes and freelancing centres in Turbat had closed since January', NJ, 'Jamaldini', 'said', mention='Jamaldini', mctx='Jamaldini said at least'),
    E('direct', 'Our young people earn in dollars through Fiverr and Upwork. For two months they have earned nothing,', NJ, 'Jamaldini', 'said', mention='he', mctx='nothing," he said'),
    E('direct', 'Students cannot even download their roll number slips.', NJ, 'Jamaldini', '', mention='he', mctx='nothing," he said'),
    E('indirect', 'internet shutdowns in Balochistan had become "the default response" to security incidents', MQD, 'Qazi-Durrani', 'said', mention=MQD),
    E('direct', 'Shutdowns do not stop militants. They stop ambulances from being called and exam forms from being submitted,', MQD, 'Qazi-Durrani', 'said', mention='she', mctx='submitted," she said'),
    E('indirect', 'her organisation had documented 11 district-level suspensions in the province in 2025', MQD, 'Qazi-Durrani', 'adding', mention='she', mctx='submitted," she said'),
    E('indirect', 'the provincial government had recommended a "phased restoration" of services starting with Turbat city, but that the final decision rested with Islamabad', 'Officials in the Balochistan home department', 'Officials|officials', 'said', mention='Officials in the Balochistan home department'),
]

# 07 Samoa Observer rugby test report with post-match press conference (straight quotes, okina)
SPT = 'Seiuli Tavita Tanielu'
FTG = "Fepulea'i Toleafoa-Vaai"
IMB = 'Iosefa Meleisea-Hunt'
SKT = 'Sione Kauhalalalo-Tupou'
VT = 'Viliami Taufahema'
LSK = 'Leota Sapolu-Kerslake'
LSKk = 'Sapolu-Kerslake|chief executive'
DOCS['07_samoa_observer_rugby_tonga.txt'] = [
    E('indirect', 'his side "switched off for fifteen minutes and nearly paid for it."', SPT, 'Tanielu', 'admitting', mention='head coach Seiuli Tavita Tanielu'),
    E('direct', "I'm happy with the result and not happy with the last quarter,", SPT, 'Tanielu', 'said', mention='Tanielu', mctx='Tanielu said at the post-match'),
    E('direct', 'We knew Tonga would never stop coming. We stopped doing the simple things: the ruck, the kick chase, talking to each other.', SPT, 'Tanielu', '', mention='Tanielu', mctx='Tanielu said at the post-match'),
    E('indirect', 'the team\'s conditioning was "where it needs to be" but that decision-making under fatigue would be the focus of the week\'s training', SPT, 'Tanielu', 'said', mention='He', mctx="He said the team's"),
    E('indirect', 'he had not slept the night before', FTG, 'Toleafoa-Vaai', 'said', mention='Toleafoa-Vaai', mctx='Toleafoa-Vaai, playing'),
    E('direct', 'My whole village was in the stand. My grandmother came in a wheelchair. I think she was louder than the whole bench,', FTG, 'Toleafoa-Vaai', 'said', mention='the 22-year-old'),
    E('direct', 'Honestly, I just saw space and ran. The boys did the hard work,', FTG, 'Toleafoa-Vaai', 'said', mention='he', mctx='work," he said'),
    E('direct', "At the end we were just holding on. Someone said 'one more tackle' and we all said it back to each other, over and over,", IMB, 'Meleisea-Hunt', 'said', mention='Meleisea-Hunt', mctx='over," Meleisea-Hunt said'),
    E('direct', "That's Samoan rugby. You don't give up the line at home.", IMB, 'Meleisea-Hunt', '', mention='Meleisea-Hunt', mctx='over," Meleisea-Hunt said'),
    E('indirect', 'he was proud of the fightback but frustrated by the penalty try, which came after lock Tevita Moengangongo was yellow-carded for collapsing a maul near the line', SKT, 'Kauhalalalo-Tupou', 'said', mention='Tonga coach Sione Kauhalalalo-Tupou'),
    E('direct', "I've watched it again in the changing room. I'm not sure there was a clear and obvious offence,", SKT, 'Kauhalalalo-Tupou', 'told', mention='he', mctx='he told reporters'),
    E('direct', "But the referee's call is the referee's call, and we gave away too many penalties in the first half.", SKT, 'Kauhalalalo-Tupou', '', mention='he', mctx='he told reporters'),
    E('indirect', 'Moengangongo would not face a citing, according to what he had been told by match officials', SKT, 'Kauhalalalo-Tupou|coach', 'added', mention='The Tongan coach'),
    E('indirect', 'his side had started "too slowly, too nervous,"', VT, 'Taufahema', 'conceded', mention='Tonga captain Viliami Taufahema'),
    E('indirect', 'the team had let the home crowd lift Samoa early', VT, 'Taufahema', 'said', mention='Tonga captain Viliami Taufahema'),
    E('direct', "We'll be better in Nukuʻalofa. You can put that in the paper,", VT, 'Taufahema', 'said', mention='Taufahema', mctx='paper," Taufahema said'),
    E('indirect', 'there had been no report against Moengangongo', 'Match officials', 'officials', 'confirmed', mention='Match officials', mctx='Match officials confirmed'),
    E('indirect', 'more than 11,000 people had attended the match, the largest crowd at Apia Park for a test since 2019', 'The Samoa Rugby Union', 'Samoa Rugby Union|union', 'said in a statement', mention='The Samoa Rugby Union'),
    E('indirect', 'the crowd showed the appetite for more home tests', LSK, LSKk, 'said', mention='Afioga Leota Sapolu-Kerslake'),
    E('direct', 'We have been saying to World Rugby for years: give us the games and Samoa will fill the stadium. Tonight we proved it,', LSK, LSKk, 'said', mention='he', mctx='proved it," he said'),
]

# 08 Bangkok Post, Chiang Mai haze (straight quotes, Thai given-name references, nicknames)
TR = 'Thanakorn Rattanapreecha'
TRk = 'Thanakorn|Rattanapreecha|governor'
BK = 'Boonmee Kaewmala'
KT = 'Kanokwan Thammasiri'
WC = 'Worawit Chanthep'
PS = 'Phanu Sangkhaphan'
PCD = 'the Pollution Control Department (PCD)'
PCDk = 'PCD|Pollution Control Department'
CBN = 'the Chiang Mai Breathe Network'
DOCS['08_bangkok_post_chiang_mai_haze.txt'] = [
    E('indirect', 'hotspots across the border in Myanmar and Laos', 'provincial officials', 'officials', 'blaming', False, mention='provincial officials'),
    E('indirect', 'PM2.5 readings at the Chang Phueak monitoring station peaked at 286 microgrammes per cubic metre of air at 8am, more than seven times the national safety threshold of 37.5µg/m³', PCD, PCDk, 'according to', mention=PCD),
    E('indirect', 'satellite data showed 1,412 hotspots in neighbouring countries within 100 kilometres of the province, compared with 96 inside Chiang Mai', TR, TRk, 'said', mention='Chiang Mai governor Thanakorn Rattanapreecha'),
    E('direct', 'We have done our part. Burning in Chiang Mai is down by more than half from last year,', TR, TRk, 'told', mention='Mr Thanakorn'),
    E('direct', 'But smoke does not stop at the border.', TR, TRk, '', mention='Mr Thanakorn'),
    E('indirect', 'the province had asked the Foreign Ministry to raise the issue with Myanmar and Laos "at the highest level"', TR, TRk, 'said', mention='He', mctx='He said the province'),
    E('indirect', 'officers had arrested 14 people for illegal burning since the ban took effect on Feb 1, most of them farmers clearing land for maize', 'Surasak Inthawong', 'Surasak|Inthawong', 'said', mention='Pol Col Surasak "Big" Inthawong'),
    E('indirect', 'they have no alternative', 'Farmers', 'Farmers|farmers', 'say', mention='Farmers', mctx='Farmers say they'),
    E('direct', "If I don't burn, I can't plant. If I can't plant, who pays my debt to the bank?", BK, 'Boonmee|Kaewmala', 'said', mention=BK),
    E('indirect', 'a feed company that buys his maize had offered to rent him a baler to clear the stubble, but the cost of 400 baht a rai was "more than I earn in a good week"', BK, 'Boonmee|Kaewmala', 'said', mention='Mr Boonmee'),
    E('indirect', 'the number of patients treated for respiratory problems had risen by 40% since mid-February', KT, 'Kanokwan|Thammasiri', 'said', mention='Dr Kanokwan Thammasiri'),
    E('direct', 'We are seeing children with asthma who have never needed a nebuliser before. Elderly patients are coming in with chest pain,', KT, 'Kanokwan|Thammasiri', 'said', mention='she', mctx='chest pain," she said'),
    E('indirect', 'residents to stay indoors, keep windows closed and wear N95 masks if they had to go outside', KT, 'Kanokwan|Thammasiri', 'urged', mention='She', mctx='She urged'),
    E('indirect', 'blaming neighbouring countries allowed the government to avoid tackling domestic demand for cheap maize used in animal feed', WC, 'Worawit|Chanthep', 'argued', mention='Assoc Prof Worawit Chanthep'),
    E('direct', 'The maize is grown for Thai feed companies, on both sides of the border. This is a supply-chain problem wearing a diplomatic mask,', WC, 'Worawit|Chanthep', 'said', mention='he', mctx='mask," he said'),
    E('indirect', 'the issue would be raised at an Asean meeting on transboundary haze in Vientiane later this month', 'A Foreign Ministry source', 'source', 'told', mention='A Foreign Ministry source'),
    E('indirect', 'hotel cancellations for March had reached about 30%, "the worst since Covid"', PS, 'Phanu|Sangkhaphan', 'said', mention='Phanu "Tum" Sangkhaphan'),
    E('direct', 'Tourists see the photos of Doi Suthep disappearing in the smog and they book Phuket instead,', PS, 'Phanu|Sangkhaphan', 'said', mention='Mr Phanu'),
    E('indirect', 'it would file a lawsuit at the Administrative Court against the cabinet for failing to enforce the Clean Air Act, which took effect last year', CBN, 'Breathe Network|group', 'said in a Facebook post', mention=CBN),
    E('direct', "Every year we are told it is somebody else's smoke. Every year our children breathe it,", CBN, 'Breathe Network|group', 'wrote', mention='the group', mctx='the group wrote'),
    E('indirect', 'air quality was expected to improve slightly from Thursday as winds shift to the south', PCD, PCDk, 'said', mention='The PCD', mctx='The PCD said'),
    E('indirect', 'levels would remain "unhealthy for sensitive groups" until the end of the month', PCD, PCDk, 'warned', mention='The PCD', mctx='The PCD said'),
]

# 09 Notes from Poland, court halts logging in the Bieszczady (curly quotes, Polish „…” quote with translation after a dash)
JKN = 'Jadwiga Kołodziej-Nowicka'
JKNk = 'Kołodziej-Nowicka|judge'
PZ = 'Przemysław Żuraw'
ZL = 'Zbigniew Łopuszański'
ZLk = 'Łopuszański|minister|Minister'
TGR = 'Wojciech Grzelak-Ryś'
SF2 = 'The State Forests'
DOCS['09_notes_from_poland_bieszczady_logging.txt'] = [
    E('indirect', 'the State Forests failed to assess the impact on protected species before approving its ten-year plan', 'A regional administrative court in Rzeszów', 'court', 'ruling', mention='A regional administrative court in Rzeszów'),
    E('indirect', 'the forest management plan had been approved “without a proper appropriate assessment” under the EU Habitats Directive', JKN, JKNk, 'said', mention='Judge Jadwiga Kołodziej-Nowicka'),
    E('direct', 'The court does not decide whether trees may be cut. The court decides whether the law was followed before the decision to cut them was made. In this case, it was not,', JKN, JKNk, 'said', mention='she', mctx='it was not,” she said'),
    E('indirect', 'the group had documented nesting sites of the white-backed woodpecker and the Ural owl in sections marked for felling', PZ, 'Żuraw', 'said', mention=PZ),
    E('direct', 'This is a forest, not a plantation. Some of these beeches were here before the partitions of Poland,', PZ, 'Żuraw', 'told', mention='Żuraw', mctx='Żuraw told Notes'),
    E('indirect', 'the government to “stop hiding behind the foresters” and expand the national park without waiting for the appeal', PZ, 'Żuraw', 'called on', mention='He', mctx='He called on'),
    E('indirect', 'the ministry would “study the justification carefully” before deciding on next steps', ZL, ZLk, 'wrote on X', mention='Minister of Climate and Environment Zbigniew Łopuszański'),
    E('direct', 'We respect the independence of the courts. We also respect the people who live from the forest in Bieszczady,', ZL, ZLk, 'added', mention='he', mctx='he added in a second post'),
    E('indirect', 'it would appeal', SF2, 'State Forests', 'said in a statement', mention=SF2, mctx='The State Forests said'),
    E('indirect', 'the plan had been prepared “in full compliance with the law as it stood in 2022.”', SF2, 'State Forests', 'arguing', mention=SF2, mctx='The State Forests said'),
    E('indirect', 'the ruling put around 200 local jobs at risk, including at two sawmills in Ustrzyki Dolne', TGR, 'Grzelak-Ryś', 'told', mention=TGR),
    E('direct', 'Ci ludzie nie mają innej pracy. Tu nie ma fabryk,', TGR, 'Grzelak-Ryś', 'said', mention='he', mctx='fabryk,” he said'),
    E('direct', 'These people have no other work. There are no factories here.', TGR, 'Grzelak-Ryś', '', False, mention='he', mctx='fabryk,” he said'),
    E('indirect', 'tourists came to the region “for the forest, not for the stumps.”', 'Bożena Chmielarz', 'Chmielarz', 'said', mention='Bożena Chmielarz'),
    E('direct', 'My guests want to see bears and wolves, not logging trucks,', 'Bożena Chmielarz', 'Chmielarz', 'said', mention='she', mctx='trucks,” she said'),
    E('indirect', 'the activists “come from Kraków and Warsaw for the weekend and tell us how to live.”', 'Ryszard', 'Ryszard|worker', 'said', mention='Ryszard', mctx='first name, Ryszard'),
    E('direct', 'When they go home, we stay here. Who will pay my mortgage – the woodpecker?', 'Ryszard', 'Ryszard|worker', 'said', mention='he', mctx='woodpecker?” he said'),
    E('partial', 'abandoning', 'Andrzej Wolański-Pyrka', 'Wolański-Pyrka', 'accusing', mention='Andrzej Wolański-Pyrka'),
    E('indirect', 'it had “taken note” of the ruling', 'the European Commission', 'Commission|European Commission', 'said', mention='the European Commission'),
    E('direct', 'The Commission continues to follow the situation closely,', 'a spokesperson', 'spokesperson|Commission', 'said in an emailed response', mention='a spokesperson'),
    E('indirect', 'Bieszczady National Park covers around 29,000 hectares and has not been expanded since 1999', 'the Central Statistical Office (GUS)', 'GUS|Central Statistical Office', 'according to', mention='the Central Statistical Office (GUS)'),
]

# 10 Axios local newsletter (Boise), smart-brevity labels and bullets (straight quotes, present-tense cues)
XAP = 'Ximena Alvarado-Pratt'
BT = 'Everard Wintersgill'
ISTRA = 'The Idaho Short-Term Rental Alliance'
DKB = 'Daria Kovalenko-Beck'
IFC = 'Lachlan Brankley-Yarrow'
KAR = 'Keanu Alapaki-Mayhew'
TML = 'Teodora Lombardi-Holm'
DOCS['10_axios_local_newsletter_boise_rentals.txt'] = [
    E('indirect', 'Airbnb-style rentals have pulled homes off the long-term market in a city where median rent has climbed faster than wages for a decade', 'Supporters', 'Supporters|supporters', 'say', mention='Supporters', mctx='Supporters say'),
    E('indirect', 'the cap would return "hundreds, not thousands" of homes to the long-term market over five years', XAP, 'Alvarado-Pratt', 'said', mention='Council member Ximena Alvarado-Pratt'),
    E('direct', "We're not banning anybody. We're saying a neighborhood has to stay a neighborhood,", XAP, 'Alvarado-Pratt', 'said', mention='Alvarado-Pratt', mctx='Alvarado-Pratt said before'),
    E('partial', 'a solution in search of a problem', BT, 'Wintersgill', 'called', mention='Council member Everard Wintersgill'),
    E('indirect', "the city's own data showed rentals made up under 2% of homes", BT, 'Wintersgill', 'said', mention='Council member Everard Wintersgill'),
    E('indirect', 'it was "reviewing all options, including legal ones."', ISTRA, 'Alliance|group', 'said in a statement', mention=ISTRA),
    E('indirect', 'State law limits how far cities can regulate short-term rentals', ISTRA, 'Alliance|group', 'noted', mention='the group', mctx='the group noted'),
    E('indirect', "she'd likely sell if she lost her permit", DKB, 'Kovalenko-Beck', 'tells', mention='Host Daria Kovalenko-Beck'),
    E('direct', "This is my retirement plan. I don't have a pension,", DKB, 'Kovalenko-Beck', 'says', mention='she', mctx='she says'),
    E('indirect', 'the cap will move rents much', 'Housing researchers', 'researchers', 'doubt', False, mention='Housing researchers'),
    E('direct', "Short-term rentals are a real issue in a few neighborhoods, but they're not why Boise rents went up 60% in a decade,", IFC, 'Brankley-Yarrow', 'tells', mention='Boise State University economist Lachlan Brankley-Yarrow'),
    E('indirect', 'construction costs and a shortage of lots zoned for apartments', IFC, 'Brankley-Yarrow', 'points instead to', False, mention='He', mctx='He points instead'),
    E('indirect', 'she will sign the ordinance this week', "The mayor's office", 'mayor|office', 'says', mention="The mayor's office"),
    E('indirect', 'Boise State University will raise in-state tuition 4.5% next fall', 'the Idaho State Board of Education', 'State Board of Education|board', 'per', mention='the Idaho State Board of Education'),
    E('indirect', 'students were "tired of paying more for the same thing"', KAR, 'Alapaki-Mayhew', 'said', mention='Student body president Keanu Alapaki-Mayhew'),
    E('indirect', 'the board to freeze fees for graduate students', KAR, 'Alapaki-Mayhew', 'urged', mention='Student body president Keanu Alapaki-Mayhew'),
    E('indirect', 'the increase would fund "faculty retention and mental-health services."', 'Amaia Urquidi-Loftus', 'Urquidi-Loftus|spokesperson', 'said in an email', mention='University spokesperson Amaia Urquidi-Loftus'),
    E('indirect', 'Idaho still ranks in the bottom 10 states for per-student higher-ed funding', 'the State Higher Education Executive Officers Association', 'Association|State Higher Education Executive Officers', 'according to', mention='the State Higher Education Executive Officers Association'),
    E('indirect', 'Ridgeline Coffee will close its Bench location at the end of April', TML, 'Lombardi-Holm|owner', 'told', mention='owner Teodora Lombardi-Holm'),
    E('direct', "The lease went up 40%. We just couldn't make the math work,", TML, 'Lombardi-Holm|owner', 'said', mention='she', mctx='math work," she said'),
    E('direct', "We'll see you at Hyde Park. Bring your punch cards,", 'Ridgeline Coffee', 'Ridgeline|company', 'posted on Instagram', mention='the company', mctx='the company posted'),
    E('direct', 'Worth the 6am alarm,', 'Gunnar Stavely-Orr', 'Stavely-Orr|Gunnar', 'wrote', mention='he', mctx='he wrote'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout13: news articles written and annotated blind (helper session s12), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout12: start/end are UTF-8 byte '
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
