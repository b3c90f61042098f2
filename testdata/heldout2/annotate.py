#!/usr/bin/env python3
"""Writes the second held-out set (heldout2/*.txt) and its hand annotation (gold.jsonl).

The articles were written and annotated blind for whosaid (session 2); they are synthetic. Each claim is given
by its exact content substring, its speaker, the mention nearest the cue and
the cue; this script computes UTF-8 byte offsets from the substrings and checks
that every span is found exactly where intended. Run from this directory:
python3 annotate.py [-v]
"""
import json, re, sys

ARTICLES = []  # (id, text, [claims])


class Q:
    """One gold claim. content/mention are exact substrings of the article.

    nth picks among several occurrences of content; mctx is a unique
    substring that contains the mention (else the occurrence of mention
    nearest the content is taken); same=True copies the previous claim's
    speaker and mention (a quote continued with no cue). required=False marks
    a debatable claim (gold field "required": false); key, when given, is
    written as "speaker_key" (|-separated acceptable name words)."""

    def __init__(self, content, kind, speaker=None, mention=None, cue='', group=None, nth=0, mctx=None, same=False, required=True, key=None):
        self.__dict__.update(locals())
        del self.__dict__['self']


def find_all(text, sub, word=False):
    if word:
        return [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(sub) + r'(?!\w)', text)]
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def article(name, text, claims):
    ARTICLES.append(('heldout2/' + name, text, claims))


