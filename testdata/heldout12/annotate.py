#!/usr/bin/env python3
"""Builds reference.json for heldout12 (a blind set) from hand annotations.

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


# 01 Star Tribune (Minneapolis) city-hall story, snow-emergency towing fees
DO = 'Clothilde Ostrowski-Farr'
AK = 'Leontius Kowalewicz-Ruelas'
GT = 'Garrick Thistlewood'
MA = 'Consuelo Abercorn-Kuehn'
CF = 'Colm Ferriter'
PWD = 'the Public Works Department'
PWDk = 'Public Works|department|figures'
DOCS['01_star_tribune_snow_towing.txt'] = [
    E('indirect', 'the $138 tow charge "punishes people for being poor"', DO, 'Ostrowski-Farr', 'says', False, mention='Council Member Clothilde Ostrowski-Farr', mctx='Council Member Clothilde Ostrowski-Farr says'),
    E('indirect', 'it pays for the plows', PWD, PWDk, 'says', False, mention='Public Works', mctx='Public Works says it pays'),
    E('indirect', 'they had no place else to park', 'residents', 'residents', 'said', False, mention='they', mctx='vehicles they said'),
    E('direct', "We are taking people's cars because they didn't read a text message at 6 o'clock at night, and then we're charging them a week's groceries to get them back,", DO, 'Ostrowski-Farr', 'said', mention='Ostrowski-Farr', mctx='Ostrowski-Farr said before'),
    E('direct', "That's not snow removal. That punishes people for being poor.", DO, 'Ostrowski-Farr', '', mention='Ostrowski-Farr', mctx='Ostrowski-Farr said before'),
    E('indirect', "The city towed 4,912 vehicles during last month's two snow emergencies", PWD, PWDk, 'according to', mention='the Public Works Department', mctx='figures from the Public Works Department'),
    E('indirect', 'the fees cover "most but not all" of the cost of the tow program and that cutting them would leave a hole of about $1.9 million a year', AK, 'Kowalewicz-Ruelas', 'told', mention='Public Works Director Leontius Kowalewicz-Ruelas'),
    E('direct', 'I understand the frustration, I really do,', AK, 'Kowalewicz-Ruelas', 'said', mention='Kowalewicz-Ruelas', mctx='Kowalewicz-Ruelas said Tuesday'),
    E('direct', "But if the car is still on the street, the plow can't get to the curb, and then the whole block is stuck with a ridge of ice until March.", AK, 'Kowalewicz-Ruelas', '', mention='Kowalewicz-Ruelas', mctx='Kowalewicz-Ruelas said Tuesday'),
    E('indirect', 'the department would rather spend money on warning residents than on waiving fees', AK, 'Kowalewicz-Ruelas', 'added', mention='He', mctx='He added that the department'),
    E('indirect', 'they supported the idea in principle but wanted to know where the money would come from', 'Several council members', 'members|council', 'said', mention='Several council members'),
    E('indirect', 'he would not vote for a cut "that blows a hole in the plowing budget in the middle of February."', GT, 'Thistlewood', 'said', mention='Council Member Garrick Thistlewood'),
    E('direct', 'I get a lot of calls about towing,', GT, 'Thistlewood', 'said', mention='Thistlewood', mctx='Thistlewood said. "I get more'),
    E('direct', "I get more calls about streets that don't get plowed.", GT, 'Thistlewood', '', mention='Thistlewood', mctx='Thistlewood said. "I get more'),
    E('indirect', 'city staff to come back with options for paying for it', 'Yesenia Marzotto-Bowe', 'Marzotto-Bowe', 'asked', False, mention='Council President Yesenia Marzotto-Bowe'),
    E('indirect', 'she had been towed twice in January while working overnight shifts', MA, 'Abercorn-Kuehn', 'said', mention=MA),
    E('direct', "I have three jobs' worth of hours and one car,", MA, 'Abercorn-Kuehn', 'told', mention='she', mctx='she told the council'),
    E('direct', "I paid $412 to get it back the second time. Nobody at the impound lot could tell me where I was supposed to put it.", MA, 'Abercorn-Kuehn', '', mention='she', mctx='she told the council'),
    E('indirect', 'he drives for a delivery app', 'Tavarius', 'Tavarius', 'said', False, mention='Tavarius'),
    E('indirect', 'losing his car for four days had cost him more than the fine', 'Tavarius', 'Tavarius', 'told', mention='Tavarius'),
    E('indirect', 'the mayor was "open to any idea that keeps streets clear and doesn\'t balloon the budget."', CF, 'Ferriter|spokesperson', 'said in an email', mention=CF),
    E('indirect', 'the city had expanded its free snow-emergency text and phone alerts, which now reach about 68,000 subscribers', CF, 'Ferriter', 'noted', mention='Ferriter', mctx='Ferriter noted'),
    E('indirect', "the alerts miss many of the residents most likely to be towed, including renters who move often and people who don't speak English", 'Advocates', 'Advocates|advocates', 'say', mention='Advocates'),
    E('indirect', 'the city should "stop using tow trucks as a collection agency."', 'The Minneapolis Renters Coalition', 'Renters Coalition|Coalition', 'said in a statement', mention='The Minneapolis Renters Coalition'),
    E('indirect', 'she expected to bring back an amended version that would phase the cut in over two winters', DO, 'Ostrowski-Farr', 'said', mention='Ostrowski-Farr', mctx='Ostrowski-Farr said she expected'),
    E('direct', "I'm willing to compromise on how fast,", DO, 'Ostrowski-Farr', 'said', mention='she', mctx='fast," she said'),
    E('direct', "I'm not willing to compromise on whether.", DO, 'Ostrowski-Farr', '', mention='she', mctx='fast," she said'),
]

# 02 Reuters wire (Sao Paulo), labour court orders delivery app to hire riders
CT = 'the Regional Labour Court of the 2nd Region'
CTk = 'Regional Labour Court|TRT-2|court|decision'
RQ = 'Rosângela Quintela de Vasconcelos'
RQk = 'Quintela de Vasconcelos|Vasconcelos|Quintela'
EN = 'Entregaja'
ENk = 'Entregaja|company'
MPT = "the Public Labour Prosecutor's Office (MPT)"
MPTk = "MPT|Public Labour Prosecutor"
EP = 'Edivaldo Pimentel Aragão'
EPk = 'Pimentel Aragão|Aragão'
TM = 'Thaís Mendonça Falcão'
TMk = 'Mendonça Falcão|Falcão'
GF = 'Gildásio Ferraz Montalvão'
GFk = 'Ferraz Montalvão|Montalvão'
RS = 'Railane Seixas Bittencourt'
RSk = 'Seixas Bittencourt|Bittencourt'
ADR = 'The Association of Delivery Riders of Sao Paulo'
ADRk = 'Association of Delivery Riders|Association'
DOCS['02_wire_brazil_labour_court_riders.txt'] = [
    E('indirect', 'Ruling could cost app up to 420 million reais', 'lawyers', 'lawyers', 'say', False, mention='lawyers', mctx='reais, lawyers say'),
    E('indirect', "could reshape the country's gig economy", 'lawyers', 'lawyers', 'said', False, mention='lawyers', mctx='ruling that lawyers said'),
    E('indirect', "the company controls riders' working hours, prices and routes through its algorithm and that the riders are therefore employees under Brazil's labour code", CT, CTk, 'ruled', mention='The Regional Labour Court of the 2nd Region'),
    E('direct', 'The algorithm does not replace the boss. It is the boss, with a faster clock,', RQ, RQk, 'wrote', mention='Judge Rosângela Quintela de Vasconcelos'),
    E('indirect', 'it has 61,000 active riders across the country', EN, ENk, 'says', False, mention='Entregaja', mctx='Entregaja, which is backed'),
    E('indirect', 'it would appeal to the Superior Labour Court (TST) in Brasilia', EN, ENk, 'said', mention='Entregaja', mctx='Entregaja, which is backed'),
    E('direct', 'The decision ignores what riders themselves have told us repeatedly: that they value the freedom to choose when and how much they work,', EN, ENk, 'said in a statement', mention='the company', mctx='the company said in a statement'),
    E('indirect', 'the ruling "puts at risk the income of thousands of families."', EN, ENk, 'added', mention='It', mctx='It added that'),
    E('indirect', 'riders were penalised with fewer orders if they turned down deliveries or logged off during peak hours', MPT, MPTk, 'argued', mention=MPT),
    E('indirect', 'the ruling was "a message to the whole sector."', EP, EPk, 'told', mention='Prosecutor Edivaldo Pimentel Aragão'),
    E('direct', 'For years these companies have said they are only an intermediary. Today the court looked at how the app actually works,', EP, EPk, 'said', mention='he', mctx='works," he said'),
    E('indirect', 'Under the ruling, Entregaja must register the riders within 90 days, pay into the FGTS severance fund retroactively and cover social security contributions', CT, CTk, 'said', mention='the court', mctx='the court said. Riders'),
    E('indirect', 'the total cost to the company at between 280 million and 420 million reais ($49 million to $73 million), including back payments', 'Labour lawyers', 'lawyers', 'estimated', False, mention='Labour lawyers'),
    E('direct', "It's not the end of the road, because the TST and then the Supreme Court will have the last word,", TM, TMk, 'said', mention=TM),
    E('direct', "But it's the clearest decision yet against the model.", TM, TMk, '', mention=TM),
    E('indirect', 'other courts had reached the opposite conclusion in similar cases and that the Supreme Federal Tribunal (STF) was expected to rule on the question of app workers later this year', TM, TMk, 'said', mention='She', mctx='She said other courts'),
    E('indirect', 'Entregaja had been preparing for an adverse ruling and had considered cutting the number of riders in Sao Paulo if it lost the appeal', "A person familiar with the company's plans", 'person', 'said', mention="A person familiar with the company's plans"),
    E('indirect', 'he would welcome the security of a contract', GF, GFk, 'said', mention=GF),
    E('direct', "If I fall off the bike tomorrow, who pays? Nobody. That's what a contract is,", GF, GFk, 'said', mention='he', mctx='is," he said'),
    E('indirect', 'she feared the company would simply hire fewer people', RS, RSk, 'said', mention=RS),
    E('direct', "They'll keep the ones who work 12 hours a day and drop the rest,", RS, RSk, 'said', mention='she', mctx='rest," she said'),
    E('direct', 'I have a daughter. I work the hours I can.', RS, RSk, '', mention='she', mctx='rest," she said'),
    E('indirect', 'it supported the decision', ADR, ADRk, 'said', mention=ADR),
    E('indirect', 'other platforms to "sit down and negotiate before the courts do it for them."', ADR, ADRk, 'called on', mention=ADR),
]

# 03 Times of Israel, Knesset committee on power cuts in Negev Bedouin towns (curly quotes)
YH = 'Yoav Harpazi-Dagan'
WA = 'Walid Abu Ghanem-Tarabin'
WAk = 'Abu Ghanem-Tarabin|Ghanem-Tarabin'
IEC = 'Representatives of the Israel Electric Corporation'
IECk = 'Israel Electric Corporation|IEC|Representatives'
MAR = 'Menashe Abergil-Ronen'
EM = 'the Energy Ministry'
EMk = 'Energy Ministry|ministry'
OB = 'Ofra Benvenisti-Katz'
SH = 'Salman al-Huzayyel'
SHk = 'al-Huzayyel|Huzayyel'
SBY = 'Shira Bar-Yochai'
RCV = 'A spokesperson for the Regional Council for the Unrecognized Villages'
RCVk = 'spokesperson|Regional Council'
DOCS['03_times_of_israel_negev_power_cuts.txt'] = [
    E('indirect', 'outages lasted up to 19 hours during heat wave', 'Residents of Tel Sheva and Segev Shalom', 'Residents|residents', 'say', False, mention='Residents of Tel Sheva and Segev Shalom'),
    E('indirect', 'overloaded lines', 'Israel Electric Corporation', 'Israel Electric Corporation|IEC', 'blames', False, mention='Israel Electric Corporation', mctx='Israel Electric Corporation blames'),
    E('partial', 'a disgrace that would not be tolerated for a single day in Ra’anana.', WA, WAk, 'calling', ctx='calling the state’s response “a disgrace that would not be tolerated for a single day in Ra’anana.”', mention='one MK'),
    E('indirect', 'the panel had received testimony that some neighborhoods in Tel Sheva and Segev Shalom were without electricity for as long as 19 hours at a time, while temperatures in the area passed 44 degrees Celsius (111 degrees Fahrenheit)', YH, 'Harpazi-Dagan', 'said', mention='MK Yoav Harpazi-Dagan'),
    E('direct', 'We are talking about elderly people on oxygen machines, about babies, about insulin that has to stay cold,', YH, 'Harpazi-Dagan', 'told', mention='Harpazi-Dagan', mctx='Harpazi-Dagan told the session'),
    E('direct', 'Somebody has to explain to us why this keeps happening.', YH, 'Harpazi-Dagan', '', mention='Harpazi-Dagan', mctx='Harpazi-Dagan told the session'),
    E('indirect', 'the outages were caused by local distribution lines that had been “loaded far beyond their design capacity” by new construction and air conditioners', IEC, IECk, 'told', mention=IEC),
    E('indirect', 'the company had installed 14 new transformers in the two towns since 2023', MAR, 'Abergil-Ronen', 'said', mention='An IEC engineer, Menashe Abergil-Ronen'),
    E('indirect', 'planned upgrades to the main feeder line had been delayed by “planning and land issues.”', MAR, 'Abergil-Ronen', 'acknowledged', mention='An IEC engineer, Menashe Abergil-Ronen'),
    E('direct', 'Every summer you come here with a new PowerPoint and every summer our children sleep on the floor because it is too hot in their beds,', WA, WAk, 'told', mention='he', mctx='he told the IEC officials'),
    E('direct', 'This is a disgrace that would not be tolerated for a single day in Ra’anana.', WA, WAk, '', mention='he', mctx='he told the IEC officials'),
    E('indirect', 'the state had “chosen” to invest in grid connections for new Jewish communities in the Negev while leaving older Bedouin towns behind', WA, WAk, 'said', mention='He', mctx='He said the state'),
    E('indirect', 'it had allocated NIS 230 million ($62 million) to upgrading the electricity network in the Negev’s Bedouin communities over the next four years and that “the pace of work depends on many bodies, not only the ministry.”', EM, EMk, 'said', mention='the ministry', mctx='the ministry said it had'),
    E('indirect', 'the first phase of the work would be completed before next summer', OB, 'Benvenisti-Katz', 'told', mention='Deputy Director General Ofra Benvenisti-Katz'),
    E('direct', 'I’m not going to promise you there will be no outages,', OB, 'Benvenisti-Katz', 'said', mention='she', mctx='outages,” she said'),
    E('direct', 'I am promising that the worst ones will not repeat.', OB, 'Benvenisti-Katz', '', mention='she', mctx='outages,” she said'),
    E('indirect', 'residents had heard such promises before', SH, SHk, 'said', mention='Sheikh Salman al-Huzayyel'),
    E('indirect', 'three residents of the town had been taken to Soroka Medical Center in Beersheba during the outages with heat-related illness', SH, SHk, 'said', mention='he', mctx='he said three residents'),
    E('direct', 'I don’t want to blame any one person. The system is broken,', SH, SHk, 'said', mention='he', mctx='broken,” he said'),
    E('direct', 'When Tel Aviv has a blackout it is on the evening news. When we have one it is a WhatsApp message.', SH, SHk, '', mention='he', mctx='broken,” he said'),
    E('indirect', 'Bedouin towns in the Negev suffered nearly three times as many hours of outages per household last year as the national average', 'the Knesset Research and Information Center', 'Research and Information Center|data', 'according to', mention='the Knesset Research and Information Center'),
    E('indirect', 'the numbers were “hard to argue with,”', SBY, 'Bar-Yochai', 'said', mention='MK Shira Bar-Yochai'),
    E('indirect', 'the committee should focus on solutions rather than blame', SBY, 'Bar-Yochai', 'said', mention='MK Shira Bar-Yochai'),
    E('direct', 'I think everybody in this room wants the same thing,', SBY, 'Bar-Yochai', 'said', mention='she', mctx='same thing,” she said'),
    E('indirect', 'the ministry and the IEC to present a timetable for the feeder-line upgrade within 30 days', YH, 'Harpazi-Dagan', 'ordered', mention='Harpazi-Dagan', mctx='Harpazi-Dagan ordered'),
    E('indirect', 'the committee would hold a follow-up hearing in October', YH, 'Harpazi-Dagan', 'said', mention='Harpazi-Dagan', mctx='Harpazi-Dagan ordered'),
    E('indirect', 'many of those communities are not connected to the national grid at all and were not discussed at the hearing', RCV, RCVk, 'noted', mention=RCV),
    E('direct', 'For them there is nothing to cut,', RCV, RCVk, 'said', mention='the spokesperson', mctx='the spokesperson said'),
    E('indirect', 'Energy Minister Nachshon Levitan-Erez would visit Tel Sheva next week', 'Hebrew-language media', 'media', 'reported', mention='Hebrew-language media'),
]

# 04 Kyiv Independent frontline report, drone unit near Huliaipole (straight quotes, call signs)
DY = 'Danylo Yavorivskyi'
HK = 'Halyna Kostiuchenko-Bilyk'
OM = 'Zoryana "Sasha" Movchaniuk'
VV = 'Vladyslav Voloshchuk'
RT = 'Roman Tkachivskyi'
DOCS['04_kyiv_independent_frontline_drones.txt'] = [
    E('direct', 'Infantry, two of them, going toward the tree line,', DY, 'Yavorivskyi', 'says', mention='Senior Lieutenant Danylo Yavorivskyi'),
    E('direct', "They'll try to get into the village by night.", DY, 'Yavorivskyi', '', mention='Senior Lieutenant Danylo Yavorivskyi'),
    E('indirect', 'Russian forces had stepped up small-group infiltration attempts in the sector since early October, sending two or three soldiers at a time through gaps between Ukrainian positions', DY, 'Yavorivskyi', 'said', mention='Yavorivskyi', mctx='Yavorivskyi said Russian'),
    E('direct', 'They are not trying to take ground with armor anymore. They come like water, through the cracks,', DY, 'Yavorivskyi', 'said', mention='he', mctx='cracks," he said'),
    E('indirect', '27 Russian assaults in the Huliaipole direction over the past 24 hours', "The General Staff of Ukraine's Armed Forces", 'General Staff', 'reported', mention="The General Staff of Ukraine's Armed Forces"),
    E('indirect', 'the unit had lost 11 drones in the past week to Russian electronic warfare and to shotguns fired from the ground', 'Kvasha', 'Kvasha', 'said', mention='He', mctx='He said the unit had lost'),
    E('direct', 'A year ago, if you lost three in a week, it was a bad week,', 'Kvasha', 'Kvasha', 'said', mention='Kvasha', mctx='Kvasha said. "Now'),
    E('direct', 'Now three is a good night.', 'Kvasha', 'Kvasha', '', mention='Kvasha', mctx='Kvasha said. "Now'),
    E('direct', 'Batteries. And people,', 'Kvasha', 'Kvasha', 'said', mention='he', mctx='people," he said'),
    E('direct', 'Mostly people.', 'Kvasha', 'Kvasha', '', mention='he', mctx='people," he said'),
    E('indirect', 'they had not been rotated out of the sector for more than four months', 'Several soldiers', 'soldiers', 'told', mention='Several soldiers'),
    E('indirect', 'rotations were "carried out according to the operational situation" and that all personnel receive leave "in accordance with the law."', "The brigade's press service", 'press service|brigade', 'said in a Telegram post', mention="The brigade's press service"),
    E('indirect', 'the problem was not the brigade but the numbers', HK, 'Kostiuchenko-Bilyk', 'said', mention='Master Sergeant Halyna Kostiuchenko-Bilyk'),
    E('direct', "You can't rotate people out if nobody rotates in,", HK, 'Kostiuchenko-Bilyk', 'said', mention='she', mctx='rotates in," she said'),
    E('direct', 'We got four new guys in October. Two of them were 52 years old.', HK, 'Kostiuchenko-Bilyk', '', mention='she', mctx='rotates in," she said'),
    E('indirect', "most of the unit's heavy equipment had been bought with money raised by volunteers, including a generator, two pickup trucks and most of the thermal cameras", HK, 'Kostiuchenko-Bilyk', 'said', mention='She', mctx="She said most of the unit's"),
    E('indirect', 'donations had fallen by roughly a third since the spring', OM, 'Movchaniuk', 'said', mention='Zoryana "Sasha" Movchaniuk'),
    E('direct', 'People are tired, and I understand them. But the war is not tired,', OM, 'Movchaniuk', 'told', mention='she', mctx='she told the Kyiv Independent'),
    E('indirect', 'its troops had "liberated" the village of Bilohiria', "Russia's Defense Ministry", 'Defense Ministry|Russia', 'claimed', mention="Russia's Defense Ministry"),
    E('indirect', 'the village remained under Ukrainian control', VV, 'Voloshchuk', 'said', mention=VV),
    E('indirect', 'the situation around it was "difficult."', VV, 'Voloshchuk', 'acknowledged', mention=VV),
    E('direct', "The enemy is putting pressure on the whole line, but they don't hold Bilohiria,", VV, 'Voloshchuk', 'said', mention='Voloshchuk', mctx='Voloshchuk said on'),
    E('indirect', 'Russia was using the infiltration tactic to stretch Ukrainian units thin before winter', RT, 'Tkachivskyi', 'argued', mention='Military analyst Roman Tkachivskyi'),
    E('direct', 'Every small group forces a response. Multiply that by thirty attempts a day and you see why the soldiers are exhausted,', RT, 'Tkachivskyi', 'said', mention='he', mctx='exhausted," he said'),
    E('direct', 'Minus two,', DY, 'Yavorivskyi', 'says', mention='Yavorivskyi', mctx='Yavorivskyi says quietly'),
    E('direct', 'Ask me again in the spring if this was worth it,', DY, 'Yavorivskyi', 'said', mention='he', mctx='worth it," he said'),
    E('direct', 'Right now I just want them to send someone.', DY, 'Yavorivskyi', '', mention='he', mctx='worth it," he said'),
]

# 05 The Local Sweden, parents occupy a village school (straight quotes, Swedish letters)
MS = 'Märta Sjöqvist-Lindh'
MSk = 'Sjöqvist-Lindh'
GB = 'Gösta Berglöv'
ER = 'Elin Rååd-Persson'
ERk = 'Rååd-Persson'
AF = 'Ragnfrid Fröjd-Nyberg'
AFk = 'Fröjd-Nyberg'
UK = 'Ulla Kärrbäck'
DOCS['05_the_local_sweden_village_school.txt'] = [
    E('direct', 'We are not leaving until someone from the council comes here and explains to our kids why their school has to go,', MS, MSk, 'told', mention=MS),
    E('indirect', 'the parents had brought mattresses, a camping stove and "a lot of coffee", and that they were taking turns so that some of them could still go to work', MS, MSk, 'said', mention='She', mctx='She said the parents'),
    E('indirect', 'the school costs nearly twice as much per pupil as schools in the town and that it has struggled to recruit qualified teachers', 'The municipality', 'municipality|Lycksele', 'says', mention='The municipality', mctx='The municipality says the school'),
    E('indirect', 'the decision had been "the hardest I have been part of"', GB, 'Berglöv', 'said', mention="the chair of the council's education committee, Gösta Berglöv"),
    E('direct', 'We have a responsibility to every child in the municipality, not only the children in Storbränna,', GB, 'Berglöv', 'wrote', mention='Berglöv', mctx='Berglöv wrote'),
    E('direct', 'When a school cannot find qualified teachers, that is also a question of quality.', GB, 'Berglöv', '', mention='Berglöv', mctx='Berglöv wrote'),
    E('indirect', 'the municipality would provide a school bus with a trained escort and that travel time would be "under one hour"', GB, 'Berglöv', 'added', mention='Berglöv', mctx='Berglöv added'),
    E('indirect', 'the bus would have to make four stops in other villages on the way, and in winter the road is often closed by snow', MS, MSk, 'according to', mention='Sjöqvist-Lindh', mctx='According to Sjöqvist-Lindh'),
    E('direct', 'One hour on a good day in September, maybe,', MS, MSk, 'said', mention='she', mctx='maybe," she said'),
    E('direct', 'In February with minus 30 and the plough not out yet? No.', MS, MSk, '', mention='she', mctx='maybe," she said'),
    E('indirect', 'the decision would "take the heart out of the village"', ER, ERk, 'said', mention='Opposition councillor Elin Rååd-Persson'),
    E('direct', 'When the school goes, the young families go. And then the shop goes,', ER, ERk, 'told', mention='she', mctx='she told The Local. "We have'),
    E('direct', 'We have seen it in village after village.', ER, ERk, '', mention='she', mctx='she told The Local. "We have'),
    E('indirect', 'she would ask the council to reconsider the decision at its February meeting', ER, ERk, 'said', mention='Rååd-Persson', mctx='Rååd-Persson said she would'),
    E('indirect', 'police had visited the school on Tuesday but had "no plans to intervene" as long as the protest remained peaceful and the building was not damaged', 'Ingemar Hellqvist', 'Hellqvist|spokesperson|police', 'told', mention='A police spokesperson in Umeå, Ingemar Hellqvist'),
    E('indirect', 'lessons were continuing as normal during the day', AF, AFk, 'said', mention="The school's headteacher, Ragnfrid Fröjd-Nyberg"),
    E('direct', 'The children think it is a big adventure, honestly,', AF, AFk, 'said', mention='she', mctx='honestly," she said'),
    E('direct', "It's the adults who are worried.", AF, AFk, '', mention='she', mctx='honestly," she said'),
    E('indirect', 'Around 140 rural schools in Sweden have closed in the past decade', 'the Swedish Association of Local Authorities and Regions (SKR)', 'SKR|Swedish Association of Local Authorities', 'according to', mention='the Swedish Association of Local Authorities and Regions (SKR)'),
    E('indirect', 'the government wants to make it easier for small municipalities to keep village schools', "Sweden's education minister", 'minister', 'has said', mention="Sweden's education minister"),
    E('indirect', 'closures often became "a self-fulfilling prophecy"', UK, 'Kärrbäck', 'said', mention=UK),
    E('direct', 'The municipality says there are too few children, closes the school, and five years later there really are too few children,', UK, 'Kärrbäck', 'said', mention='she', mctx='too few children," she said'),
    E('partial', 'Rädda vår skola', None, None, 'reading', False),
    E('direct', 'Tack för allt stöd,', MS, MSk, 'wrote', mention='she', mctx='she wrote'),
    E('direct', 'thank you for all the support', MS, MSk, '', False, mention='she', mctx='she wrote'),
]

# 06 BMJ news piece, night-time hospital discharge study (curly single quotes)
PC = 'Priyamvada Castellucci-Raman'
PCk = 'Castellucci-Raman'
TW = 'Cosmo Wrenbury-Mthembu'
TWk = 'Wrenbury-Mthembu'
AT = 'Bogumiła Tregothnan-Asamoah'
ATk = 'Tregothnan-Asamoah'
NHS = 'A spokesperson for NHS England'
NHSk = 'spokesperson|NHS England'
RCP = 'The Royal College of Physicians'
WD = 'Ermengarde Dacosta-Penwarden'
DOCS['06_bmj_news_night_discharge.txt'] = [
    E('indirect', 'Patients aged over 75 who are sent home from hospital between 10 pm and 6 am are a third more likely to be readmitted within 30 days than those discharged during the day', 'a study of more than 1.2 million hospital stays in England', 'study', 'has found', False, mention='a study of more than 1.2 million hospital stays in England'),
    E('indirect', 'After adjustment for age, frailty, diagnosis and deprivation, night-time discharge was associated with a 34% higher risk of emergency readmission within 30 days (adjusted odds ratio 1.34, 95% confidence interval 1.29 to 1.39)', 'the authors', 'authors', 'reported', mention='the authors'),
    E('indirect', 'the team had been surprised by how common late discharges were', PC, PCk, 'said', mention='The lead author, Priyamvada Castellucci-Raman'),
    E('direct', 'We found that about one in 14 older patients left hospital at night, and in some trusts it was closer to one in eight,', PC, PCk, 'told', mention='she', mctx='she told The BMJ'),
    E('direct', 'These are often people going home to an empty house, with no food in the fridge, and sometimes without their medicines.', PC, PCk, '', mention='she', mctx='she told The BMJ'),
    E('indirect', 'the pattern was most pronounced in trusts that were running at more than 95% bed occupancy, which suggested that night discharges were ‘being driven by the need for beds rather than by what is best for the patient’', PC, PCk, 'said', mention='She', mctx='She said the pattern'),
    E('indirect', 'the study was observational and could not prove that discharge time itself caused readmissions', TW, TWk, 'cautioned', mention='Senior author Cosmo Wrenbury-Mthembu'),
    E('direct', 'It may be that patients discharged at night differ in ways we can’t measure,', TW, TWk, 'said', mention='he', mctx='measure,’ he said'),
    E('direct', 'But the association held up in every sensitivity analysis we ran, and it is consistent with what clinicians and families have been telling us for years.', TW, TWk, '', mention='he', mctx='measure,’ he said'),
    E('indirect', 'trusts record discharge times routinely and that patients over 75 should not be discharged after 10 pm unless they or their carers had asked to go home', 'The researchers', 'researchers', 'recommended', mention='The researchers'),
    E('indirect', 'the findings ‘will not surprise anybody who has worked a night shift on a medical ward’', AT, ATk, 'said', mention=AT),
    E('direct', 'The pressure to free up a bed at 2 am is enormous,', AT, ATk, 'said', mention='she', mctx='enormous,’ she said'),
    E('direct', 'What this study gives us is numbers, and numbers are what managers respond to.', AT, ATk, '', mention='she', mctx='enormous,’ she said'),
    E('indirect', 'a blanket ban on night discharges', AT, ATk, 'warned against', False, mention='she', mctx='she warned against'),
    E('indirect', 'some patients were ‘desperate to get home’ and were well supported there', AT, ATk, 'noting', mention='she', mctx='she warned against'),
    E('indirect', 'trusts were already expected to avoid discharging vulnerable patients late at night and that national guidance on safe discharge was being updated', NHS, NHSk, 'said', mention=NHS),
    E('direct', 'Patient safety must always come first,', NHS, NHSk, 'said', mention='the spokesperson', mctx='first,’ the spokesperson said'),
    E('partial', 'concerning', RCP, 'Royal College', 'called', mention=RCP),
    E('indirect', 'it would raise them with the Department of Health and Social Care', RCP, 'Royal College', 'said', mention=RCP),
    E('indirect', 'the study should ‘start a conversation, not end one’', PC, PCk, 'was quoted as saying', mention='Castellucci-Raman', mctx='Castellucci-Raman was quoted'),
    E('direct', 'He was 88, he was in his pyjamas and he was put in a taxi on his own,', WD, 'Dacosta-Penwarden', 'said', mention='she', mctx='she said in the release'),
    E('direct', 'Nobody should be sent home like that.', WD, 'Dacosta-Penwarden', '', mention='she', mctx='she said in the release'),
    E('indirect', 'the research team would not be giving interviews about individual trusts', 'Emrys Vanstone-Gwenlan', 'Vanstone-Gwenlan|spokesperson', 'said', mention="A spokesperson for the university’s press office, Emrys Vanstone-Gwenlan"),
    E('indirect', 'the team now planned to look at whether the same pattern applied to younger patients and to discharges at weekends', PC, PCk, 'said', mention='Castellucci-Raman', mctx='Castellucci-Raman said the team now'),
]

# 07 US high-school sports (Iowa girls' state basketball quarterfinal), straight quotes
MD = 'Gwendolen Dunleavy-Prewitt'
MDk = 'Dunleavy-Prewitt|coach'
TH = 'Tenley Hovland-Kiel'
THk = 'Hovland-Kiel'
OB = 'Temiloluwa Brekkhus'
DF = 'Osgood Fenske-Aamodt'
DFk = 'Fenske-Aamodt'
KR = 'Kaija Rasmussen-Dorn'
KRk = 'Rasmussen-Dorn'
DOCS['07_prep_girls_basketball_quarterfinal.txt'] = [
    E('indirect', 'her to keep shooting anyway', MD, MDk, 'told', mention='Her coach'),
    E('direct', "I told her at the timeout, 'You're a shooter. Shooters shoot,'", MD, MDk, 'said', mention='Cedar Bluffs coach Gwendolen Dunleavy-Prewitt'),
    E('direct', "She didn't even blink.", MD, MDk, '', mention='Cedar Bluffs coach Gwendolen Dunleavy-Prewitt'),
    E('indirect', 'she had not been nervous until the ball left her hand', TH, THk, 'said', mention='Hovland-Kiel', mctx='Hovland-Kiel said she'),
    E('direct', 'Then it was like, OK, please go in,', TH, THk, 'said', mention='the 15-year-old'),
    E('direct', "It went in, so I guess I'm fine.", TH, THk, '', mention='the 15-year-old'),
    E('direct', 'At halftime we were just kind of standing around watching,', OB, 'Brekkhus', 'said', mention='Brekkhus', mctx='Brekkhus said. "Coach'),
    E('direct', 'Coach got on us, and she was right to.', OB, 'Brekkhus', '', mention='Brekkhus', mctx='Brekkhus said. "Coach'),
    E('direct', "I can't repeat most of it,", OB, 'Brekkhus', 'said', mention='she', mctx='most of it," she said'),
    E('indirect', 'his team had "played well enough to win" but could not get a defensive stop in the final minute', DF, DFk, 'said', mention='Wapsie Valley coach Osgood Fenske-Aamodt'),
    E('direct', 'We talked about not letting them get a clean look, and they got a clean look,', DF, DFk, 'said', mention='Fenske-Aamodt', mctx='Fenske-Aamodt said. "That'),
    E('direct', "That's on me, not on the kids. These girls gave everything they had.", DF, DFk, '', mention='Fenske-Aamodt', mctx='Fenske-Aamodt said. "That'),
    E('indirect', 'Rasmussen-Dorn, who was named to the all-tournament watch list, had played through an ankle sprain she suffered in the regional final', DF, DFk, 'said', mention='He', mctx='He said Rasmussen-Dorn'),
    E('indirect', 'she would be back next year', KR, KRk, 'said', mention='Rasmussen-Dorn', mctx='Rasmussen-Dorn, fighting back tears'),
    E('direct', 'We have a lot of juniors,', KR, KRk, 'said', mention='she', mctx='juniors," she said'),
    E('direct', "We'll be here again.", KR, KRk, '', mention='she', mctx='juniors," she said'),
    E('indirect', "Cedar Bluffs' run to the semifinals is its first since 2009", 'the Iowa Girls High School Athletic Union', 'Athletic Union|IGHSAU', 'according to', mention='the Iowa Girls High School Athletic Union'),
    E('indirect', "the program had been built on players who had come up together through the town's youth league", MD, MDk, 'said', mention='Dunleavy-Prewitt', mctx='Dunleavy-Prewitt, in her fourth season'),
    E('direct', 'Half of this team has been playing together since third grade,', MD, MDk, 'said', mention='she', mctx='third grade," she said'),
    E('direct', 'They know where each other is going to be without looking.', MD, MDk, '', mention='she', mctx='third grade," she said'),
    E('indirect', 'the team had talked about the 2009 team all season', OB, 'Brekkhus', 'said', mention='Brekkhus', mctx='Brekkhus said the team'),
    E('direct', "They're all in the stands tonight,", OB, 'Brekkhus', 'said', mention='she', mctx='tonight," she said'),
    E('direct', "A couple of them texted me at halftime. I'm not telling you what they said either.", OB, 'Brekkhus', '', mention='she', mctx='tonight," she said'),
    E('indirect', "the district had chartered two buses for students to attend Thursday's game and that the school would hold a send-off in the gym Wednesday afternoon", 'Garth Nyquist-Balogun', 'Nyquist-Balogun|superintendent', 'said', mention='Cedar Bluffs superintendent Garth Nyquist-Balogun'),
]

# 08 Consumer-advice column with reader letters (curly quotes); letters are optional blocks
LC = 'a spokesperson for Loungecraft Interiors'
LCk = 'spokesperson|Loungecraft'
FA = 'Lorcan Ezeudu-Stranack'
FAk = 'Ezeudu-Stranack'
FH = 'FlexHaus'
HY = 'Clementia Yarborough-Tebbit'
HYk = 'Yarborough-Tebbit'
CMA = 'The Competition and Markets Authority'
CMAk = 'Competition and Markets Authority|regulator|guidance'
DOCS['08_consumer_column_sofa_refund.txt'] = [
    E('block', 'In November I ordered a three-seater sofa from Loungecraft Interiors for £1,890. It was supposed to arrive in three weeks. It came 11 weeks later, in two pieces, and the delivery men said it could not be assembled in my flat because the connecting brackets were missing. They took it away again. Since then I have phoned the company nine times. Each time I am told a “resolution specialist” will call me back. Nobody has. I paid by debit card. What can I do?', 'GM', 'GM', '', False, mention='GM', mctx='GM, Sheffield'),
    E('indirect', 'the company was “very sorry” for the delays, which it blamed on “a supplier issue affecting a small number of orders”', LC, LCk, 'said', mention='a spokesperson', mctx='Loungecraft, a spokesperson said'),
    E('indirect', 'a replacement sofa had now been built and could be delivered within ten days', LC, LCk, 'said', mention='The spokesperson', mctx='The spokesperson said a replacement'),
    E('indirect', 'you no longer wanted the sofa', 'GM', 'GM', 'told', mention='you', mctx='you told me'),
    E('direct', 'I’ve been without a settee since October. I just want my money back,', 'GM', 'GM', 'said', mention='you', mctx='you said'),
    E('direct', 'Eleven weeks against a promised three is well beyond what any court would regard as reasonable,', FA, FAk, 'said', mention=FA),
    E('direct', 'In my view the buyer is clearly entitled to cancel and get a full refund, including delivery charges.', FA, FAk, '', mention=FA),
    E('indirect', 'because you paid by debit card, you could also ask your bank to raise a chargeback claim if the retailer refuses', FA, FAk, 'added', mention='He', mctx='He added that'),
    E('indirect', 'refund you in full', 'Loungecraft Interiors', 'Loungecraft', 'agreed', False, mention='Loungecraft', mctx='Loungecraft agreed'),
    E('direct', 'We have processed a full refund of £1,890 and apologise again to the customer for the experience.', LC, LCk, 'said', mention='A spokesperson', mctx='A spokesperson said: “We'),
    E('indirect', 'the money arrived on Tuesday', 'GM', 'GM', 'confirmed', mention='You', mctx='You confirmed'),
    E('block', 'I cancelled my gym membership with FlexHaus in January, giving the 30 days’ notice required. I have an email confirming it. They have taken £42.99 from my account for February and again for March. When I went into the gym, the manager told me the cancellation “hadn’t gone through the system” and that I would need to fill in a form. Surely this is not right?', 'RD', 'RD', '', False, mention='RD', mctx='RD, Norwich'),
    E('indirect', 'your cancellation had been received but “not correctly processed due to a technical error”', FH, 'FlexHaus', 'told', mention='FlexHaus', mctx='FlexHaus told me'),
    E('indirect', 'it has now cancelled the membership and will refund both payments, a total of £85.98', FH, 'FlexHaus', 'says', mention='It', mctx='It says it has now'),
    E('indirect', 'gyms are among the most complained-about businesses on her site', HY, HYk, 'says', mention=HY),
    E('direct', 'The trick is always the same: make it easy to join and hard to leave,', HY, HYk, 'says', mention='she', mctx='leave,” she says'),
    E('direct', 'Anyone who is being told to fill in another form after they’ve already cancelled in writing should refuse, and should cancel the direct debit with their bank.', HY, HYk, '', mention='she', mctx='leave,” she says'),
    E('indirect', '“unfair and unclear” cancellation terms may break consumer law', CMA, CMAk, 'has warned', mention=CMA),
    E('indirect', 'customers should be able to cancel as easily as they signed up', CMA, CMAk, 'says', mention='its guidance'),
]

# 09 UK property business story, build-to-rent tower paused (straight quotes)
QM = 'Quarrymoor Living'
QMk = 'Quarrymoor|company|Developer'
LF = 'Aurelian Fothergill-Obiora'
LFk = 'Fothergill-Obiora'
IS = 'Clarimond Saltonstall'
JA = 'Jerome Ashwicken-Lyne'
JAk = 'Ashwicken-Lyne'
MCC = 'Manchester City Council'
MCCk = 'Manchester City Council|council|spokesperson'
RB = 'Ruairi Beckinsale-Nwaneri'
RBk = 'Beckinsale-Nwaneri'
CV = 'Cressida Vanderpoel'
DOCS['09_property_build_to_rent_pause.txt'] = [
    E('indirect', "'viability gap' of £38m", QM, QMk, 'blames', False, mention='Developer', mctx='Developer blames'),
    E('indirect', 'city-centre rents have flattened for the first time since 2020', 'agents', 'agents', 'say', False, mention='agents', mctx='agents say city-centre'),
    E('indirect', 'rising construction costs and flat rents have opened a "viability gap" of about £38m on the scheme', QM, QMk, 'saying', mention=QM, mctx="Quarrymoor Living, one of the UK's"),
    E('indirect', 'the 512-home Stonebeck Tower on Great Ancoats Street would be "mothballed at podium level" while it sought a funding partner or a revised planning consent', QM, QMk, 'said', mention='the company', mctx='the company said the 512-home'),
    E('indirect', 'the decision had been "painful but unavoidable"', LF, LFk, 'told', mention='Quarrymoor chief executive Aurelian Fothergill-Obiora'),
    E('direct', "We are not going to pour another £120m into a building that does not wash its face at today's numbers,", LF, LFk, 'said', mention='he', mctx='numbers," he said'),
    E('direct', 'When the numbers move, we will move.', LF, LFk, '', mention='he', mctx='numbers," he said'),
    E('indirect', 'the company remained "fully committed to Manchester" and that its two completed schemes in the city were 97% let', LF, LFk, 'said', mention='He', mctx='He said the company remained'),
    E('indirect', 'Average asking rents for new-build flats in central Manchester rose just 0.8% in the year to January', 'Ferrand Hatchell', 'Ferrand Hatchell|figures', 'according to', mention='Ferrand Hatchell', mctx='letting agent Ferrand Hatchell'),
    E('direct', 'Tenants have simply hit a ceiling,', IS, 'Saltonstall', 'said', mention=IS),
    E('direct', "You can't keep adding 8% a year to rents when wages are going up 4%.", IS, 'Saltonstall', '', mention=IS),
    E('indirect', 'a wave of new completions in Salford and Ancoats had also given renters more choice, with some landlords now offering a month rent-free to fill flats', IS, 'Saltonstall', 'said', mention='She', mctx='She said a wave'),
    E('indirect', 'viewings were still strong but tenants were negotiating harder', JA, JAk, 'said', mention=JA),
    E('direct', "Two years ago you'd have six people bidding over the asking rent on a one-bed. Now they come in with a spreadsheet,", JA, JAk, 'said', mention='he', mctx='spreadsheet," he said'),
    E('indirect', 'Build costs, meanwhile, have risen about 27% since 2021', 'the Building Cost Information Service', 'Building Cost Information Service|BCIS', 'according to', mention='the Building Cost Information Service'),
    E('indirect', 'Quarrymoor had held talks with at least two pension funds about taking a stake in Stonebeck Tower but that neither had been willing to commit at the current valuation', 'One person close to the company', 'person', 'said', mention='One person close to the company'),
    E('indirect', 'it was "disappointed" by the pause', MCC, MCCk, 'said', mention=MCC, mctx='Manchester City Council, which granted'),
    E('direct', 'We will work with Quarrymoor to get this site moving again as quickly as possible,', 'a council spokesperson', MCCk, 'said', mention='a council spokesperson'),
    E('direct', "What we won't do is accept a scheme with fewer affordable homes.", 'a council spokesperson', MCCk, '', mention='a council spokesperson'),
    E('indirect', 'Quarrymoor was likely to seek to renegotiate that figure', 'Analysts', 'Analysts|analysts', 'said', mention='Analysts', mctx='Analysts said Quarrymoor'),
    E('indirect', 'the pause was "sensible capital discipline" and a "bellwether" for the wider build-to-rent sector', RB, RBk, 'wrote', mention=RB),
    E('direct', 'We expect further schemes to be deferred in regional cities over the next 12 months,', RB, RBk, 'wrote', mention='he', mctx='he wrote'),
    E('indirect', "Manchester's population growth would soon soak up the new supply", CV, 'Vanderpoel', 'argued', mention=CV),
    E('direct', 'Every cycle someone calls the top in Manchester, and every cycle the city proves them wrong,', CV, 'Vanderpoel', 'said', mention='she', mctx='wrong," she said'),
    E('indirect', 'site security and scaffolding would stay in place and that around 140 construction workers had been redeployed to its other schemes', QM, QMk, 'said', mention='Quarrymoor', mctx='Quarrymoor said site security'),
]

# 10 The Herald (Zimbabwe), irrigation scheme handover (curly quotes, Hon/Cde/Chief/Mbuya)
RC = 'Rumbidzai Chakanyuka-Ndlovu'
RCk = 'Chakanyuka-Ndlovu|Minister'
FD = 'Farai Dzvairo-Mapfumo'
FDk = 'Dzvairo-Mapfumo'
NH = 'Nhekairo'
SM = 'Shuvai Marumahoko-Zhou'
SMk = 'Marumahoko-Zhou'
TG = 'Tichaona Garwe-Mashingaidze'
TGk = 'Garwe-Mashingaidze'
RH = 'Rufaro Chidavaenzi-Hungwe'
RHk = 'Chidavaenzi-Hungwe'
GC = 'Godknows Chibhamu'
DOCS['10_herald_zimbabwe_irrigation_scheme.txt'] = [
    E('indirect', 'the project was part of Government’s drive to climate-proof agriculture in the province’s dry regions', RC, RCk, 'said', mention='Hon Rumbidzai Chakanyuka-Ndlovu'),
    E('direct', 'This scheme is a testimony that the Second Republic is walking the talk. No one and no place will be left behind,', RC, RCk, 'said', mention='Hon Chakanyuka-Ndlovu', mctx='said Hon Chakanyuka-Ndlovu'),
    E('direct', 'We want to see farmers here harvesting three times a year, not waiting for the rains that may or may not come.', RC, RCk, '', mention='Hon Chakanyuka-Ndlovu', mctx='said Hon Chakanyuka-Ndlovu'),
    E('indirect', 'the rehabilitation included a new 4,5-kilometre main canal, two electric pumps and night storage for water from the Gwindingwi Dam', RC, RCk, 'said', mention='She', mctx='She said the rehabilitation'),
    E('indirect', 'farmers to form a management committee and to pay their water levies on time so that the scheme does not collapse again', RC, RCk, 'urged', mention='The Minister', mctx='The Minister urged'),
    E('direct', 'In the past, this scheme died because people thought the pumps would repair themselves. Let us not repeat that mistake,', RC, RCk, 'said', mention='she', mctx='mistake,” she said'),
    E('indirect', 'the scheme had been run down by vandalism of electrical cables and unpaid electricity bills', FD, FDk, 'said', mention='Zaka District Development Coordinator Mr Farai Dzvairo-Mapfumo'),
    E('indirect', 'a community security team had been formed with the help of the Zimbabwe Republic Police to guard the pump house', FD, FDk, 'said', mention='He', mctx='He said a community'),
    E('indirect', 'traditional leaders would use the customary courts to deal with anyone caught vandalising the infrastructure', NH, NH, 'said', mention='Chief Nhekairo', mctx='Chief Nhekairo, whose area'),
    E('direct', 'Vanhu vangu, ichi chipo. Tichachichengetedza,', NH, NH, 'said', mention='Chief Nhekairo', mctx='said Chief Nhekairo'),
    E('direct', 'My people, this is a gift. We will protect it.', NH, NH, 'meaning', False, mention='Chief Nhekairo', mctx='said Chief Nhekairo'),
    E('indirect', 'plots had been allocated to 612 households and that 40 percent of the plot holders were women', SM, SMk, 'said', mention='Agritex provincial officer Mrs Shuvai Marumahoko-Zhou'),
    E('indirect', 'farmers will initially grow sugar beans, maize and tomatoes, with wheat planned for the winter season', SM, SMk, 'according to', mention='Mrs Marumahoko-Zhou', mctx='According to Mrs Marumahoko-Zhou'),
    E('indirect', 'extension officers would be stationed at the scheme full time', SM, SMk, 'said', mention='She', mctx='She said extension'),
    E('indirect', 'the farmers to “guard this project jealously”', TG, TGk, 'called on', mention='Cde Tichaona Garwe-Mashingaidze'),
    E('indirect', 'the ruling party would continue to support rural development programmes', TG, TGk, 'said', mention='Cde Tichaona Garwe-Mashingaidze'),
    E('indirect', 'they were relieved after years of depending on food handouts', 'Some of the beneficiaries', 'beneficiaries', 'said', mention='Some of the beneficiaries'),
    E('indirect', 'she had lost hope of ever seeing water in the canals again', RH, RHk, 'said', mention='Mbuya Rufaro Chidavaenzi-Hungwe'),
    E('direct', 'I used to grow tomatoes here in 2014 and sell them in Jerera. After the pumps stopped, I had nothing. Now I am going back to my plot,', RH, RHk, 'said', mention='she', mctx='my plot,” she said'),
    E('indirect', 'the farmers were ready', GC, 'Chibhamu', 'said', mention='Mr Godknows Chibhamu'),
    E('indirect', 'inputs support', GC, 'Chibhamu', 'appealed for', False, mention='Mr Godknows Chibhamu'),
    E('direct', 'Water alone is not enough. We need seed and fertiliser, especially for the first season,', GC, 'Chibhamu', 'said', mention='he', mctx='first season,” he said'),
    E('indirect', 'farmers at the scheme would be prioritised under the Pfumvudza/Intwasa programme', RC, RCk, 'said', mention='Hon Chakanyuka-Ndlovu', mctx='In response, Hon Chakanyuka-Ndlovu'),
    E('indirect', 'Gwindingwi Dam was 78 percent full and had enough water to support irrigation for two seasons even without significant rains', 'The Zimbabwe National Water Authority (ZINWA)', 'ZINWA|Zimbabwe National Water Authority', 'said in a statement', mention='The Zimbabwe National Water Authority (ZINWA)'),
    E('indirect', 'Masvingo Province has 47 irrigation schemes, of which 19 are fully functional', 'the Ministry of Lands, Agriculture, Fisheries, Water and Rural Development', 'Ministry of Lands|Ministry', 'according to', mention='the Ministry of Lands, Agriculture, Fisheries, Water and Rural Development'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout12: 10 news articles written and annotated blind (helper session), before the library was run on '
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
