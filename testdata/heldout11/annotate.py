#!/usr/bin/env python3
"""Builds reference.json for heldout11 (a blind set) from hand annotations.

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

# --- DOCS ---

# 01 Dawn (Pakistan), Karachi water tanker rates
KW = 'the Karachi Water and Sewerage Corporation (KWSC)'
NB1 = 'Shagufta Bano'
SL = 'Sajjad Hussain Laghari'
NJ = 'Nasir Abbas Jafri'
MS = 'Muneeb ur Rehman Siddiqui'
NK = 'Nusrat Parveen Khokhar'
DOCS['01_dawn_karachi_water_tankers.txt'] = [
    E('indirect', 'private water tanker operators had doubled their rates within a week', "Residents of several localities in the city's east and west districts", 'Residents|residents', 'complained', mention="Residents of several localities in the city's east and west districts"),
    E('indirect', 'the metropolis was facing its worst water shortfall in a decade', KW, 'KWSC|Karachi Water', 'admitted', mention=KW),
    E('indirect', 'a 1,000-gallon tanker that cost Rs3,500 a fortnight ago was now being sold for Rs7,000', NB1, 'Bano|Shagufta', 'said', mention='Shagufta Bano'),
    E('direct', 'We have not received a single drop from the line for 19 days. Where will a poor family find Rs7,000 every week?', NB1, 'Bano|Shagufta', 'asked', mention='she', mctx='week?" she asked'),
    E('indirect', 'the city was receiving around 450 million gallons daily (MGD) against a requirement of over 1,200MGD', SL, 'Laghari', 'told', mention='KWSC chief executive officer Engr Sajjad Hussain Laghari'),
    E('indirect', 'the shortfall was caused by a breakdown at the Dhabeji pumping station and what he called "criminal" power outages by K-Electric', SL, 'Laghari', 'said', mention='He', mctx='He said the shortfall'),
    E('direct', 'Three of our pumps tripped on Saturday night alone. Every time the power goes, it takes us six to eight hours to restore the flow,', SL, 'Laghari', 'said', mention='Mr Laghari'),
    E('indirect', 'repairs at Dhabeji would be completed "by Thursday, Insha\'Allah."', SL, 'Laghari', 'adding', mention='Mr Laghari'),
    E('indirect', 'the power utility had supplied "uninterrupted electricity" to all KWSC installations except during "a 40-minute fault on the 132kV Dhabeji grid on Saturday"', 'A K-Electric spokesperson', 'spokesperson|K-Electric', 'saying', mention='A K-Electric spokesperson'),
    E('indirect', 'the corporation\'s own fleet of 60 tankers could meet "barely a tenth" of the demand in the worst-affected areas', 'An official of the KWSC', 'official', 'told', mention='An official of the KWSC'),
    E('direct', 'We are asking people to be patient for one more week,', 'An official of the KWSC', 'official', 'said', mention='the official', mctx='week," the official said'),
    E('indirect', 'the provincial cabinet had approved the sealing of 23 illegal hydrants, most of them in the Manghopir and Sohrab Goth areas', NJ, 'Jafri|minister', 'said', mention='Sindh Local Government Minister Syed Nasir Abbas Jafri'),
    E('direct', 'The tanker mafia will not be allowed to hold this city hostage,', NJ, 'Jafri|minister', 'averred', mention='the minister', mctx='the minister averred'),
    E('indirect', 'the KWSC would run its own tankers from the Safoora and Crush Plant hydrants at the government rate of Rs2,200 per 1,000 gallons', NJ, 'Jafri|minister', 'maintained', mention='He', mctx='He maintained'),
    E('indirect', 'the police to register cases against anyone found selling water "on the black market"', NJ, 'Jafri|minister', 'directed', mention='He', mctx='He maintained'),
    E('indirect', 'the chief minister had also sought a report on the Dhabeji breakdown within 48 hours', NJ, 'Jafri|minister', 'according to', mention='him', mctx='According to him'),
    E('indirect', 'the government "wakes up only when people come onto the roads"', MS, 'Siddiqui', 'lamented', mention='Jamaat-i-Islami Karachi chief Hafiz Muneeb ur Rehman Siddiqui'),
    E('direct', 'Every summer and every winter we hear the same excuses — Dhabeji, K-Electric, the tanker mafia. The same people have been ruling Sindh for 17 years,', MS, 'Siddiqui', 'told', mention='he', mctx='years," he told'),
    E('indirect', 'the JI would stage sit-ins outside KWSC offices in all seven districts on Friday', MS, 'Siddiqui', 'announced', mention='He', mctx='He announced'),
    E('indirect', 'she would move a calling-attention notice in the assembly on Wednesday', NK, 'Khokhar', 'said', mention="MQM-Pakistan's Nusrat Parveen Khokhar"),
    E('direct', 'The people of Karachi pay for water twice — once in their bills and once to the tanker,', NK, 'Khokhar', 'said', mention='she', mctx='tanker," she said'),
    E('indirect', 'the protesters dispersed peacefully after assurances from the deputy commissioner (West)', 'Police', 'Police|police', 'said', mention='Police', mctx='Police said the protesters'),
]

# 02 The Daily Star (Bangladesh), Ashulia garment workers' blockade
SM = 'Shahnaz Akter Munni'
JM = 'Jewel Mia'
TC = 'Tanvir Mahbub Chowdhury'
FR = 'Farhana Sultana Rumi'
TL = 'Taslima Khatun Lucky'
SA2 = 'Golam Sarwar Alam'
SD = 'Shakhawat Hossain Dewan'
DOCS['02_daily_star_ashulia_wages.txt'] = [
    E('indirect', 'orders fell 30pc', 'Factory owners', 'owners', 'say', False, mention='Factory owners', mctx='Factory owners say'),
    E('indirect', "three months' arrears from Nordisk Apparels Ltd, which closed its gates on October 2", 'Thousands of garment workers', 'workers', 'demanding', False, mention='Thousands of garment workers'),
    E('indirect', 'The blockade, which began around 8:00am, created a tailback stretching nearly 20 kilometres from Baipail to Chandra', 'police', 'police|Police', 'according to', mention='police', mctx='according to police'),
    E('direct', 'Amader beton dao', 'Protesters', 'Protesters|protesters', 'chanted', False, mention='Protesters', mctx='Protesters chanted'),
    E('indirect', 'she had not been able to pay her room rent since August', SM, 'Munni|Shahnaz', 'said', mention=SM),
    E('direct', 'My landlord has given me until the end of the month. After that, I will have to go back to the village with my two children,', SM, 'Munni|Shahnaz', 'told', mention='she', mctx='children,” she told'),
    E('indirect', 'the factory management had removed machinery from the premises at night a week before the closure', JM, 'Mia|Jewel', 'alleged', mention='Md Jewel Mia'),
    E('direct', 'They took the machines out in covered vans after midnight. When we asked the guards, they said the machines were going for servicing,', JM, 'Mia|Jewel', 'said', mention='he', mctx='servicing,” he said'),
    E('indirect', 'the factory had been forced to close after two European buyers cancelled orders worth $4.2 million', TC, 'Chowdhury', 'claimed', mention="Nordisk Apparels' managing director Tanvir Mahbub Chowdhury"),
    E('direct', 'We have not run away. We are trying to sell the machines to pay the workers. Give us 15 days,', TC, 'Chowdhury', 'said', mention='he', mctx='days,” he said'),
    E('indirect', 'at least 47 factories in Ashulia, Savar and Gazipur had shut down since July, mostly due to a fall in work orders and higher gas prices', FR, 'Rumi|Farhana', 'said', mention='Bangladesh Garment Manufacturers and Exporters Association (BGMEA) Vice-President Farhana Sultana Rumi'),
    E('direct', 'Orders are down by around 30 percent compared to last year. Many small and medium factories simply cannot survive this,', FR, 'Rumi|Farhana', 'said', mention='she', mctx='survive this,” she said'),
    E('indirect', 'the association had formed a committee to help pay the workers of closed factories', FR, 'Rumi|Farhana', 'adding', mention='she', mctx='survive this,” she said'),
    E('indirect', 'owners were “hiding behind the buyers” to avoid paying legal dues', TL, 'Lucky|Taslima', 'said', mention='Bangladesh Garment Sramik Sanghati President Taslima Khatun Lucky'),
    E('direct', 'Every time a factory closes, the owner blames the buyer and the government blames the owner. Nobody talks about the worker,', TL, 'Lucky|Taslima', 'said', mention='she', mctx='worker,” she said'),
    E('indirect', 'immediate payment of all arrears, the arrest of the factory owner and a government-funded “unemployment allowance” for workers of closed factories', 'Bangladesh Garment Sramik Sanghati', 'Sanghati', 'demanded', False, mention='Sanghati', mctx='Sanghati demanded'),
    E('indirect', 'additional forces had been deployed along the highway but that police were “exercising maximum restraint”', SA2, 'Alam|Sarwar', 'said', mention='Industrial Police-1 Superintendent Golam Sarwar Alam'),
    E('direct', 'We have asked the workers to move to one side of the road so that ambulances can pass. Most of them have cooperated,', SA2, 'Alam|Sarwar', 'said', mention='he', mctx='cooperated,” he said'),
    E('indirect', "The labour and employment ministry has called a tripartite meeting with workers' representatives, BGMEA and the factory owner at its conference room at 11:00am today", 'the labour and employment ministry', 'ministry', 'said in a press release', mention='the ministry', mctx='the ministry said in a press release'),
    E('indirect', 'the government would not allow any factory owner to “escape responsibility”', SD, 'Dewan|Shakhawat', 'said', mention='Labour Adviser Brig Gen (retd) Md Shakhawat Hossain Dewan'),
    E('indirect', "the workers to withdraw the blockade “in the interest of the country's economy”", SD, 'Dewan|Shakhawat', 'urged', mention='Labour Adviser Brig Gen (retd) Md Shakhawat Hossain Dewan'),
]

# 03 The Star (Malaysia), Penang landslide
KI = 'Kamarul Ariffin Idris'
SMu = 'Saraswathy Muniandy'
OC = 'Ooi Chee Wah'
RK = 'Rajendran Krishnasamy'
JH = 'Jason Heng Kok Wai'
BJ = 'A spokesman for Bukit Jelutong Heights'
NH = 'Nurul Huda Zainal Abidin'
YS = 'Yeap Soon Guan'
DOCS['03_the_star_penang_landslide.txt'] = [
    E('indirect', 'they are living in fear after a landslide at a neighbouring construction site buried three cars and damaged a retaining wall early yesterday', 'Residents of a low-cost flat in Paya Terubong', 'Residents|residents', 'say', mention='Residents of a low-cost flat in Paya Terubong'),
    E('indirect', 'No one was hurt in the 4.30am incident, which followed six hours of heavy rain', 'the Penang Fire and Rescue Department', 'Fire and Rescue|department', 'according to', mention='the Penang Fire and Rescue Department'),
    E('indirect', '64 families in Block C of the Sri Kenari flats were evacuated as a precaution', KI, 'Kamarul|Idris', 'said', mention='Its operations commander Kamarul Ariffin Idris'),
    E('direct', 'The soil is still moving. We cannot allow them back until the engineers tell us it is safe,', KI, 'Kamarul|Idris', 'said', mention='he', mctx='safe," he said'),
    E('indirect', 'she was woken by "a sound like thunder but longer"', SMu, 'Saraswathy|Muniandy', 'said', mention='Resident Saraswathy Muniandy'),
    E('direct', "I looked out of the window and the wall was gone. My son's car was under the mud,", SMu, 'Saraswathy|Muniandy|cleaner', 'said', mention='the retired cleaner'),
    E('indirect', 'residents had complained to the city council about cracks in the slope "at least four times" since March', OC, 'Ooi', 'claimed', mention="Sri Kenari Residents' Association chairman Ooi Chee Wah"),
    E('direct', 'Every time, they came, they took photos, and they went away. Now they will say it is an act of God,', OC, 'Ooi', 'said', mention='he', mctx='act of God," he said'),
    E('indirect', 'a stop-work order had been issued to the developer, Bukit Jelutong Heights Sdn Bhd, pending a full investigation', RK, 'Rajendran|Krishnasamy', 'said', mention='Penang Island City Council (MBPP) mayor Datuk Rajendran Krishnasamy'),
    E('indirect', "the council had received two complaints about the slope this year, not four, and that both had been referred to the developer's consulting engineer", RK, 'Rajendran|Krishnasamy', 'said', mention='He', mctx='He said the council'),
    E('direct', 'We will not hesitate," Rajendran said, "to take legal action against any party found to have flouted the conditions of the planning approval.', RK, 'Rajendran|Krishnasamy', 'said', mention='Rajendran', mctx='Rajendran said, "to'),
    E('indirect', 'the state would engage an independent geotechnical expert to audit all 17 hillside projects in the Paya Terubong and Air Itam areas', JH, 'Heng', 'said', mention='State local government committee chairman Jason Heng Kok Wai'),
    E('direct', 'I have instructed that the audit report be made public. If the people pay the price, the people should see the report,', JH, 'Heng', 'told', mention='Heng', mctx='Heng told reporters'),
    E('indirect', 'the company was "cooperating fully with the authorities" and had engaged a contractor to stabilise the slope with geotextile sheets', BJ, 'spokesman|Bukit Jelutong', 'said', mention='a spokesman for Bukit Jelutong Heights'),
    E('indirect', 'the company would bear the cost of repairing the damaged cars', BJ, 'spokesman|Bukit Jelutong', 'said', mention='The spokesman', mctx='The spokesman said the company would'),
    E('indirect', 'granite slopes in the area were prone to deep weathering, which could leave "a hard shell over soft, saturated soil"', NH, 'Nurul|Abidin', 'warned', mention='Universiti Sains Malaysia (USM) geologist Assoc Prof Dr Nurul Huda Zainal Abidin'),
    E('direct', 'Cutting into these slopes during the monsoon season is asking for trouble,', NH, 'Nurul|Abidin', 'said', mention='she', mctx='trouble," she said'),
    E('indirect', 'at least two other sites in Air Itam showed "similar warning signs"', NH, 'Nurul|Abidin', 'adding', mention='she', mctx='trouble," she said'),
    E('indirect', 'the state to freeze approvals for new projects on slopes steeper than 25 degrees until the audit is completed', YS, 'Yeap', 'called on', mention='Paya Terubong assemblyman Yeap Soon Guan'),
    E('direct', 'This is not anti-development. This is anti-landslide,', YS, 'Yeap', 'said in a statement', mention='he', mctx='anti-landslide," he said'),
    E('indirect', 'continuous rain was expected in Penang, Kedah and Perlis until Saturday', 'The Malaysian Meteorological Department (MetMalaysia)', 'MetMalaysia|Meteorological', 'said in a statement', mention='The Malaysian Meteorological Department (MetMalaysia)'),
]

# 04 South China Morning Post (Hong Kong), minibus drivers from the mainland
CK = 'Chau Kwok-hung'
IL = 'Ivy Leung Suk-ling'
LT = 'Lam Tsz-kin'
DK = 'Dominic Kwan Chi-fai'
CW = 'Cheung Wai-man'
HY = 'Ho Yuen-ting'
OPS = "Hong Kong’s minibus operators"
DOCS['04_scmp_minibus_drivers.txt'] = [
    E('indirect', 'one in three drivers is over 65', 'Industry', 'Industry|operators', 'says', False, mention='Industry', mctx='Industry says'),
    E('indirect', 'safety risks from drivers unfamiliar with city’s roads', 'The Motor Transport Workers General Union', 'union', 'warns of', False, mention='union', mctx='union warns'),
    E('indirect', 'proposal will be considered ‘with an open mind’', LT, 'Lam|chief', 'says', False, mention='Transport chief', mctx='Transport chief says'),
    E('indirect', 'the government to let them hire up to 1,500 drivers from mainland China', OPS, 'operators', 'have asked', mention=OPS),
    E('indirect', 'an ageing workforce has left hundreds of vehicles idle every day', OPS, 'operators', 'saying', mention=OPS),
    E('indirect', 'The proposal, submitted to the Transport and Logistics Bureau last month, would allow operators to recruit drivers from Guangdong province under a labour importation scheme', 'a copy of the letter', 'letter', 'according to', mention='a copy of the letter'),
    E('indirect', 'about a third of the city’s 5,800 licensed minibus drivers were over 65 and that “almost nobody under 40” was joining the trade', CK, 'Chau', 'told', mention=CK),
    E('direct', 'Every morning, about 400 minibuses do not leave the depot because there is nobody to drive them,', CK, 'Chau', 'said', mention='Chau', mctx='them,” Chau said'),
    E('direct', 'If we wait another five years, the green minibus will disappear from some housing estates.', CK, 'Chau', '', mention='Chau', mctx='them,” Chau said'),
    E('indirect', 'mainland drivers would be required to pass the same written and road tests as local applicants and to complete 60 hours of route training', CK, 'Chau', 'said', mention='He', mctx='He said mainland'),
    E('indirect', 'imported drivers unfamiliar with Hong Kong’s narrow, hilly roads could pose a safety risk', 'The Motor Transport Workers General Union', 'union|Union', 'warned', mention='The Motor Transport Workers General Union'),
    E('indirect', 'the real problem was pay, not supply', IL, 'Leung', 'said', mention='Ivy Leung Suk-ling'),
    E('direct', 'A driver works 12 hours a day for about HK$20,000 a month. Raise the wage and you will find drivers,', IL, 'Leung', 'said', mention='she', mctx='drivers,” she said'),
    E('partial', 'as a shortcut to avoid raising wages', IL, 'Leung', 'accused', mention='Leung', mctx='Leung accused'),
    E('indirect', 'the government would consider the proposal “with an open mind” but that “road safety will always come first”', LT, 'Lam', 'said', mention='Secretary for Transport and Logistics Lam Tsz-kin'),
    E('indirect', 'officials were studying a smaller pilot scheme of 300 drivers, limited to routes serving the New Territories', 'A government source', 'source', 'told', mention='A government source'),
    E('direct', 'Nobody wants to see a mainland driver on the Mong Kok to Sai Kung route on day one,', 'A government source', 'source', 'said', mention='the source', mctx='the source said'),
    E('indirect', 'it had “received the industry’s views” and would respond “in due course”', 'the Transport and Logistics Bureau', 'bureau|Bureau', 'said', mention='The bureau', mctx='The bureau said'),
    E('indirect', 'the scheme was “long overdue”', DK, 'Kwan', 'wrote', mention='Legislator Dominic Kwan Chi-fai'),
    E('direct', 'Minibus passengers don’t care whether the driver speaks Cantonese with a Guangzhou accent. They care whether the minibus comes,', DK, 'Kwan', 'wrote', mention='Kwan', mctx='Kwan wrote'),
    E('direct', 'I waited 25 minutes this morning,', CW, 'Cheung', 'said', mention='retiree Cheung Wai-man'),
    E('direct', 'Whoever can drive, let them drive.', CW, 'Cheung', '', mention='retiree Cheung Wai-man'),
    E('indirect', 'she was worried about drivers “who do not know where the stops are”', HY, 'Ho', 'said', mention='secondary school teacher Ho Yuen-ting'),
    E('direct', 'On the red minibus you shout your stop. If the driver doesn’t know the place, what then?', HY, 'Ho', 'asked', mention='she', mctx='what then?” she asked'),
    E('indirect', 'The city has about 4,350 minibuses in operation', 'Transport Department figures', 'figures|Transport Department', 'according to', mention='Transport Department figures'),
]

# 05 The National (UAE), Jebel Jais hiking permits
RD = 'Rashid Saeed Al Dhanhani'
RDk = 'Dhanhani|Al Dhanhani'
MH = 'Maitha Al Hosani'
MHk = 'Hosani|Al Hosani'
AM = 'Saskia Vandermeulen-Ansah'
VK = 'Vishnu Kallada'
NSR = 'The National Search and Rescue Centre'
DOCS['05_the_national_jebel_jais_hikers.txt'] = [
    E('indirect', '41 people have been airlifted from the mountain since October', 'Police', 'Police|police', 'say', False, mention='Police', mctx='Police say 41'),
    E('indirect', 'Hikers will need a free permit to walk unmarked trails on Jebel Jais from next month', 'Ras Al Khaimah authorities', 'authorities', 'announced', mention='Ras Al Khaimah authorities'),
    E('indirect', 'The permits will be issued through an app run by the Ras Al Khaimah Tourism Development Authority (RAKTDA)', 'Wam', 'Wam', 'reported', mention='state news agency Wam'),
    E('indirect', '41 people had been airlifted from the mountain since the start of October, compared with 17 in the same period last year', RD, RDk, 'said', mention='Brig Gen Rashid Saeed Al Dhanhani'),
    E('direct', 'Most of the people we rescue are not experienced hikers. They start at 2pm with one bottle of water and a phone at 20 per cent,', RD, RDk, 'told', mention='he', mctx='per cent," he told'),
    E('indirect', 'hikers should always tell someone their route and expected return time', RD, RDk, 'stressed', mention='He', mctx='He stressed'),
    E('indirect', 'the most recent rescue took place on Saturday, when two Indian nationals aged 24 and 27 were found dehydrated near the Wadi Ghalilah trail after spending the night on the mountain', 'police', 'police|Police', 'according to', mention='police', mctx='According to police'),
    E('indirect', 'hikers to avoid the mountain between 11am and 4pm until the end of the month, when temperatures on the lower trails can still exceed 35°C', 'Police', 'Police|police', 'have also urged', mention='Police', mctx='Police have also urged'),
    E('indirect', 'the permit was intended to help rescuers, not to restrict access', MH, MHk, 'explained', mention='Dr Maitha Al Hosani'),
    E('direct', 'This is not about stopping people from enjoying the mountain. It is about knowing who is up there, and where,', MH, MHk, 'said', mention='she', mctx='and where," she said'),
    E('indirect', 'the app would ask hikers to choose a route, share their live location and confirm that they are carrying at least three litres of water per person', MH, MHk, 'said', mention='She', mctx='She said the app'),
    E('indirect', 'Hikers who ignore the rules face fines of up to Dh1,000', 'the new regulations', 'regulations', 'according to', mention='the new regulations'),
    E('indirect', 'the authorities should also mark more trails', AM, 'Vandermeulen-Ansah|founder', 'said', mention='The founder of the UAE Trail Collective'),
    E('direct', 'Half the trails up there are marked by a pile of stones someone left in 2015,', AM, 'Vandermeulen-Ansah', 'said', mention=AM),
    E('direct', "You can't blame people for getting lost on a path that doesn't exist.", AM, 'Vandermeulen-Ansah', '', mention=AM),
    E('indirect', 'the group had cancelled three hikes this season because of the heat', AM, 'Vandermeulen-Ansah', 'added', mention='She', mctx='She added'),
    E('indirect', 'he was "grateful to be alive" and "embarrassed to have needed it"', VK, 'Kallada|Vishnu', 'posted on Instagram', mention='Vishnu Kallada'),
    E('direct', 'We thought it was a three-hour walk. It was not,', VK, 'Kallada|Vishnu', 'wrote', mention='he', mctx='It was not," he wrote'),
    E('direct', 'Big respect to the helicopter crew. Next time I go with a guide.', VK, 'Kallada|Vishnu', '', mention='he', mctx='It was not," he wrote'),
    E('indirect', 'its helicopters had flown 63 missions in the northern emirates since October 1, more than half of them to Jebel Jais', NSR, 'Search and Rescue|centre', 'said in a statement', mention=NSR),
    E('indirect', 'each mountain rescue costs "tens of thousands of dirhams"', 'A spokesman for the centre', 'spokesman|centre', 'said', mention='A spokesman for the centre'),
    E('indirect', 'a permit would change behaviour', 'Some residents', 'residents', 'questioned whether', False, mention='Some residents'),
    E('direct', 'The people who get lost are exactly the people who will not download an app,', 'Tariq Nabil Qudah', 'Qudah', 'said', mention='Tariq Nabil Qudah'),
]

# 06 Daily Monitor (Uganda), Kalangala fishermen and the FPU
GK = 'Godfrey Kasirye'
ET6 = 'Emmanuel Twinomugisha'
PN = 'Proscovia Nalwoga-Mukasa'
AK = 'Apollo Kaheru-Byaruhanga'
AKk = 'Kaheru-Byaruhanga|RDC'
YM = 'Swaibu Mutebi-Ssali'
CA = 'Christine Auma-Okello'
AF = 'Another fisherman'
DOCS['06_daily_monitor_kalangala_fishermen.txt'] = [
    E('indirect', 'soldiers of the Fisheries Protection Unit (FPU) of beating them and confiscating at least 30 boats in an operation against illegal fishing that started last week', 'Fishermen on Bufumira Island in Kalangala District', 'Fishermen|fishermen', 'have accused', False, mention='Fishermen on Bufumira Island in Kalangala District'),
    E('indirect', 'soldiers stormed the landing site at about 3am on Saturday and ordered everyone to lie down in the mud', GK, 'Kasirye', 'said', mention='Mr Godfrey Kasirye'),
    E('direct', 'They were beating anyone they found with a stick. Even the women selling fish were not spared,', GK, 'Kasirye', 'said', mention='he', mctx='not spared,” he said'),
    E('indirect', 'the soldiers took away his boat and engine, which he said were worth Shs14 million, claiming that his nets were below the legal mesh size', GK, 'Kasirye', 'according to', mention='him', mctx='According to him, the soldiers'),
    E('indirect', 'he had paid Shs500,000 to a soldier to get his boat back', AF, 'fisherman', 'said', mention=AF),
    E('direct', 'Tukooye,', AF, 'fisherman', 'lamented', mention='he', mctx='he lamented'),
    E('direct', 'We are tired.', AF, 'fisherman', 'loosely translated as', False, mention='he', mctx='he lamented'),
    E('indirect', 'his soldiers had tortured anyone', ET6, 'Twinomugisha|commander', 'denied', mention='the FPU commander for Kalangala, Lt Col Emmanuel Twinomugisha', mctx='the FPU commander for Kalangala, Lt Col Emmanuel Twinomugisha'),
    E('indirect', 'the operation was “lawful and professional”', ET6, 'Twinomugisha|commander', 'insisting', mention='Lt Col Emmanuel Twinomugisha'),
    E('direct', 'We are not fighting fishermen, we are fighting illegal fishing. If someone has been beaten, let him come to us with evidence and we shall act,', ET6, 'Twinomugisha', 'said', mention='Lt Col Twinomugisha', mctx='Lt Col Twinomugisha said'),
    E('indirect', '34 boats and more than 200 illegal nets had been impounded since September 8', ET6, 'Twinomugisha', 'disclosed', mention='He', mctx='He disclosed'),
    E('indirect', 'the nets would be burnt publicly “to send a message”', ET6, 'Twinomugisha', 'adding', mention='He', mctx='He disclosed'),
    E('indirect', 'she had written to the Minister of State for Fisheries demanding an investigation into the conduct of the soldiers', PN, 'Nalwoga-Mukasa', 'said', mention='The Kalangala District Woman MP, Hon. Proscovia Nalwoga-Mukasa', mctx='The Kalangala District Woman MP, Hon. Proscovia Nalwoga-Mukasa'),
    E('direct', 'Our people are not criminals. Government should sensitise them and give them the right nets before it starts beating them,', PN, 'Nalwoga-Mukasa', 'averred', mention='she', mctx='she averred'),
    E('indirect', 'the security agencies were only enforcing the law', AK, AKk, 'said', mention='The Resident District Commissioner (RDC), Mr Apollo Kaheru-Byaruhanga', mctx='The Resident District Commissioner (RDC), Mr Apollo Kaheru-Byaruhanga'),
    E('direct', 'Some of these fishermen are catching fish the size of my finger. If we don’t stop them now, there will be no fish left for their children,', AK, AKk, 'said', mention='the RDC', mctx='the RDC said'),
    E('indirect', 'fishermen with complaints to report them to his office “instead of running to the media”', AK, AKk, 'urged', mention='He', mctx='He urged'),
    E('indirect', 'at least 11 fishermen had been admitted to Kalangala Health Centre IV with injuries since the operation began', YM, 'Mutebi-Ssali', 'told', mention='Bufumira LC3 chairperson Hajji Swaibu Mutebi-Ssali'),
    E('direct', 'Some of them cannot even sit. What kind of law enforcement is that?', YM, 'Mutebi-Ssali', 'asked', mention='he', mctx='is that?” he asked'),
    E('indirect', 'it had opened investigations into the complaints and would visit the island next week', 'The Uganda Human Rights Commission regional office in Masaka', 'Human Rights Commission|Commission|office', 'said', mention='The Uganda Human Rights Commission regional office in Masaka'),
    E('indirect', 'fish catches on Lake Victoria have fallen by nearly a third over the past decade, largely due to the use of undersized nets', 'the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF)', 'Ministry|MAAIF', 'according to', mention='the Ministry of Agriculture, Animal Industry and Fisheries (MAAIF)'),
    E('indirect', 'the FPU, which was deployed on the lake in 2017, acts with impunity', 'Fishing communities', 'communities', 'have for years complained', mention='Fishing communities'),
    E('indirect', 'the unit be withdrawn and replaced with a civilian fisheries enforcement agency', 'Parliament’s Committee on Agriculture', 'Committee', 'recommended', False, mention='Parliament’s Committee on Agriculture'),
    E('indirect', 'business had dropped by half since the operation started because fishermen were afraid to go out at night', CA, 'Auma-Okello', 'said', mention='Ms Christine Auma-Okello'),
    E('direct', 'Now we buy from Masaka at double the price. Who will buy that fish?', CA, 'Auma-Okello', 'said', mention='she', mctx='that fish?” she said'),
]

# 07 RNZ (New Zealand), rāhui on a harbour's pipi beds
HP = 'Hēmi Paraone-Tautahi'
WT = 'Wiremu Tīpene-Hākaraia'
HAP = 'Te Whānau a Rangipiko'
HAPk = 'Rangipiko|hapū'
AP7 = 'Fergus Pennefather'
DK7 = 'Darren Kettlewell'
AW = 'Anahera Whaanga-Petrie'
GM = 'Glenys Tremewan'
CO = 'A commercial operator who holds a permit to harvest tuangi in the outer harbour'
DOCS['07_rnz_rahui_pipi_harbour.txt'] = [
    E('indirect', 'pipi and tuangi numbers have crashed', HAP, HAPk, 'saying', mention='A Northland hapū'),
    E('indirect', 'surveys carried out with the regional council last summer found fewer than one-fifth of the pipi recorded on the same beds in 2015', HP, 'Paraone-Tautahi', 'says', mention='Te Whānau a Rangipiko chairperson Hēmi Paraone-Tautahi'),
    E('direct', 'When I was a boy, you could fill a kete in ten minutes. Now our mokopuna dig for an hour and come home with a handful,', HP, 'Paraone-Tautahi', 'says', mention='he', mctx='handful," he says'),
    E('direct', 'This is not us saying no to the public. This is us saying the harbour needs a rest.', HP, 'Paraone-Tautahi', '', mention='he', mctx='handful," he says'),
    E('indirect', 'the rāhui applies to everyone, Māori and Pākehā alike, and the hapū will put up signs at every access point this week', HP, 'Paraone-Tautahi', 'says', mention='He', mctx='He says the rāhui'),
    E('indirect', 'the decision was not made lightly', WT, 'Tīpene-Hākaraia', 'says', mention='Kaumātua Matua Wiremu Tīpene-Hākaraia'),
    E('direct', 'Kia okioki te moana,', WT, 'Tīpene-Hākaraia', 'told', mention='he', mctx='he told RNZ, meaning'),
    E('direct', 'let the sea rest', WT, 'Tīpene-Hākaraia', 'meaning', False, mention='he', mctx='he told RNZ, meaning'),
    E('indirect', 'Fisheries New Zealand to back it with a temporary closure under section 186A of the Fisheries Act', HAP, HAPk, 'has asked', mention='the hapū', mctx='the hapū has asked'),
    E('indirect', 'it had received the application and would consult "with all affected parties" before making a recommendation to the minister', 'Fisheries New Zealand', 'Fisheries', 'said', mention='Fisheries New Zealand', mctx='In a statement, Fisheries New Zealand'),
    E('indirect', 'a closure of this kind usually took three to four months to put in place', AP7, 'Pennefather', 'said', mention='Fergus Pennefather'),
    E('indirect', 'most members support the rāhui, though some are "a bit gutted" about losing access over summer', DK7, 'Kettlewell', 'says', mention='Darren Kettlewell'),
    E('direct', 'Nobody in our club wants to be the bloke who dug up the last pipi,', DK7, 'Kettlewell', 'says', mention='he', mctx='pipi," he says'),
    E('indirect', 'sediment washing off forestry blocks and farmland upstream is the most likely cause of the decline, along with overharvesting', AW, 'Whaanga-Petrie', 'says', mention='Northland Regional Council coastal scientist Dr Anahera Whaanga-Petrie'),
    E('direct', 'Shellfish beds can come back, but only if you deal with the mud as well as the digging,', AW, 'Whaanga-Petrie', 'says', mention='she', mctx='digging," she says'),
    E('indirect', 'the council will repeat the survey in March and share the results with the hapū', AW, 'Whaanga-Petrie', 'says', mention='She', mctx='She says the council'),
    E('indirect', 'she had gathered pipi at the harbour every Christmas since 1962', GM, 'Tremewan', 'told', mention='Long-time bach owner Glenys Tremewan'),
    E('direct', "It's sad, but they're right. You'd be a fool to argue with the numbers,", GM, 'Tremewan', 'said', mention='she', mctx='numbers," she said'),
    E('indirect', 'the hapū had "no right" to close a public fishery', CO, 'operator', 'said', mention='A commercial operator'),
    E('direct', "If it's about the sediment, go and rāhui the forestry companies,", CO, 'operator', 'said', mention='he', mctx='companies," he said'),
    E('indirect', 'the hapū has written to the two forestry companies operating in the catchment and invited them to a hui at the marae next month', HP, 'Paraone-Tautahi', 'says', mention='Mr Paraone-Tautahi'),
    E('direct', "We're not pointing the finger at one group. Everyone upstream of this harbour has a part in this - including us,", HP, 'Paraone-Tautahi', 'says', mention='he', mctx='including us," he says'),
]

# 08 The Canadian Press (Quebec), Gaspé lobster fishers and right-whale closures
RPP = 'The Regroupement des pêcheurs professionnels du sud de la Gaspésie'
FL = 'Félix-Antoine Lavigne-Comeau'
MC = 'Mylène Caron-Duguay'
NV = 'Nathalie Vachon-Brisebois'
OL = 'Mathieu Latulippe'
YF = 'Jérémie Fortier-Saucier'
KO = 'Kwame Asiedu-Lachance'
DFO = 'Fisheries and Oceans Canada'
DOCS['08_cp_gaspe_lobster_whales.txt'] = [
    E('indirect', 'Ottawa for emergency aid', "Lobster fishers on Quebec's Gaspé Peninsula", 'fishers', 'are asking', False, mention="Lobster fishers on Quebec's Gaspé Peninsula"),
    E('indirect', 'its 140 members lost an average of 11 fishing days this year, or about a third of the season', RPP, 'Regroupement', 'says', mention=RPP),
    E('indirect', 'some boats had not earned enough to cover the cost of their bait', FL, 'Lavigne-Comeau', 'said', mention=FL),
    E('direct', "We're not against protecting the whales. Nobody here wants to see a dead whale on the beach,", FL, 'Lavigne-Comeau', 'said', mention='Lavigne-Comeau', mctx='beach," Lavigne-Comeau said'),
    E('direct', "But when the whale leaves and the zone stays closed for 15 days, that's not science, that's bureaucracy.", FL, 'Lavigne-Comeau', '', mention='Lavigne-Comeau', mctx='beach," Lavigne-Comeau said'),
    E('indirect', 'Under rules introduced in 2017, a fishing area is closed for at least 15 days when a right whale is spotted in it, and the closure is extended for the rest of the season if whales are detected again in the second week', "the department's website", 'website|department', 'according to', mention="the department's website"),
    E('indirect', 'the measures had "significantly reduced" whale deaths in Canadian waters since 2019 and that it was "reviewing options" to shorten closures when whales are no longer detected', DFO, 'Fisheries and Oceans|department', 'said', mention=DFO),
    E('direct', 'On a perdu le tiers de notre saison, et personne à Ottawa ne nous appelle.', MC, 'Caron-Duguay', 'put it more bluntly', mention='Deckhand Mylène Caron-Duguay'),
    E('direct', 'We lost a third of our season, and nobody in Ottawa calls us.', MC, 'Caron-Duguay', 'translates as', False, mention='Deckhand Mylène Caron-Duguay'),
    E('indirect', "she had taken a second job at a grocery store in Chandler to make her rent", MC, 'Caron-Duguay', 'said', mention='Caron-Duguay', mctx="Caron-Duguay, who works"),
    E('indirect', 'Fisheries Minister Nathalie Vachon-Brisebois "understands the frustration" of fishers and will meet industry representatives in Halifax later this month', OL, 'Latulippe|secretary', 'said in an email', mention='Mathieu Latulippe'),
    E('indirect', 'the government had invested more than $40 million since 2020 in "whalesafe" gear trials and aerial surveillance', OL, 'Latulippe', 'said', mention='Latulippe', mctx='Latulippe said the government'),
    E('indirect', 'the government had "abandoned" Gaspé fishers', YF, 'Fortier-Saucier', 'told', mention='Bloc Québécois fisheries critic Jérémie Fortier-Saucier'),
    E('indirect', 'a $25-million compensation fund', YF, 'Fortier-Saucier', 'called for', False, mention='Bloc Québécois fisheries critic Jérémie Fortier-Saucier'),
    E('direct', 'If a forest fire closes a sawmill, we help the workers. Why is it different when a whale closes a fishing zone?', YF, 'Fortier-Saucier', 'asked', mention='he', mctx='fishing zone?" he asked'),
    E('indirect', 'loosening the rules', 'Scientists', 'Scientists|scientists', 'warn against', False, mention='Scientists'),
    E('indirect', 'The right whale population, estimated at about 370 animals, remains critically endangered', KO, 'Asiedu-Lachance', 'said', mention=KO),
    E('direct', "Ten years ago we were finding dead whales every summer in the Gulf of St. Lawrence. The closures are a big part of why we're not anymore,", KO, 'Asiedu-Lachance', 'said', mention='he', mctx='anymore," he said'),
    E('indirect', 'underwater acoustic monitoring, now being tested off the Magdalen Islands, could eventually allow officials to reopen areas faster "without gambling with the species."', KO, 'Asiedu-Lachance', 'said', mention='He', mctx='He said underwater'),
    E('indirect', 'fishers would welcome that', FL, 'Lavigne-Comeau', 'said', mention='Lavigne-Comeau', mctx='Lavigne-Comeau said fishers'),
    E('direct', "Give us the technology, and we'll put it on our boats tomorrow,", FL, 'Lavigne-Comeau', 'said', mention='he', mctx='tomorrow," he said'),
    E('direct', 'We just want a rule that ends when the whale is gone.', FL, 'Lavigne-Comeau', '', mention='he', mctx='tomorrow," he said'),
]

# 09 DW (Germany), Saxony villages without family doctors
GL = 'Gisbert Lohwasser'
IT = 'Ingeborg Tschirner'
JF = 'Jürgen Fleischhauer-Ruoff'
SAW = 'Selin Arslanoğlu-Weber'
KV = 'the Association of Statutory Health Insurance Physicians in Saxony (KV Sachsen)'
KVk = 'KV Sachsen|association|Association'
VS = 'Volkmar Strietzel-Hanke'
AP9 = 'Annegret Pfützner'
DK9 = 'Doreen Kaltofen'
DOCS['09_dw_saxony_village_doctors.txt'] = [
    E('indirect', 'they have nowhere left to go', 'patients', 'patients', 'say', False, mention='patients', mctx='patients say they'),
    E('direct', 'I promised myself I would find a successor before I stopped. I have failed,', GL, 'Lohwasser', 'told', mention='the 71-year-old'),
    E('indirect', 'he placed advertisements in medical journals for three years and received two replies, neither of which led to a visit', GL, 'Lohwasser', 'says', mention='Lohwasser', mctx='Lohwasser says he placed'),
    E('indirect', 'the nearest practice still accepting new patients is 27 kilometers away', KV, KVk, 'according to', mention=KV),
    E('direct', 'My son lives in Leipzig. The bus to Annaberg goes twice a day. How am I supposed to get my blood tested?', IT, 'Tschirner', 'asks', mention='she', mctx='tested?" she asks'),
    E('indirect', 'several older residents have started asking the local pharmacist for advice instead', JF, 'Fleischhauer-Ruoff', 'says', mention=JF),
    E('direct', 'I am not a doctor, and I tell them that every day,', SAW, 'Arslanoğlu-Weber', 'says', mention=SAW),
    E('direct', 'But what do I say to a woman with chest pain who cannot get an appointment for six weeks?', SAW, 'Arslanoğlu-Weber', '', mention=SAW),
    E('indirect', '312 family doctor positions in the state are currently vacant, most of them in rural areas', KV, KVk, 'says', mention='The KV Sachsen'),
    E('indirect', 'it was offering grants of up to €60,000 to young doctors who settle in underserved regions, but that "money alone does not make a village attractive."', KV, KVk, 'said', mention='the association', mctx='the association said'),
    E('indirect', 'the federal government must create more university places for medicine', VS, 'Strietzel-Hanke', 'argues', mention='District administrator Volkmar Strietzel-Hanke'),
    E('direct', 'We train too few doctors, and the ones we train want to live in Dresden or Berlin. You cannot blame them, but you can change the incentives,', VS, 'Strietzel-Hanke', 'told', mention='he', mctx='incentives," he told'),
    E('indirect', 'Nationwide, around 5,000 family doctor positions are unfilled', 'the German Medical Association', 'Medical Association|Association', 'according to', mention='the German Medical Association'),
    E('indirect', 'it was aware of the problem and that a 2024 law already allowed municipalities to run their own medical centers', 'The Federal Health Ministry', 'Ministry|ministry', 'said', mention='The Federal Health Ministry'),
    E('indirect', 'the town is now considering exactly that', AP9, 'Pfützner|mayor', 'says', mention="Wehlitzsch's mayor, Annegret Pfützner", mctx="Wehlitzsch's mayor, Annegret Pfützner"),
    E('direct', "We run a swimming pool and a kindergarten. Why not a doctor's office?", AP9, 'Pfützner', 'says', mention='she', mctx='office?" she says'),
    E('indirect', 'the town council will vote on the plan in January', AP9, 'Pfützner', 'adding', mention='she', mctx='office?" she says'),
    E('indirect', 'the town has not yet found a doctor willing to work there, even as an employee', AP9, 'Pfützner', 'admits', mention='she', mctx='she admits'),
    E('indirect', 'she has personally written to 40 medical students', DK9, 'Kaltofen', 'says', mention='nurse Doreen Kaltofen'),
    E('direct', "Three wrote back. One said she might come for a summer internship. That's a start,", DK9, 'Kaltofen', 'says', mention='Kaltofen', mctx='Kaltofen says.'),
    E('indirect', 'he will keep seeing a few patients for free "until my own doctor tells me to stop."', GL, 'Lohwasser', 'says', mention='Lohwasser', mctx='Lohwasser, for his part'),
]

# 10 The Fiji Times, Labasa sugar mill breakdown
VL = 'Vanua Levu Milling Company Ltd (VLMC)'
VLk = 'VLMC|Vanua Levu Milling|company'
BL = 'Bhupendra Kishore Lal'
SD10 = 'Samisoni Delairewa'
KW10 = 'Kamla Wati'
PW = 'Petero Waqanivalu'
ST = 'Sakiusa Tuimavana'
AR = 'Anaseini Rokotuibau-Lesuma'
DOCS['10_fiji_times_labasa_mill.txt'] = [
    E('indirect', 'they are losing thousands of dollars as harvested cane sits in the sun for up to five days following the third breakdown at the Labasa mill this crushing season', 'FARMERS in the Labasa cane belt', 'FARMERS|farmers|Farmers', 'say', mention='FARMERS in the Labasa cane belt'),
    E('indirect', 'the mill stopped crushing at 11pm on Sunday after a boiler tube burst', VL, VLk, 'confirmed', mention=VL),
    E('direct', "Cane loses sugar every hour it sits in the field after harvesting. By the fifth day, you're selling the mill water and fibre,", BL, 'Lal', 'said', mention='Northern Cane Growers Association president Bhupendra Kishore Lal'),
    E('indirect', 'about 14,000 tonnes of cane was waiting at the mill yard and on farms in Wainikoro, Seaqaqa and Vunimoli', BL, 'Lal', 'said', mention='He', mctx='He said about 14,000'),
    E('indirect', 'farmers had been "kept in the dark" about the cause of the breakdowns', BL, 'Lal', 'claimed', mention='Mr Lal', mctx='Mr Lal claimed'),
    E('indirect', 'Each day of delay cuts the sugar content of burnt cane by up to 2 per cent', 'industry estimates', 'estimates|industry', 'according to', mention='industry estimates'),
    E('indirect', 'cutting gangs from his village had been sent home without pay for three days', SD10, 'Samisoni|Delairewa', 'said', mention='Turaga ni Koro of Nasea village Ratu Samisoni Delairewa'),
    E('direct', 'Our boys work hard from 5am. When the mill stops, they sit at home and the money stops too,', SD10, 'Samisoni|Delairewa', 'said', mention='Ratu Samisoni', mctx='Ratu Samisoni said.'),
    E('indirect', 'her harvested cane had been waiting at the roadside since Saturday', KW10, 'Wati|Kamla', 'said', mention='Mrs Kamla Wati'),
    E('direct', 'Hamaar ganna sukh gaya,', KW10, 'Wati|Kamla', 'said', mention='she', mctx='she said, meaning'),
    E('direct', 'our cane has dried up.', KW10, 'Wati|Kamla', 'meaning', False, mention='she', mctx='she said, meaning'),
    E('block', 'The VLMC sincerely regrets the inconvenience caused to growers and harvesters. Our engineers have identified the cause of the boiler tube failure and replacement parts have been flown in from Nadi. We expect crushing to resume by Wednesday morning.', VL, VLk, 'said in a statement posted on its Facebook page', mention='The company', mctx='The company said in a statement posted'),
    E('indirect', 'the mill\'s boilers were more than 40 years old and were "overdue for replacement"', PW, 'Waqanivalu', 'said', mention='VLMC general manager operations Petero Waqanivalu'),
    E('direct', 'We are patching and patching. At some point you need a new boiler, not a new patch,', PW, 'Waqanivalu', 'said', mention='he', mctx='new patch," he said'),
    E('indirect', 'a tender for two new boilers would be advertised before the end of the year', PW, 'Waqanivalu', 'said', mention='He', mctx='He said a tender'),
    E('indirect', 'the Government had set aside $8 million in the current budget for upgrades at the Labasa and Rarawai mills', ST, 'Tuimavana|Minister', 'told', mention='The Minister for Sugar Industry, Hon. Sakiusa Tuimavana', mctx='The Minister for Sugar Industry, Hon. Sakiusa Tuimavana'),
    E('direct', 'I understand the frustration of our growers. I have asked VLMC for a full report on the breakdowns by Friday,', ST, 'Tuimavana', 'said', mention='Mr Tuimavana', mctx='Mr Tuimavana said'),
    E('indirect', 'farmers not to burn their cane until they received a confirmed delivery date from the mill', ST, 'Tuimavana', 'urged', mention='He', mctx='He urged'),
    E('partial', 'a slow-motion disaster for the North', AR, 'Rokotuibau-Lesuma', 'described', mention='Opposition MP Anaseini Rokotuibau-Lesuma'),
    E('indirect', 'the minister to visit Labasa this week', AR, 'Rokotuibau-Lesuma', 'called on', mention='Opposition MP Anaseini Rokotuibau-Lesuma'),
    E('direct', 'The growers do not need another report. They need a working mill,', AR, 'Rokotuibau-Lesuma', 'said', mention='she', mctx='working mill," she said'),
    E('indirect', 'the second cane payment, due at the end of June, has yet to be made to most farmers in the Labasa sector', BL, 'Lal', 'according to', mention='Mr Lal', mctx='According to Mr Lal'),
    E('indirect', 'the payment would be made "within the coming fortnight"', VL, VLk, 'said', mention='The VLMC', mctx='The VLMC said the payment'),
    E('indirect', 'lorry drivers not to park loaded cane trucks along the Labasa-Nabouwalu Highway overnight', 'the Fiji Roads Authority', 'Roads Authority|Authority', 'has reminded', False, mention='the Fiji Roads Authority'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout11: 10 news articles written and annotated blind (helper session), before the library was run on '
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