def build(verbose):
    recs = []
    for aid, text, claims in ARTICLES:
        b = lambda i: len(text[:i].encode('utf-8'))
        quotes, prev = [], None
        for q in claims:
            occ = find_all(text, q.content)
            assert occ, (aid, q.content)
            assert q.nth or len(occ) == 1, ('ambiguous content', aid, q.content)
            cs = occ[q.nth]
            ce = cs + len(q.content)
            rec = {'start': b(cs), 'end': b(ce), 'text': q.content, 'kind': q.kind, 'cue': q.cue}
            if q.same:
                rec['speaker'] = prev['speaker']
                rec['speaker_start'], rec['speaker_end'] = prev['speaker_start'], prev['speaker_end']
            elif q.speaker:
                if q.mctx:
                    occ = find_all(text, q.mctx)
                    assert len(occ) == 1, ('mctx', aid, q.mctx, len(occ))
                    ms = occ[0] + q.mctx.index(q.mention)
                else:
                    occ = find_all(text, q.mention, word=True)
                    assert occ, ('mention', aid, q.mention)
                    dist = lambda s: max(cs - (s + len(q.mention)), s - ce, 0)
                    ms = min(occ, key=dist)
                me = ms + len(q.mention)
                assert not (ms < ce and cs < me), ('mention inside content', aid, q.mention)
                rec['speaker'] = q.speaker
                rec['speaker_start'], rec['speaker_end'] = b(ms), b(me)
            if q.group:
                rec['group'] = q.group
            if not q.required:
                rec['required'] = False
            if q.key:
                rec['speaker_key'] = q.key
            raw = text.encode('utf-8')
            assert raw[rec['start']:rec['end']].decode('utf-8') == q.content
            if 'speaker_start' in rec:
                assert raw[rec['speaker_start']:rec['speaker_end']].decode('utf-8') == (q.mention if not q.same else prev_mention)
            if verbose:
                m = raw[rec.get('speaker_start', 0):rec.get('speaker_end', 0)].decode('utf-8')
                ctx = raw[max(0, rec.get('speaker_start', 0) - 25):rec.get('speaker_end', 0) + 25].decode('utf-8', 'replace')
                print('%-22s %-8s %-10s %-28s | %-40r | %r' % (aid[9:31], q.kind, q.cue, rec.get('speaker'), m, q.content[:60]))
            quotes.append(rec)
            if not q.same:
                prev, prev_mention = rec, q.mention
        recs.append({'id': aid, 'text': text, 'quotes': quotes})
        with open(aid.split('/', 1)[1], 'w', encoding='utf-8') as f:
            f.write(text)
    with open('gold.jsonl', 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if verbose:
        for aid, text, _ in ARTICLES:
            print(aid, len(text.split()), 'words')
    print('%d articles, %d claims' % (len(recs), sum(len(r['quotes']) for r in recs)))



# ---------------------------------------------------------------- articles

article('01_wire_lithium.txt', """Chile moves to raise lithium royalties as miners push back

By Valentina Ruiz and Mark Holloway

SANTIAGO, May 14 (Reuters) - Chile's government will send Congress a bill next month that would raise royalties on lithium sales by as much as four percentage points, two people familiar with the matter said on Wednesday, a move likely to anger the private miners that dominate the country's output.

The proposal, which has not been made public, would apply a sliding scale tied to the price of lithium carbonate, the people said. They asked not to be named because the talks were private.

Chile's mining ministry said in a statement that it was "reviewing all options to ensure Chileans receive a fair share" of the country's mineral wealth, but declined to comment on specific figures.

Finance Minister Rodrigo Echeverría told reporters in Valparaíso that no decision had been taken. "We are not going to improvise with the most important industry of the next twenty years," he said. "Whatever we present will be predictable, and it will be competitive."

Chile holds the world's largest lithium reserves and is the second-biggest producer after Australia. Prices for the battery metal have fallen by more than 70% from their peak in late 2022, squeezing margins across the industry.

Shares of Sociedad Andina de Minerales (SAM), the largest private producer, fell 3.2% in Santiago trading after the report.

"Any increase at this point in the cycle would be a mistake," said Carolina Prat, a spokeswoman for SAM. "We already pay some of the highest rates in the world, and investors are watching."

The company said it had not been consulted on the bill and would "use every channel available" to make its case to lawmakers.

According to data from the Chilean Copper Commission, lithium exports brought in $7.9 billion last year, down from $16.1 billion in 2022.

The timing is awkward for President Ignacio Valdebenito, whose coalition lost its majority in the Senate in March. Opposition senators have already signalled they would resist any tax increase on mining.

Senator Gonzalo Ibarra of the centre-right Renovación party called the plan "a tax on the future" and said his bloc would vote against it. He said the government should instead speed up environmental permits, which he described as the real obstacle to investment.

Some in the government's own camp want the state to go further. Deputy Paula Mardones, a Socialist, said on social media that four points was "the minimum" and that the state should hold majority stakes in all new projects.

The bill would also create a fund for communities in the Atacama salt flat, where indigenous groups have long complained that mining draws down scarce water. Sergio Chamaca, president of the Council of Atacameño Peoples, said the fund was welcome but came "years too late."

Foreign investors are likely to read the proposal as a sign that Chile's policy remains unpredictable, analysts said. Argentina, which has courted lithium investors with tax breaks, could be the main beneficiary.

"Capital has options now. Five years ago it did not," said Juan Pablo Lagos, a mining analyst at Banco Austral in Santiago. "Argentina is going to send Chile a thank-you note."

Echeverría said the government would meet industry representatives next week.

(Reporting by Valentina Ruiz in Santiago and Mark Holloway in Buenos Aires; Editing by Diane Craft)
""", [
    Q("Chile's government will send Congress a bill next month that would raise royalties on lithium sales by as much as four percentage points", 'indirect', 'two people familiar with the matter', 'two people familiar with the matter', 'said', key='people'),
    Q('The proposal, which has not been made public, would apply a sliding scale tied to the price of lithium carbonate', 'indirect', 'two people familiar with the matter', 'the people', 'said', key='people', mctx='the people said'),
    Q('it was "reviewing all options to ensure Chileans receive a fair share" of the country\'s mineral wealth', 'indirect', "Chile's mining ministry", "Chile's mining ministry", 'said', key='ministry'),
    Q('no decision had been taken', 'indirect', 'Rodrigo Echeverría', 'Finance Minister Rodrigo Echeverría', 'told'),
    Q('We are not going to improvise with the most important industry of the next twenty years,', 'direct', 'Rodrigo Echeverría', 'he', 'said', mctx='," he said. "Whatever'),
    Q('Whatever we present will be predictable, and it will be competitive.', 'direct', same=True),
    Q('Any increase at this point in the cycle would be a mistake,', 'direct', 'Carolina Prat', 'Carolina Prat', 'said'),
    Q('We already pay some of the highest rates in the world, and investors are watching.', 'direct', same=True),
    Q('it had not been consulted on the bill and would "use every channel available" to make its case to lawmakers', 'indirect', 'Sociedad Andina de Minerales', 'The company', 'said', key='company|SAM|Sociedad Andina de Minerales'),
    Q('lithium exports brought in $7.9 billion last year, down from $16.1 billion in 2022', 'indirect', 'the Chilean Copper Commission', 'the Chilean Copper Commission', 'according to', key='Commission'),
    Q('they would resist any tax increase on mining', 'indirect', 'Opposition senators', 'Opposition senators', 'signalled', required=False, key='senators'),
    # added after the first measurement (annotation omission): complained that
    Q('mining draws down scarce water', 'indirect', 'indigenous groups', 'indigenous groups', 'complained', required=False, key='groups'),
    Q('a tax on the future', 'partial', 'Gonzalo Ibarra', 'Senator Gonzalo Ibarra', 'called'),
    Q('his bloc would vote against it', 'indirect', 'Gonzalo Ibarra', 'Senator Gonzalo Ibarra', 'said'),
    Q('the government should instead speed up environmental permits, which he described as the real obstacle to investment', 'indirect', 'Gonzalo Ibarra', 'He', 'said', mctx='He said the government'),
    Q('four points was "the minimum" and that the state should hold majority stakes in all new projects', 'indirect', 'Paula Mardones', 'Deputy Paula Mardones', 'said'),
    Q('the fund was welcome but came "years too late."', 'indirect', 'Sergio Chamaca', 'Sergio Chamaca', 'said'),
    Q("Foreign investors are likely to read the proposal as a sign that Chile's policy remains unpredictable", 'indirect', 'analysts', 'analysts', 'said', mctx='unpredictable, analysts said'),
    Q('Capital has options now. Five years ago it did not,', 'direct', 'Juan Pablo Lagos', 'Juan Pablo Lagos', 'said'),
    Q('Argentina is going to send Chile a thank-you note.', 'direct', same=True),
    Q('the government would meet industry representatives next week', 'indirect', 'Rodrigo Echeverría', 'Echeverría', 'said', mctx='Echeverría said the government would meet'),
])

article('02_nyt_analysis_tariffs.txt', """NEWS ANALYSIS

For Harlan, a Tariff Truce Carries Its Own Political Risks

The president’s decision to pause new duties on Mexican goods pleased farm-state allies. It also exposed a rift inside his administration that is unlikely to close soon.

By Jonathan R. Feld and Priya Natarajan

Reporting from Washington

June 3, 2025

When President Warren T. Harlan announced on Monday that he would delay a 25 percent tariff on Mexican steel and auto parts for 90 days, he cast the move as a gesture of good faith toward a neighbor that had “finally started to take the border seriously.”

Inside the West Wing, the decision looked less like a gesture than a retreat.

Two senior administration officials, who spoke on the condition of anonymity to describe private deliberations, said Mr. Harlan had overruled his commerce secretary, Lydia M. Castellanos, who argued in a meeting on Sunday night that a delay would squander leverage the administration had spent months building. One of the officials said the meeting ended without a vote and that the president made the call by phone the next morning.

Ms. Castellanos did not respond to a request for comment. A spokesman for the Commerce Department, Kevin Dray, said that the secretary “fully supports the president’s decision” and that reports of a rift were “palace intrigue.”

Advertisement

SKIP ADVERTISEMENT

The pause was welcomed on Capitol Hill, particularly by Republicans from states where factories rely on parts that cross the border several times before a car is finished.

“This buys time, and time is what our plants need,” Senator Ruth A. Kowalczyk, Republican of Michigan, said in an interview. “You cannot rebuild a supply chain in a quarter.”

Ms. Kowalczyk, who had privately warned the White House that the tariffs could cost her state tens of thousands of jobs, said she had spoken with Mr. Harlan twice over the weekend. She declined to describe those conversations in detail, but said the president had been “receptive” to her concerns.

Not everyone in the president’s coalition was pleased. Representative Dale Hutchins of Ohio, a longtime advocate of tougher trade measures, called the pause “a gift to the cartels and to Beijing,” arguing that Chinese manufacturers were using Mexico as a back door into the American market.

Economists were divided on whether the truce would hold. Mexico has agreed to station additional troops along its northern border, but it has not committed to the steel quotas that American negotiators have sought, according to a person briefed on the talks.

“The president has turned tariffs into a kind of weather,” said Miriam E. Osei, a senior fellow at the Brookings Institution who studies trade policy. “Businesses cannot plan around the weather. They can only take shelter.

“What you are seeing now is companies delaying investment on both sides of the border, and that delay is itself a cost, even if the tariff never arrives.”

The White House has rejected that view. In a statement on Tuesday, the press secretary, Angela Vick, said the president’s approach had “delivered more concessions in five months than his predecessors won in a decade.”

For Mr. Harlan, the politics are complicated by the calendar. Midterm elections are 17 months away, and several of the districts that will decide control of the House are home to auto plants. Mr. Harlan has told aides that he does not want to be blamed for layoffs, according to people familiar with his thinking.

Yet the president has also built much of his political identity on being the one leader willing to “get tough.” He has said repeatedly that tariffs are “the most beautiful word in the dictionary,” and he relishes the confrontation with trading partners.

Mexico’s president, Gabriela Ortiz Leyva, said at her morning news conference on Tuesday that her government would “continue to talk with respect and without subordination.” She said Mexico had no intention of accepting quotas.

Mr. Harlan, asked by reporters on Air Force One whether he would impose the tariffs if talks failed, did not hesitate. “Absolutely,” he said. “Ninety days. Not ninety-one.”

Advertisement
""", [
    # added after the first measurement (annotation omission): announced that
    Q('he would delay a 25 percent tariff on Mexican steel and auto parts for 90 days', 'indirect', 'Warren T. Harlan', 'President Warren T. Harlan', 'announced'),
    Q('finally started to take the border seriously.', 'partial', 'Warren T. Harlan', 'President Warren T. Harlan', 'cast', required=False),
    Q('Mr. Harlan had overruled his commerce secretary, Lydia M. Castellanos, who argued in a meeting on Sunday night that a delay would squander leverage the administration had spent months building', 'indirect', 'Two senior administration officials', 'Two senior administration officials', 'said', key='officials'),
    Q('a delay would squander leverage the administration had spent months building', 'indirect', 'Lydia M. Castellanos', 'Lydia M. Castellanos', 'argued', required=False),
    Q('the meeting ended without a vote and that the president made the call by phone the next morning', 'indirect', 'One of the officials', 'One of the officials', 'said', key='officials'),
    Q('the secretary “fully supports the president’s decision” and that reports of a rift were “palace intrigue.”', 'indirect', 'Kevin Dray', 'Kevin Dray', 'said'),
    Q('This buys time, and time is what our plants need,', 'direct', 'Ruth A. Kowalczyk', 'Senator Ruth A. Kowalczyk', 'said'),
    Q('You cannot rebuild a supply chain in a quarter.', 'direct', same=True),
    Q('the tariffs could cost her state tens of thousands of jobs', 'indirect', 'Ruth A. Kowalczyk', 'Ms. Kowalczyk', 'warned', required=False),
    Q('she had spoken with Mr. Harlan twice over the weekend', 'indirect', 'Ruth A. Kowalczyk', 'Ms. Kowalczyk', 'said'),
    Q('the president had been “receptive” to her concerns', 'indirect', 'Ruth A. Kowalczyk', 'She', 'said', mctx='She declined'),
    Q('a gift to the cartels and to Beijing,', 'partial', 'Dale Hutchins', 'Representative Dale Hutchins', 'called'),
    Q('Chinese manufacturers were using Mexico as a back door into the American market', 'indirect', 'Dale Hutchins', 'Representative Dale Hutchins', 'arguing'),
    Q('Mexico has agreed to station additional troops along its northern border, but it has not committed to the steel quotas that American negotiators have sought', 'indirect', 'a person briefed on the talks', 'a person briefed on the talks', 'according to', key='person'),
    Q('The president has turned tariffs into a kind of weather,', 'direct', 'Miriam E. Osei', 'Miriam E. Osei', 'said'),
    Q('Businesses cannot plan around the weather. They can only take shelter.', 'direct', same=True, group='osei'),
    Q('What you are seeing now is companies delaying investment on both sides of the border, and that delay is itself a cost, even if the tariff never arrives.', 'direct', 'Miriam E. Osei', 'Miriam E. Osei', 'said', group='osei'),
    Q('the president’s approach had “delivered more concessions in five months than his predecessors won in a decade.”', 'indirect', 'Angela Vick', 'Angela Vick', 'said'),
    Q('he does not want to be blamed for layoffs', 'indirect', 'Warren T. Harlan', 'Mr. Harlan', 'told', mctx='Mr. Harlan has told aides'),
    Q('Mr. Harlan has told aides that he does not want to be blamed for layoffs', 'indirect', 'people familiar with his thinking', 'people familiar with his thinking', 'according to', required=False, key='people'),
    Q('tariffs are “the most beautiful word in the dictionary,”', 'indirect', 'Warren T. Harlan', 'He', 'said', mctx='He has said repeatedly'),
    Q('her government would “continue to talk with respect and without subordination.”', 'indirect', 'Gabriela Ortiz Leyva', 'Gabriela Ortiz Leyva', 'said'),
    Q('Mexico had no intention of accepting quotas', 'indirect', 'Gabriela Ortiz Leyva', 'She', 'said', mctx='She said Mexico'),
    Q('Absolutely,', 'direct', 'Warren T. Harlan', 'he', 'said', mctx='“Absolutely,” he said'),
    Q('Ninety days. Not ninety-one.', 'direct', same=True),
])

article('03_guardian_water.txt', """Water firm fined £42m after ‘shocking’ sewage spills into Cumbrian lakes

Regulator says Fellside Water misled inspectors over scale of discharges, as ministers face calls to strip company of licence

Sewage outflow pipe on the shore of Ullswater. Photograph: Christopher Thomond/The Guardian

Helena Marsh Environment correspondent
Thu 12 Jun 2025 14.02 BST

A water company that discharged untreated sewage into two of the Lake District’s best-known lakes on more than 900 occasions has been fined a record £42m, after the regulator found it had given inspectors “false and misleading” information about its monitoring equipment.

Ofwat said Fellside Water had broken its licence conditions “repeatedly and deliberately” between 2019 and 2023, and that the scale of the failures was “without precedent in the sector”.

The company’s chief executive, Adrian Cole, apologised to customers and said the firm accepted the findings in full. “We got this badly wrong, and I am sorry,” he said in a statement. “We have already replaced the senior team responsible and we are investing £310m in the network over the next five years.”

Campaigners said the fine was too small to change behaviour. Ellen Tranter, who founded the Save Windermere group after swimming in the lake left her ill in 2021, called the penalty “a rounding error for a company that paid out £90m in dividends”.

‘We have been telling them for years that something was very wrong,’ she said. ‘They told us our water samples were unreliable. It turns out theirs were.’

Sign up to Down to Earth
Free weekly newsletter
The planet's most important stories. Get all the week's environment news - the good, the bad and the essential
Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.
after newsletter promotion

The investigation was triggered in 2023 when a whistleblower at the company contacted the regulator. According to Ofwat’s report, staff at two treatment works were instructed to log overflow events only when a supervisor was present, which meant that night-time discharges went unrecorded.

The environment secretary, Rachel Okafor, said she was “appalled” by the findings. Speaking in the Commons, she told MPs that the government would bring forward powers to ban bonuses for water executives whose companies commit serious breaches. “The days of polluters profiting are over,” she said.

The Liberal Democrats, who hold several seats in Cumbria, called for Fellside’s licence to be revoked and the company placed into special administration. Tim Farraday, the party’s environment spokesperson, said Ms Okafor had “the powers she needs already” and should use them.

A Defra spokesperson said: “We are considering all options, including special administration. No water company is too big to be held to account.”

Fellside serves about 1.1 million customers across Cumbria and parts of Lancashire. Its bills are expected to rise by an average of 31% over the next five years under a settlement agreed with Ofwat last year.

Prof Martin Heale, a freshwater ecologist at Lancaster University, said repeated spills had contributed to blooms of blue-green algae that closed parts of Windermere to swimmers for weeks at a time last summer. He warned that the lakes could take a decade to recover even if discharges stopped tomorrow.

Mr Cole said the company would not appeal against the fine and would not pass its cost on to customers. Asked whether he would forgo his own bonus this year, he said that was “a matter for the board”.
""", [
    Q('false and misleading', 'partial', 'Ofwat', 'the regulator', 'found', required=False),
    Q('Fellside Water had broken its licence conditions “repeatedly and deliberately” between 2019 and 2023, and that the scale of the failures was “without precedent in the sector”', 'indirect', 'Ofwat', 'Ofwat', 'said', mctx='Ofwat said Fellside'),
    Q('the firm accepted the findings in full', 'indirect', 'Adrian Cole', 'Adrian Cole', 'said', mctx='Adrian Cole, apologised'),
    Q('We got this badly wrong, and I am sorry,', 'direct', 'Adrian Cole', 'he', 'said', mctx='” he said in a statement'),
    Q('We have already replaced the senior team responsible and we are investing £310m in the network over the next five years.', 'direct', same=True),
    Q('the fine was too small to change behaviour', 'indirect', 'Campaigners', 'Campaigners', 'said'),
    Q('a rounding error for a company that paid out £90m in dividends', 'partial', 'Ellen Tranter', 'Ellen Tranter', 'called'),
    Q('We have been telling them for years that something was very wrong,', 'direct', 'Ellen Tranter', 'she', 'said', mctx='’ she said. ‘They'),
    Q('They told us our water samples were unreliable. It turns out theirs were.', 'direct', same=True),
    Q('staff at two treatment works were instructed to log overflow events only when a supervisor was present, which meant that night-time discharges went unrecorded', 'indirect', 'Ofwat', 'Ofwat’s report', 'according to', key='Ofwat|report'),
    Q('she was “appalled” by the findings', 'indirect', 'Rachel Okafor', 'Rachel Okafor', 'said'),
    Q('the government would bring forward powers to ban bonuses for water executives whose companies commit serious breaches', 'indirect', 'Rachel Okafor', 'she', 'told', mctx='she told MPs'),
    Q('The days of polluters profiting are over,', 'direct', 'Rachel Okafor', 'she', 'said', mctx='” she said.\n\nThe Liberal'),
    Q('for Fellside’s licence to be revoked and the company placed into special administration', 'indirect', 'The Liberal Democrats', 'The Liberal Democrats', 'called for', required=False, key='Democrats'),
    Q('Ms Okafor had “the powers she needs already” and should use them', 'indirect', 'Tim Farraday', 'Tim Farraday', 'said'),
    Q('We are considering all options, including special administration. No water company is too big to be held to account.', 'direct', 'A Defra spokesperson', 'A Defra spokesperson', 'said', key='spokesperson|Defra'),
    Q('repeated spills had contributed to blooms of blue-green algae that closed parts of Windermere to swimmers for weeks at a time last summer', 'indirect', 'Martin Heale', 'Prof Martin Heale', 'said'),
    Q('the lakes could take a decade to recover even if discharges stopped tomorrow', 'indirect', 'Martin Heale', 'He', 'warned'),
    Q('the company would not appeal against the fine and would not pass its cost on to customers', 'indirect', 'Adrian Cole', 'Mr Cole', 'said'),
    Q('that was “a matter for the board”', 'indirect', 'Adrian Cole', 'he', 'said', mctx='he said that was'),
])

article('04_kyiv_prisoner_talks.txt', """Ukraine, Russia agree to swap 1,000 prisoners each after Istanbul talks, no progress on ceasefire

by Oleksandra Hrytsenko June 2, 2025 9:14 PM 4 min read

Ukrainian and Russian delegations at the Ciragan Palace in Istanbul, Turkey, on June 2, 2025. (Turkish Foreign Ministry / Anadolu via Getty Images)

Ukraine and Russia agreed on June 2 to exchange 1,000 prisoners of war each, the largest swap since the start of the full-scale invasion, but the second round of direct talks in Istanbul produced no agreement on a ceasefire, Ukrainian officials said.

The meeting at Istanbul's Ciragan Palace lasted just over an hour. Ukraine's delegation was led by Defense Minister Serhii Lytvynchuk, while Moscow sent the same team it fielded in May, headed by presidential aide Nikolai Vorontsov.

"We agreed on the exchange of all seriously wounded and young soldiers aged 18 to 25, as well as the return of the bodies of the fallen," Lytvynchuk said at a press conference after the talks. "This is a humanitarian result. Unfortunately, there is no political result."

He said the Russian side had handed over a memorandum setting out its conditions for a ceasefire, which Kyiv would study, but that the document "repeated the same ultimatums we have heard for three years."

Moscow said the talks had been "useful." In a statement published on Telegram, the Russian delegation said it had proposed a two-to-three-day ceasefire in "certain sections of the front" to allow the collection of bodies.

Vorontsov told Russian state media that the memorandum included demands for the withdrawal of Ukrainian troops from the four regions Russia claims to have annexed. Ukraine has rejected that demand as a non-starter.

Read also: Explainer: What is in Russia's "peace memorandum"?

Turkish Foreign Minister Kerem Aydınlı, who hosted the meeting, described the atmosphere as "not negative" and said Ankara was ready to host a third round "at any level, including the leaders."

President Volodymyr Zelensky said in his evening address that Ukraine would not accept "a ceasefire on paper while Russian missiles keep flying." He called for new sanctions against Russia's banking sector if Moscow did not agree to an unconditional 30-day truce.

Beijing, which has avoided criticizing Moscow over the war, warned against "any actions that could escalate the situation" and said it supported "all efforts conducive to peace," according to a Chinese Foreign Ministry spokesperson.

The talks came a day after Ukraine's Security Service (SBU) said it had struck more than 40 Russian strategic bombers at four airfields deep inside Russia in an operation codenamed "Spiderweb." The Kyiv Independent could not independently verify the claim.

Russia's Defense Ministry confirmed that several aircraft had been "set on fire" in the Murmansk and Irkutsk regions but said the fires had been extinguished and that "participants in the terrorist attacks" had been detained.

According to Ukrainian military intelligence spokesperson Andrii Yusov, the prisoner exchange could take place in stages as early as next week.

A source in the Ukrainian delegation told the Kyiv Independent that the Russian side had refused to discuss the return of Ukrainian children deported to Russia, saying the issue required "additional verification."

"They looked at the list of 339 children and said they would study it. That is what they always say," the source said on condition of anonymity because they were not authorized to speak to the media.

Ukraine's Foreign Ministry said it had briefed its partners in Washington, Brussels and London on the outcome of the meeting.

Note from the author:

Hi, this is Oleksandra. Thank you for reading our coverage. If you value independent journalism from Ukraine, please consider becoming a member.
""", [
    Q('Ukraine and Russia agreed on June 2 to exchange 1,000 prisoners of war each, the largest swap since the start of the full-scale invasion, but the second round of direct talks in Istanbul produced no agreement on a ceasefire', 'indirect', 'Ukrainian officials', 'Ukrainian officials', 'said', key='officials'),
    Q('We agreed on the exchange of all seriously wounded and young soldiers aged 18 to 25, as well as the return of the bodies of the fallen,', 'direct', 'Serhii Lytvynchuk', 'Lytvynchuk', 'said', mctx='Lytvynchuk said at'),
    Q('This is a humanitarian result. Unfortunately, there is no political result.', 'direct', same=True),
    Q('the Russian side had handed over a memorandum setting out its conditions for a ceasefire, which Kyiv would study, but that the document "repeated the same ultimatums we have heard for three years."', 'indirect', 'Serhii Lytvynchuk', 'He', 'said', mctx='He said the Russian side'),
    Q('the talks had been "useful."', 'indirect', 'Moscow', 'Moscow', 'said', mctx='Moscow said the talks'),
    Q('it had proposed a two-to-three-day ceasefire in "certain sections of the front" to allow the collection of bodies', 'indirect', 'the Russian delegation', 'the Russian delegation', 'said', key='delegation'),
    Q('the memorandum included demands for the withdrawal of Ukrainian troops from the four regions Russia claims to have annexed', 'indirect', 'Nikolai Vorontsov', 'Vorontsov', 'told', mctx='Vorontsov told'),
    Q('not negative', 'partial', 'Kerem Aydınlı', 'Turkish Foreign Minister Kerem Aydınlı', 'described'),
    Q('Ankara was ready to host a third round "at any level, including the leaders."', 'indirect', 'Kerem Aydınlı', 'Turkish Foreign Minister Kerem Aydınlı', 'said'),
    Q('Ukraine would not accept "a ceasefire on paper while Russian missiles keep flying."', 'indirect', 'Volodymyr Zelensky', 'President Volodymyr Zelensky', 'said'),
    Q("new sanctions against Russia's banking sector if Moscow did not agree to an unconditional 30-day truce", 'indirect', 'Volodymyr Zelensky', 'He', 'called for', required=False),
    Q('any actions that could escalate the situation', 'partial', 'Beijing', 'Beijing', 'warned', key='Beijing|spokesperson'),
    Q('it supported "all efforts conducive to peace,"', 'indirect', 'Beijing', 'Beijing', 'said', key='Beijing|spokesperson'),
    Q('it had struck more than 40 Russian strategic bombers at four airfields deep inside Russia in an operation codenamed "Spiderweb."', 'indirect', "Ukraine's Security Service", "Ukraine's Security Service (SBU)", 'said', key='SBU|Service'),
    Q('several aircraft had been "set on fire" in the Murmansk and Irkutsk regions', 'indirect', "Russia's Defense Ministry", "Russia's Defense Ministry", 'confirmed', key='Ministry'),
    Q('the fires had been extinguished and that "participants in the terrorist attacks" had been detained', 'indirect', "Russia's Defense Ministry", "Russia's Defense Ministry", 'said', key='Ministry'),
    Q('the prisoner exchange could take place in stages as early as next week', 'indirect', 'Andrii Yusov', 'Andrii Yusov', 'according to'),
    Q('the Russian side had refused to discuss the return of Ukrainian children deported to Russia, saying the issue required "additional verification."', 'indirect', 'A source in the Ukrainian delegation', 'A source in the Ukrainian delegation', 'told', key='source'),
    Q('They looked at the list of 339 children and said they would study it. That is what they always say,', 'direct', 'A source in the Ukrainian delegation', 'the source', 'said', key='source'),
    Q('it had briefed its partners in Washington, Brussels and London on the outcome of the meeting', 'indirect', "Ukraine's Foreign Ministry", "Ukraine's Foreign Ministry", 'said', key='Ministry'),
])

article('05_business_earnings.txt', """Halvorsen Foods shares slide as cocoa costs eat into profit; CEO says price rises 'not over'

By Daniel Okoro, Markets Reporter

Published 7:42 AM ET, Thu July 24, 2025

Shares of Halvorsen Foods fell nearly 9% in early trading on Thursday after the chocolate and snack maker reported a steeper-than-expected drop in quarterly profit and warned that record cocoa prices would weigh on results well into next year.

The Minneapolis-based company, whose brands include Brightwell bars and Pocket Crunch cookies, said net income fell 27% to $412 million, or $1.94 a share, in the three months to June 30. Analysts polled by LSEG had expected $2.21 a share. Revenue rose 3% to $5.8 billion, helped by higher prices, but volumes fell 4.5%.

Chief executive Sandra K. Lindqvist told analysts on a conference call that the company had raised prices on about two-thirds of its portfolio since January and that further increases were likely.

"I wish I could tell you we are at the end of pricing. We are not," Lindqvist said. "Cocoa is trading at levels none of us have seen in our careers, and we are not going to sacrifice the quality of our products to hide that from consumers."

Cocoa futures in New York have more than doubled over the past 18 months after poor harvests in Ivory Coast and Ghana, which together produce about 60% of the world's supply.

Chief financial officer Marcus Bell said the company now expects full-year adjusted earnings of $7.10 to $7.40 a share, down from a previous forecast of $7.85 to $8.15. He said the cut reflected cocoa costs as well as weaker demand from lower-income shoppers, who he said were "trading down" to store brands.

Some investors had been bracing for worse. "The guidance cut is painful, but it's not the kitchen-sink quarter some people feared," said Rebecca Thorne, an analyst at Ardent Securities who rates the stock a buy. She said Halvorsen's pricing power remained among the strongest in the sector.

Others were less forgiving. Piotr Zieliński of Castlegate Research wrote in a note to clients that the company was "running out of road" with price increases and that volumes could fall further if shoppers balked.

Halvorsen said it would accelerate a cost-cutting program announced last year, targeting $600 million in savings by 2027, up from $450 million. The plan includes closing a plant in Reading, Pennsylvania, that employs about 380 people.

A company spokeswoman, Tara Munoz, said in an email that affected employees would be offered jobs at other Halvorsen sites or severance packages. The plant is expected to close by the end of 2026.

The United Food and Commercial Workers union, which represents workers at the Reading plant, said it was "blindsided" by the announcement. "These workers kept the lines running through a pandemic," the union said in a statement. "They deserve better than to find out from a press release."

Rival Crowley Confections, which reports results next week, has also raised prices twice this year. Crowley did not respond to a request for comment.

Halvorsen shares were down 8.7% at $142.30 by mid-morning. They have lost about a fifth of their value this year.

Related: Why your chocolate bar keeps getting smaller
""", [
    Q('record cocoa prices would weigh on results well into next year', 'indirect', 'Halvorsen Foods', 'the chocolate and snack maker', 'warned', key='Halvorsen|maker'),
    Q('net income fell 27% to $412 million, or $1.94 a share, in the three months to June 30', 'indirect', 'Halvorsen Foods', 'The Minneapolis-based company', 'said', key='Halvorsen|company'),
    Q('the company had raised prices on about two-thirds of its portfolio since January and that further increases were likely', 'indirect', 'Sandra K. Lindqvist', 'Sandra K. Lindqvist', 'told'),
    Q('I wish I could tell you we are at the end of pricing. We are not,', 'direct', 'Sandra K. Lindqvist', 'Lindqvist', 'said', mctx='Lindqvist said'),
    Q('Cocoa is trading at levels none of us have seen in our careers, and we are not going to sacrifice the quality of our products to hide that from consumers.', 'direct', same=True),
    Q('the company now expects full-year adjusted earnings of $7.10 to $7.40 a share, down from a previous forecast of $7.85 to $8.15', 'indirect', 'Marcus Bell', 'Marcus Bell', 'said'),
    Q('the cut reflected cocoa costs as well as weaker demand from lower-income shoppers, who he said were "trading down" to store brands', 'indirect', 'Marcus Bell', 'He', 'said', mctx='He said the cut'),
    Q("The guidance cut is painful, but it's not the kitchen-sink quarter some people feared,", 'direct', 'Rebecca Thorne', 'Rebecca Thorne', 'said'),
    Q("Halvorsen's pricing power remained among the strongest in the sector", 'indirect', 'Rebecca Thorne', 'She', 'said', mctx='She said Halvorsen'),
    Q('the company was "running out of road" with price increases and that volumes could fall further if shoppers balked', 'indirect', 'Piotr Zieliński', 'Piotr Zieliński', 'wrote'),
    Q('it would accelerate a cost-cutting program announced last year, targeting $600 million in savings by 2027, up from $450 million', 'indirect', 'Halvorsen Foods', 'Halvorsen', 'said', mctx='Halvorsen said it would', key='Halvorsen'),
    Q('affected employees would be offered jobs at other Halvorsen sites or severance packages', 'indirect', 'Tara Munoz', 'Tara Munoz', 'said'),
    Q('it was "blindsided" by the announcement', 'indirect', 'The United Food and Commercial Workers union', 'The United Food and Commercial Workers union', 'said', key='union'),
    Q('These workers kept the lines running through a pandemic,', 'direct', 'The United Food and Commercial Workers union', 'the union', 'said', key='union'),
    Q('They deserve better than to find out from a press release.', 'direct', same=True, key='union'),
])

article('06_court_fraud_trial.txt', """Former hospital executive guilty of $14m kickback scheme

Jury deliberated for less than a day in case of ex-finance chief who steered contracts to friend's firm

By Laura Gentry, Courts Reporter

PHILADELPHIA — A federal jury on Friday convicted a former chief financial officer of a regional hospital network of steering $14 million in contracts to a consulting firm run by his college roommate in exchange for cash, luxury travel and a lakeside cabin.

Gregory P. Ashworth, 58, of Bryn Mawr, was found guilty on 11 counts including honest-services wire fraud, conspiracy and money laundering. He faces up to 20 years in prison on the most serious count. Sentencing was set for October 9.

Ashworth, who served as CFO of Delaware Valley Health Partners from 2016 to 2022, showed no reaction as the verdict was read. His wife, seated in the second row, wept.

"Mr. Ashworth treated a nonprofit hospital system as his personal piggy bank," Assistant U.S. Attorney Naomi Reyes said in her closing argument on Thursday. "Every dollar he diverted was a dollar that did not go to nurses, to equipment, to patients."

Prosecutors said Ashworth approved more than 40 invoices from Keystone Advisory Group for work that was never performed or was billed at many times its value. The firm's owner, Bradley Voss, pleaded guilty last year and testified against Ashworth under a cooperation agreement.

On the stand, Voss told jurors that he had handed Ashworth envelopes of cash "two or three times a year" in the parking garage of a Center City hotel. Asked by a prosecutor why he had done it, Voss said: "Because that was the deal. If I didn't take care of Greg, Greg didn't take care of me."

Defense attorney Michael T. Brandt argued that Voss was a liar trying to shorten his own sentence, and that the hospital's board had approved the consulting contracts. In his closing, Brandt told the jury that the government's case "rises and falls on the word of a confessed criminal."

After the verdict, Brandt said his client was "disappointed but not defeated" and would appeal. He said the judge had wrongly excluded testimony from two former board members who would have supported Ashworth's account.

U.S. District Judge Evelyn Shore denied a defense request to allow Ashworth to remain free until sentencing, ruling that he posed a flight risk because of property he owns in Portugal.

"The court has considered the defendant's ties to the community," Shore said from the bench. "They are substantial. So are his resources abroad."

Delaware Valley Health Partners, which operates five hospitals in southeastern Pennsylvania, said in a statement that it had "cooperated fully" with investigators and had since overhauled its procurement rules. The network has sued Ashworth and Voss in state court to recover the money.

U.S. Attorney Dennis Carvalho said the verdict should serve as a warning to executives at nonprofit institutions. "Hospitals are entrusted with public money and public trust," he said outside the courthouse. "When someone betrays both, we will come for them."

According to court filings, Ashworth used part of the money to buy a cabin on Lake Wallenpaupack in 2019, which he titled in the name of a limited liability company controlled by Voss's brother-in-law.

Jurors declined to speak with reporters as they left the courthouse.
""", [
    Q('Mr. Ashworth treated a nonprofit hospital system as his personal piggy bank,', 'direct', 'Naomi Reyes', 'Assistant U.S. Attorney Naomi Reyes', 'said'),
    Q('Every dollar he diverted was a dollar that did not go to nurses, to equipment, to patients.', 'direct', same=True),
    Q('Ashworth approved more than 40 invoices from Keystone Advisory Group for work that was never performed or was billed at many times its value', 'indirect', 'Prosecutors', 'Prosecutors', 'said'),
    Q('he had handed Ashworth envelopes of cash "two or three times a year" in the parking garage of a Center City hotel', 'indirect', 'Bradley Voss', 'Voss', 'told', mctx='Voss told jurors'),
    Q("Because that was the deal. If I didn't take care of Greg, Greg didn't take care of me.", 'direct', 'Bradley Voss', 'Voss', 'said', mctx='Voss said:'),
    Q("Voss was a liar trying to shorten his own sentence, and that the hospital's board had approved the consulting contracts", 'indirect', 'Michael T. Brandt', 'Defense attorney Michael T. Brandt', 'argued'),
    Q('the government\'s case "rises and falls on the word of a confessed criminal."', 'indirect', 'Michael T. Brandt', 'Brandt', 'told', mctx='Brandt told the jury'),
    Q('his client was "disappointed but not defeated" and would appeal', 'indirect', 'Michael T. Brandt', 'Brandt', 'said', mctx='Brandt said his client'),
    Q("the judge had wrongly excluded testimony from two former board members who would have supported Ashworth's account", 'indirect', 'Michael T. Brandt', 'He', 'said', mctx='He said the judge'),
    Q('he posed a flight risk because of property he owns in Portugal', 'indirect', 'Evelyn Shore', 'U.S. District Judge Evelyn Shore', 'ruling', required=False),
    Q("The court has considered the defendant's ties to the community,", 'direct', 'Evelyn Shore', 'Shore', 'said', mctx='Shore said from'),
    Q('They are substantial. So are his resources abroad.', 'direct', same=True),
    Q('it had "cooperated fully" with investigators and had since overhauled its procurement rules', 'indirect', 'Delaware Valley Health Partners', 'Delaware Valley Health Partners', 'said', mctx='Delaware Valley Health Partners, which operates', key='Partners'),
    Q('the verdict should serve as a warning to executives at nonprofit institutions', 'indirect', 'Dennis Carvalho', 'U.S. Attorney Dennis Carvalho', 'said'),
    Q('Hospitals are entrusted with public money and public trust,', 'direct', 'Dennis Carvalho', 'he', 'said', mctx='" he said outside'),
    Q('When someone betrays both, we will come for them.', 'direct', same=True),
    Q("Ashworth used part of the money to buy a cabin on Lake Wallenpaupack in 2019, which he titled in the name of a limited liability company controlled by Voss's brother-in-law", 'indirect', 'court filings', 'court filings', 'according to', key='filings'),
])

article('07_sport_football.txt', """Callow's late double sinks Rovers as Ashbury boss hails 'character'

By Sam Whitlock at the Riverside Ground

Ashbury Town 3-2 Kingsmere Rovers

Two goals in the last six minutes from substitute Jordan Callow completed a remarkable comeback as Ashbury Town beat Kingsmere Rovers 3-2 to move within a point of the Championship play-off places.

Rovers had looked comfortable after goals from Theo Mbeki-Hart and Luis Carrasco put them 2-0 up shortly after half-time, but Ashbury manager Neil Duggan's triple substitution on the hour turned the game.

Femi Adeyinka pulled one back with a header from a corner in the 71st minute before Callow, who had been on the pitch for less than 20 minutes, struck twice, first with a low shot into the far corner and then with a stooping header in stoppage time.

"I've been in football a long time and I don't think I've been prouder of a group," Duggan said. "At 2-0 down a lot of teams go under here. We didn't. That's character, that's the dressing room, and the fans dragged us over the line at the end."

Asked about Callow, who has started only four league games this season, Duggan said the 20-year-old had "earned the right to be in the conversation" for a starting place.

"He's been knocking on the door in training for weeks," he added. "Today he kicked it down."

Callow himself was more modest. "The lads did the hard work, I just had to be in the right place," he told BBC Radio Ashbury. "My mum's in the stand today so that's one for her."

Kingsmere manager Sophie Grennan was left to rue her side's failure to see out the game. Her team has now dropped 14 points from winning positions this season, more than any other side in the division.

"It's the same story and I'm sick of telling it," Grennan said. "We were excellent for an hour. Then we stopped doing the things that got us there. At this level, if you switch off for ten minutes, you get punished, and we got punished."

She refused to blame goalkeeper Aaron Tilley, who appeared to misjudge the cross for the winning goal. "I'm not going to single anyone out. We lost that as a team."

Grennan also criticised the decision to award the corner that led to Ashbury's first goal, saying replays showed the ball had come off an Ashbury player. "The officials have a tough job, I know that, but that one's not difficult," she said.

The result leaves Rovers 15th, nine points above the relegation zone. They host leaders Westbridge on Tuesday.

Ashbury's captain, Ryan Osborne, said the dressing room had been "absolutely bouncing" after the final whistle.

Man of the match: Jordan Callow (Ashbury Town)

Attendance: 18,204

Ashbury: Pearce; Lowe, Adeyinka, Whitfield, Mensah; Osborne, Grant (Callow 68), Doyle (Fenn 60); Harding, Ocampo (Reid 60), Byrne.

Kingsmere: Tilley; Amadi, Foster, Kerr, Yates; Carrasco, Lindgren, Palmer (Sousa 80); Mbeki-Hart, Quinn, Alderton (Bright 75).
""", [
    Q("I've been in football a long time and I don't think I've been prouder of a group,", 'direct', 'Neil Duggan', 'Duggan', 'said', mctx='Duggan said. "At'),
    Q("At 2-0 down a lot of teams go under here. We didn't. That's character, that's the dressing room, and the fans dragged us over the line at the end.", 'direct', same=True),
    Q('the 20-year-old had "earned the right to be in the conversation" for a starting place', 'indirect', 'Neil Duggan', 'Duggan', 'said', mctx='Duggan said the 20-year-old'),
    Q("He's been knocking on the door in training for weeks,", 'direct', 'Neil Duggan', 'he', 'added', mctx='he added'),
    Q('Today he kicked it down.', 'direct', same=True),
    Q('The lads did the hard work, I just had to be in the right place,', 'direct', 'Jordan Callow', 'he', 'told', mctx='he told BBC Radio Ashbury'),
    Q("My mum's in the stand today so that's one for her.", 'direct', same=True),
    Q("It's the same story and I'm sick of telling it,", 'direct', 'Sophie Grennan', 'Grennan', 'said', mctx='Grennan said. "We'),
    Q('We were excellent for an hour. Then we stopped doing the things that got us there. At this level, if you switch off for ten minutes, you get punished, and we got punished.', 'direct', same=True),
    Q("I'm not going to single anyone out. We lost that as a team.", 'direct', 'Sophie Grennan', 'She', 'refused', mctx='She refused to blame'),
    Q("replays showed the ball had come off an Ashbury player", 'indirect', 'Sophie Grennan', 'Grennan', 'saying', mctx='Grennan also criticised'),
    Q("The officials have a tough job, I know that, but that one's not difficult,", 'direct', 'Sophie Grennan', 'she', 'said', mctx="\" she said.\n\nThe result"),
    Q('the dressing room had been "absolutely bouncing" after the final whistle', 'indirect', 'Ryan Osborne', 'Ryan Osborne', 'said'),
])

article('08_science_sleep.txt', """Teenagers who get less than seven hours' sleep face higher risk of depression, study finds

Researchers tracked more than 11,000 adolescents over six years, but experts caution that the link may run both ways

By Dr. Anita Rao, Health and Science Editor

Teenagers who regularly sleep fewer than seven hours a night are significantly more likely to develop symptoms of depression by early adulthood, according to a large study published on Wednesday in JAMA Pediatrics.

The researchers, led by a team at the University of Edinburgh, followed 11,438 young people in the UK from the age of 12 until they turned 18. Participants wore wrist-mounted activity trackers for a week each year and completed questionnaires about their mood.

Those who averaged less than seven hours of sleep at age 14 were 41% more likely to meet the threshold for moderate depression at 18 than those who slept eight hours or more, the study found. The association held after the researchers accounted for family income, screen time and physical activity.

"What struck us was how consistent the pattern was," said Dr. Fiona MacLeod, a sleep epidemiologist and the study's lead author. "It wasn't just the kids who were sleeping four or five hours. Even a modest shortfall, an hour a night, showed up years later."

MacLeod said the findings added to evidence that the teenage years are a sensitive period for the brain's emotional circuitry, which continues to develop into the mid-twenties. Sleep, she said, "is when a lot of that wiring gets done."

The study was observational, meaning it cannot prove that short sleep causes depression. Teenagers who are already struggling with low mood often sleep badly, and the authors acknowledged that the relationship is likely to run in both directions.

Dr. Samuel Achterberg, a psychiatrist at Amsterdam UMC who was not involved in the research, called it "one of the more careful studies of its kind" but warned against drawing simple conclusions.

"Parents should not read this and think that if they force their 15-year-old into bed at nine, depression goes away," he said. "Sleep is one thread in a very complicated picture."

Previous research has produced mixed results. A 2021 analysis of 23 studies by researchers at the University of Melbourne found a modest link between short sleep and later anxiety, but a weaker one for depression.

The American Academy of Sleep Medicine recommends that teenagers aged 13 to 18 sleep eight to ten hours a night. Surveys suggest that fewer than a third do on school nights.

School start times have become a focus for campaigners. California became the first US state to require later start times for high schools in 2022, and several UK schools have run trials.

Professor Karen Oduya, who chairs the Royal College of Paediatrics' adolescent health committee, said the study strengthened the case for later starts. "We keep asking teenagers to function at a time of day when their biology is telling them to be asleep," she said. "Then we are surprised when they are exhausted."

The researchers plan to follow the same group into their mid-twenties. The study was funded by the Medical Research Council and the Wellcome Trust.

If you are affected by any of the issues in this article, you can find support at the NHS website.
""", [
    Q('Teenagers who regularly sleep fewer than seven hours a night are significantly more likely to develop symptoms of depression by early adulthood', 'indirect', 'a large study published on Wednesday in JAMA Pediatrics', 'a large study published on Wednesday in JAMA Pediatrics', 'according to', key='study'),
    Q('Those who averaged less than seven hours of sleep at age 14 were 41% more likely to meet the threshold for moderate depression at 18 than those who slept eight hours or more', 'indirect', 'the study', 'the study', 'found', required=False, key='study'),
    Q('What struck us was how consistent the pattern was,', 'direct', 'Fiona MacLeod', 'Dr. Fiona MacLeod', 'said'),
    Q("It wasn't just the kids who were sleeping four or five hours. Even a modest shortfall, an hour a night, showed up years later.", 'direct', same=True),
    Q("the findings added to evidence that the teenage years are a sensitive period for the brain's emotional circuitry, which continues to develop into the mid-twenties", 'indirect', 'Fiona MacLeod', 'MacLeod', 'said', mctx='MacLeod said the findings'),
    Q('is when a lot of that wiring gets done.', 'partial', 'Fiona MacLeod', 'she', 'said', mctx='she said, "is'),
    Q('the relationship is likely to run in both directions', 'indirect', 'the authors', 'the authors', 'acknowledged', key='authors'),
    Q('one of the more careful studies of its kind', 'partial', 'Samuel Achterberg', 'Dr. Samuel Achterberg', 'called'),
    Q('Parents should not read this and think that if they force their 15-year-old into bed at nine, depression goes away,', 'direct', 'Samuel Achterberg', 'he', 'said', mctx='" he said. "Sleep'),
    Q('Sleep is one thread in a very complicated picture.', 'direct', same=True),
    Q('a modest link between short sleep and later anxiety, but a weaker one for depression', 'indirect', 'researchers at the University of Melbourne', 'researchers at the University of Melbourne', 'found', required=False, key='researchers|analysis'),
    Q('teenagers aged 13 to 18 sleep eight to ten hours a night', 'indirect', 'The American Academy of Sleep Medicine', 'The American Academy of Sleep Medicine', 'recommends', required=False, key='Medicine|Academy'),
    Q('fewer than a third do on school nights', 'indirect', 'Surveys', 'Surveys', 'suggest', required=False, key='Surveys'),
    Q('the study strengthened the case for later starts', 'indirect', 'Karen Oduya', 'Professor Karen Oduya', 'said'),
    Q('We keep asking teenagers to function at a time of day when their biology is telling them to be asleep,', 'direct', 'Karen Oduya', 'she', 'said', mctx='" she said. "Then'),
    Q('Then we are surprised when they are exhausted.', 'direct', same=True),
])

article('09_local_council_bikes.txt', """City council approves bike lanes on Grand Avenue after four-hour hearing

Vote was 6-3; business owners warn of lost parking

By Teresa Vu
Staff Writer
Updated 11:05 p.m. Tuesday

The Millbrook City Council voted 6-3 late Tuesday to install protected bike lanes along a 1.8-mile stretch of Grand Avenue, ending a months-long fight that pitted cycling advocates against many of the street's small-business owners.

The $4.2 million project will remove about 140 of the corridor's 310 on-street parking spaces and reduce Grand from four travel lanes to two between Fifth Street and Lindell Park. Construction is scheduled to begin next spring.

More than 90 people signed up to speak during the public hearing, which ran past 10 p.m.

Councilmember Rosa Delgado, who represents the district and sponsored the plan, said three cyclists had been killed on Grand in the past five years. "We have studied this street to death, and meanwhile people are actually dying on it," Delgado said before the vote. "I am not willing to wait for a fourth."

Mayor Howard Pike, who does not vote except to break ties, said he supported the project but understood the frustration of merchants. He promised that the city would create a loading zone on every block and study a parking garage near the Fifth Street intersection.

Several business owners told the council that their customers, many of them older, would simply stop coming. Marlene Fisk, who has run Fisk Hardware on Grand for 31 years, said sales at stores on nearby Oak Street had dropped after a similar project there in 2021.

"You are going to kill this street to save it," Fisk told the council. "Come back in two years and count the empty windows."

City staff disputed that account. A report by the Public Works Department found that sales-tax receipts on Oak Street were 6% higher in 2023 than before the lanes were installed, though the report noted that the pandemic made comparisons difficult.

Councilmember Greg Oyelaran, who voted no, said the city had not done enough outreach. He said he had received more than 400 emails on the issue, "and I can count on one hand the ones from people who live on Grand."

The Millbrook Bicycle Coalition, which organized a ride to City Hall before the meeting, said in a statement that the vote was "a turning point for safe streets in this city."

Not all opponents were business owners. Dennis Harlow, a retired firefighter who lives two blocks from Grand, worried that narrowing the road would slow emergency vehicles. Fire Chief Amanda Soto said her department had reviewed the design and that the lanes would include mountable curbs that fire trucks could drive over.

The council also voted to ask staff to return in 18 months with data on traffic, crashes and business revenue. Delgado said she welcomed that. "If the numbers tell us we got something wrong, we will fix it," she said.

Councilmembers Oyelaran, Beth Kimura and Sal Ricci voted against the plan.

The city will hold an open house on the construction schedule on March 12 at the Lindell Park Community Center.

Have a news tip? Email tvu@millbrookledger.com or call 555-0142.
""", [
    Q('three cyclists had been killed on Grand in the past five years', 'indirect', 'Rosa Delgado', 'Councilmember Rosa Delgado', 'said'),
    Q('We have studied this street to death, and meanwhile people are actually dying on it,', 'direct', 'Rosa Delgado', 'Delgado', 'said', mctx='Delgado said before'),
    Q('I am not willing to wait for a fourth.', 'direct', same=True),
    Q('he supported the project but understood the frustration of merchants', 'indirect', 'Howard Pike', 'Mayor Howard Pike', 'said'),
    Q('the city would create a loading zone on every block and study a parking garage near the Fifth Street intersection', 'indirect', 'Howard Pike', 'He', 'promised'),
    Q('their customers, many of them older, would simply stop coming', 'indirect', 'Several business owners', 'Several business owners', 'told', key='owners'),
    Q('sales at stores on nearby Oak Street had dropped after a similar project there in 2021', 'indirect', 'Marlene Fisk', 'Marlene Fisk', 'said'),
    Q('You are going to kill this street to save it,', 'direct', 'Marlene Fisk', 'Fisk', 'told', mctx='Fisk told the council'),
    Q('Come back in two years and count the empty windows.', 'direct', same=True),
    Q('sales-tax receipts on Oak Street were 6% higher in 2023 than before the lanes were installed', 'indirect', 'the Public Works Department', 'A report by the Public Works Department', 'found', required=False, key='Department|report'),
    Q('the pandemic made comparisons difficult', 'indirect', 'the Public Works Department', 'the report', 'noted', required=False, key='report|Department'),
    Q('the city had not done enough outreach', 'indirect', 'Greg Oyelaran', 'Councilmember Greg Oyelaran', 'said'),
    Q('he had received more than 400 emails on the issue, "and I can count on one hand the ones from people who live on Grand."', 'indirect', 'Greg Oyelaran', 'He', 'said', mctx='He said he had received'),
    Q('the vote was "a turning point for safe streets in this city."', 'indirect', 'The Millbrook Bicycle Coalition', 'The Millbrook Bicycle Coalition', 'said', key='Coalition'),
    Q('narrowing the road would slow emergency vehicles', 'indirect', 'Dennis Harlow', 'Dennis Harlow', 'worried', required=False),
    Q('her department had reviewed the design and that the lanes would include mountable curbs that fire trucks could drive over', 'indirect', 'Amanda Soto', 'Fire Chief Amanda Soto', 'said'),
    Q('she welcomed that', 'indirect', 'Rosa Delgado', 'Delgado', 'said', mctx='Delgado said she welcomed'),
    Q('If the numbers tell us we got something wrong, we will fix it,', 'direct', 'Rosa Delgado', 'she', 'said', mctx='" she said.\n\nCouncilmembers'),
])

article('10_liveblog_storm.txt', """Storm Isolde live: Thousands without power as 90mph gusts hit west coast; rail services suspended

Key events
Show key events only

Updated at 16.48 BST

Live coverage by Chris Lyle and Megan Hart

16.48 BST

JUST IN: Network Rail has suspended all services north of Preston until at least 8pm, citing fallen trees on the line at three locations.

A Network Rail spokesperson said engineers were "working as fast as safely possible" but warned passengers not to travel.

16.31 BST

Energy North says 48,000 homes are without power

The distribution company has just updated its figures. Energy North said 48,000 customers were without electricity, most of them in Argyll, Dumfries and Galloway and west Cumbria. It said crews had reconnected about 12,000 homes since midday but that conditions were making repairs dangerous.

Its operations director, Graham Niven, told BBC Scotland: "Our teams are out there, but we will not send people up poles in 90mph winds. Some customers should prepare to be without power overnight."

Share

16.10 BST

Met Office extends red warning

The Met Office has extended its red "danger to life" warning for wind until 9pm. Chief meteorologist Dr Helen Parr said the strongest gusts were expected in the next three hours.

"This is a very dangerous storm. Please stay indoors if you can, and if you must go out, keep away from the coast," she said.

15.52 BST

JUST IN: A man in his sixties has died after a tree fell on his car near Lockerbie, Police Scotland said. His next of kin have been informed.

15.40 BST

First minister: 'Listen to the warnings'

Scotland's first minister, Alasdair Mackie, has been speaking after a meeting of the government's resilience committee. He said:

The next few hours are going to be very difficult. I would urge everyone in the affected areas to listen to the warnings, to look out for vulnerable neighbours, and not to take risks.

He added that ministers had been in contact with all the local authorities affected and that rest centres had been opened in Oban and Stranraer.

15.22 BST

Ferries cancelled

CalMac has cancelled all sailings for the rest of the day. A spokesperson for the ferry operator said it expected disruption to continue into Saturday morning, and passengers should check the website before travelling.

Meanwhile, readers have been sending us pictures of the storm. Ruth in Largs writes:

The waves are coming right over the sea wall. I have lived here 40 years and I have never seen anything like it.

Share

15.05 BST

Our correspondent Tom Adair is in Dumfries, where the River Nith is rising fast. He reports that sandbags have been laid along Whitesands and several shops have closed early. One shop owner told him: "We had the water in here in 2015 and it took us six months to reopen. I'm not waiting around this time."

14.50 BST

Welcome to our live coverage of Storm Isolde, the ninth named storm of the season.
""", [
    Q('engineers were "working as fast as safely possible"', 'indirect', 'A Network Rail spokesperson', 'A Network Rail spokesperson', 'said', key='spokesperson|Network Rail'),
    Q('passengers not to travel', 'indirect', 'A Network Rail spokesperson', 'A Network Rail spokesperson', 'warned', required=False, key='spokesperson|Network Rail'),
    Q('48,000 customers were without electricity, most of them in Argyll, Dumfries and Galloway and west Cumbria', 'indirect', 'Energy North', 'Energy North', 'said', mctx='Energy North said 48,000'),
    Q('crews had reconnected about 12,000 homes since midday but that conditions were making repairs dangerous', 'indirect', 'Energy North', 'It', 'said', mctx='It said crews'),
    Q('Our teams are out there, but we will not send people up poles in 90mph winds. Some customers should prepare to be without power overnight.', 'direct', 'Graham Niven', 'Graham Niven', 'told'),
    Q('the strongest gusts were expected in the next three hours', 'indirect', 'Helen Parr', 'Dr Helen Parr', 'said'),
    Q('This is a very dangerous storm. Please stay indoors if you can, and if you must go out, keep away from the coast,', 'direct', 'Helen Parr', 'she', 'said', mctx='" she said.\n\n15.52'),
    Q('A man in his sixties has died after a tree fell on his car near Lockerbie', 'indirect', 'Police Scotland', 'Police Scotland', 'said'),
    Q('The next few hours are going to be very difficult. I would urge everyone in the affected areas to listen to the warnings, to look out for vulnerable neighbours, and not to take risks.', 'block', 'Alasdair Mackie', 'He', 'said', mctx='He said:'),
    Q('ministers had been in contact with all the local authorities affected and that rest centres had been opened in Oban and Stranraer', 'indirect', 'Alasdair Mackie', 'He', 'added', mctx='He added that'),
    Q('it expected disruption to continue into Saturday morning, and passengers should check the website before travelling', 'indirect', 'A spokesperson for the ferry operator', 'A spokesperson for the ferry operator', 'said', key='spokesperson|CalMac'),
    Q('The waves are coming right over the sea wall. I have lived here 40 years and I have never seen anything like it.', 'block', 'Ruth in Largs', 'Ruth in Largs', 'writes', key='Ruth'),
    Q('sandbags have been laid along Whitesands and several shops have closed early', 'indirect', 'Tom Adair', 'He', 'reports', mctx='He reports'),
    Q("We had the water in here in 2015 and it took us six months to reopen. I'm not waiting around this time.", 'direct', 'One shop owner', 'One shop owner', 'told', key='owner'),
])

article('11_web_studio_layoffs.txt', """Lanternfish Games lays off 40% of staff, cancels unannounced sci-fi project
Posted by Kieran Doyle | May 6, 2025 | Gaming, Industry
Share on Facebook Share on X Share on Reddit

Lanternfish Games, the Montreal studio behind the 2021 cult hit Hollow Tide, has laid off around 120 employees and cancelled an unannounced science-fiction game that had been in development for three years, the company confirmed on Tuesday.

The cuts affect roughly 40% of the studio's workforce. Studio head Marie-Ève Tremblay announced the news in an internal memo that was later shared publicly on the company's blog. In it, she described the decision as the hardest she had made in 15 years of running the studio:

Today we are saying goodbye to many talented people who gave years of their lives to Lanternfish. This is not a reflection of their work. We made bets on a project that became bigger and more expensive than we could sustain, and the responsibility for that is mine.

Tremblay said departing staff would receive a minimum of 16 weeks' severance, extended health coverage until the end of the year and help finding new positions.

The cancelled project, internally codenamed "Meridian," was a large open-world game that would have been the studio's most ambitious to date. According to two former employees who spoke to this site, development had been troubled for more than a year, with the game's scope expanding repeatedly as the studio tried to attract a publisher.

One of them, a senior artist who asked not to be named because they were still negotiating their severance, said the team had been told as recently as March that funding was secure.

We were shown a slide at the all-hands that said our runway went to 2027. Six weeks later half of us are gone. I don't blame Marie-Ève personally, but somebody knew.

Lanternfish did not respond to questions about the timeline of its funding.

The studio's publisher for Hollow Tide, Northlight Interactive, said in a statement that it was not involved in Meridian and that its relationship with Lanternfish was unaffected. A sequel to Hollow Tide, announced in 2023, remains in development with a smaller team, the company said.

Industry analysts say the layoffs are part of a broader retrenchment. More than 14,000 games industry jobs were cut worldwide in 2024, according to a tracker maintained by the developer Farhan Noor, and 2025 is on course to match that figure.

Quebec's generous tax credits have helped Montreal become one of the largest game development hubs in the world, but they have not insulated the city's studios from the downturn. Speaking to reporters at an industry event in Montreal last week, Alain Bergeron, president of the Quebec Game Developers Guild, was blunt:

The money that poured into this industry during the pandemic is gone, and it is not coming back at the same level. Studios that grew on the assumption that it would are now paying the price, and unfortunately it is workers who pay first.

Bergeron said the guild was in talks with the provincial government about a fund to help laid-off developers start their own studios.

Several former Lanternfish employees took to social media after the announcement to share their portfolios. "Three years on a game nobody will ever see. Still proud of what we built," wrote one environment artist on Bluesky.

Related posts:
Hollow Tide 2 delayed to 2026
The best indie games of 2024
""", [
    Q('Lanternfish Games, the Montreal studio behind the 2021 cult hit Hollow Tide, has laid off around 120 employees and cancelled an unannounced science-fiction game that had been in development for three years', 'indirect', 'Lanternfish Games', 'the company', 'confirmed', key='Lanternfish|company'),
    Q('the hardest she had made in 15 years of running the studio', 'indirect', 'Marie-Ève Tremblay', 'she', 'described', mctx='she described the decision', required=False),
    Q('Today we are saying goodbye to many talented people who gave years of their lives to Lanternfish. This is not a reflection of their work. We made bets on a project that became bigger and more expensive than we could sustain, and the responsibility for that is mine.', 'block', 'Marie-Ève Tremblay', 'she', ':', mctx='she described the decision'),
    Q("departing staff would receive a minimum of 16 weeks' severance, extended health coverage until the end of the year and help finding new positions", 'indirect', 'Marie-Ève Tremblay', 'Tremblay', 'said', mctx='Tremblay said departing'),
    Q("development had been troubled for more than a year, with the game's scope expanding repeatedly as the studio tried to attract a publisher", 'indirect', 'two former employees who spoke to this site', 'two former employees who spoke to this site', 'according to', key='employees'),
    Q('the team had been told as recently as March that funding was secure', 'indirect', 'a senior artist who asked not to be named', 'a senior artist', 'said', mctx='a senior artist who asked', key='artist'),
    Q("We were shown a slide at the all-hands that said our runway went to 2027. Six weeks later half of us are gone. I don't blame Marie-Ève personally, but somebody knew.", 'block', 'a senior artist who asked not to be named', 'a senior artist', 'said', mctx='a senior artist who asked', key='artist'),
    Q('it was not involved in Meridian and that its relationship with Lanternfish was unaffected', 'indirect', 'Northlight Interactive', 'Northlight Interactive', 'said', key='Northlight|Interactive'),
    Q('A sequel to Hollow Tide, announced in 2023, remains in development with a smaller team', 'indirect', 'Northlight Interactive', 'the company', 'said', mctx='the company said.', key='Northlight|Interactive|company'),
    Q('the layoffs are part of a broader retrenchment', 'indirect', 'Industry analysts', 'Industry analysts', 'say', key='analysts'),
    Q('More than 14,000 games industry jobs were cut worldwide in 2024', 'indirect', 'a tracker maintained by the developer Farhan Noor', 'a tracker maintained by the developer Farhan Noor', 'according to', key='tracker|Noor'),
    Q('The money that poured into this industry during the pandemic is gone, and it is not coming back at the same level. Studios that grew on the assumption that it would are now paying the price, and unfortunately it is workers who pay first.', 'block', 'Alain Bergeron', 'Alain Bergeron', ':'),
    Q('the guild was in talks with the provincial government about a fund to help laid-off developers start their own studios', 'indirect', 'Alain Bergeron', 'Bergeron', 'said', mctx='Bergeron said the guild'),
    Q('Three years on a game nobody will ever see. Still proud of what we built,', 'direct', 'one environment artist', 'one environment artist', 'wrote', key='artist'),
])

article('12_feature_lighthouse_keeper.txt', """The Last Keeper of Skerrow Point

For 38 years, Agnes Mulvey kept a light burning on a rock off the Donegal coast. Now the lighthouse is automated, the island is empty, and she has written a book about the silence.

By Conor Fitzgibbon
Photographs by Niamh Brady

Agnes Mulvey at her cottage in Malin, Co Donegal. She left Skerrow Point for the last time in 2009.

Agnes Mulvey does not like to be called brave. The word comes up, inevitably, within ten minutes of meeting her, and she waves it away like a wasp.

“Brave is for people who have a choice,” she says. “I was twenty-three and I had a husband who wanted to keep a lighthouse. So I kept a lighthouse.”

We are sitting in the front room of her cottage in Malin, a mile from the sea, on a morning when the rain comes in sideways off the Atlantic. She is 81 now, small and exact, with the habit of looking past you at the window while she talks, as if checking the weather. Her memoir, The Lamp and the Dark, is published next month, and she is, by her own account, “mortified” at the fuss.

Skerrow Point is a lump of black rock four miles off the northern tip of Ireland. From 1971 until 2009, when the Commissioners of Irish Lights finished automating the last of the country’s stations, Mulvey and her husband, Seamus, lived there for months at a stretch, tending a light that ships had relied on since 1846.

Seamus died in 2004. She stayed on alone for five more years, which was, she admits, against every regulation.

“Nobody asked too many questions,” she says. “The light was lit. That was all anybody in Dublin cared about.”

The book is not, she insists, a sad one. There are storms in it, and a shipwreck in 1983 in which she and Seamus pulled three Norwegian fishermen out of the water with a rope and a boathook. But mostly it is about routine: the brass that had to be polished, the log that had to be kept, the weather that had to be written down every three hours, whether anybody would read it or not.

“People imagine you’re lonely out there,” she tells me. “You’re not lonely. You’re busy. Loneliness came later, after I came ashore.

“On the rock, everything had a reason. Here, I can sit in this chair all day and nothing happens if I don’t get up. That was the hardest thing to learn.”

Her publisher, Ruairí Gallen of Bogland Press, first heard about her from his mother, who had grown up in Malin. He says he drove up expecting to spend an afternoon and stayed a week.

“She talked and I typed,” Gallen says. “Then she took what I’d typed and rewrote every word of it by hand. She has no patience at all for my sentences.”

Mulvey laughs when I repeat this. “He writes like a man who has never been cold,” she says.

Not everyone in the village remembers the keepers fondly. Automation was welcomed by the Commissioners as a saving, and by some locals as the end of an arrangement they thought old-fashioned. Mulvey’s account of her fight to stay on the rock after her husband’s death is, a former Irish Lights official told me, “generous to herself.” He asked not to be named because he still knows people at the organisation.

When I put this to her, she shrugs. “Probably it is,” she says. “It’s my book.”

The Skerrow light still flashes every fifteen seconds, switched on by a sensor and checked from an office in Dún Laoghaire. Mulvey has not been back to the island since the day she left. A boatman in Malin offers every summer to take her out, she says, and every summer she says no.

I ask her why.

She is quiet for a while. Then: “Because it would be a visit. And I never visited Skerrow. I lived there.”

The Lamp and the Dark is published by Bogland Press on October 2.
""", [
    Q('Brave is for people who have a choice,', 'direct', 'Agnes Mulvey', 'she', 'says', mctx='” she says. “I was'),
    Q('I was twenty-three and I had a husband who wanted to keep a lighthouse. So I kept a lighthouse.', 'direct', same=True),
    Q('mortified', 'partial', 'Agnes Mulvey', 'her own account', 'account', required=False, key='Mulvey|her'),
    Q('which was', 'indirect', 'Agnes Mulvey', 'she', 'admits', required=False, mctx='she admits,', group='admits'),
    Q('against every regulation', 'indirect', 'Agnes Mulvey', 'she', 'admits', required=False, mctx='she admits,', group='admits'),
    Q('Nobody asked too many questions,', 'direct', 'Agnes Mulvey', 'she', 'says', mctx='” she says. “The light'),
    Q('The light was lit. That was all anybody in Dublin cared about.', 'direct', same=True),
    Q('The book is not', 'indirect', 'Agnes Mulvey', 'she', 'insists', required=False, mctx='she insists,', group='insists'),
    Q('a sad one', 'indirect', 'Agnes Mulvey', 'she', 'insists', required=False, mctx='she insists,', group='insists'),
    Q('People imagine you’re lonely out there,', 'direct', 'Agnes Mulvey', 'she', 'tells', mctx='” she tells me'),
    Q('You’re not lonely. You’re busy. Loneliness came later, after I came ashore.', 'direct', same=True, group='lonely'),
    Q('On the rock, everything had a reason. Here, I can sit in this chair all day and nothing happens if I don’t get up. That was the hardest thing to learn.', 'direct', 'Agnes Mulvey', 'she', 'tells', mctx='” she tells me', group='lonely'),
    Q('he drove up expecting to spend an afternoon and stayed a week', 'indirect', 'Ruairí Gallen', 'He', 'says', mctx='He says he drove'),
    Q('She talked and I typed,', 'direct', 'Ruairí Gallen', 'Gallen', 'says', mctx='” Gallen says'),
    Q('Then she took what I’d typed and rewrote every word of it by hand. She has no patience at all for my sentences.', 'direct', same=True),
    Q('He writes like a man who has never been cold,', 'direct', 'Agnes Mulvey', 'she', 'says', mctx='” she says.\n\nNot everyone'),
    Q('generous to herself.', 'partial', 'a former Irish Lights official', 'a former Irish Lights official', 'told', key='official'),
    Q('Probably it is,', 'direct', 'Agnes Mulvey', 'she', 'says', mctx='” she says. “It’s my book'),
    Q('It’s my book.', 'direct', same=True),
    Q('A boatman in Malin offers every summer to take her out', 'indirect', 'Agnes Mulvey', 'she', 'says', mctx='she says, and every summer'),
    Q('Because it would be a visit. And I never visited Skerrow. I lived there.', 'direct', 'Agnes Mulvey', 'She', '', mctx='She is quiet'),
])


if __name__ == '__main__':
    build('-v' in sys.argv)
