#!/usr/bin/env python3
"""Builds reference.json for testdata/heldout8 from hand annotations.

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

IO = 'Imelda Ezeagu-Barr'
IOk = 'Ezeagu-Barr|coroner'
FR = 'One of Ewan’s friends'
GT = 'Anselm Tillotson-Reeve'
TA = 'Tarnbeck Aggregates Ltd'
JA = 'Joanne Hartnell'
FRS = 'Derbyshire Fire and Rescue Service'
DOCS['01_uk_inquest_quarry.txt'] = [
    E('indirect', 'a 16-year-old boy who fell 30 metres from a ledge at a disused quarry in Derbyshire died as a result of an accident', IO, IOk, 'concluded', False, mention='A coroner'),
    E('indirect', 'gaps in fencing around the site had “more than minimally contributed” to his death', IO, IOk, 'said', mention='A coroner'),
    E('indirect', 'Ewan Hartnell-Frear, from Matlock, died at the former Hollins Edge quarry on May 18 after climbing through a broken fence with two friends', 'the inquest at Chesterfield Coroner’s Court', 'inquest|court', 'heard', False, mention='the inquest at Chesterfield Coroner’s Court'),
    E('indirect', 'she would issue a Prevention of Future Deaths report to the site’s owner, Tarnbeck Aggregates Ltd, and to Derbyshire Dales District Council', IO, IOk, 'said', mention='Miss Imelda Ezeagu-Barr'),
    E('direct', 'Ewan was a bright, adventurous young man who went out on a warm evening with his friends and did not come home,', IO, IOk, 'said', mention='she', mctx='come home,” she said'),
    E('direct', 'I am satisfied that the fencing on the northern boundary had been in a poor state of repair for at least two years, and that this was known.', IO, IOk, '', mention='she', mctx='come home,” she said'),
    E('indirect', 'officers had found a section of fence roughly two metres wide lying flat in undergrowth', 'Leighton Szalai-Brenn', 'Szalai-Brenn', 'told', mention='PC Leighton Szalai-Brenn'),
    E('direct', 'It had clearly been down for some time. There was a well-worn path through the gap,', 'Leighton Szalai-Brenn', 'Szalai-Brenn', 'said', mention='he', mctx='gap,” he said'),
    E('indirect', 'the group had gone to the quarry “to watch the sunset” and that Ewan had walked to the edge to take a photograph', FR, 'friend|friends', 'said in a statement read to the court', mention=FR),
    E('direct', 'He turned round to say something and then he just wasn’t there,', FR, 'friend|friends|statement', 'said', mention='the statement', mctx='” the statement said'),
    E('indirect', 'the company inspected the perimeter every quarter and had “no record” of the damaged section being reported to it', GT, 'Tillotson-Reeve', 'told', mention=GT),
    E('indirect', 'the last recorded inspection of the northern boundary had taken place in September last year', GT, 'Tillotson-Reeve', 'accepted', mention='he', mctx='he accepted that'),
    E('direct', 'With hindsight, that is not good enough, and I would say that to Ewan’s family directly,', GT, 'Tillotson-Reeve', 'said', mention='Mr Tillotson-Reeve'),
    E('indirect', 'the company had treated the site as “somebody else’s problem” since extraction stopped in 2014', 'Meenakshi Ramanathan-Dowd', 'Ramanathan-Dowd', 'put it to him', False, mention='Ms Ramanathan-Dowd'),
    E('indirect', 'the authority had “no statutory responsibility” for fencing on private land but would “carefully consider” the coroner’s report', 'A council spokesperson', 'spokesperson|council', 'said', mention='A council spokesperson'),
    E('direct', 'This was an accident. Ewan made a choice that many 16-year-olds would make. But he should never have been able to reach that ledge so easily.', IO, IOk, 'said', mention='Miss Ezeagu-Barr', mctx='Recording her conclusion, Miss Ezeagu-Barr'),
    E('indirect', 'warning signs at the quarry entrance were “faded to the point of being illegible”', IO, IOk, 'added', mention='She', mctx='She added that'),
    E('direct', 'Ewan was our whole world. He was funny, he was kind, and he was fearless, sometimes too fearless.', JA, 'Joanne', 'said in a statement', mention=JA),
    E('direct', 'We have waited five months to hear someone say that this should not have happened. Today we heard it. Now we want to see that fence fixed, and every fence like it.', JA, 'Joanne', '', mention=JA),
    E('indirect', 'it had “fully repaired and reinforced” the fencing in June and had commissioned an independent safety review of all its former sites', TA, 'Tarnbeck', 'said in a statement', mention='Tarnbeck Aggregates', mctx='Tarnbeck Aggregates said in a statement'),
    E('indirect', 'The company’s thoughts “remain with Ewan’s family and friends”', TA, 'Tarnbeck|company', 'said', mention='it', mctx='”, it said'),
    E('indirect', 'young people to stay away from quarries', FRS, 'Fire', 'warned', mention=FRS),
    E('indirect', 'cold water and unstable edges make them “deceptively dangerous”', FRS, 'Fire', 'saying', mention=FRS),
    E('indirect', 'fencing at disused quarries to be inspected by councils', 'an online petition', 'petition|Jack', 'calling for', False, mention='an online petition'),
    E('direct', 'If one family doesn’t have to sit in that courtroom because of this, it’s worth it,', 'Jack Hartnell-Frear', 'Jack', 'told', mention='he', mctx='worth it,” he told'),
]

AKv = 'Aatu Kivelä'
RZ = 'Emiliano Zubiaurre'
MO = 'Joost Veldkamp'
HI = 'Haruto Ishiguro'
CA = 'Corentin Abadie-Rousset'
DOCS['02_f1_race_report.txt'] = [
    E('indirect', 'a slow pit stop under the safety car had cost him the race', "Zubiaurre's team", 'team|Veldkamp', 'admitted', mention='whose team'),
    E('direct', 'What happened? What happened there?', RZ, 'Zubiaurre', 'asked', mention='the Mexican'),
    E('direct', "Front left issue. We'll talk after. Full attack now.", 'Bastien Gravier-Moyal', 'Gravier-Moyal', 'replied', mention='Bastien Gravier-Moyal'),
    E('direct', 'That one hurts,', RZ, 'Zubiaurre', 'told', mention='Zubiaurre', mctx='Zubiaurre told Sky'),
    E('direct', "We had the pace to win today, honestly. I'm not going to blame the guys, they work so hard, but we need to understand it.", RZ, 'Zubiaurre', '', mention='Zubiaurre', mctx='Zubiaurre told Sky'),
    E('indirect', 'the win, his third of the season, had been "the hardest 70 laps of my life"', AKv, 'Kivelä', 'said', mention='Kivelä', mctx='Kivelä, 24, said'),
    E('direct', 'On the restart I knew he had fresher tyres and I just tried to make the car as wide as possible,', AKv, 'Kivelä', 'said', mention='he', mctx='possible," he said in'),
    E('direct', "My engineer kept telling me, 'Stay calm, stay calm,' and I was thinking, easy for you to say.", AKv, 'Kivelä', '', mention='he', mctx='possible," he said in'),
    E('indirect', 'his tyres had been "completely finished" by the last two laps', AKv, 'Kivelä', 'added', mention='He', mctx='He added that his tyres'),
    E('indirect', 'the wheel-gun failure was "unacceptable at this level" and that the team would review its equipment before the Dutch Grand Prix at the end of the month', MO, 'Veldkamp', 'said', mention=MO),
    E('direct', 'We win and lose as a team. Today we lost as a team,', MO, 'Veldkamp', 'said', mention='Veldkamp', mctx='team," Veldkamp said'),
    E('indirect', 'he was "fine, just a bit annoyed with myself"', HI, 'Ishiguro', 'said', mention='The Japanese driver'),
    E('direct', "I pushed one lap too many on old tyres. That's on me,", HI, 'Ishiguro', 'wrote', mention='he', mctx='me," he wrote'),
    E('indirect', 'the chassis had suffered "significant damage" but that a replacement would be ready for Zandvoort', 'Torvane Racing', 'Torvane', 'said in a statement', mention='Torvane Racing'),
    E('indirect', 'Abadie-Rousset "did not leave a car\'s width" and that Vossberg had been "fully alongside" at the apex', 'the stewards', 'stewards', 'said', mention='the stewards', mctx='In their decision, the stewards said'),
    E('partial', 'a joke', CA, 'Abadie-Rousset', 'called', mention='Abadie-Rousset', mctx='Abadie-Rousset called'),
    E('indirect', 'he had been given "nowhere to go"', CA, 'Abadie-Rousset', 'said', mention='Abadie-Rousset', mctx='Abadie-Rousset called'),
    E('direct', 'If this is a penalty then we should stop racing and just do time trials,', CA, 'Abadie-Rousset', 'said', mention='he', mctx='trials," he said'),
    E('direct', "It was hard but it's racing. Maybe five seconds is a lot, I don't know,", 'Lennart Vossberg', 'Vossberg', 'said', mention='the German'),
    E('direct', 'Nothing is comfortable in this sport. Ask me in Abu Dhabi,', AKv, 'Kivelä', 'said', mention='he', mctx='Abu Dhabi," he said'),
]

DW = 'Darmawan Wicaksono'
CL = 'Chua Li Fen'
RO = 'Rahimah Mokhtar'
MS = 'Mansur Siregar'
DOCS['03_indonesia_palm_levy.txt'] = [
    E('indirect', 'Indonesia will raise its export levy on crude palm oil from next month to fund replanting by smallholder farmers', DW, 'Wicaksono', 'said', mention='President Darmawan Wicaksono'),
    E('indirect', 'could push up global cooking oil prices', 'traders', 'traders', 'warned', False, mention='traders', mctx='traders warned'),
    E('indirect', 'the country would no longer "beg" European buyers to accept its palm oil and would instead invest in processing it at home', DW, 'Wicaksono', 'said', mention='Wicaksono', mctx='Riau province, Wicaksono said'),
    E('direct', 'We are not a nation that sells raw materials and buys back finished goods. That era is over,', DW, 'Wicaksono', 'said in remarks translated by', mention='Wicaksono', mctx='over," Wicaksono said'),
    E('direct', 'If Europe does not want our oil, Asia does, Africa does, and our own factories do.', DW, 'Wicaksono', '', mention='Wicaksono', mctx='over," Wicaksono said'),
    E('indirect', 'The levy will rise from 7.5% to 10% of the reference price on Sept. 1', "a regulation published on the Finance Ministry's website", 'regulation|Finance Ministry', 'according to', mention='a regulation'),
    E('indirect', 'the additional revenue, estimated at 9 trillion rupiah ($550 million) a year, would go to a fund that pays farmers to replace ageing trees', 'Sutarjo', 'Sutarjo', 'told', mention='Sutarjo', mctx='Affairs Sutarjo, who'),
    E('direct', 'Our smallholders are farming trees that are 25, 30 years old. Yields are falling every year,', 'Sutarjo', 'Sutarjo', 'said', mention='Sutarjo', mctx='year," Sutarjo said'),
    E('indirect', "the government hoped to replant 180,000 hectares next year, nearly three times this year's figure", 'Sutarjo', 'Sutarjo', 'said', mention='He', mctx='He said the government hoped'),
    E('indirect', 'the regulation discriminatory', 'Jakarta', 'Jakarta', 'called', False, mention='Jakarta', mctx='Jakarta has called'),
    E('indirect', 'the rules "do not target any country" and applied equally to producers everywhere', 'A spokesperson for the European Commission', 'spokesperson|Commission', 'said', mention='A spokesperson for the European Commission'),
    E('direct', 'The market is reading this as less Indonesian oil on the export market, full stop,', CL, 'Chua', 'said', mention=CL),
    E('indirect', 'buyers in India and Pakistan, the biggest importers, were likely to turn to Malaysian supplies', CL, 'Chua', 'said', mention='She', mctx='She said buyers'),
    E('indirect', "her government had no plans to follow Indonesia's lead", RO, 'Rahimah', 'said', mention='Datuk Seri Rahimah Mokhtar'),
    E('direct', 'Our levy structure is stable and our buyers know that,', RO, 'Rahimah', 'said', mention='she', mctx='know that," she said'),
    E('indirect', 'replanting money had been promised before "and only a small part reached the villages."', MS, 'Siregar|Mansur', 'said', mention=MS),
    E('direct', 'Pak Presiden says the money is for us. Good. We will be watching where it goes,', MS, 'Siregar|Mansur', 'told', mention='he', mctx='goes," he told'),
    E('indirect', 'the replanting program must not become a cover for clearing new forest', 'Environmental groups', 'groups|Environmental', 'said', mention='Environmental groups'),
    E('indirect', 'at least 40,000 hectares of forest in Riau and Jambi had been cleared for plantations since 2022', 'Greenline Nusantara', 'Greenline', 'said in a statement', mention='Greenline Nusantara', mctx='Greenline Nusantara, a Jakarta-based group'),
    E('partial', 'replanting the same mistakes.', 'Dewi Anggraini Lubis', 'Lubis|Dewi', 'accused … of', mention='Dewi Anggraini Lubis'),
    E('direct', 'Pengusaha besar kuat, petani kecil yang harus kita bantu.', DW, 'Wicaksono', 'answered', mention='Wicaksono', mctx='Wicaksono, asked by a reporter'),
    E('direct', 'Big business is strong; it is the small farmers we must help.', DW, 'Wicaksono|office', 'rendered by his office as', False, mention='Wicaksono', mctx='Wicaksono, asked by a reporter'),
    E('indirect', "Indonesia is the world's largest producer of palm oil, used in everything from chocolate to shampoo, and accounts for more than half of global supply", 'the U.S. Department of Agriculture', 'Agriculture|USDA', 'according to', mention='the U.S. Department of Agriculture'),
]

LB = 'Winifred Beckwith-Stahl'
GH = 'Garrett Gantt-Crane'
MAr = 'Marisela Arrowood'
DK = 'Dwayne Ravensworth'
AID = 'Two senior Senate aides'
DOCS['04_sunday_shows.txt'] = [
    E('indirect', 'airport delays', MAr, 'Arrowood|governor', 'warns of', False, mention='a governor'),
    E('indirect', 'he will not blink', DK, 'Ravensworth|hawk', 'says', False, mention='a budget hawk'),
    E('indirect', 'the other side would be to blame for a shutdown', "the Senate's top appropriators", 'appropriators', 'insist', False, mention="the Senate's top appropriators"),
    E('indirect', 'Democrats had offered "a clean, seven-week extension with no poison pills" and were waiting for an answer', LB, 'Beckwith-Stahl', 'said', mention='Sen. Winifred Beckwith-Stahl'),
    E('direct', 'The ball is in their court. It has been in their court since Tuesday,', LB, 'Beckwith-Stahl', 'said', mention='Beckwith-Stahl', mctx='Tuesday," Beckwith-Stahl said'),
    E('indirect', 'she would "look at anything that keeps the government open," but would not support cuts to food assistance "buried in a stopgap."', LB, 'Beckwith-Stahl', 'said', mention='she', mctx='she said she would'),
    E('indirect', 'the Democratic offer "spends money we don\'t have on programs nobody voted for."', GH, 'Gantt-Crane', 'saying', mention='Sen. Garrett Gantt-Crane'),
    E('direct', "Nobody wants a shutdown. I certainly don't,", GH, 'Gantt-Crane', 'said', mention='Gantt-Crane', mctx='don\'t," Gantt-Crane said'),
    E('direct', "But you don't fix a leaky roof by buying a bigger bucket.", GH, 'Gantt-Crane', '', mention='Gantt-Crane', mctx='don\'t," Gantt-Crane said'),
    E('indirect', 'a deal would come together "probably late Wednesday, because that\'s how this town works."', GH, 'Gantt-Crane', 'predicted', mention='He', mctx='He predicted'),
    E('indirect', 'a shutdown lasting more than a week would mean long lines at Denver International Airport, where unpaid screeners had called in sick in large numbers during the last shutdown', MAr, 'Arrowood', 'warned', mention='Gov. Marisela Arrowood'),
    E('direct', 'Every governor in this country, red state or blue state, should be on the phone to Washington today,', MAr, 'Arrowood', 'said', mention='Arrowood', mctx='today," Arrowood said'),
    E('direct', 'Our travelers are not bargaining chips.', MAr, 'Arrowood', '', mention='Arrowood', mctx='today," Arrowood said'),
    E('indirect', 'the president\'s chief of staff had spoken to both appropriators on Saturday and that the administration was "cautiously optimistic."', 'A White House official', 'official', 'said', mention='A White House official'),
    E('indirect', 'he would vote against any extension that did not include spending cuts', DK, 'Ravensworth', 'told', mention='Rep. Dwayne Ravensworth'),
    E('direct', "I didn't come here to keep the lights on. I came here to turn some of them off,", DK, 'Ravensworth', 'said', mention='he', mctx='off," he said'),
    E('direct', "That's a question for another Sunday,", DK, 'Ravensworth', 'said', mention='he', mctx='Sunday," he said'),
    E('indirect', 'negotiators were closer than the public statements suggested', AID, 'aides', 'said', mention=AID),
    E('indirect', 'the main sticking point was a $2 billion disaster aid package for Gulf Coast states', AID, 'aides|One|them', 'said', mention='One of them'),
    E('direct', 'Everyone on TV this morning is performing for their base,', AID, 'aides|aide', 'said', mention='the other aide'),
    E('direct', 'The staff have been in a room together all weekend.', AID, 'aides|aide', '', mention='the other aide'),
    E('direct', 'If you want to trade stocks, go work on Wall Street,', LB, 'Beckwith-Stahl', 'told', mention='she', mctx='she told "Meet'),
    E('direct', 'If you want to serve the public, serve the public.', LB, 'Beckwith-Stahl', '', mention='she', mctx='she told "Meet'),
    E('partial', 'a solution in search of a problem', GH, 'Gantt-Crane', 'called', mention='Gantt-Crane', mctx='Gantt-Crane, asked about it'),
    E('indirect', 'existing disclosure rules were "more than enough."', GH, 'Gantt-Crane', 'said', mention='Gantt-Crane', mctx='Gantt-Crane, asked about it'),
    E('indirect', 'a two-week shutdown would reduce fourth-quarter economic growth by about 0.2 percentage points', 'The Congressional Budget Office', 'Budget Office|CBO', 'estimated', False, mention='The Congressional Budget Office'),
]

NL = 'Nordhavn Line A/S'
MB = 'Mikkel Brøndum-Aagaard'
SL = 'Birthe Lykkegaard'
JAa = 'Jesper Aagesen'
HB = 'Analysts at Hartwell Brokerage'
DOCS['05_bloomberg_shipping_earnings.txt'] = [
    E('indirect', 'The Copenhagen-based company now expects earnings before interest, taxes, depreciation and amortization of $4.2 billion to $4.8 billion, down from as much as $6 billion previously', NL, 'Nordhavn', 'said in a statement', mention='it', mctx='previously, it said'),
    E('indirect', 'Analysts had expected $5.4 billion', 'data compiled by Bloomberg', 'data|Bloomberg', 'according to', mention='data compiled by Bloomberg'),
    E('direct', 'We always said the Red Sea windfall would not last forever, and now we are seeing the other side of it,', MB, 'Brøndum-Aagaard', 'said in an interview', mention='Chief Executive Officer Mikkel Brøndum-Aagaard'),
    E('direct', 'Rates are coming down faster than we thought.', MB, 'Brøndum-Aagaard', '', mention='Chief Executive Officer Mikkel Brøndum-Aagaard'),
    E('indirect', "about a third of the company's Asia-Europe sailings had returned to the canal since September and that he expected most of the rest to follow by the end of the first quarter, provided the security situation held", MB, 'Brøndum-Aagaard', 'said', mention='Brøndum-Aagaard', mctx='Brøndum-Aagaard said about a third'),
    E('indirect', "The company's third-quarter Ebitda fell 38% to $1.31 billion", NL, 'Nordhavn|company', 'said', mention='it', mctx='$1.31 billion, it said'),
    E('indirect', 'Nordhavn would cut costs by $600 million next year, mainly by idling older vessels and consolidating its terminal operations in northern Europe', SL, 'Lykkegaard', 'told', mention='Chief Financial Officer Birthe Lykkegaard'),
    E('direct', 'We are not going to chase volumes at any price,', SL, 'Lykkegaard', 'said', mention='she', mctx='price," she said'),
    E('direct', 'Discipline on capacity is the single most important thing this industry can do right now.', SL, 'Lykkegaard', '', mention='she', mctx='price," she said'),
    E('indirect', 'the cost program was "welcome but small" compared with the drop in rates', JAa, 'Aagesen', 'said', mention=JAa),
    E('direct', "The industry has ordered something like 9 million containers' worth of new ships, and they are all arriving at once,", JAa, 'Aagesen', 'said', mention='Aagesen', mctx='once," Aagesen said'),
    E('direct', 'No amount of cost-cutting fixes that.', JAa, 'Aagesen', '', mention='Aagesen', mctx='once," Aagesen said'),
    E('indirect', 'the guidance "still looks too high" for the fourth quarter', HB, 'Hartwell|Analysts|analysts', 'wrote in a note', mention=HB),
    E('indirect', 'spot rates on the Shanghai-Rotterdam route had already fallen below break-even for some carriers', HB, 'Hartwell|Analysts|analysts|They', 'said', mention='They', mctx='They said spot rates'),
    E('indirect', 'The Drewry World Container Index, a benchmark for spot rates, has fallen for 11 straight weeks', 'data published on Thursday', 'data', 'according to', mention='data published on Thursday'),
    E('indirect', 'the industry was heading back to the losses of the previous decade', MB, 'Brøndum-Aagaard', 'rejected the idea', False, mention='Brøndum-Aagaard', mctx='Brøndum-Aagaard rejected'),
    E('indirect', 'Shipping lines were "far healthier" than in 2016, when a major South Korean carrier collapsed', MB, 'Brøndum-Aagaard', 'said', mention='he', mctx='collapsed, he said'),
    E('indirect', 'he did not comment on "market rumors."', MB, 'Brøndum-Aagaard', 'said', mention='he', mctx='he said he did not comment'),
    E('indirect', 'Nordhavn had held early talks about combining its Latin American business with that of a competitor', 'Bloomberg News', 'Bloomberg|people', 'reported', mention='Bloomberg News', mctx='Bloomberg News reported'),
    E('indirect', 'it "continues to support management\'s long-term strategy."', 'The Ahlgren family foundation', 'Ahlgren|foundation', 'said in an emailed statement', mention='The Ahlgren family foundation'),
    E('indirect', 'Nordhavn will hold a capital markets day in London in February', NL, 'Nordhavn|company', 'said', mention='the company', mctx='February, the company said'),
]

MIN = 'Ministry of Tourism and Antiquities'
MINk = 'Ministry|ministry'
MAR = 'Medhat Abdel-Rasoul'
AW = 'Agnieszka Wróblewska-Pietrzak'
TF = 'Crispin Fennimore'
DOCS['06_egypt_tomb_discovery.txt'] = [
    E('indirect', 'Egyptian archaeologists have uncovered the painted tomb of a royal scribe who served under Amenhotep III on Luxor’s west bank', MIN, MINk, 'announced', mention=MIN, mctx='the country’s Ministry of Tourism and Antiquities announced'),
    E('indirect', 'one of the best-preserved burials found in the area in a decade', MIN, MINk, 'describing … as', False, mention=MIN, mctx='the country’s Ministry of Tourism and Antiquities announced'),
    E('indirect', 'The tomb, in the Dra Abu el-Naga necropolis, belonged to a man named Nebamun-Ptahmose, whose titles included “scribe of the royal table” and “overseer of the granaries of Amun”', MIN, MINk, 'said in a statement', mention='the ministry', mctx='the ministry said in a statement posted'),
    E('indirect', 'the burial chamber contained “intact wall paintings in vivid colours” showing scenes of harvest, fishing and a funeral banquet, as well as 14 sealed pottery jars and fragments of a gilded wooden coffin', MIN, 'Ministry|ministry|statement', 'said', mention='The statement', mctx='The statement said the burial'),
    E('indirect', 'the find was “a gift to Egypt and to the whole world”', MAR, 'Abdel-Rasoul', 'told', mention='Dr. Medhat Abdel-Rasoul'),
    E('direct', 'When we opened the chamber,” he said, “the colours on the walls looked as if the painter had finished yesterday. I have worked in Luxor for thirty years and I have rarely seen anything like it.', MAR, 'Abdel-Rasoul', 'said', mention='he', mctx='chamber,” he said'),
    E('indirect', 'the tomb had been found in January by a joint Egyptian-Polish mission working beneath the remains of a later mud-brick chapel, and that the announcement had been delayed until conservators could stabilise the paintings', MAR, 'Abdel-Rasoul', 'said', mention='He', mctx='He said the tomb'),
    E('direct', 'I would not call it intact. The tomb was entered in antiquity, probably more than once, and most of the valuable objects were taken,', AW, 'Wróblewska-Pietrzak', 'said', mention='she', mctx='taken,” she said'),
    E('direct', 'What survived is the decoration, and that is what makes it extraordinary for us.', AW, 'Wróblewska-Pietrzak', '', mention='she', mctx='taken,” she said'),
    E('indirect', 'the team had found a robbers’ tunnel cut into the north wall of the chamber and partly filled with debris', AW, 'Wróblewska-Pietrzak', 'said', mention='She', mctx='She said the team'),
    E('indirect', 'the word “intact” in the statement referred “only to the paintings, not to the contents of the tomb”', 'Sherif el-Sherbiny', 'el-Sherbiny|Sherbiny', 'said', mention='Sherif el-Sherbiny'),
    E('indirect', 'Tomb robbing was common across the Theban necropolis from the late New Kingdom onwards', 'Egyptologists', 'Egyptologists', 'according to', mention='Egyptologists', mctx='according to Egyptologists'),
    E('indirect', 'the paintings looked “genuinely important” from the photographs released so far', TF, 'Fennimore', 'said', mention='Dr. Crispin Fennimore'),
    E('direct', 'The banquet scene in particular has details I haven’t seen before, including what looks like a harpist who is blind,', TF, 'Fennimore', 'wrote', mention='he', mctx='blind,” he wrote'),
    E('direct', 'But we need the full publication before anyone starts rewriting textbooks.', TF, 'Fennimore', '', mention='he', mctx='blind,” he wrote'),
    E('indirect', 'Egypt had a “commercial interest” in presenting discoveries as dramatically as possible, given the importance of tourism to its economy', TF, 'Fennimore', 'added', mention='He', mctx='He added that Egypt'),
    E('indirect', 'Tourism revenue reached a record $15.3bn last year', 'the Central Bank of Egypt', 'Central Bank', 'according to', mention='the Central Bank of Egypt'),
    E('direct', 'Every new tomb is a new reason for people to come back,', 'Mahmoud Abu el-Ela', 'Abu el-Ela|el-Ela', 'said', mention='Mahmoud Abu el-Ela'),
    E('indirect', 'the tomb would not open to the public until at least 2027 and that a replica of the banquet scene would be displayed at the Grand Egyptian Museum in Giza next year', MIN, MINk, 'said', mention='The ministry', mctx='The ministry said the tomb'),
]

OT = 'Ong Teck Seng'
RA = 'Rosnah Abdul Hamid'
NEA = 'National Environment Agency'
NEAk = 'NEA|Environment Agency|agency'
NSP = 'an NEA spokesperson'
PS = 'Pragash Selvadurai'
KG = 'Kelvin Goh Wei Ming'
TH = 'Tay Hock Leong'
VL = 'Vivian Loh'
DOCS['07_singapore_hawker_rents.txt'] = [
    E('indirect', 'they may quit', 'Some stallholders', 'stallholders', 'say', False, mention='Some stallholders'),
    E('indirect', 'rents reflect market demand', NEA, NEAk, 'says', False, mention='NEA', mctx='NEA says rents'),
    E('indirect', 'they are considering giving up their stalls after rents for some units rose by as much as 40 per cent following a recent tender exercise', 'Hawkers at a popular food centre in Bukit Merah', 'Hawkers|hawkers', 'say', mention='Hawkers at a popular food centre in Bukit Merah'),
    E('indirect', 'his monthly rent would go up from $1,450 to $2,030 when his tenancy is renewed in January', OT, 'Ong', 'said', mention='Mr Ong Teck Seng'),
    E('direct', 'If I raise my price by 50 cents, my regular customers will complain. If I don’t, I am working for the landlord,', OT, 'Ong', 'told', mention='he', mctx='landlord,” he told'),
    E('direct', 'My son says, Pa, just retire. Maybe he is right.', OT, 'Ong', '', mention='he', mctx='landlord,” he told'),
    E('indirect', 'at least six of the centre’s 48 stallholders had told him they were thinking of leaving', OT, 'Ong', 'said', mention='Mr Ong', mctx='Mr Ong said at least'),
    E('indirect', 'the increase had come “at the worst time”, as prices of chicken and cooking gas had also risen this year', RA, 'Rosnah', 'said', mention='Madam Rosnah Abdul Hamid'),
    E('direct', 'We start at 4am every day. I am not asking for free, I am asking for fair,', RA, 'Rosnah', 'said', mention='Madam Rosnah', mctx='fair,” Madam Rosnah said'),
    E('indirect', 'the new rents were determined by tender and reflected “prevailing market demand” for stalls at the location', NEA, NEAk, 'said', mention='The National Environment Agency'),
    E('indirect', 'stallholders who were renewing their tenancies would not be asked to pay the full tendered rate immediately, and that the increase would be phased in over three years', NSP, 'spokesperson|NEA', 'said', mention=NSP),
    E('direct', 'NEA is mindful of the cost pressures faced by hawkers and will continue to work with them to keep food affordable,', NSP, 'spokesperson|NEA', 'said', mention='the spokesperson'),
    E('indirect', '92 per cent of stalls across its 114 hawker centres were currently occupied', NEA, NEAk, 'said', mention='The agency', mctx='The agency said 92'),
    E('indirect', 'the phased increase “only delays the pain”', PS, 'Pragash|Selvadurai', 'said', mention='Mr Pragash Selvadurai'),
    E('direct', 'My father took this stall in 1989. I grew up under this table,', PS, 'Pragash|Selvadurai', 'said', mention='Mr Pragash', mctx='table,” Mr Pragash said'),
    E('direct', 'I don’t want to be the one who closes it.', PS, 'Pragash|Selvadurai', '', mention='Mr Pragash', mctx='table,” Mr Pragash said'),
    E('indirect', 'he had met the stallholders and would raise their concerns with the agency', KG, 'Goh', 'said in a Facebook post', mention=KG),
    E('direct', 'Hawker culture is on the UNESCO list. It should not end up only on the UNESCO list,', KG, 'Goh', 'wrote', mention='Mr Goh'),
    E('indirect', 'the median rent for a cooked food stall in NEA-managed centres was $1,380, and that most hawkers paid less than 10 per cent of their revenue in rent', 'Joyce Seah-Iskandar', 'Seah-Iskandar', 'said', mention='Joyce Seah-Iskandar'),
    E('indirect', 'revenue varied widely between stalls and that averages “hide the people who are struggling”', TH, 'Tay', 'said', mention='Mr Tay Hock Leong'),
    E('indirect', 'the association had written to the NEA to ask for a freeze on rents for stallholders who had been at the centre for more than 20 years', TH, 'Tay', 'said', mention='He', mctx='He said the association'),
    E('indirect', 'she had bid above the reserve price because the location had strong weekday lunch crowds from nearby offices', VL, 'Loh', 'said', mention='Ms Vivian Loh'),
    E('direct', 'For young people, the rent is one part. The long hours are the bigger problem,', VL, 'Loh', 'said', mention='she', mctx='problem,” she said'),
    E('indirect', 'they were prepared to pay more to keep their favourite stalls', 'Customers', 'Customers|customers', 'said', mention='Customers', mctx='Customers said they'),
    E('direct', 'I will pay $5 for Uncle Ong’s noodles, no problem,', 'Harold Chia', 'Chia', 'said', mention='Mr Harold Chia'),
]

SAN = 'South African National Taxi Council'
SANk = 'Santaco|Taxi Council'
LM = 'Lwazi Mgudlwa-Fortuin'
PJ = 'Gerrit-Jan Swanepoel'
GA = 'Golden Arrow Bus Services'
TN = 'Thandeka Ngwenya-Daniels'
AQ = 'Ayanda Qwabe-Lottering'
DOCS['08_south_africa_taxi_strike.txt'] = [
    E('indirect', 'the strike would continue "until the City stops treating our drivers like criminals"', SAN, SANk, 'said', mention='The South African National Taxi Council'),
    E('indirect', 'more than 1,200 taxis had been impounded since April, many for what he called "minor paperwork issues" such as expired operating licences', LM, 'Mgudlwa-Fortuin', 'told', mention=LM),
    E('direct', "An impounded taxi costs the owner R8,000 to R10,000 to release. That is a month's income for a family. We cannot carry on like this,", LM, 'Mgudlwa-Fortuin', 'said', mention='Mgudlwa-Fortuin', mctx='this," Mgudlwa-Fortuin said'),
    E('indirect', 'operators had tried to engage the City for three months but had been "ignored at every turn"', LM, 'Mgudlwa-Fortuin', 'said', mention='He', mctx='He said operators'),
    E('indirect', 'the impoundments were lawful and that the City would not be "held to ransom"', PJ, 'Swanepoel', 'said', mention='Alderman Gerrit-Jan Swanepoel'),
    E('direct', 'The law is the law. If you operate without a valid permit, your vehicle will be impounded, whether it is a taxi, a bus or a bakkie,', PJ, 'Swanepoel', 'said in a statement', mention='Swanepoel', mctx='bakkie," Swanepoel said'),
    E('indirect', 'operators to return to the negotiating table', PJ, 'Swanepoel', 'urged', mention='He', mctx='He urged operators'),
    E('indirect', 'the City\'s door "remains open"', PJ, 'Swanepoel', 'said', mention='He', mctx='He urged operators'),
    E('indirect', 'it had added 80 buses to its routes but could not meet the demand', GA, 'Golden Arrow', 'said', mention=GA),
    E('direct', 'Commuters should expect long delays and full buses throughout the day,', GA, 'Golden Arrow|company', 'said', mention='the company', mctx='day," the company said'),
    E('indirect', 'she had waited more than two hours for a bus to Claremont', 'Nomonde Sitshetshe', 'Sitshetshe', 'said', mention='Nomonde Sitshetshe'),
    E('direct', 'My employer says if I am late again she will dock my pay. What must I do? Walk?', 'Nomonde Sitshetshe', 'Sitshetshe', 'said', mention='she', mctx='Walk?" she said'),
    E('indirect', 'her manager had told staff to sleep at the factory if necessary', 'Another commuter', 'commuter', 'said', mention='Another commuter'),
    E('indirect', 'the provincial government was "deeply concerned" about the impact on workers and learners', TN, 'Ngwenya-Daniels', 'said', mention=TN),
    E('indirect', 'she had asked both parties to meet on Tuesday under the mediation of the provincial department, and that law enforcement would be deployed at ranks to prevent intimidation', TN, 'Ngwenya-Daniels', 'announced', mention='She', mctx='She announced'),
    E('direct', 'We will not tolerate violence against drivers who choose to work, or against commuters,', TN, 'Ngwenya-Daniels', 'said', mention='Ngwenya-Daniels', mctx='commuters," Ngwenya-Daniels said'),
    E('indirect', 'two minibus taxis had been set alight in Nyanga on Monday morning and that no injuries had been reported', AQ, 'Qwabe-Lottering', 'confirmed', mention='Captain Ayanda Qwabe-Lottering'),
    E('indirect', 'no arrests had been made by Monday afternoon', AQ, 'Qwabe-Lottering', 'according to', mention='Qwabe-Lottering', mctx='According to Qwabe-Lottering'),
    E('indirect', 'fewer than half of learners had arrived', 'Schools in several areas', 'Schools|schools', 'reported', mention='Schools in several areas'),
    E('indirect', 'schools should "exercise flexibility" with late-coming and would not penalise learners who could not attend', 'The Western Cape Education Department', 'Education Department', 'said', mention='The Western Cape Education Department'),
    E('indirect', 'the strike exposed how dependent the city remained on minibus taxis, which carry about 60% of its commuters', 'Riyaad Essop', 'Essop', 'said', mention='Prof. Riyaad Essop'),
    E('direct', 'The taxi industry is the backbone of public transport here, and everyone knows it, including the City,', 'Riyaad Essop', 'Essop', 'said', mention='he', mctx='City," he said'),
    E('direct', "Both sides are playing a game of chicken with people's livelihoods.", 'Riyaad Essop', 'Essop', '', mention='he', mctx='City," he said'),
    E('indirect', 'it will announce on Wednesday whether the strike will continue', SAN, SANk, 'has said', mention='Santaco', mctx='Santaco has said'),
]

SO = 'Sebastian Okonedo-Haig'
FD = 'Francesca Montclair-Ambler'
MOR = 'Mattias Ojala-Arce'
BP = 'Fitzroy Kittering-Tarrant'
HV = 'Hollister & Vane'
DM = 'Delphine Marchbanks-Roy'
AKB = 'Aksel Kallio-Stenberg'
DOCS['09_art_auction.txt'] = [
    E('direct', "I'm going to need a glass of water,", SO, 'Okonedo-Haig', 'told', mention=SO),
    E('direct', 'Fair warning, then — at thirty-four million dollars,', SO, 'Okonedo-Haig', 'said', mention='he', mctx='dollars," he said'),
    E('indirect', 'the painting had been bought by "a private collection in North America."', 'A spokeswoman for the auction house', 'spokeswoman', 'said', mention='A spokeswoman for the auction house'),
    E('indirect', 'the result was "a correction, not a bubble."', FD, 'Montclair-Ambler', 'said in an interview', mention='Ms. Montclair-Ambler'),
    E('direct', "For decades, the market simply didn't look at women of her generation,", FD, 'Montclair-Ambler', 'said', mention='she', mctx='generation," she said'),
    E('direct', 'Tonight it looked.', FD, 'Montclair-Ambler', '', mention='she', mctx='generation," she said'),
    E('indirect', "the proceeds would fund a foundation to catalog the artist's work and give grants to women painters over 60", 'the Sandvik-Ojala Family Trust', 'Trust', 'said in a statement', mention='the Sandvik-Ojala Family Trust'),
    E('indirect', 'he had "cried a little" when the hammer fell', MOR, 'Ojala-Arce|Mattias', 'said', mention=MOR),
    E('direct', 'She kept painting in a cold studio in Rockport for sixty years while people told her it was a nice hobby,', MOR, 'Ojala-Arce|Mattias', 'said', mention='he', mctx='hobby," he said'),
    E('direct', 'I wish she could have seen this room.', MOR, 'Ojala-Arce|Mattias', '', mention='he', mctx='hobby," he said'),
    E('indirect', 'he thought the price reflected "two people who really, really wanted the same thing on the same night" rather than a reappraisal of the artist', BP, 'Kittering-Tarrant', 'said', mention=BP),
    E('direct', 'One great result does not make a market,', BP, 'Kittering-Tarrant', 'said', mention='Mr. Kittering-Tarrant'),
    E('direct', "Let's see what her second-best painting does.", BP, 'Kittering-Tarrant', '', mention='Mr. Kittering-Tarrant'),
    E('indirect', 'The sale as a whole brought in $412 million, within its presale estimate of $380 million to $460 million', HV, 'Hollister', 'said', mention=HV, mctx='$460 million, Hollister & Vane said'),
    E('indirect', 'a cautious season', 'Art market analysts', 'analysts', 'predicted', False, mention='Art market analysts'),
    E('indirect', 'sales at the three largest auction houses fell by about a quarter from a year earlier', 'figures compiled by the research firm ArtTactic', 'ArtTactic|figures', 'according to', mention='figures compiled by the research firm ArtTactic'),
    E('direct', 'There is money on the sidelines, but it only comes out for the very best,', DM, 'Marchbanks-Roy', 'said', mention=DM),
    E('partial', 'a trophy moment', DM, 'Marchbanks-Roy', 'called', mention='She', mctx='She called Monday'),
    E('indirect', "the house planned a museum-style exhibition of Sandvik-Ojala's work in its Madison Avenue galleries next spring", AKB, 'Kallio-Stenberg', 'told', mention=AKB),
    E('direct', 'We are not in the business of rediscovering artists," he said, "but every so often, we get to be.', AKB, 'Kallio-Stenberg', 'said', mention='he', mctx='artists," he said'),
]

HBk = 'Harbourside Bank'
NF = 'Imogen Ashcombe-Quill'
PO = 'Cordelia Ormerod-Tate'
DOCS['10_bbc_live_bank_outage.txt'] = [
    E('indirect', 'a "faulty software update" is to blame', HBk, 'Harbourside|bank', 'says', False, mention='The bank', mctx='The bank says a "faulty'),
    E('indirect', "they can't pay rent or buy food", 'Customers', 'Customers|customers', 'tell us', False, mention='Customers', mctx='Customers tell us'),
    E('direct', 'I want to say sorry, plainly and without excuses. We have let our customers down,', NF, 'Ashcombe-Quill', 'says', mention='she', mctx='down," she says'),
    E('indirect', 'engineers have restored service for "around a fifth" of users', NF, 'Ashcombe-Quill', 'says', mention='She', mctx='She says engineers'),
    E('indirect', 'the app to be working fully by midnight', NF, 'Ashcombe-Quill', 'expects', False, mention='She', mctx='She says engineers'),
    E('indirect', 'she cannot guarantee it', NF, 'Ashcombe-Quill', 'admits', mention='she', mctx='she admits'),
    E('direct', 'Anyone who has been left out of pocket because of this will be compensated. Keep your receipts,', NF, 'Ashcombe-Quill', 'adds', mention='she', mctx='receipts," she adds'),
    E('indirect', 'a full explanation', PO, 'Ormerod-Tate', 'asking for', False, mention='Dame Cordelia Ormerod-Tate'),
    E('direct', "Two days without access to your own money is not a glitch, it's a failure. I have asked Harbourside to set out by Friday what went wrong and what it is doing for customers.", PO, 'Ormerod-Tate', 'writes', mention='she', mctx='she writes:'),
    E('indirect', 'she was unable to pay her rent, which was due on Wednesday, and has had to ask her landlord for more time', 'Carys in Swansea', 'Carys', 'tells us', mention='Carys in Swansea'),
    E('indirect', 'he was stuck at a petrol station on Tuesday evening when his card was declined', 'Kiran in Leicester', 'Kiran', 'says', mention='Kiran in Leicester'),
    E('direct', 'I had to leave my watch with the cashier until my brother came with cash,', 'Kiran in Leicester', 'Kiran', 'says', mention='he', mctx='cash," he says'),
    E('indirect', 'this was not a cyber-attack', HBk, 'Harbourside|bank', 'insists', mention='Harbourside', mctx='Harbourside insists'),
    E('indirect', 'an update to the system that checks customers\' identities when they log in "went wrong in a way nobody had tested for"', 'a senior figure at the bank', 'figure', 'says', mention='a senior figure at the bank'),
    E('indirect', 'it is "in close contact" with Harbourside and is monitoring the situation', 'The Financial Conduct Authority', 'Financial Conduct Authority|FCA', 'says', mention='The Financial Conduct Authority'),
    E('indirect', 'banks must treat customers fairly during IT failures, "including by putting right any financial loss."', 'The Financial Conduct Authority', 'Financial Conduct Authority|FCA', 'says', mention='it', mctx='it says banks'),
    E('indirect', 'there was "no evidence whatsoever" that customer data had been accessed', 'A Harbourside spokesperson', 'spokesperson', 'told', mention='A Harbourside spokesperson'),
    E('direct', "This was caused by a faulty software update. Customers' money is safe,", 'A Harbourside spokesperson', 'spokesperson', 'said', mention='the spokesperson'),
    E('indirect', 'branches will stay open two hours later than usual on Thursday evening and phone lines will be staffed overnight', HBk, 'Harbourside|bank', 'says', mention='The bank', mctx='The bank says branches'),
    E('indirect', 'customers who incur late-payment fees should claim them back from the bank', 'Which? Money Watch', 'Which', 'says', mention='Which? Money Watch'),
    E('direct', 'Harbourside must not make people jump through hoops. Compensation should be automatic and fast.', 'Oluwaseun Ogunleye-Clarke', 'Ogunleye-Clarke', 'said', mention='Oluwaseun Ogunleye-Clarke'),
]
def main():
    out = {'about': 'heldout8: 10 news articles written and annotated blind (helper session), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json, heldout4, heldout5, heldout6 and heldout7: start/end are UTF-8 byte '
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
