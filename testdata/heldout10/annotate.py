#!/usr/bin/env python3
"""Builds reference.json for heldout10 (a blind set) from hand annotations.

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

# 01 US small-town weekly (Wisconsin), police & courts page built from a criminal complaint and police reports
CC = 'a criminal complaint filed Monday in Waukesha County Circuit Court'
CCk = 'complaint'
DH = 'Ferrell R. Haskovec'
MOK = 'Maribel Oyekunle-Kwist'
HA = 'Thorvald Amundrud'
DOCS['01_wisconsin_police_court_briefs.txt'] = [
    E('indirect', 'A 41-year-old Ossory Falls man faces a felony theft charge after a town snowplow blade worth about $9,400 turned up behind a tavern on County Road Q', CC, CCk, 'according to', mention='a criminal complaint'),
    E('indirect', 'the blade had been unbolted from a parked truck at the town garage sometime over the weekend', 'the complaint', 'complaint|worker', 'according to', mention='the complaint', mctx='According to the complaint, a town'),
    E('indirect', 'the bolts "appeared to have been cut with a torch, not removed with a wrench," and that tire tracks in fresh snow led toward the county road', 'Lorne Szczepanik', 'Szczepanik', 'wrote', mention='Deputy Lorne Szczepanik'),
    E('indirect', 'a "big orange plow thing" had been leaning against his dumpster since Sunday', 'the owner of the Pine Notch Tavern', 'owner', 'to say', mention='the owner of the Pine Notch Tavern'),
    E('indirect', 'he had assumed it belonged to the town', 'the owner of the Pine Notch Tavern', 'owner', 'told', mention='The owner', mctx='The owner told deputies'),
    E('indirect', 'Haskovec initially denied knowing anything about the blade', 'the complaint', 'complaint', 'states', mention='the complaint', mctx='the complaint states'),
    E('indirect', 'he had taken it "to sell for scrap" but panicked when he realized it was too heavy to fit in his pickup', DH, 'Haskovec', 'told', mention='He', mctx='He later told the deputy'),
    E('direct', 'I figured somebody would find it and bring it back,', DH, 'Haskovec', 'said', mention='Haskovec', mctx='Haskovec said, according to the report'),
    E('indirect', "the blade has been reattached and the truck was back on the road in time for last week's storm", MOK, 'Oyekunle-Kwist', 'said', mention='Sheriff Maribel Oyekunle-Kwist'),
    E('direct', 'We take this seriously. That plow clears the roads our ambulances drive on,', MOK, 'Oyekunle-Kwist', 'said', mention='Oyekunle-Kwist', mctx='Oyekunle-Kwist said. "If'),
    E('direct', "If it's off the truck during a blizzard, somebody's grandmother waits longer for help.", MOK, 'Oyekunle-Kwist', '', mention='Oyekunle-Kwist', mctx='Oyekunle-Kwist said. "If'),
    E('indirect', 'the board would consider installing cameras at the garage', 'Merritt Tjaden', 'Tjaden', 'said', mention='Town Chairman Merritt Tjaden'),
    E('partial', 'a few thousand dollars, tops.', 'Merritt Tjaden', 'Tjaden', 'estimated', False, mention='He', mctx='He estimated'),
    E('indirect', 'the state had agreed to the recommendation because Brandvold "has done everything we asked of her" since her arrest', 'Teodoro Quennell-Baez', 'Quennell-Baez', 'told', mention='Assistant District Attorney Teodoro Quennell-Baez'),
    E('direct', "I put you in a terrible position and I'm sorry,", 'Kaylee M. Brandvold', 'Brandvold', 'said', mention='she', mctx="I'm sorry,\" she said"),
    E('direct', "I'm not the person I was a year ago.", 'Kaylee M. Brandvold', 'Brandvold', '', mention='she', mctx="I'm sorry,\" she said"),
    E('indirect', 'any violation of probation would send her back to court "with a much shorter conversation."', HA, 'Amundrud', 'warned', mention='Amundrud', mctx='Amundrud warned'),
    E('indirect', 'someone had built "an extremely large snowman" blocking her driveway', 'A resident on Larch Street', 'resident', 'reported', mention='A resident on Larch Street'),
    E('indirect', 'the snowman was removed without incident', 'Officers', 'Officers|officers|police', 'said', mention='Officers', mctx='Officers said the snowman'),
    E('indirect', 'a loose goat on the soccer field', 'A caller at Brambleton Middle School', 'caller', 'reported', False, mention='A caller at Brambleton Middle School'),
    E('indirect', 'it had escaped through a broken gate', "The goat's owner", 'owner', 'told', mention="The goat's owner"),
    E('indirect', 'to fix the fence', "The goat's owner", 'owner', 'promised', mention="The goat's owner"),
    E('indirect', 'the open can in the cupholder was "from last week."', 'The driver', 'driver', 'told', mention='The driver', mctx='The driver told officers'),
    E('indirect', 'his mailbox had been knocked over for the third time this winter', 'A Maple Avenue man', 'man', 'reported', mention='A Maple Avenue man'),
    E('indirect', 'he believes the damage is being done by the plow, not vandals', 'A Maple Avenue man', 'man', 'said', mention='He', mctx='He said he believes'),
]

# 02 UK farming trade weekly, processor cuts the milk price; farmers, analysts, union, Defra
WD = 'Westmoor Dairies'
WDk = 'Westmoor|processor'
APR = 'Peregrine Penhaligon-Stowe'
RA = 'Rhodri Aberconway'
OM = 'Ottilie Vardeman'
DMIU = 'the Dairy Markets Intelligence Unit (DMIU)'
IR = 'Clemency Hartsholme'
DOCS['02_farming_weekly_milk_price.txt'] = [
    E('indirect', 'herd dispersals', 'Producers', 'Producers|producers', 'warn of', False, mention='Producers'),
    E('indirect', 'floor may be in sight by spring', 'analysts', 'analysts', 'say', False, mention='analysts', mctx='analysts say floor'),
    E('indirect', 'Westmoor Dairies will cut its standard litre price by 1.5p from 1 March, taking its conventional milk price to 36.25ppl and leaving many of its 1,100 suppliers producing at a loss', 'farmer groups', 'groups|farmer', 'have warned', mention='farmer groups'),
    E('indirect', 'wholesale butter and cream prices had fallen “further and faster than any of us expected” since November', WD, WDk, 'told', mention='The Somerset-based processor'),
    E('direct', 'We have held our price for as long as we responsibly could,', APR, 'Penhaligon-Stowe', 'wrote', mention=APR),
    E('direct', 'We recognise this is a difficult message to send at the tail end of a hard winter.', APR, 'Penhaligon-Stowe', '', mention=APR),
    E('indirect', 'the announcement had “landed like a lead weight” on members already coping with high feed and fertiliser costs', RA, 'Aberconway', 'said', mention='Supplier group chairman Rhodri Aberconway'),
    E('direct', 'Most of the lads I speak to are costing 38 to 39p a litre to produce,', RA, 'Aberconway', 'said', mention='he', mctx='produce,” he said'),
    E('direct', 'You do the maths. Nobody can keep writing cheques out of the overdraft for ever.', RA, 'Aberconway', '', mention='he', mctx='produce,” he said'),
    E('indirect', 'he knew of at least four members in west Wales who had booked their herds in for dispersal sales before the summer', RA, 'Aberconway', 'said', mention='He', mctx='He said he knew'),
    E('indirect', 'Westmoor to publish the market data behind its decision', RA, 'Aberconway', 'called on', mention='He', mctx='He said he knew'),
    E('indirect', 'its pricing remained “competitive against the peer group”', WD, WDk, 'insisted', mention='Westmoor', mctx='Westmoor declined'),
    E('direct', 'It’s the same story every time. The price comes down in the lift and goes up by the stairs.', 'Jenna Tremlett-Quarshie', 'Tremlett-Quarshie', ':', mention='Somerset producer Jenna Tremlett-Quarshie'),
    E('indirect', 'UK milk deliveries in January were running 2.8% higher than a year earlier, adding to a surplus of cream on the spot market', DMIU, 'DMIU|Dairy Markets Intelligence Unit|figures', 'according to', mention='the Dairy Markets Intelligence Unit'),
    E('direct', 'The fundamentals have been bearish since the autumn,', OM, 'Vardeman', 'said', mention=OM),
    E('direct', 'But the supply response is already coming. Farmers are drying off cows early and cutting concentrate, and that takes litres out of the system fast.', OM, 'Vardeman', '', mention=OM),
    E('indirect', 'spot prices to stabilise by April', OM, 'Vardeman', 'expects', False, mention='Vardeman', mctx='Vardeman expects'),
    E('indirect', 'would give processors “room to hold, if not to lift” their prices from late spring', OM, 'Vardeman', 'said', mention='she', mctx='which she said'),
    E('indirect', 'global factors could delay any recovery', 'Leofric Dunsmore', 'Dunsmore', 'warned', mention='Leofric Dunsmore'),
    E('indirect', 'New Zealand production was “tracking well ahead of forecast” and that Chinese buying at the latest Global Dairy Trade auction had been “notably absent”', 'Leofric Dunsmore', 'Dunsmore', 'wrote', mention='he', mctx='he wrote that'),
    E('indirect', 'a 3p recovery over the summer was “plausible but by no means guaranteed”', 'Analysts at the DMIU', 'Analysts|analysts|DMIU', 'said', mention='Analysts at the DMIU'),
    E('indirect', 'the cut underlined the need for the new dairy contract regulations, which come into force in July, to be enforced “with teeth”', 'The National Farmers’ Federation', 'NFF|National Farmers’ Federation', 'said', mention='The National Farmers’ Federation'),
    E('indirect', 'processors to give farmers at least 60 days’ notice of any price change and to explain every movement in writing', IR, 'Hartsholme', 'urged', mention='NFF dairy board chair Clemency Hartsholme'),
    E('direct', 'Farmers are not asking for a guaranteed price,', IR, 'Hartsholme', 'told', mention='she', mctx='she told Farmers Weekly Review'),
    E('direct', 'They are asking to be treated as business partners, not as a balancing item.', IR, 'Hartsholme', '', mention='she', mctx='she told Farmers Weekly Review'),
    E('indirect', 'the government was “closely monitoring” farmgate prices and that the regulations would give producers “fairer, more transparent contracts”', 'A spokesperson for the Department for Environment, Food and Rural Affairs', 'spokesperson|Department for Environment|Defra', 'said', mention='A spokesperson for the Department for Environment, Food and Rural Affairs'),
    E('indirect', 'the timing was “far from ideal” for spring-calving herds', WD, WDk, 'acknowledged', mention='Westmoor', mctx='Westmoor acknowledged'),
    E('indirect', 'it expected to review its price again at the end of March', WD, WDk, 'said', mention='Westmoor', mctx='Westmoor acknowledged'),
]

# 03 Canadian daily, WHL ice-hockey game report with coach and player quotes
JOL = 'Jaxon Nnadozie-Lemieux'
MDI = 'Solange Dufresne-Ilunga'
RMS = 'Ruari Mkhabela-Vestergaard'
LTC = 'Lucius Tregunna-Pask'
MFO = 'Matej Fenwright-Ude'
DOCS['03_whl_hockey_game_report.txt'] = [
    E('direct', 'Honestly, I just tried to get it to the net,', JOL, 'Nnadozie-Lemieux', 'said', mention='Nnadozie-Lemieux', mctx='Nnadozie-Lemieux said, still'),
    E('direct', "I saw the goalie cheat a little to his left and I thought, why not? It went in. I still don't really believe it.", JOL, 'Nnadozie-Lemieux', '', mention='Nnadozie-Lemieux', mctx='Nnadozie-Lemieux said, still'),
    E('indirect', "she didn't say much to her players during the second intermission", MDI, 'Dufresne-Ilunga', 'said', mention='Head coach Solange Dufresne-Ilunga'),
    E('direct', "I told them the score doesn't care how we feel,", MDI, 'Dufresne-Ilunga', 'said', mention='Dufresne-Ilunga', mctx='Dufresne-Ilunga said. "We\'d'),
    E('direct', "We'd had some good looks and their goalie was standing on his head. If you keep throwing pucks at the net, eventually one goes in off somebody's shin pad.", MDI, 'Dufresne-Ilunga', '', mention='Dufresne-Ilunga', mctx='Dufresne-Ilunga said. "We\'d'),
    E('direct', 'Once the first one went in, you could feel the building change,', RMS, 'Mkhabela-Vestergaard', 'said', mention='Mkhabela-Vestergaard', mctx='Mkhabela-Vestergaard said. "The guys'),
    E('direct', 'The guys on the bench started believing. So did the fans.', RMS, 'Mkhabela-Vestergaard', '', mention='Mkhabela-Vestergaard', mctx='Mkhabela-Vestergaard said. "The guys'),
    E('partial', "probably the loudest I've ever heard this rink.", 'Ezekiel Kringstad', 'Kringstad', 'called', mention='Kringstad', mctx='Kringstad, who had two goals'),
    E('direct', 'We stopped playing,', LTC, 'Tregunna-Pask', 'said', mention='he', mctx='"We stopped playing," he said'),
    E('direct', "We got comfortable, we started making the cute play at the blue line instead of the simple one, and a good team punished us for it. That's on all of us, starting with me.", LTC, 'Tregunna-Pask', '', mention='he', mctx='"We stopped playing," he said'),
    E('indirect', 'Birkeland "deserved a lot better" after making 31 saves', LTC, 'Tregunna-Pask', 'said', mention='Tregunna-Pask', mctx='Tregunna-Pask said Birkeland'),
    E('indirect', 'the Thunderhawks would "learn from this one" before Tuesday\'s rematch in Red Deer', LTC, 'Tregunna-Pask', 'insisted', mention='Tregunna-Pask', mctx='Tregunna-Pask said Birkeland'),
    E('direct', 'That save won us the game,', MDI, 'Dufresne-Ilunga', 'said', mention='Dufresne-Ilunga', mctx='said Dufresne-Ilunga'),
    E('direct', "People will remember the goal. I'll remember the save.", MDI, 'Dufresne-Ilunga', '', mention='Dufresne-Ilunga', mctx='said Dufresne-Ilunga'),
    E('indirect', 'he "didn\'t even see it, to be honest" and had just put his glove "where the puck usually goes."', MFO, 'Fenwright-Ude', 'said', mention='He', mctx='He said he "didn'),
    E('indirect', "he was being evaluated for an upper-body injury and would not travel for Tuesday's game", MDI, 'Dufresne-Ilunga', 'said', mention='Dufresne-Ilunga', mctx='Dufresne-Ilunga said he was'),
    E('indirect', 'it would review the hit by Red Deer defenceman Brock Hanrahan-Adeoti, who was assessed a five-minute major for boarding', "The league's department of player safety", 'department|league', 'said in a statement', mention="The league's department of player safety"),
]

# 04 US student newspaper, overnight library hours cut; provost email, student senate, students, faculty
LFK = 'Leontyne Ashgrove-Kuhn'
JQ = 'Jorie Quattlebaum'
JQk = 'Quattlebaum|spokesperson'
TOB = 'Wrenna Adesuwa-Birtwhistle'
KLA = 'Fiifi Mensimah-Umeh'
DOCS['04_campus_paper_library_hours.txt'] = [
    E('indirect', 'will save about $310,000 a year', 'administrators', 'administrators', 'say', False, mention='administrators'),
    E('indirect', 'will hit commuters and student workers hardest', 'students', 'students', 'say', False, mention='students', mctx='students say will hit'),
    E('indirect', 'overnight use of the library had fallen by nearly half since 2019 and that the university “can no longer justify staffing a building for a handful of users between 2 and 7 a.m.”', LFK, 'Ashgrove-Kuhn|Provost|provost', 'wrote', mention='Provost Leontyne Ashgrove-Kuhn'),
    E('direct', 'This was not an easy decision, and it was not made lightly,', LFK, 'Ashgrove-Kuhn|Provost|provost', 'wrote', mention='Ashgrove-Kuhn', mctx='Ashgrove-Kuhn wrote. “We'),
    E('direct', 'We will continue to look for ways to support students who need quiet study space late at night.', LFK, 'Ashgrove-Kuhn|Provost|provost', '', mention='Ashgrove-Kuhn', mctx='Ashgrove-Kuhn wrote. “We'),
    E('indirect', 'The 24-hour schedule will return during the two weeks of final exams', JQ, JQk, 'according to', mention='a university spokesperson', mctx='according to a university spokesperson'),
    E('indirect', 'the administration to “delay any reduction in hours until students have been meaningfully consulted.”', 'The resolution', 'resolution|Senate|Adesuwa-Birtwhistle', 'calls on', mention='The resolution', mctx='The resolution, authored'),
    E('direct', 'Nobody asked us,', TOB, 'Adesuwa-Birtwhistle', 'said', mention='Adesuwa-Birtwhistle', mctx='Adesuwa-Birtwhistle, a junior'),
    E('direct', 'We found out from an email, the same way we find out about a water main break.', TOB, 'Adesuwa-Birtwhistle', '', mention='Adesuwa-Birtwhistle', mctx='Adesuwa-Birtwhistle, a junior'),
    E('indirect', 'the university’s usage numbers did not capture who relies on the library overnight', 'Several senators', 'senators', 'said', mention='Several senators'),
    E('direct', 'I’m not going to drive home at 1 in the morning and come back at 6,', 'Temperance Okparaeke-Finnerty', 'Okparaeke-Finnerty', 'said', mention='she', mctx='come back at 6,” she said'),
    E('direct', 'I nap on the third floor. I’m not proud of it, but I don’t have anywhere else to go.', 'Temperance Okparaeke-Finnerty', 'Okparaeke-Finnerty', '', mention='she', mctx='come back at 6,” she said'),
    E('indirect', 'he and about a dozen other student employees learned their hours would be cut when they read the provost’s email', 'Osvaldo Delahunty-Ofori', 'Delahunty-Ofori', 'said', mention='Osvaldo Delahunty-Ofori'),
    E('direct', 'They’re saving money by taking it out of our paychecks,', 'Osvaldo Delahunty-Ofori', 'Delahunty-Ofori', 'said', mention='he', mctx='paychecks,” he said'),
    E('indirect', 'student workers would be offered “comparable hours” elsewhere in the library system and that the Student Union’s lounge on the second floor would remain open until 2 a.m. on weeknights', JQ, JQk, 'told', mention=JQ),
    E('partial', 'penny-wise and pound-foolish.', 'Lysander Hollingdrake', 'Hollingdrake', 'called', mention='history professor Lysander Hollingdrake'),
    E('direct', 'The library is the one place on this campus that is open to everyone, at every hour, for free,', 'Lysander Hollingdrake', 'Hollingdrake', 'wrote', mention='he', mctx='for free,” he wrote'),
    E('direct', 'We should be expanding that, not cutting it.', 'Lysander Hollingdrake', 'Hollingdrake', '', mention='he', mctx='for free,” he wrote'),
    E('indirect', 'the committee had not been consulted either, and that she planned to raise the issue at the senate’s Feb. 10 meeting', 'Yvaine Cienfuegos-Bray', 'Cienfuegos-Bray', 'said', mention='Dr. Yvaine Cienfuegos-Bray'),
    E('indirect', 'student government leaders were scheduled to meet with the provost on Friday', KLA, 'Mensimah-Umeh', 'said', mention='Student Body President Fiifi Mensimah-Umeh'),
    E('direct', 'We’re going in with numbers and with stories,', KLA, 'Mensimah-Umeh', 'said', mention='Mensimah-Umeh', mctx='Mensimah-Umeh said. “If'),
    E('direct', 'If the university is serious about student success, this should be an easy fix.', KLA, 'Mensimah-Umeh', '', mention='Mensimah-Umeh', mctx='Mensimah-Umeh said. “If'),
    E('indirect', 'the provost “is always willing to listen to students” but that the budget for the current fiscal year had already been set', JQ, JQk, 'said', mention='Quattlebaum', mctx='Quattlebaum said the provost'),
]

# 05 Welsh regional paper, "The Big Interview" Q&A: "Q:" questions, answers under a "NAME:" label
HTM = 'Heledd Trevithick-Polglase'
HTMk = 'Trevithick-Polglase'
def A(content, start, cue=':'):
    return E('block', content, HTM, HTMk, cue, mention='TREVITHICK-POLGLASE', mctx='TREVITHICK-POLGLASE: ' + start)
DOCS['05_qa_mountain_rescue_leader.txt'] = [
    E('indirect', "the mountains haven't changed, but the people on them have", HTM, HTMk + '|leader', 'says', False, mention='the leader of the Dyffryn Ogwen Mountain Rescue Team'),
    E('indirect', 'call-outs have almost doubled in a decade', 'the Dyffryn Ogwen Mountain Rescue Team', 'team|Dyffryn Ogwen', 'says', mention='The team', mctx='The team, which has'),
    E('indirect', 'she has "never been prouder" of her volunteers, and never more worried about burning them out', HTM, HTMk, 'told', mention='Trevithick-Polglase', mctx='Trevithick-Polglase told us'),
    A("Some of it is simply more people. Since the pandemic, far more people have discovered the hills, and that's wonderful, genuinely. But a lot of the calls we get now aren't injuries. They're people who are lost, or cold, or who set off at 4 o'clock in the afternoon in November and didn't realise it gets dark at five.", 'Some of it'),
    A("Absolutely. Someone sees a photo of the sunrise from the summit and thinks, I'll have that. They don't see the four hours of scrambling in the dark to get there. People come up in trainers with 4% battery on their phone and no map, and when the phone dies, they're stuck.", 'Absolutely'),
    A('[laughs] Not with the people. Never with the people. Nobody wakes up wanting to be rescued. What frustrates me is when we get the same avoidable call three weekends running and nothing changes.', '[laughs]'),
    A('I\'ll give you an example. Last October we went out to a young couple on the Devil\'s Kitchen path at about midnight. Lovely pair. The lad said to me, "We just followed the app." And I said, "The app doesn\'t know it\'s been raining for three days."', '[laughs]', cue=''),
    A("Three things. Check the forecast, not just for the valley but for the tops. Take a paper map and a head torch, even if you think you won't need them. And tell someone where you're going and when you'll be back.", 'Three things'),
    A("Honestly? Some of them are exhausted. We've got people doing 80, 90 call-outs a year on top of full-time jobs. Employers have been fantastic, but there's a limit to how many times you can walk out of a meeting because your pager's gone.", 'Honestly?'),
    A("We wrote to the minister in January. We're not asking to be paid. We're asking for help with the basics: vehicles, radios, training. At the moment every penny comes from donations.", 'We wrote'),
    E('indirect', 'it "values enormously" the work of mountain rescue volunteers and that officials were "considering the team\'s letter carefully"', 'A Welsh Government spokesperson', 'spokesperson|Welsh Government', 'said', mention='A Welsh Government spokesperson'),
    A("Every winter, about February. [pause] And then the phone goes, and you're out the door before you've thought about it.", 'Every winter'),
]

# 06 Reuters-style EXCLUSIVE built on unnamed sources (Portugal, telecoms data-centre sale)
TP = 'three people familiar with the matter'
TPk = 'people|sources'
TWO = 'two of the sources'
TWOk = 'sources|people'
RCD = 'Duarte Camacho-Vilaça'
ISM = 'Sigrun Tvedt-Mireles'
BNK = 'a banker involved in the process'
DOCS['06_exclusive_datacentre_sale_sources.txt'] = [
    E('indirect', 'Portuguese telecoms group Lusatel is exploring a sale of its data-centre business in a deal that could value the unit at around $2 billion including debt', TP, TPk, 'told', mention=TP),
    E('indirect', 'The company has hired investment bank Pellingham Harrow to run the process and has begun sounding out infrastructure funds and rival operators', TP, TPk, 'said', mention='the people', mctx='the people said, speaking'),
    E('indirect', 'First-round bids are due in late May', TWO, TWOk, 'according to', mention=TWO, mctx='according to two of the sources'),
    E('indirect', 'The unit, known as LusaCloud, operates eight data centres in Portugal and Spain and has signed long-term contracts with two U.S. technology companies to supply capacity for artificial intelligence workloads', 'one of the sources', 'sources|one|people', 'said', mention='one of the sources'),
    E('indirect', 'A sale would help Lusatel cut its net debt of about 4.6 billion euros ($5.0 billion) and fund a fibre roll-out in rural Portugal that the government has pushed it to accelerate', TP, TPk, 'said', mention='the sources', mctx='accelerate, the sources said'),
    E('direct', 'The board sees data centres as a great business, just not necessarily one that Lusatel has to own,', 'a person close to the company', 'person', 'said', mention='a person close to the company'),
    E('direct', 'The capital needs over the next five years are enormous.', 'a person close to the company', 'person', '', mention='a person close to the company'),
    E('indirect', 'Interest has been strong', BNK, 'banker', 'according to', mention=BNK),
    E('indirect', 'at least a dozen parties had signed non-disclosure agreements, including Canadian pension funds and Middle Eastern sovereign investors', BNK, 'banker', 'said', mention=BNK),
    E('indirect', 'no decision had been made and that Lusatel could still opt to sell only a minority stake, as several European telecom operators have done with their tower businesses', 'Another person', 'person', 'cautioned', mention='Another person'),
    E('direct', 'Everything is on the table, including keeping it,', 'Another person', 'person', 'said', mention='the person', mctx='the person said'),
    E('indirect', 'the group was "reviewing the optimal ownership structure" for its infrastructure assets', RCD, 'Camacho-Vilaça', 'told', mention='Chief Executive Duarte Camacho-Vilaça'),
    E('direct', 'We will be disciplined,', RCD, 'Camacho-Vilaça', 'said', mention='Camacho-Vilaça', mctx='Camacho-Vilaça said at the time'),
    E('direct', 'We are not in a hurry, and we do not need to sell anything.', RCD, 'Camacho-Vilaça', '', mention='Camacho-Vilaça', mctx='Camacho-Vilaça said at the time'),
    E('indirect', "The Portuguese government, which holds a 12% stake in Lusatel through state holding company Parpública, would have to approve any sale to a non-European buyer under the country's foreign investment screening rules", TWO, TWOk, 'said', mention=TWO, mctx='rules, two of the sources said'),
    E('indirect', 'the government "follows closely" developments at strategic companies but does not comment on private transactions', 'A spokesperson for the Ministry of Infrastructure', 'spokesperson|Ministry', 'said', mention='A spokesperson for the Ministry of Infrastructure'),
    E('indirect', 'officials had privately signalled they would prefer a European buyer, but would not block a bid from a U.S. or Canadian fund', 'One of the people', 'people|one|sources', 'said', mention='One of the people'),
    E('indirect', 'capacity in Iberia would need to triple by 2030', 'Analysts at Brasenose Securities', 'Analysts|analysts|Brasenose', 'estimated', False, mention='Analysts at Brasenose Securities'),
    E('direct', "Iberia has cheap renewable power and good subsea cable links, so it's on everyone's list now,", ISM, 'Tvedt-Mireles', 'said', mention=ISM),
    E('indirect', 'valuations for operators with signed AI contracts had risen "sharply" over the past year, which could help Lusatel achieve a higher price', ISM, 'Tvedt-Mireles', 'said', mention='She', mctx='She said valuations'),
]

# 07 US local live page with timestamped entries, ice storm (Kentucky)
CVE = 'Commonwealth Valley Electric'
CVEk = 'Commonwealth Valley Electric|utility|company'
AOH = 'Cuthbert Ezeani-Haverty'
NWS = 'The National Weather Service in Louisville'
NWSk = 'Weather Service|office'
DMA = 'Ottoline Marrowby-Achike'
DMAk = 'Marrowby-Achike|governor'
KTC = 'the Kentucky Transportation Cabinet'
KHA = 'a spokesperson for the Kentucky Hospital Association'
DOCS['07_live_page_kentucky_ice_storm.txt'] = [
    E('indirect', 'some customers could be without power until Wednesday', 'Utilities', 'Utilities|utilities', 'say', False, mention='Utilities', mctx='Utilities say some'),
    E('indirect', "183,000 of its customers are without power, the most in the company's history for a winter storm", CVE, CVEk, 'says', mention=CVE),
    E('direct', 'This will be a multi-day restoration. We are asking customers to plan accordingly,', CVE, CVEk, 'said', mention='the utility', mctx='the utility said in an update'),
    E('indirect', '1,100 line workers, including crews from Ohio, Tennessee and Indiana, were on the ground or on the way', CVE, CVEk, 'said', mention='The company', mctx='The company said 1,100'),
    E('indirect', 'the city is opening four warming centers this afternoon, with cots and meals available overnight', AOH, 'Ezeani-Haverty', 'said', mention='Lexington Mayor Cuthbert Ezeani-Haverty'),
    E('direct', "If your house is getting cold, please don't wait until it's dangerous,", AOH, 'Ezeani-Haverty', 'said', mention='he', mctx='dangerous," he said'),
    E('direct', 'Come to us. Bring your pets. Bring your medications.', AOH, 'Ezeani-Haverty', '', mention='he', mctx='dangerous," he said'),
    E('indirect', 'residents not to use generators, grills or camp stoves indoors', AOH, 'Ezeani-Haverty', 'urged', mention='Ezeani-Haverty', mctx='Ezeani-Haverty urged'),
    E('indirect', 'the fire department had already responded to two calls involving carbon monoxide since midnight', AOH, 'Ezeani-Haverty', 'said', mention='Ezeani-Haverty', mctx='Ezeani-Haverty urged'),
    E('indirect', 'freezing rain should taper off between 4 and 6 p.m. from west to east', NWS, NWSk, 'says', mention=NWS),
    E('indirect', 'But temperatures are forecast to drop into the teens overnight, and anything that melts this afternoon will refreeze', NWS, NWSk, '', False, mention=NWS),
    E('direct', "Tomorrow morning's commute will be treacherous. Untreated roads, bridges and overpasses will be solid ice,", NWS, NWSk, 'posted', mention='the office'),
    E('indirect', 'the ice totals were "the highest we\'ve seen in this part of the state since 2009."', 'Corwin Aldergrove', 'Aldergrove', 'told', mention='Meteorologist Corwin Aldergrove'),
    E('direct', 'Stay home if you can. Check on your neighbors if you can do it safely. And please, give the line crews room to work,', DMA, DMAk, 'said', mention='Marrowby-Achike', mctx='Marrowby-Achike said at a news conference'),
    E('indirect', '54 counties had reported significant ice damage and that state police had responded to more than 400 crashes since Saturday evening', DMA, DMAk, 'said', mention='The governor', mctx='The governor said 54'),
    E('indirect', 'there were no confirmed storm-related deaths so far', DMA, DMAk, 'said', mention='She', mctx='She said there were'),
    E('indirect', 'it could be "days, not hours" in the hardest-hit areas', DMA, DMAk, 'conceded', mention='she', mctx='she conceded'),
    E('direct', 'It sounded like a gunshot,', 'Roxanne Bellweather', 'Bellweather', 'wrote', mention='she', mctx='she wrote'),
    E('direct', "Then another one. Then another one. We didn't sleep much.", 'Roxanne Bellweather', 'Bellweather', '', mention='she', mctx='she wrote'),
    E('indirect', 'A stretch of Interstate 64 eastbound is closed near Mount Sterling after several tractor-trailers jackknifed on the ice', KTC, 'Transportation Cabinet|cabinet', 'according to', mention=KTC),
    E('indirect', 'No serious injuries have been reported', KTC, 'Transportation Cabinet|cabinet', 'said', mention='the cabinet', mctx='reported, the cabinet said'),
    E('indirect', 'salt trucks were struggling to make headway because "the ice is coming down faster than we can treat it."', 'Deshawn Pettibone-Laird', 'Pettibone-Laird', 'said', mention='Deshawn Pettibone-Laird'),
    E('indirect', 'buildings would also be closed to staff', 'Gloria Uzodinma-Kessel', 'Uzodinma-Kessel', 'said', mention='Superintendent Gloria Uzodinma-Kessel'),
    E('indirect', 'Two hospitals in eastern Kentucky are running on backup generators', KHA, 'spokesperson|Hospital Association', 'said', mention=KHA),
    E('indirect', 'Both are accepting patients', KHA, 'spokesperson|Hospital Association', 'added', mention='the spokesperson', mctx='the spokesperson added'),
]

# 08 UK politics write-up of a minister's morning media round ("told BBC Radio 4's Today programme", Sky, LBC, Times Radio, podcast, GMB)
PCA = 'Araminta Crowhurst-Abimbola'
PCAk = 'Crowhurst-Abimbola|minister'
EMP = 'Ewart Mallinson-Pryde'
FOS = 'Honora Ogunbiyi-Strang'
BDA = 'The British Dental Association'
DOCS['08_uk_media_round_dentists.txt'] = [
    E('indirect', 'so-called dental deserts in rural England will not disappear "this year or probably next"', PCA, PCAk, 'has admitted', mention='A health minister'),
    E('indirect', 'the new contract, which pays dentists more for treating patients with complex needs, would "start to turn the tide" by the end of 2026', PCA, PCAk, 'told', mention=PCA, mctx="Araminta Crowhurst-Abimbola told BBC"),
    E('direct', "I'm not going to stand here and pretend that we can fix fourteen years of neglect in fourteen months,", PCA, PCAk, 'said', mention='she', mctx='fourteen months," she said'),
    E('direct', 'What I can say is that for the first time in a generation, the contract pays dentists properly for NHS work.', PCA, PCAk, '', mention='she', mctx='fourteen months," she said'),
    E('indirect', 'she would "not make promises I can\'t keep"', PCA, PCAk, 'said', mention='the minister', mctx='the minister said she would'),
    E('indirect', 'the government had already recruited 340 dentists through a "golden hello" scheme offering £20,000 to those who commit to working in under-served areas for three years', PCA, PCAk, 'said', mention='she', mctx='she said the government had already'),
    E('direct', "That's 340 more dentists than there would have been,", PCA, PCAk, 'told', mention='she', mctx="she told Sky's"),
    E('direct', "It's not enough. I know it's not enough.", PCA, PCAk, '', mention='she', mctx="she told Sky's"),
    E('indirect', 'she had been on a waiting list for three years and had pulled out one of her own teeth', 'a caller from Skegness', 'caller', 'said', mention='a caller from Skegness'),
    E('indirect', 'the story was "heartbreaking" and that she would ask officials to look into the caller\'s case', PCA, PCAk, 'said', mention='Crowhurst-Abimbola', mctx='Crowhurst-Abimbola said the story'),
    E('direct', 'Nobody in this country should be doing DIY dentistry in 2025,', PCA, PCAk, 'told', mention='she', mctx='she told presenter'),
    E('direct', 'Nobody.', PCA, PCAk, '', mention='she', mctx='she told presenter'),
    E('indirect', 'the minister\'s admission was "an extraordinary confession" that the government had no plan for the next two years', EMP, 'Mallinson-Pryde', 'said', mention='Shadow health minister Ewart Mallinson-Pryde'),
    E('direct', "They promised in their manifesto to end dental deserts. Now they're telling us it'll take until the end of the decade,", EMP, 'Mallinson-Pryde', 'told', mention='he', mctx='he told Times Radio'),
    E('direct', 'Patients in my constituency will hear that and wonder why they bothered voting.', EMP, 'Mallinson-Pryde', '', mention='he', mctx='he told Times Radio'),
    E('indirect', 'the government to publish its workforce modelling for NHS dentistry "so that people can see whether these numbers add up"', EMP, 'Mallinson-Pryde', 'called on', mention='He', mctx='He called on'),
    E('indirect', 'the contract changes did not go far enough', FOS, 'Ogunbiyi-Strang', 'argued', mention='Liberal Democrat health spokesperson Honora Ogunbiyi-Strang'),
    E('indirect', 'ministers to scrap the "units of dental activity" system altogether', FOS, 'Ogunbiyi-Strang', 'urged', mention='Liberal Democrat health spokesperson Honora Ogunbiyi-Strang'),
    E('direct', 'You can tweak the formula all you like,', FOS, 'Ogunbiyi-Strang', 'said', mention='she', mctx='all you like," she said'),
    E('direct', "If it doesn't pay enough to cover the cost of an NHS filling, dentists will keep walking away.", FOS, 'Ogunbiyi-Strang', '', mention='she', mctx='all you like," she said'),
    E('indirect', 'the new contract was "a step in the right direction"', BDA, 'Dental Association|BDA', 'said in a statement', mention=BDA),
    E('indirect', 'many practices would still lose money on NHS work', BDA, 'Dental Association|BDA', 'warned', mention=BDA),
    E('direct', 'The government has listened on some things, and we welcome that. But a patient with six fillings still earns a practice less than the cost of doing them, and until that changes, the exodus will continue.', 'Rowan Ezenwa-Blythe', 'Ezenwa-Blythe', 'told', mention='Dr Rowan Ezenwa-Blythe'),
    E('indirect', 'she had taken on two new associates under the golden hello scheme and expected to open her list to 1,500 new NHS patients by the summer', 'Sunniva Harcastle', 'Harcastle', 'told', mention='Dr Sunniva Harcastle'),
    E('direct', 'We inherited a broken system and we are fixing it. Our reforms will deliver an extra 700,000 urgent appointments this year.', 'A Department of Health and Social Care spokesperson', 'spokesperson|Department of Health', 'said', mention='A Department of Health and Social Care spokesperson'),
    E('indirect', 'the prime minister had "full confidence" in the minister', 'Downing Street', 'Downing Street', 'said', mention='Downing Street'),
]

# 09 Canadian (Manitoba) public inquiry report: witness, commission counsel, cross-examination, families
GHR = 'Cornelis Haverkamp-Suñer'
GHRk = 'Haverkamp-Suñer|engineer'
IST = 'Kinga Szabo-Tremayne'
RRP = 'Redwater Retail Properties'
BKO = 'Bronagh Kealey-Opoku'
DOCS['09_manitoba_inquiry_garage_collapse.txt'] = [
    E('indirect', 'he flagged ‘significant’ deterioration in 2022 report', GHR, GHRk, 'tells', False, mention='Structural engineer'),
    E('indirect', 'warnings were ‘hedged’', IST, 'Szabo-Tremayne|lawyer', 'suggests', False, mention='owner’s lawyer'),
    E('indirect', 'he had warned the owner the structure needed “urgent” repairs', GHR, GHRk, 'told', mention='An engineer', mctx='An engineer who inspected'),
    E('indirect', 'his September 2022 report identified corroded reinforcing steel and widening cracks in at least 14 of the garage’s concrete beams', GHR, GHRk, 'testified', mention=GHR),
    E('direct', 'I used the word ‘significant’ four times in that report. I don’t use it lightly,', GHR, GHRk, 'said', mention='Haverkamp-Suñer', mctx='Haverkamp-Suñer said. “In'),
    E('direct', 'In my view, the deterioration was at a stage where it needed to be addressed within months, not years.', GHR, GHRk, '', mention='Haverkamp-Suñer', mctx='Haverkamp-Suñer said. “In'),
    E('indirect', 'he had recommended that the owner close the two most damaged bays on the roof level until repairs were complete', GHR, GHRk, 'said', mention='Haverkamp-Suñer', mctx='Haverkamp-Suñer said he had recommended'),
    E('direct', 'Not to my knowledge. When I went back to the site in March 2023 for an unrelated matter, those bays were open and full of cars.', GHR, GHRk, 'replied', mention='he', mctx='he replied'),
    E('indirect', 'the same report described the garage as “safe for continued use in the short term” and recommended only that the owner “consider” closing the bays', IST, 'Szabo-Tremayne', 'pointed out', mention='Counsel Kinga Szabo-Tremayne'),
    E('direct', 'With respect, Mr. Haverkamp-Suñer, that is not the language of someone who thinks a roof is about to come down,', IST, 'Szabo-Tremayne', 'said', mention='she', mctx='come down,” she said'),
    E('indirect', 'the report’s wording was “more cautious than it should have been,”', GHR, GHRk, 'acknowledged', mention='The engineer', mctx='The engineer acknowledged'),
    E('indirect', 'anyone who read it in full would have understood that the situation was serious', GHR, GHRk, 'insisted', mention='The engineer', mctx='The engineer acknowledged'),
    E('indirect', 'engineering reports “tend to be written in a hedged way,” because firms are wary of liability', GHR, GHRk, 'agreed', mention='He', mctx='He agreed'),
    E('direct', 'That’s a problem for our whole profession,', GHR, GHRk, 'said', mention='he', mctx='whole profession,” he said'),
    E('direct', 'I think about that a lot now.', GHR, GHRk, '', mention='he', mctx='whole profession,” he said'),
    E('indirect', 'whether he had followed up with Redwater after his March 2023 visit', 'Philomena Olagunju-Dane', 'Olagunju-Dane|commissioner', 'asked', False, mention='The commissioner'),
    E('indirect', 'he had not', GHR, GHRk, 'said', mention='He', mctx='He said he had not'),
    E('direct', 'I assumed they had a plan,', GHR, GHRk, 'said', mention='he', mctx='he said quietly'),
    E('direct', 'I regret that.', GHR, GHRk, '', mention='he', mctx='he said quietly'),
    E('indirect', 'the testimony confirmed what the families had long suspected', BKO, 'Kealey-Opoku', 'said', mention=BKO),
    E('direct', 'Somebody knew. Somebody wrote it down,', BKO, 'Kealey-Opoku', 'told', mention='she', mctx='she told reporters'),
    E('direct', 'And the cars kept parking on that roof for eight more months.', BKO, 'Kealey-Opoku', '', mention='she', mctx='she told reporters'),
    E('indirect', 'it had “co-operated fully” with the inquiry and that it had acted on the engineering advice it received “in good faith and in consultation with qualified professionals.”', RRP, 'Redwater|company', 'said', mention=RRP, mctx='In a statement, Redwater Retail Properties'),
    E('indirect', 'it was in the process of tendering the repair work when the collapse happened', RRP, 'Redwater|company', 'said', mention='The company', mctx='The company has previously said'),
    E('indirect', 'the city would not comment while the inquiry was under way', 'A City of Winnipeg spokesperson', 'spokesperson|City of Winnipeg|city', 'said', False, mention='A City of Winnipeg spokesperson'),
]

# 10 US earnings-call story: executives on the call, analysts' questions and notes, independent analyst
TOV = 'Tallgrass Outdoor Vehicles Inc.'
TOVk = 'Tallgrass|company|maker'
HBQ = 'Torsten Bjornstad-Pennock'
HBQk = 'Bjornstad-Pennock|CEO'
HVH = 'Henrietta Vancourt-Hulme'
DKA = 'Kodwo Kwarteng-Albers'
MOF = 'Mireille Oduro-Fontaine'
DOCS['10_earnings_call_rv_maker.txt'] = [
    E('indirect', "'the consumer is still there' but dealers are 'buying one unit for every two they sell'", HBQ, HBQk, 'says', False, mention='CEO', mctx="CEO says 'the"),
    E('indirect', 'dealers were holding back orders as high interest rates made it costlier to keep RVs on their lots', TOV, TOVk, 'saying', mention='the recreational-vehicle maker'),
    E('indirect', 'Analysts on average had expected $3.52 billion', 'data compiled by Stockwell Analytics', 'Stockwell|data', 'according to', mention='data compiled by Stockwell Analytics'),
    E('indirect', 'Third-quarter net income fell 38% to $41.2 million, or 97 cents a share', TOV, TOVk, 'said', mention='the company', mctx='the company said in its earnings release'),
    E('direct', 'Retail demand has held up better than the headlines suggest,', HBQ, HBQk, 'told', mention='Chief Executive Officer Torsten Bjornstad-Pennock'),
    E('direct', "The consumer is still there. What we're seeing is dealers buying one unit for every two they sell, because every trailer sitting on the lot costs them money at today's rates.", HBQ, HBQk, '', mention='Chief Executive Officer Torsten Bjornstad-Pennock'),
    E('indirect', "retail registrations of the company's towable RVs rose 4% in the quarter, while wholesale shipments to dealers fell 19%", HBQ, HBQk, 'said', mention='Bjornstad-Pennock', mctx='Bjornstad-Pennock said retail'),
    E('indirect', 'inventories would "bottom out" by the end of the first quarter of next year', HBQ, HBQk, 'predicted', mention='He', mctx='He predicted'),
    E('indirect', 'Tallgrass would cut production at two of its eight plants in northern Indiana through January', HBQ, HBQk, 'said', mention='He', mctx='He predicted'),
    E('indirect', 'About 600 hourly workers will be affected by the temporary reduction', HVH, 'Vancourt-Hulme|CFO', 'according to', mention='Chief Financial Officer Henrietta Vancourt-Hulme'),
    E('direct', "We're not laying anyone off permanently,", HVH, 'Vancourt-Hulme|CFO', 'said', mention='Vancourt-Hulme', mctx='Vancourt-Hulme said. "These'),
    E('direct', "These are skilled people, and we'll need every one of them when the cycle turns — and it will turn.", HVH, 'Vancourt-Hulme|CFO', '', mention='Vancourt-Hulme', mctx='Vancourt-Hulme said. "These'),
    E('indirect', 'the company had paid down $150 million of debt during the quarter and still expected to generate "at least $200 million" of free cash flow this year', HVH, 'Vancourt-Hulme|CFO', 'added', mention='She', mctx='She added that'),
    E('indirect', 'whether discounts offered to dealers would continue into 2026', 'several analysts', 'analysts', 'pressed', False, mention='several analysts'),
    E('direct', 'How much of the margin hit is promotional, and how much of it is just lower volume through the plants?', DKA, 'Kwarteng-Albers', 'asked', mention=DKA),
    E('indirect', 'roughly two-thirds of the decline in gross margin, which fell to 12.8% from 15.1% a year earlier, came from lower plant utilization', HVH, 'Vancourt-Hulme|CFO', 'replied', mention='Vancourt-Hulme', mctx='Vancourt-Hulme replied'),
    E('indirect', 'The rest, she said, came from "targeted" dealer incentives on older model-year units that the company expected to wind down by spring', HVH, 'Vancourt-Hulme|CFO', 'said', mention='she', mctx='The rest, she said'),
    E('indirect', 'the explanation was "reasonable but not reassuring,"', DKA, 'Kwarteng-Albers', 'wrote', mention='Kwarteng-Albers', mctx='Kwarteng-Albers later wrote'),
    E('indirect', 'The RV industry has bottomed out twice in the past decade, and in both cases Tallgrass gained market share on the way out', 'Analysts at Brightmoor Capital', 'Analysts|analysts|Brightmoor', 'wrote', mention='they', mctx='they wrote, maintaining'),
    E('direct', "When your end customer needs a 9% loan to buy a $60,000 camper, that's not just a dealer problem,", MOF, 'Oduro-Fontaine', 'said', mention=MOF),
    E('direct', 'I think the retail number gets worse before it gets better.', MOF, 'Oduro-Fontaine', '', mention=MOF),
    E('indirect', 'he was "more confident in this team than I have ever been."', HBQ, HBQk, 'wrote', mention='Bjornstad-Pennock', mctx='Bjornstad-Pennock thanked'),
]

#DOCS-HERE

# --- END DOCS ---
def main():
    out = {'about': 'heldout10: 10 news articles written and annotated blind (helper session), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json, heldout4, heldout5, heldout6, heldout7, heldout8 and heldout9: start/end are UTF-8 byte '
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
