#!/usr/bin/env python3
"""Builds reference.json for heldout21 (a blind set) from hand annotations.

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
# 01 Catholic News Service-style diocesan story, a Spanish bishop's letter on parish mergers (straight quotes, nested single; block after "The bishop wrote:")
FOG = 'Feliciano Olaetxea Gorostiaga'
FOGk = 'Olaetxea|bishop'
IA = 'Iciar Azpilikueta'
IAk = 'Azpilikueta'
SIG = '38 priests and lay Catholics from the Bardenas deanery'
SIGk = 'priests|signatories|statement'
XL = 'Ximeno Larrabeiti'
XLk = 'Larrabeiti'
RO = 'Remedios Oyarbide'
ROk = 'Oyarbide'
BZ = 'Bittor Zubeldia'
BZk = 'Zubeldia|spokesman'
AEL = 'Araitz Etxabe Loinaz'
AELk = 'Etxabe|secretary'
DOCS['01_cns_style_bishop_letter_parish_mergers.txt'] = [
    E('indirect', 'the diocese could no longer "pretend that the map of 1950 is the map of today."', FOG, FOGk, 'writing', mention='Bishop Feliciano Olaetxea Gorostiaga'),
    E('direct', 'I know that for many of you the bell tower of your village is not a building but a family,', FOG, FOGk, 'wrote', mention='the bishop', mctx='the bishop wrote. "Nobody'),
    E('direct', 'Nobody is asking you to stop loving it. I am asking you to let it breathe.', FOG, FOGk, '', mention='the bishop', mctx='the bishop wrote. "Nobody'),
    E('indirect', 'the diocese has 58 active priests, 23 of them over the age of 75, and that it had ordained one new priest in the past six years', FOG, FOGk, 'said', mention='He', mctx='He said the diocese has'),
    E('block', 'The synod has not rubber-stamped anything. Every deanery voted on the proposal, and three deaneries voted against it. I have taken their objections seriously, and the timetable has been slowed as a result.', FOG, FOGk, 'wrote', mention='The bishop', mctx='The bishop wrote:'),
    E('indirect', 'each pastoral unit to have a lay coordinator and for Sunday celebrations of the word, led by trained laypeople, in villages where no priest is available', 'The final synod document', 'document|synod', 'calls for', False, mention='The final synod document'),
    E('indirect', 'the vote showed that "people are ready for more responsibility than we usually give them."', IA, IAk, 'said', mention='Sister Iciar Azpilikueta'),
    E('direct', "In the listening sessions an old farmer stood up and said, 'We have been burying our own dead for years. Let us also pray together without waiting for permission,'", IA, IAk, 'told', mention='she', mctx='she told Catholic News Service'),
    E('direct', 'That sentence stayed with the whole room.', IA, IAk, '', mention='she', mctx='she told Catholic News Service'),
    E('indirect', 'the mergers would "empty the villages a second time."', SIG, SIGk, 'said', mention='38 priests and lay Catholics'),
    E('indirect', 'they were not opposing the bishop', SIG, SIGk, 'said', mention='The signatories'),
    E('indirect', 'him to suspend the changes in their deanery for two years', SIG, SIGk, 'asked', mention='The signatories'),
    E('direct', 'I drive 160 kilometers on a Sunday. I am not complaining about that,', XL, XLk, 'said', mention='he', mctx='he said after the final session'),
    E('direct', 'What worries me is that when you close the door of a church, you never open it again.', XL, XLk, '', mention='he', mctx='he said after the final session'),
    E('indirect', 'her church had already gone from a weekly to a monthly Mass', RO, ROk, 'said', mention=RO),
    E('direct', 'My grandchildren were baptized there,', RO, ROk, 'said', mention='she', mctx='she said. "Now we go'),
    E('direct', 'Now we go to the supermarket in town on Sunday, and then to Mass if there is time.', RO, ROk, '', mention='she', mctx='she said. "Now we go'),
    E('indirect', 'no church buildings would be sold under the plan and that parish registers would stay in the villages', 'Diocesan officials', 'officials|diocese', 'said', mention='Diocesan officials'),
    E('indirect', 'the Valtierra plan was "one of several similar experiments" being followed in Rome', BZ, BZk, 'told', mention='Father Bittor Zubeldia'),
    E('direct', 'The Holy See does not impose a model. Each bishop knows his own land,', BZ, BZk, 'said', mention='he', mctx='he said, adding that the dicastery'),
    E('indirect', 'the dicastery had received the synod\'s final document "with interest."', BZ, BZk, 'adding', mention='he', mctx='he said, adding that the dicastery'),
    E('indirect', 'that was "a matter for the diocese."', BZ, BZk, 'said', mention='Zubeldia', mctx='Zubeldia said that was'),
    E('indirect', 'the diocese would publish an implementation calendar before Advent', AEL, AELk, 'said', mention=AEL),
    E('indirect', 'the first four pastoral units will be created in January', AEL, AELk, 'According to', mention='her', mctx='According to her'),
    E('indirect', 'parishioners "not judge the plan by the first Sunday, but by the tenth."', FOG, FOGk, 'ended his letter with a request', False, mention='Bishop Olaetxea', mctx='Bishop Olaetxea ended'),
]
# 02 Times Higher Education-style university story, a vice-chancellor's all-staff email on course closures (curly single quotes, punctuation outside; email quoted over three paragraphs)
HS = 'Hepzibah Scrimgeour'
HSk = 'Scrimgeour|vice-chancellor|email'
UCU = 'The University and College Union branch at Wearside'
UCUk = 'Union|UCU|branch'
TA = 'Tarquin Ackroyd'
TAk = 'Ackroyd'
WSP = 'A university spokesperson'
WSPk = 'spokesperson|university'
CP = 'Clodagh Pocklington'
CPk = 'Pocklington'
CN = 'Chidubem Nettleship'
CNk = 'Nettleship'
WE = 'Wilfred Eccleshare'
WEk = 'Eccleshare'
BM = 'Benedetta Mastrangelo'
BMk = 'Mastrangelo'
DOCS['02_the_style_vice_chancellor_email_course_closures.txt'] = [
    E('indirect', 'they were told ‘by Instagram’', 'students', 'students', 'say', False, mention='students', mctx='students say they were told'),
    E('indirect', 'Wearside Metropolitan University will close 14 undergraduate courses and cut up to 190 academic and professional services posts', HS, HSk, 'told', mention='its vice-chancellor'),
    E('indirect', 'a £31 million deficit on falling international recruitment and ‘a funding model that no longer adds up’', HS, HSk, 'blaming', False, mention='its vice-chancellor'),
    E('indirect', 'the university had ‘run out of road’ after two years of voluntary severance schemes', HS, HSk, 'said', mention='Professor Hepzibah Scrimgeour'),
    E('direct', 'I want to be honest with you about where we are. Our international postgraduate intake has fallen by 44 per cent in two years, and the savings we have already made have not closed the gap.', HS, HSk, '', mention='Professor Hepzibah Scrimgeour'),
    E('direct', 'Doing nothing is not an option. If we do not act now, the decisions will be taken for us by people who do not know this university and do not care about this city.', HS, HSk, '', mention='Professor Hepzibah Scrimgeour'),
    E('direct', 'I recognise that this will be a very hard week for many colleagues, and I am sorry for that.', HS, HSk, '', mention='Professor Hepzibah Scrimgeour'),
    E('indirect', 'the affected courses – among them archaeology, music technology, modern languages and two nursing top-up degrees – would stop recruiting from September 2027', HS, HSk, 'said', mention='The email', mctx='The email, seen by'),
    E('indirect', 'Students already enrolled would be ‘taught out’ to the end of their programmes', HS, HSk, 'added', mention='it', mctx='it added.'),
    E('indirect', 'compulsory redundancies ‘cannot be ruled out’', HS, HSk, 'told', mention='Professor Scrimgeour', mctx='Professor Scrimgeour, who joined'),
    E('indirect', 'the cuts were ‘an act of managerial vandalism’ and that it would open a ballot for industrial action next week', UCU, UCUk, 'said', mention=UCU),
    E('indirect', 'members had learned about the closures ‘from a spreadsheet attached to a PDF attached to an email’', TA, TAk, 'said', mention='Dr Tarquin Ackroyd'),
    E('direct', 'Not one of the affected departments was consulted,', TA, TAk, 'said', mention='he', mctx='he said. ‘The university spent'),
    E('direct', 'The university spent £4.6 million on a new brand and a new reception last year. Staff remember that.', TA, TAk, '', mention='he', mctx='he said. ‘The university spent'),
    E('indirect', 'the branch had passed a motion of no confidence in the senior leadership team by 312 votes to 9', TA, TAk, 'added', mention='He', mctx='He added that the branch'),
    E('indirect', 'the institution had ‘followed every stage of its statutory consultation obligations’ and would ‘work closely with the trade unions to minimise compulsory redundancies’', WSP, WSPk, 'said', mention=WSP),
    E('indirect', 'the reception refurbishment had been funded from a capital grant that could not be used for salaries', WSP, WSPk, 'said', mention='The spokesperson'),
    E('indirect', 'they had heard nothing from the university before the list circulated on social media', 'Students on the affected courses', 'students', 'said', mention='Students on the affected courses'),
    E('indirect', 'she found out when a friend sent her a screenshot from Instagram', CP, CPk, 'said', mention=CP),
    E('direct', 'The email to students came out at lunchtime. By then my whole seminar group already knew,', CP, CPk, 'said', mention='she', mctx='she said.\n\n‘I picked'),
    E('direct', 'I picked this place because of the field school. Now I’m told I’ll be “taught out”, which sounds like something that happens to a disease.', CP, CPk, '', mention='she', mctx='she said.\n\n‘I picked'),
    E('indirect', 'the university to publish the business case for each closure', CN, CNk, 'urged', mention=CN),
    E('direct', 'If the numbers are as clear as the vice-chancellor says, there is nothing to hide,', CN, CNk, 'said', mention='he', mctx='nothing to hide,’ he said'),
    E('indirect', 'the department brought in more research income per head than any other in the faculty', WE, WEk, 'said', mention='He', mctx='He said the department'),
    E('direct', 'We were told in 2024 that we were safe,', WE, WEk, 'said', mention='he', mctx='we were safe,’ he said'),
    E('indirect', 'Wearside was the latest of more than 70 UK institutions to announce cuts this year', 'Sector analysts', 'analysts', 'said', mention='Sector analysts'),
    E('indirect', 'the university’s position was ‘serious but not unusual’ and that several post-92 institutions were ‘one bad recruitment cycle away from the same conversation’', BM, BMk, 'said', mention='Dr Benedetta Mastrangelo'),
    E('indirect', 'it was ‘monitoring the situation closely’ and was in regular contact with the university', 'The Office for Students', 'Office for Students|OfS', 'said', mention='The Office for Students'),
]
# 03 Wire-style migrant-boat story, IOM Geneva briefing and El Hierro survivors (straight quotes; survivors through an interpreter; nested single quote)
IOM = 'The International Organization for Migration'
IOMk = 'IOM|International Organization for Migration'
SM = 'Salvamento Marítimo'
SMk = 'Salvamento|rescue service'
NA = 'Ndapewa Amupolo'
NAk = 'Amupolo|spokesperson'
OT = 'Ousseynou Thiaw'
OTk = 'Thiaw'
KS = 'Khadidiatou Sarr'
KSk = 'Sarr'
RAC = 'Remigio Ayerdi Candamo'
RACk = 'Ayerdi'
LBU = 'Leocricia Ballesteros Ugalde'
LBUk = 'Ballesteros'
DOCS['03_wire_iom_geneva_briefing_el_hierro_boat.txt'] = [
    E('indirect', 'At least 47 people are feared to have died aboard a wooden canoe that drifted for 19 days before it was found south of the Spanish island of El Hierro', IOM, IOMk, 'said', mention='the International Organization for Migration'),
    E('indirect', 'one of its vessels had reached the boat at 3:40 a.m. on Monday, about 90 nautical miles from the island, and taken 113 people aboard, among them 21 women and nine children', SM, SMk, 'said', mention=SM, mctx='Salvamento Marítimo, said'),
    E('direct', 'What the survivors describe is a journey that went wrong almost from the first day,', NA, NAk, 'told', mention=NA),
    E('direct', 'The engine failed on the third day. After that they were simply at the mercy of the currents.', NA, NAk, '', mention=NA),
    E('indirect', 'survivors had told IOM staff that the canoe left a beach near Nouadhibou, in northern Mauritania, with about 160 people aboard, and that those who died had been put into the sea by the others', NA, NAk, 'said', mention='She', mctx='She said survivors'),
    E('indirect', 'the figure was provisional', NA, NAk, 'said', mention='Amupolo', mctx='Amupolo said the figure'),
    E('direct', 'We are still speaking to people, and some are not yet in a condition to speak,', NA, NAk, 'said', mention='she', mctx='speak," she said'),
    E('indirect', "The agency's Missing Migrants Project has recorded at least 1,090 deaths on the Atlantic route to the Canary Islands so far this year", 'The Missing Migrants Project', 'Missing Migrants Project|figures|IOM', 'according to', mention='its', mctx='according to its latest'),
    E('indirect', 'he had spent six days bailing water with a cut-down plastic jerrycan', OT, OTk, 'said', mention=OT),
    E('direct', "On the ninth day a man next to me said, 'Tell my mother I tried,' and in the morning he was gone,", OT, OTk, 'told', mention='Thiaw', mctx='Thiaw told reporters'),
    E('direct', "I do not know his name. I only know his mother's name.", OT, OTk, '', mention='Thiaw', mctx='Thiaw told reporters'),
    E('indirect', 'the women had been seated in the middle of the boat, where the fuel drums were kept', KS, KSk, 'said', mention=KS),
    E('indirect', 'several women had burns on their legs from fuel mixed with seawater, a common injury on the route', KS, KSk, 'said', mention='She', mctx='She said several'),
    E('indirect', 'three people had been flown by helicopter to a hospital in Tenerife and that the rest had been taken to La Restinga, where Red Cross volunteers gave them water, dry clothes and first aid', SM, SMk, 'said', mention='The rescue service'),
    E('indirect', 'the survivors were "the most exhausted group I have ever seen arrive here."', RAC, RACk, 'said', mention=RAC),
    E('direct', 'Usually they climb up the steps themselves. This time we carried almost all of them,', RAC, RACk, 'said', mention='he', mctx='them," he said'),
    E('indirect', 'it would ask the European Commission for additional funding for reception centres in the Canary Islands, where arrivals are up 31% on last year', 'Madrid', 'Madrid', 'said', mention='Madrid', mctx='Madrid said it would'),
    E('indirect', 'it would be "in the region of 50 million euros."', 'A senior Interior Ministry official', 'official|Interior Ministry', 'said', mention='A senior Interior Ministry official'),
    E('indirect', 'the central government to distribute unaccompanied minors among mainland regions "without further delay."', 'The Canary Islands government', 'Canary Islands government|government', 'called on', mention='The Canary Islands government'),
    E('indirect', "the islands' centres for children were at three times their capacity", LBU, LBUk, 'said', mention=LBU),
    E('indirect', 'coastal states along the route to coordinate search operations and to "treat every overcrowded canoe as a boat in distress, not as a border problem."', 'UNHCR', 'UNHCR|refugee agency', 'urged', mention='UNHCR', mctx='UNHCR, the U.N.'),
    E('indirect', 'the case showed the cost of recent agreements with Mauritania and Senegal to step up coastal patrols', 'Human rights groups', 'groups', 'said', mention='Human rights groups'),
    E('indirect', 'boats were now leaving from more remote beaches and taking longer routes', 'Human rights groups', 'groups', 'arguing', mention='Human rights groups'),
]
# 04 The Art Newspaper-style restitution story, a Basel museum returns Andean textiles (curly quotes, punctuation inside; one Spanish quote in guillemets with an unquoted English rendering; a 1931 letter)
MUS = 'The Rheinhalde Museum of World Cultures'
MUSk = 'Rheinhalde|museum'
MIN = 'Bolivia’s Ministry of Cultures, Decolonisation and Depatriarchalisation'
MINk = 'Ministry'
GTZ = 'Grietje Tjalsma-Zwiers'
GTZk = 'Tjalsma-Zwiers|director'
JHB = 'Jelte Hoekstra-Bühler'
JHBk = 'Hoekstra-Bühler|letter'
IAT = 'Inti Apaza Ticona'
IATk = 'Apaza'
WCM = 'Wayra Choque Mamani'
WCMk = 'Choque|deputy minister'
RWD = 'Roelof Wiebe-Dijkgraaf'
RWDk = 'Wiebe-Dijkgraaf'
DOCS['04_art_newspaper_style_basel_museum_chullpa_textiles.txt'] = [
    E('indirect', 'the weavings were “acquired in circumstances we cannot defend today”', MUS, MUSk, 'says', False, mention=MUS, mctx='The Rheinhalde Museum of World Cultures says'),
    E('indirect', 'a delegation would travel to Switzerland in June to “receive the ancestors’ garments with the honour they were denied.”', MIN, MINk, 'said', mention=MIN),
    E('direct', 'These are not artefacts that happen to be in our storerooms. They were made to be worn by the dead, and they were taken from the dead,', GTZ, GTZk, 'told', mention=GTZ),
    E('direct', 'We have known that for a long time. We have just not acted on it.', GTZ, GTZk, '', mention=GTZ),
    E('indirect', 'provenance research begun in 2023 had traced all 23 pieces to the collection of Jelte Hoekstra-Bühler, an engineer who worked for a tin company in Oruro between 1926 and 1933', GTZ, GTZk, 'said', mention='Tjalsma-Zwiers', mctx='Tjalsma-Zwiers, who came'),
    E('indirect', 'removing the weavings from the towers, known as chullpas, at night', JHB, JHBk, 'described', False, mention='he', mctx='In it he described'),
    E('direct', 'The Indians would not have allowed it had they seen us,', JHB, JHBk, 'wrote', mention='he', mctx='he wrote. “I took'),
    E('direct', 'I took only the best-preserved pieces and left the bones as we found them.', JHB, JHBk, '', mention='he', mctx='he wrote. “I took'),
    E('indirect', 'the textiles were “acquired in circumstances we cannot defend today.”', MUS, MUSk, 'acknowledges', mention='it', mctx='in which it acknowledges'),
    E('indirect', '“our grandparents’ clothes” to be sent home', 'the elders of the ayllu of Sullkatiti', 'elders|ayllu', 'asking for', False, mention='elders', mctx='whose elders wrote'),
    E('indirect', 'the community had learned of the textiles from a Bolivian student who saw photographs of them in a museum catalogue', IAT, IATk, 'said', mention=IAT),
    E('direct', 'Nuestros abuelos no están completos sin su ropa', IAT, IATk, 'said', mention='he', mctx='he said by telephone'),
    E('indirect', 'Our grandparents are not complete without their clothes', IAT, IATk, '', False, mention='he', mctx='he said by telephone'),
    E('direct', 'When they come back, we will not put them in a glass box,', IAT, IATk, 'added', mention='he', mctx='he added. “We will do'),
    E('direct', 'We will do what should be done, and the community will decide what that is.', IAT, IATk, '', mention='he', mctx='he added. “We will do'),
    E('indirect', 'the government would cover the costs of transport and insurance, and that it expected the return to be “a model, not an exception.”', WCM, WCMk, 'said', mention=WCM),
    E('indirect', 'Bolivia had identified more than 400 objects from the Carangas region in European collections', WCM, WCMk, 'said', mention='She', mctx='She said Bolivia'),
    E('indirect', 'Switzerland’s museums were “moving, at different speeds, in the same direction.”', 'A spokesperson for the Swiss Federal Office of Culture', 'spokesperson|Office', 'said', mention='A spokesperson for the office'),
    E('indirect', 'the museum still holds some 140 other Andean objects from the same donor', RWD, RWDk, 'noted', mention=RWD),
    E('direct', 'Twenty-three is a start,', RWD, RWDk, 'said', mention='he', mctx='he said. “But the letter'),
    E('direct', 'But the letter makes it very clear that this was how he collected. I would be surprised if these were the only pieces taken that way.', RWD, RWDk, '', mention='he', mctx='he said. “But the letter'),
    E('indirect', 'research on the rest of the collection was continuing', GTZ, GTZk, 'acknowledged', mention='Tjalsma-Zwiers', mctx='Tjalsma-Zwiers acknowledged'),
    E('indirect', 'the museum would contact Bolivian authorities “as soon as we know more, not when it is convenient.”', GTZ, GTZk, 'said', mention='Tjalsma-Zwiers', mctx='Tjalsma-Zwiers acknowledged'),
]
# 05 Music-site festival cancellation, the promoter's Instagram statement printed as bare paragraphs, fans' posts, the shire council (straight quotes)
RT = 'Rafferty Tattersall'
RTk = 'Tattersall|Brightwater|statement'
VK = 'The Velvet Kestrels'
VKk = 'Velvet Kestrels|Kestrels|band'
MSC = 'Mansfield Shire Council'
MSCk = 'Council|Mansfield'
PK = 'Petronella Kenworthy'
PKk = 'Kenworthy|Mayor'
LG = 'Linus Gledhill'
LGk = 'Gledhill'
AG = 'A Melbourne booking agent'
AGk = 'agent'
DOCS['05_music_site_style_festival_cancelled_instagram.txt'] = [
    E('indirect', 'refunds link is broken', 'Fans', 'fans', 'say', False, mention='Fans', mctx='Fans say refunds'),
    E('indirect', 'it was not told', MSC, MSCk, 'says', False, mention='Mansfield Shire', mctx='Mansfield Shire says'),
    E('block', 'It is with a heavy heart that we have to tell you Riverbend Sounds 2026 will not go ahead this weekend. Ticket sales for this year fell well below what we needed to deliver the event safely, and over the past fortnight our costs for staging, security and insurance have risen in ways we could not absorb.', RT, RTk, 'read', mention=RT),
    E('block', 'We have tried everything. We are gutted, and we know many of you are too.', RT, RTk, '', mention=RT),
    E('block', 'All ticket holders will be refunded in full through their original point of purchase within 30 days.', RT, RTk, '', mention=RT),
    E('indirect', 'she had booked a campsite, a rental car and two days off work "for a festival that apparently knew it was in trouble a month ago."', 'One fan', 'fan', 'wrote', mention='One fan'),
    E('direct', 'Refunded in full, apparently.', 'Another fan', 'fan|Another', 'posted', mention='Another', mctx='Another posted'),
    E('indirect', 'the refund portal had been "overwhelmed by the volume of requests" and was working again by 8am', RT, RTk, 'told', mention='Tattersall', mctx='Tattersall told Tone Deaf'),
    E('direct', "I understand why people are angry. I'd be angry,", RT, RTk, 'said', mention='he', mctx='he said. "But the alternative'),
    E('direct', "But the alternative was to go ahead with a site we couldn't staff properly, and I wasn't prepared to take that risk with people's safety.", RT, RTk, '', mention='he', mctx='he said. "But the alternative'),
    E('indirect', 'it had been "watching the numbers with concern since October,"', RT, RTk, 'said', mention='Tattersall', mctx='Tattersall said it had been'),
    E('indirect', "the final decision was made on Wednesday afternoon after a meeting with the company's insurer", RT, RTk, 'insisted', mention='Tattersall', mctx='Tattersall said it had been'),
    E('indirect', 'they were "devastated" and had been "packing the van when we found out, same as you."', VK, VKk, 'posted', mention=VK),
    E('indirect', 'they would play a free show in Mansfield on Saturday afternoon "if the council will have us."', VK, VKk, 'added', mention='The band'),
    E('indirect', 'it had not been told of the cancellation before it was announced', MSC, MSCk, 'said', mention=MSC),
    E('indirect', 'it had issued a permit for the event in August and had "received no indication from the organiser that the event was at risk."', MSC, MSCk, 'said', mention='the council', mctx='the council said it had issued'),
    E('indirect', 'local businesses would bear the cost', PK, PKk, 'said', mention=PK),
    E('direct', 'Our motels are booked out, our cafes have ordered stock, the footy club was doing the car park as a fundraiser,', PK, PKk, 'said', mention='she', mctx='she said. "Those people'),
    E('direct', "Those people don't get a refund.", PK, PKk, '', mention='she', mctx='she said. "Those people'),
    E('indirect', 'the council would "look favourably" on the band\'s request and would confirm arrangements by Friday', PK, PKk, 'said', mention='She', mctx='She said the council'),
    E('indirect', 'buyers who had paid for travel and accommodation were unlikely to be covered by the refund', LG, LGk, 'said', mention=LG),
    E('direct', 'A ticket refund is the legal minimum,', LG, LGk, 'said', mention='he', mctx='he said. "It is not'),
    E('direct', 'It is not compensation, and people should not be told it is.', LG, LGk, '', mention='he', mctx='he said. "It is not'),
    E('indirect', 'anyone who paid by credit card to contact their bank about a chargeback if the refund had not arrived within the promised 30 days', LG, LGk, 'urged', mention='He', mctx='He urged'),
    E('indirect', 'Riverbend was the fourth Australian festival to be cancelled or postponed this year', 'Industry figures', 'figures', 'said', mention='Industry figures'),
    E('indirect', 'most artists had been told they would receive only their deposits', AG, AGk, 'said', mention=AG),
    E('direct', "They'll get 50 per cent and a sorry,", AG, AGk, 'said', mention='the agent', mctx='the agent said'),
]
# 06 Buenos Aires Times-style pension protest, retirees' Wednesday protest after a veto is upheld (straight quotes, punctuation inside; Spanish sign with gloss)
EB = 'Eleuterio Basualdo'
EBk = 'Basualdo'
NC = 'Nélida Carrizo'
NCk = 'Carrizo'
RI = 'Ramiro Iturraspe'
RIk = 'Iturraspe|spokesman'
ZA = 'Zulema Arancibia'
ZAk = 'Arancibia'
CE = 'Cayetano Espeche'
CEk = 'Espeche'
EV = 'Eusebia Villafañe'
EVk = 'Villafañe|Ombudsman'
FT = 'Fermín Tolosa'
FTk = 'Tolosa|Security Minister'
DOCS['06_buenos_aires_times_style_retirees_wednesday_protest.txt'] = [
    E('indirect', 'the "fiscal anchor" is not negotiable', 'The government', 'government', 'insists', False, mention='Government', mctx='Government insists'),
    E('indirect', '11 people had been arrested for "attacking public officials and damaging public property," and that eight officers had been injured', 'The Security Ministry', 'Security Ministry|Ministry', 'said', mention='The Security Ministry'),
    E('indirect', 'Hospitals in the capital treated at least 14 protesters', "the city's emergency medical service, SAME", 'SAME|emergency medical service', 'according to', mention="the city's emergency medical service"),
    E('direct', "I worked 38 years on the railways. I'm not asking for a gift, I'm asking for what I paid in,", EB, EBk, 'said', mention=EB),
    E('direct', 'Jubilados no son el ajuste', None, None, 'reading', False),
    E('direct', 'My pension runs out on the 12th of the month. After that I depend on my daughter.', EB, EBk, '', mention=EB),
    E('indirect', 'she had come "to be counted, not to fight."', NC, NCk, 'said', mention=NC),
    E('indirect', 'she had been hit in the leg by a rubber bullet while trying to leave through Rivadavia Avenue', NC, NCk, 'said', mention='She', mctx='She said she had been hit'),
    E('direct', "They didn't ask who we were,", NC, NCk, 'said', mention='she', mctx='were," she said'),
    E('indirect', 'the government would "not let Congress blow up the fiscal surplus through the back door."', RI, RIk, 'told', mention='Ramiro Iturraspe'),
    E('direct', 'We inherited a country with 200 percent inflation. Today it is under 30. That was achieved with the fiscal anchor, and the fiscal anchor is not negotiable,', RI, RIk, 'said', mention='Iturraspe', mctx='Iturraspe said. He added'),
    E('indirect', 'pensions had risen "above inflation" for the past eight months', RI, RIk, 'added', mention='He', mctx='He added that pensions'),
    E('indirect', 'the bill would have cost the Treasury the equivalent of 0.4 percent of GDP in a full year', 'Economy Ministry sources', 'sources', 'said', mention='Economy Ministry sources'),
    E('partial', 'trading the votes of retirees for public works.', ZA, ZAk, 'accused', mention='Zulema Arancibia'),
    E('indirect', 'the opposition would present a new bill next week that would exempt the lowest-paid pensioners from the freeze', ZA, ZAk, 'said', mention='She', mctx='She said the opposition'),
    E('indirect', 'it "repudiates the repression of our elderly" and that its leadership would meet on Friday to discuss a general strike', 'The CGT', 'CGT', 'said', mention='The CGT', mctx='The CGT said in a statement'),
    E('indirect', 'the confederation had "run out of patience"', CE, CEk, 'said', mention=CE),
    E('indirect', 'it had asked the Security Ministry for footage of the operation and would file a report with prosecutors', "The national ombudsman's office", 'ombudsman|office', 'said', mention="The national ombudsman's office"),
    E('direct', 'What I saw today was not crowd control. It was punishment.', EV, EVk, 'told', mention=EV),
    E('indirect', 'officers had acted "within the protocol" and that "violent groups infiltrated a peaceful demonstration."', FT, FTk, 'said', mention=FT),
    E('indirect', 'they would return', 'Several retirees', 'retirees', 'said', mention='Several retirees'),
    E('direct', "We'll be here,", EB, EBk, 'said', mention='Basualdo', mctx='Basualdo said as the crowd'),
    E('direct', 'They can count on it, every Wednesday.', EB, EBk, '', mention='Basualdo', mctx='Basualdo said as the crowd'),
]
# 07 Daily Mirror (Sri Lanka)-style exam row, O/L maths paper, minister, examinations commissioner, teachers' unions, a parent (straight quotes, punctuation outside at times; nested single quote)
PW = 'Priyanthi Wickramaratchi'
PWk = 'Wickramaratchi|Minister'
LI = 'Lasantha Illangasinghe'
LIk = 'Illangasinghe|Commissioner|notice'
CTU = "The Ceylon Teachers' Union (CTU)"
CTUk = "CTU|Ceylon Teachers' Union"
GR = 'Gamini Rupasinghe'
GRk = 'Rupasinghe'
TS = 'Thevaki Sivapalan'
TSk = 'Sivapalan'
KJ = 'Kumudini Jayamanne'
KJk = 'Jayamanne'
HW = 'Hasitha Weerasooriya'
HWk = 'Weerasooriya'
DOCS['07_daily_mirror_lk_style_olevel_maths_paper_row.txt'] = [
    E('indirect', 'several questions were drawn from a section of the syllabus that had been removed in 2024', 'thousands of candidates', 'candidates', 'complained', mention='thousands of candidates'),
    E('indirect', 'the Department of Examinations would report to her within two weeks', PW, PWk, 'said', mention='the Minister', mctx='the Minister said the Department'),
    E('direct', 'If a mistake has been made, it will be admitted and it will be corrected. No child will be penalised for an error that was not theirs,', PW, PWk, 'told', mention='she', mctx='she told the House'),
    E('indirect', 'she would not "pre-judge" the outcome and that talk of cancelling the paper was "premature"', PW, PWk, 'said', mention='She', mctx='She said, however'),
    E('indirect', 'the paper had been "prepared and moderated according to established procedures"', LI, LIk, 'said', mention=LI),
    E('indirect', 'the department had received 1,240 written complaints and that a panel of senior examiners would review "each question in dispute"', LI, LIk, 'said', mention='The notice', mctx='The notice said the department'),
    E('indirect', 'two of the 12 structured questions "may have gone beyond" the revised syllabus', LI, LIk, 'said', mention='Illangasinghe', mctx='Illangasinghe said two'),
    E('indirect', 'a decision on whether to adjust the marking scheme would be taken by the panel and not by him', LI, LIk, 'said', mention='He', mctx='He said a decision'),
    E('indirect', 'the inquiry as inadequate', "Teachers' unions", 'unions', 'rejected', False, mention="Teachers' unions"),
    E('indirect', 'the Ministry to hold a fresh paper for all 412,000 candidates', CTU, CTUk, 'called on', mention=CTU),
    E('indirect', 'the disputed questions be removed from the marking', "the All-Island Graduate Teachers' Federation", 'Federation', 'demanded', mention="the All-Island Graduate Teachers' Federation"),
    E('indirect', 'the problem went beyond one paper', GR, GRk, 'said', mention=GR),
    E('direct', "We warned the Ministry two years ago. We said, 'If you cut the syllabus and do not retrain the paper-setters, this will happen.' Nobody listened,", GR, GRk, 'said', mention='Rupasinghe', mctx='Rupasinghe said.\n'),
    E('direct', 'Now sixteen-year-olds are paying for it,', GR, GRk, 'said', mention='he', mctx='he said. "Some of them'),
    E('direct', 'Some of them came out of the hall crying.', GR, GRk, '', mention='he', mctx='he said. "Some of them'),
    E('indirect', 'the union would not accept a solution that "punishes the children who did manage to answer"', TS, TSk, 'said', mention=TS),
    E('indirect', 'a re-sit would disadvantage students in the North and East, where many schools had already closed for the term', TS, TSk, 'According to', mention='Sivapalan', mctx='According to Sivapalan'),
    E('indirect', 'he had answered only half of one question before giving up', KJ, KJk, 'said', mention=KJ),
    E('direct', 'He practised every past paper for three years. Not one of them had a question like that,', KJ, KJk, 'said', mention='she', mctx='she said. "He came home'),
    E('direct', 'He came home and asked me if he was stupid.', KJ, KJk, '', mention='she', mctx='she said. "He came home'),
    E('indirect', 'the episode showed "the chaos of reforms done in a hurry"', HW, HWk, 'told', mention=HW),
    E('indirect', "the Minister to release the names of the paper-setters' panel", HW, HWk, 'urged', mention=HW),
    E('indirect', 'the names were confidential under the Examinations Act', PW, PWk, 'replied', mention='The Minister', mctx='The Minister replied'),
    E('indirect', 'the row reflected wider strain on the system after two years of curriculum changes', 'Education analysts', 'analysts', 'said', mention='Education analysts'),
    E('indirect', 'the revised syllabus had been sent to schools in March 2024 but that the updated guidance for examiners "was delayed by almost a year"', 'A senior official at the National Institute of Education', 'official', 'said', mention='A senior official at the National Institute of Education'),
    E('indirect', 'results for the O/L examination would be released as planned in the first week of March', 'the Department of Examinations', 'Department of Examinations|department', 'said', mention='the Department of Examinations', mctx='the Department of Examinations said results'),
    E('indirect', "Students who wish to submit complaints may do so through the department's website until Friday", LI, LIk, 'said', mention='the notice', mctx='the notice said.'),
]
# 08 Books-pages prize story, a Windhoek fiction prize: jury citation, the winner's speech over three paragraphs with no cue, a backstage Q&A with unlabelled answers (straight quotes, nested single)
TN = 'Tuyakula Nangolo'
TNk = 'Nangolo'
JU = 'the judges'
JUk = 'judges|panel|citation|Kaulinge-Ndeitunga'
IKN = 'Ikechukwu Kaulinge-Ndeitunga'
IKNk = 'Kaulinge-Ndeitunga'
KH = 'Kandjii Hamutenya'
KHk = 'Hamutenya|Minister'
DOCS['08_books_pages_style_windhoek_fiction_prize_speech.txt'] = [
    E('partial', 'who could not read, and who taught me everything about stories', TN, TNk, 'thanked', False, mention='she', mctx='she thanked her grandmother'),
    E('partial', 'a quiet earthquake.', JU, JUk, 'called', mention='the judges', mctx='the judges called'),
    E('direct', 'In a year of loud books, this is a novel that lowers its voice and makes us lean in,', JU, JUk, 'said', mention='the citation', mctx='the citation said'),
    E('direct', 'Nangolo writes about flood and loss without once raising the water for effect. Every sentence has been weighed.', JU, JUk, '', mention='the citation', mctx='the citation said'),
    E('indirect', 'the decision had been unanimous, "which, as anyone who has sat on a jury will tell you, almost never happens."', IKN, IKNk, 'told', mention='Kaulinge-Ndeitunga', mctx='Kaulinge-Ndeitunga told reporters'),
    E('partial', 'taking a chance on a woman nobody had heard of,', TN, TNk, 'thanking', False, mention='She', mctx='She began by thanking'),
    E('direct', "My grandmother could not read. She used to say, 'A story is not yours until you have given it away.' I did not understand what she meant until I finished this book.", TN, TNk, '', mention='She', mctx='She began by thanking'),
    E('direct', 'She told me stories every night for eleven years, and she never told the same one the same way twice. Everything I know about a sentence I learned from the way she paused.', TN, TNk, '', mention='She', mctx='She began by thanking'),
    E('direct', 'This prize is hers. I am only the one who wrote it down.', TN, TNk, '', mention='She', mctx='She began by thanking'),
    E('indirect', 'she had "cried through the whole speech and most of the dinner."', "Nangolo's mother", 'mother', 'said', mention="Nangolo's mother"),
    E('indirect', 'the win was "a proud day for Namibian letters"', KH, KHk, 'said', mention=KH),
    E('indirect', 'schools to add the novel to their reading lists', KH, KHk, 'urged', mention=KH),
    E('indirect', 'the prize had again gone to a novel written in English', 'some readers', 'readers', 'complained', mention='some readers'),
    E('indirect', "the award was open to translated fiction and that two of this year's longlisted books were translations", 'The Okavango Foundation', 'Foundation', 'said', mention='The Okavango Foundation'),
    E('block', 'Because I grew up with them. Every few years the water comes down from Angola and the whole north changes shape. I wanted to write about a place that is sometimes there and sometimes not.', TN, TNk, '', mention='Nangolo', mctx='Nangolo spoke to us'),
    E('block', 'It is invented. But people in the north will recognise it. There have been plans like it, and there will be plans like it again.', TN, TNk, '', mention='Nangolo', mctx='Nangolo spoke to us'),
    E('block', "Pay off my mother's house first. Then write the second book, which I have started and which is, I am afraid, also about water.", TN, TNk, '', mention='Nangolo', mctx='Nangolo spoke to us'),
    E('indirect', 'she would give part of the prize money to a reading programme in Omusati region', TN, TNk, 'said', mention='Nangolo', mctx='Nangolo said she would give'),
]
# 09 Pacific community-radio story (Vanuatu), a village agrees to relocate uphill: paramount chief, ministry notice, women's group, pastor (straight quotes; Bislama quote with English gloss after "meaning")
KT = 'Kalmet Tarimasu'
KTk = 'Tarimasu|Chief'
MCC = 'The Ministry of Climate Change Adaptation'
MCCk = 'Ministry|notice'
TT = 'Thyna Tevi'
TTk = 'Tevi'
EWN = 'Esline Worwor-Nalau'
EWNk = 'Worwor-Nalau|director'
RK = 'Ruvina Kalotiti'
RKk = 'Kalotiti'
SB = 'Seremaia Bulekone'
SBk = 'Bulekone|Pastor'
DOCS['09_community_radio_vanuatu_malekula_village_relocation.txt'] = [
    E('indirect', 'the community had "no choice left" and that the move would start after the yam harvest in June', KT, KTk, 'told', mention='He', mctx='He told NCR that'),
    E('direct', 'Our grandfathers planted coconuts on that beach. Now the coconuts are standing in the sea,', KT, KTk, 'said', mention='Chief Tarimasu', mctx='Chief Tarimasu said. "We cannot'),
    E('direct', 'We cannot wait for the next cyclone to decide for us.', KT, KTk, '', mention='Chief Tarimasu', mctx='Chief Tarimasu said. "We cannot'),
    E('indirect', '46 households, about 270 people, would move to land about one kilometre inland on the slope behind the school', KT, KTk, 'said', mention='He', mctx='He said 46'),
    E('indirect', 'it had completed a survey of the new site and that it was "suitable for permanent settlement, subject to drainage works."', MCC, MCCk, 'said', mention=MCC),
    E('indirect', 'the ministry would provide roofing iron and water tanks for the first 20 houses', MCC, MCCk, 'said', mention='The notice', mctx='The notice said the ministry'),
    E('indirect', 'they will not move anyone until the land question is settled', 'the chiefs', 'chiefs', 'say', mention='the chiefs', mctx='the chiefs say they'),
    E('direct', 'Mifala no save muv long graon we i no gat pepa,', KT, KTk, 'said', mention='Chief Tarimasu', mctx='Chief Tarimasu said, meaning'),
    E('direct', 'we cannot move onto land that has no paper.', KT, KTk, 'meaning', False, mention='Chief Tarimasu', mctx='Chief Tarimasu said, meaning'),
    E('indirect', 'women had pushed for the move for years', TT, TTk, 'said', mention=TT),
    E('direct', 'Every time the water comes, it is the women who carry the children and the food and the old people up the hill at night,', TT, TTk, 'said', mention='she', mctx='she said. "Now we want'),
    E('direct', 'Now we want to carry them up once, and stay there.', TT, TTk, '', mention='she', mctx='she said. "Now we want'),
    E('indirect', 'the women\'s group had asked the ministry to build the new kindergarten and the water tanks before the houses, "so the children come first."', TT, TTk, 'said', mention='She', mctx="She said the women's group"),
    E('indirect', "she understood the chiefs' concern about the land", EWN, EWNk, 'said', mention=EWN),
    E('indirect', 'the government "strongly encouraged" a written lease and that the Department of Lands would send an officer to help the two family lines draw one up', EWN, EWNk, 'told', mention='She', mctx='She told NCR by phone'),
    E('direct', 'We have seen relocations fail because of land disputes ten years later,', EWN, EWNk, 'said', mention='she', mctx='she said. "We don\'t want'),
    E('direct', "We don't want that for Nakanas.", EWN, EWNk, '', mention='she', mctx='she said. "We don\'t want'),
    E('indirect', 'the province would ask for Nakanas to be included in the national relocation fund', RK, RKk, 'said', mention=RK),
    E('indirect', 'they want to stay close to the sea, where they fish and where their families are buried', 'Some older residents', 'residents', 'say', mention='Some older residents'),
    E('indirect', 'the church building, which stands on the beach, would stay where it is "for as long as God and the sea allow."', SB, SBk, 'said', mention='Pastor Seremaia Bulekone'),
    E('direct', 'People will walk down on Sunday. We will not abandon our dead,', SB, SBk, 'said', mention='he', mctx='our dead," he said'),
    E('indirect', 'the church would hold a service of blessing at the new site before the first house is built', SB, SBk, 'added', mention='He', mctx='He added that the church'),
    E('indirect', 'it would train volunteers in the village in first aid and early warning before the cyclone season', 'The Vanuatu Red Cross', 'Red Cross', 'said', mention='The Vanuatu Red Cross'),
    E('indirect', 'the family line that owns the slope had been invited to a meeting next week to sign the agreement', KT, KTk, 'said', mention='Chief Tarimasu', mctx='Chief Tarimasu said the family'),
]
# 10 ANSA-style English housing story, a Milan charity's homelessness report vs its lead author, city council, a shelter resident (straight quotes, punctuation inside)
REP = 'The Fondazione Casa Aperta report'
REPk = 'report|Casa Aperta'
CT = 'Caterina Tagliaferri'
CTk = 'Tagliaferri|author'
BC = 'Bartolomeo Capecelatro'
BCk = 'Capecelatro|president'
VQ = 'Vitaliano Quarantotto'
VQk = 'Quarantotto'
GR2 = 'Gianmarco Righetti'
GR2k = 'Righetti'
FZ = 'Filippo Zanardelli'
FZk = 'Zanardelli'
CIM = "The Comitato Inquilini Milano Sud tenants' group"
CIMk = 'Comitato|tenants'
RD = 'Raffaele Delvecchio'
RDk = 'Delvecchio'
DOCS['10_ansa_style_milan_homelessness_charity_report.txt'] = [
    E('indirect', 'Working people now one in five of those sleeping rough', 'Fondazione Casa Aperta', 'Casa Aperta|charity', '-', False, mention='Casa Aperta', mctx='rough - Casa Aperta'),
    E('indirect', 'The number of people sleeping rough or in emergency shelters in Milan has risen by 38% since 2023, to an estimated 4,120', REP, REPk, 'according to', mention='a report', mctx='according to a report published'),
    E('indirect', 'almost one in five of those counted had a job, most of them on short-term or seasonal contracts in catering, logistics and cleaning', REP, REPk, 'found', False, mention='The report', mctx='The report found'),
    E('indirect', 'the "main driver" of the rise was the cost of renting a room in the city, which has almost doubled in a decade', REP, REPk, 'said', mention='It', mctx='It said the "main driver"'),
    E('direct', 'We are no longer talking only about people who have lost everything,', CT, CTk, 'told', mention=CT),
    E('direct', 'We are talking about a cook who finishes a shift at midnight and sleeps in his car because a bed in a shared flat costs 700 euros.', CT, CTk, '', mention=CT),
    E('indirect', 'the figure was "certainly an underestimate" because many people avoided the volunteers or slept in places they could not reach, such as abandoned rail yards', CT, CTk, 'said', mention='Tagliaferri', mctx='Tagliaferri, who coordinated'),
    E('indirect', '61% of those counted were foreign nationals and 14% were women, a share that has almost doubled since 2020', REP, REPk, 'According to', mention='the report', mctx='According to the report'),
    E('indirect', 'the city convert at least 1,000 empty public housing units, many of them awaiting repairs, into low-rent accommodation within two years', REP, REPk, 'recommends', mention='The report', mctx='The report recommends'),
    E('indirect', 'the national government to restore a rent-support fund that was scrapped in the 2024 budget', REP, REPk, 'calls on', mention='It', mctx='It also calls on'),
    E('indirect', 'the findings should "shame a city that likes to call itself the economic capital of Italy."', BC, BCk, 'said', mention='Bartolomeo Capecelatro'),
    E('indirect', 'Milan to treat housing "as infrastructure, like the metro."', BC, BCk, 'urged', mention='He', mctx='He urged Milan'),
    E('indirect', 'he earns 1,150 euros a month', VQ, VQk, 'said', mention=VQ),
    E('direct', 'The cheapest room I found was 650, plus a deposit of three months. I could not do it,', VQ, VQk, 'said', mention='he', mctx='I could not do it," he said'),
    E('direct', 'People see a man with a suitcase and think he is a tourist,', VQ, VQk, 'said', mention='he', mctx='tourist," he said'),
    E('direct', 'Sometimes he is. Sometimes he is me.', VQ, VQk, '', mention='he', mctx='tourist," he said'),
    E('indirect', 'the city had added 400 shelter beds since 2023 and was "fully aware" that this was not enough', GR2, GR2k, 'said', mention=GR2),
    E('indirect', '300 of the empty public units would be renovated by the end of 2027', GR2, GR2k, 'said', mention='He', mctx='He said 300'),
    E('indirect', 'the city "cannot solve alone a problem created by the rental market and by Rome."', GR2, GR2k, 'insisted', mention='He', mctx='He said 300'),
    E('direct', 'The state has to do its part,', GR2, GR2k, 'told', mention='Righetti', mctx='Righetti told reporters'),
    E('direct', "Cities are the ones who see the consequences, but we don't have the tools.", GR2, GR2k, '', mention='Righetti', mctx='Righetti told reporters'),
    E('indirect', 'the city administration had "spent ten years promising" renovations', FZ, FZk, 'said', mention=FZ),
    E('indirect', 'it of hiding behind the national government', FZ, FZk, 'accused', False, mention=FZ),
    E('indirect', 'the centre-right would table a motion calling for a special housing commissioner', FZ, FZk, 'said', mention='He', mctx='He said the centre-right'),
    E('indirect', 'the report confirmed what it had been "saying in every neighbourhood for years"', CIM, CIMk, 'said', mention=CIM),
    E('indirect', 'the council to stop evictions from public housing over the winter', CIM, CIMk, 'called on', mention=CIM),
    E('indirect', 'the situation is not unique to Milan', 'Housing experts', 'experts', 'say', mention='Housing experts'),
    E('indirect', 'similar trends were visible in Bologna, Florence and Rome', RD, RDk, 'said', mention=RD),
    E('direct', 'Milan is simply the first place where it is impossible to ignore,', RD, RDk, 'said', mention='he', mctx='ignore," he said'),
]
# @@DOCS@@
# --- END DOCS ---
def main():
    out = {'about': 'heldout21: social affairs, religion, education, migration and culture news articles written and annotated blind (helper session B21), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout20: start/end are UTF-8 byte '
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
