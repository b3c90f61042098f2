#!/usr/bin/env python3
"""Builds reference.json for heldout14 (a blind set) from hand annotations.

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

# 01 ABC News (Australia), royal commission hearing into flood recovery grants (straight quotes, single in subheads)
DFI = 'Fabian Faircloth-Imbert'
DFIk = 'Faircloth-Imbert|Counsel Assisting'
NP = 'Noelene Pettigrove'
CT = 'Thorley Tallowood'
CTk = 'Tallowood|builder'
PDQ = 'Rosamel Darrow-Fenstanton'
PDQk = 'Darrow-Fenstanton|commissioner|Commissioner'
QRO = 'the Queensland Reconstruction and Resilience Office'
QROk = 'Queensland Reconstruction and Resilience Office|agency|statement'
LVB = 'Brodie Virtanen-Bose'
LVBk = 'Virtanen-Bose|Deputy Premier'
DOCS['01_abc_royal_commission_flood_grants.txt'] = [
    E('indirect', 'a senior official told staff to approve claims "without looking too hard"', NP, 'Pettigrove|commission', 'has heard', False, mention='The royal commission', mctx='The royal commission into the Flood'),
    E('indirect', 'he was advised to inflate quotes by up to 30 per cent', CT, CTk, 'says', False, mention='A builder'),
    E('indirect', 'a senior manager in Queensland\'s flood recovery agency told staff to approve repair grants "without looking too hard" in the months after the 2022 floods', NP, 'Pettigrove|commission', 'has heard', False, mention='A royal commission'),
    E('indirect', 'more than $41 million in grants had been paid on quotes that were never checked against completed work', DFI, DFIk, 'told', mention='Counsel Assisting Fabian Faircloth-Imbert SC'),
    E('direct', "The evidence will show that the scheme's controls existed on paper and almost nowhere else,", DFI, DFIk, 'said', mention='Mr Faircloth-Imbert', mctx='Mr Faircloth-Imbert said in his opening'),
    E('direct', 'Assessors were set targets measured in claims per day. Nobody was set a target for claims that were right.', DFI, DFIk, '', mention='Mr Faircloth-Imbert', mctx='Mr Faircloth-Imbert said in his opening'),
    E('indirect', 'she raised concerns with her team leader in August 2022 after seeing three quotes from the same builder with identical wording', NP, 'Pettigrove', 'told', mention='Former grants assessor Noelene Pettigrove'),
    E('direct', 'I was told to keep the line moving. Those were the words,', NP, 'Pettigrove', 'said', mention='Ms Pettigrove', mctx='words," Ms Pettigrove said'),
    E('indirect', 'her manager, Graydon Slocombe-Tibbs, had said in a team meeting that staff should approve claims "without looking too hard" if a quote came from a registered builder', NP, 'Pettigrove', 'agreed', mention='she', mctx='she agreed'),
    E('indirect', 'she had sent two emails, neither of which received a reply', NP, 'Pettigrove', 'said', mention='Ms Pettigrove', mctx='Ms Pettigrove said she had sent'),
    E('direct', 'After a while you stop sending them,', NP, 'Pettigrove', 'said', mention='she', mctx='them," she said'),
    E('indirect', 'her client "strongly disputes" Ms Pettigrove\'s account and would say the comment had been taken out of context', 'Bernadette Vanderkolk', 'Vanderkolk|lawyer', 'told', mention='Bernadette Vanderkolk'),
    E('indirect', 'a staff member at the agency\'s Bundaberg office had advised him by phone to "round up" his quotes because "everyone else is"', CT, CTk, 'said', mention='Hervey Bay builder Thorley Tallowood'),
    E('indirect', 'he had inflated "maybe a dozen" quotes by between 20 and 30 per cent', CT, CTk, 'told', mention='He', mctx='He told the commission he had inflated'),
    E('direct', "I'm not proud of it. But when the people running the scheme tell you that's how it works, you think, well, that's how it works,", CT, CTk, 'said', mention='Mr Tallowood', mctx='works," Mr Tallowood said'),
    E('indirect', 'whether he had repaid any of the money', PDQ, PDQk, 'asked', False, mention='Commissioner Rosamel Darrow-Fenstanton', mctx='Commissioner Rosamel Darrow-Fenstanton asked'),
    E('direct', 'Not yet, Commissioner,', CT, CTk, 'replied', mention='he', mctx='he replied'),
    E('direct', "I've spoken to my accountant about it.", CT, CTk, '', mention='he', mctx='he replied'),
    E('indirect', 'his evidence could not be used against him in criminal proceedings but that it could be referred to other agencies', PDQ, PDQk, 'warned', mention='The commissioner'),
    E('indirect', 'it was "cooperating fully" with the royal commission and had introduced site inspections for all grants above $20,000 in 2023', QRO, QROk, 'said', mention=QRO),
    E('direct', 'The agency acknowledges that early in the recovery, speed was prioritised to get families back into their homes,', QRO, QROk, 'said', mention='the statement', mctx='the statement said'),
    E('indirect', "the Government would wait for the commission's final report before taking action against any individual", LVB, LVBk, 'said', mention='Deputy Premier Brodie Virtanen-Bose'),
    E('direct', "If there's been rorting, people will be held to account, and that includes public servants,", LVB, LVBk, 'told', mention='he', mctx='he told reporters in Brisbane'),
    E('indirect', 'the hearing had exposed "a culture of looking the other way"', 'Ottavina Grzybowski', 'Grzybowski|spokeswoman', 'said', mention='Opposition recovery spokeswoman Ottavina Grzybowski'),
    E('indirect', "the Deputy Premier to stand down the agency's chief executive while the inquiry continues", 'Ottavina Grzybowski', 'Grzybowski|spokeswoman', 'called on', mention='She', mctx='She called on'),
    E('indirect', 'they were angry that money meant for repairs had gone to inflated quotes', 'Flood victims who packed the public gallery', 'victims', 'said', mention='Flood victims who packed the public gallery'),
    E('indirect', 'she had been waiting 18 months for her second grant payment', 'Marnie Ravenscroft', 'Ravenscroft|resident', 'said', mention='Tiaro resident Marnie Ravenscroft'),
    E('direct', "They were handing out cheques to anyone with a letterhead and I can't get a phone call returned,", 'Marnie Ravenscroft', 'Ravenscroft|resident', 'said', mention='she', mctx='returned," she said'),
]

# 02 Reuters FACTBOX "What they said", reactions to a seabed-mining pause (straight quotes, capitalised labels)
TNK = 'Tomasi Ngirmekur-Klouda'
OKH = 'Odile Kepae-Harris'
NFM = "Norway's foreign ministry"
RHC = 'Wystan Gullstrand-Peake'
DOMC = 'The Deep Ocean Minerals Council'
DOCS['02_wire_factbox_seabed_mining_reactions.txt'] = [
    E('direct', 'Tonight the world chose patience over plunder. Our ocean is not a warehouse, and our children will thank the delegates who held the line.', TNK, 'Ngirmekur-Klouda|President', 'IN A STATEMENT:', mention='TOMASI NGIRMEKUR-KLOUDA'),
    E('direct', 'We respect the decision, but a pause is not a ban. Nauru will keep its sponsorship in place and we expect the rules to be finished by 2028.', OKH, 'Kepae-Harris|envoy', 'TOLD REPORTERS:', mention='ODILE KEPAE-HARRIS'),
    E('indirect', 'Nauru had "lost three years of development" and would seek compensation for the cost of preparing its application', OKH, 'Kepae-Harris|envoy', 'said', mention='She', mctx='She said Nauru'),
    E('indirect', 'Norway supports the pause and will use the time to improve the environmental baseline data for its own continental shelf', NFM, 'ministry|Norway', 'said', mention='the ministry', mctx='the ministry said in a written'),
    E('indirect', 'it had "no plans" to issue licences before 2030', NFM, 'ministry|Norway', 'adding', mention='the ministry', mctx='the ministry said in a written'),
    E('direct', 'This is a victory for delay, not for the ocean. The metals for batteries will still be mined, just on land, in forests, by companies with far worse records than ours,', RHC, 'Gullstrand-Peake|chief executive', 'told', mention='Gullstrand-Peake', mctx='Gullstrand-Peake told Reuters'),
    E('indirect', 'the company had enough cash to last until 2027 and was "looking at every option", including a sale of its exploration vessel', RHC, 'Gullstrand-Peake|chief executive', 'said', mention='Gullstrand-Peake', mctx='Gullstrand-Peake said the company'),
    E('indirect', 'the vote was "a first step" and that Paris would push for a permanent ban at the U.N. Ocean Conference next year', 'France', 'France|Marchesseau|minister', 'said', mention='France', mctx='France, which has backed'),
    E('direct', 'Nobody builds a house on land they have never seen,', 'Élodie Marchesseau', 'Marchesseau', 'wrote on X', mention='Marchesseau', mctx='Marchesseau wrote on X'),
    E('indirect', 'China "respects the consensus" reached in Kingston and would continue its own scientific research in the Clarion-Clipperton Zone', "A spokesperson for China's Ministry of Natural Resources", 'spokesperson|Ministry of Natural Resources', 'told', mention="A spokesperson for China's Ministry of Natural Resources"),
    E('indirect', 'the authority should approve the rules without further delay', 'Beijing', 'Beijing|China', 'argued', mention='Beijing', mctx='Beijing had earlier argued'),
    E('direct', 'Thousands of people wrote to their governments, and governments listened,', 'Sigrunn Valderrama-Toft', 'Valderrama-Toft|Greenpeace', 'said', mention='Sigrunn Valderrama-Toft'),
    E('direct', 'But three years goes quickly. We will be back next July, and the July after that.', 'Sigrunn Valderrama-Toft', 'Valderrama-Toft|Greenpeace', '', mention='Sigrunn Valderrama-Toft'),
    E('indirect', 'the pause gave them time to map the Clarion-Clipperton Zone, where an estimated 90% of species collected on recent expeditions are new to science', 'Marine biologists who attended the talks as observers', 'biologists', 'said', mention='Marine biologists who attended the talks as observers'),
    E('direct', "We are still naming animals from the last cruise. You cannot write rules for a place you haven't described,", 'Kaveh Nouranpour', 'Nouranpour|ecologist', 'said', mention='Dr. Kaveh Nouranpour'),
    E('indirect', 'it was "deeply disappointed"', DOMC, 'Council|Deep Ocean Minerals', 'said in a statement', mention=DOMC),
    E('indirect', 'investors would "draw their own conclusions" about the authority\'s ability to regulate', DOMC, 'Council|Deep Ocean Minerals', 'warned', mention=DOMC),
    E('indirect', 'Washington was "reviewing the outcome"', 'A State Department spokesperson', 'spokesperson|State Department', 'said', mention='A State Department spokesperson'),
]

# 03 local US TV station website (Rapid City, S.D.), school board votes to close two schools (curly quotes)
ROB = 'Raymond Ekwuribe-Larkspur'
ROBk = 'Ekwuribe-Larkspur|superintendent|Superintendent'
KV = 'Kendra Brinkerhoff'
AFR = 'Alcott Feeney-Ramos'
LHB = 'Mireya Haakenson-Brandqvist'
LHBk = 'Haakenson-Brandqvist|president'
WO = 'Garroway Ostrowicz'
DOCS['03_local_tv_school_board_closures.txt'] = [
    E('partial', 'Save Our Neighborhood Schools.', None, None, 'reading', False),
    E('indirect', 'the district is facing a $6.2 million shortfall next year and has about 1,900 empty seats across its elementary buildings', ROB, ROBk, 'told', mention='Superintendent Dr. Raymond Ekwuribe-Larkspur'),
    E('direct', 'Nobody in this room wants to close a school. I don’t. But we cannot keep paying to heat and staff half-empty buildings while we cut teachers everywhere else,', ROB, ROBk, 'said', mention='Ekwuribe-Larkspur', mctx='else,” Ekwuribe-Larkspur said'),
    E('indirect', 'closing the two schools would save about $1.4 million a year, mostly in building and administrative costs', 'district documents', 'documents|district', 'According to', mention='district documents'),
    E('indirect', 'no teacher would lose a job because of the closures, but some would be reassigned', ROB, ROBk, 'said', mention='The superintendent'),
    E('indirect', 'the board to wait', 'Most', 'Most|people', 'asked', False, mention='Most', mctx='Most asked'),
    E('direct', 'My daughter can walk to Canyon Lake. Under this plan, she’ll be on a bus for 40 minutes each way,', KV, 'Brinkerhoff|parent', 'said', mention='Kendra Brinkerhoff'),
    E('direct', 'You’re asking six-year-olds to do that.', KV, 'Brinkerhoff|parent', '', mention='Kendra Brinkerhoff'),
    E('indirect', 'he had moved to the neighborhood because of the school', 'Dusty Ollerenshaw', 'Ollerenshaw|parent', 'told', mention='Dusty Ollerenshaw'),
    E('direct', 'We bought our house because of Gilmore,', 'Dusty Ollerenshaw', 'Ollerenshaw|parent', 'said', mention='he', mctx='Gilmore,” he said'),
    E('direct', 'You didn’t even come and look at it before you put it on a list.', 'Dusty Ollerenshaw', 'Ollerenshaw|parent', '', mention='he', mctx='Gilmore,” he said'),
    E('indirect', 'the district had rushed the process', AFR, 'Feeney-Ramos', 'said', mention='Board member Alcott Feeney-Ramos'),
    E('direct', 'We had one community meeting, in January, on a weeknight, during a snowstorm,', AFR, 'Feeney-Ramos', 'said', mention='Feeney-Ramos', mctx='snowstorm,” Feeney-Ramos said'),
    E('direct', 'That’s not engagement. That’s a box we checked.', AFR, 'Feeney-Ramos', '', mention='Feeney-Ramos', mctx='snowstorm,” Feeney-Ramos said'),
    E('indirect', 'delaying the vote until May so the district could study a plan to share buildings with the city’s parks department', AFR, 'Feeney-Ramos', 'proposed', False, mention='He', mctx='He proposed'),
    E('indirect', 'the board had discussed enrollment at every work session since last fall', LHB, LHBk, 'saying', mention='Board president Mireya Haakenson-Brandqvist'),
    E('direct', 'I understand the frustration, I really do,', LHB, LHBk, 'said', mention='she', mctx='really do,” she said'),
    E('direct', 'But if we wait until May, we’re making this decision after we’ve already sent out contracts. That’s not fair to anybody.', LHB, LHBk, '', mention='she', mctx='really do,” she said'),
    E('indirect', 'the district’s enrollment has fallen by about 1,100 students since 2019', LHB, LHBk, 'noted', mention='Haakenson-Brandqvist', mctx='Haakenson-Brandqvist also noted'),
    E('indirect', 'the board to postpone the vote', 'The Rapid City Education Association', 'Association', 'urged', mention='The Rapid City Education Association'),
    E('indirect', 'teachers were worried about class sizes at the schools that will take in the displaced students', WO, 'Ostrowicz', 'said', mention='Association president Garroway Ostrowicz'),
    E('direct', 'If you close two schools and don’t add staff at the receiving schools, you’re going to have 30 kids in a second-grade classroom,', WO, 'Ostrowicz', 'told', mention='Ostrowicz', mctx='Ostrowicz told KBHX'),
    E('indirect', 'the union would ask the board to put a cap on class sizes in next year’s budget', WO, 'Ostrowicz', 'said', mention='Ostrowicz', mctx='Ostrowicz said the union'),
    E('indirect', 'families at both schools will get letters this week explaining which school their children will attend', 'Jolene Whitebird-Sand', 'Whitebird-Sand|spokesperson', 'said in an email', mention='District spokesperson Jolene Whitebird-Sand'),
    E('indirect', 'Transportation plans will be posted online by April 15', 'Jolene Whitebird-Sand', 'Whitebird-Sand|spokesperson', 'said', mention='she', mctx='April 15, she said'),
    E('indirect', 'they are not done fighting', 'Some parents', 'parents', 'say', mention='Some parents'),
    E('indirect', 'she and other parents are looking into a petition to put the closures on a citywide ballot', KV, 'Brinkerhoff|parent', 'told', mention='Brinkerhoff', mctx='Brinkerhoff told KBHX she'),
    E('direct', 'They think this is over,', KV, 'Brinkerhoff|parent', 'said', mention='she', mctx='over,” she said'),
    E('direct', 'It’s not.', KV, 'Brinkerhoff|parent', '', mention='she', mctx='over,” she said'),
]

# 04 Science Media Centre "expert reaction" roundup, lithium in tap water and dementia (curly quotes; one expert unquoted)
OSP = 'Oonagh Dalgliesh-Morrow'
OSPm = 'Dr Oonagh Dalgliesh-Morrow, Senior'
HCO = 'Torcaill Cairncross-Ainsley'
HCOm = 'Prof Torcaill Cairncross-Ainsley, Professor'
SM = 'Ailith Maddaford'
SMm = 'Prof Ailith Maddaford, Professor'
RTS = 'Ravindra Tillekeratne-Vaneck'
RTSm = 'Dr Ravindra Tillekeratne-Vaneck, Head'
FD = 'Iolanthe Druimmond'
DOCS['04_smc_expert_reaction_lithium_water.txt'] = [
    E('direct', 'This is a large and carefully done study, and the association it reports is not trivial. People in the areas with the highest lithium levels had about 17% lower risk of a dementia diagnosis than those in the areas with the lowest.', OSP, 'Dalgliesh-Morrow', 'said', mention='Dr Oonagh Dalgliesh-Morrow', mctx=OSPm),
    E('direct', 'But this is an observational study of areas, not of individuals. We don’t know how much tap water any of these people actually drank, whether they drank bottled water, or how long they lived at the address on their GP record. Those are big unknowns.', OSP, 'Dalgliesh-Morrow', '', mention='Dr Oonagh Dalgliesh-Morrow', mctx=OSPm),
    E('direct', 'I would strongly discourage anyone from taking lithium supplements on the back of this. Lithium at therapeutic doses is a serious medicine that needs blood monitoring.', OSP, 'Dalgliesh-Morrow', '', mention='Dr Oonagh Dalgliesh-Morrow', mctx=OSPm),
    E('block', 'The doses we are talking about here are tiny – at the highest, a few micrograms per litre, which is hundreds of times lower than the amount a patient with bipolar disorder would take. That makes the biology interesting, because it suggests that very low, lifelong exposure might do something that we have only ever looked for at high doses.', HCO, 'Cairncross-Ainsley', 'said', mention='Prof Torcaill Cairncross-Ainsley', mctx=HCOm),
    E('block', 'There is supporting evidence from animal work that lithium affects an enzyme, GSK-3, that is involved in the build-up of tau in the brain. But a plausible mechanism is not proof of cause.', HCO, 'Cairncross-Ainsley', '', mention='Prof Torcaill Cairncross-Ainsley', mctx=HCOm),
    E('block', 'I’d want to see this replicated in another country with different water sources before anyone talks about adding lithium to the water supply.', HCO, 'Cairncross-Ainsley', '', mention='Prof Torcaill Cairncross-Ainsley', mctx=HCOm),
    E('direct', 'The authors have adjusted for a good range of confounders – deprivation, smoking rates, rurality. What they can’t adjust for is something they didn’t measure.', SM, 'Maddaford', 'said', mention='Prof Ailith Maddaford', mctx=SMm),
    E('direct', 'Areas with more lithium in the water are geologically different, and geology is linked to where people live, what work they did and how far they are from a memory clinic. A lower rate of diagnosis is not the same thing as a lower rate of disease.', SM, 'Maddaford', '', mention='Prof Ailith Maddaford', mctx=SMm),
    E('direct', 'We welcome any research that helps us understand what might lower the risk of dementia, and this study adds to a growing body of evidence on lithium. But people should not change what they drink. The best things anyone can do for their brain health remain the same: stay active, don’t smoke, keep your blood pressure in check and stay socially connected.', RTS, 'Tillekeratne-Vaneck', 'said', mention='Dr Ravindra Tillekeratne-Vaneck', mctx=RTSm),
    E('indirect', 'the team was “excited but cautious” about the findings', FD, 'Druimmond', 'as saying', mention='Dr Iolanthe Druimmond', mctx='author, Dr Iolanthe Druimmond, as saying'),
    E('direct', 'We now need a trial, and we are already talking to colleagues in Norway about how one might be designed,', FD, 'Druimmond', 'said', mention='Dr Druimmond', mctx='Dr Druimmond said in the release'),
    E('direct', 'I have no conflicts of interest to declare.', OSP, 'Dalgliesh-Morrow', ':', False, mention='Dr Oonagh Dalgliesh-Morrow', mctx='Dr Oonagh Dalgliesh-Morrow: '),
    E('block', 'I have received speaker fees from a pharmaceutical company that makes a lithium product. I have no other interests.', HCO, 'Cairncross-Ainsley', ':', False, mention='Prof Torcaill Cairncross-Ainsley', mctx='Prof Torcaill Cairncross-Ainsley: '),
    E('block', 'None.', SM, 'Maddaford', ':', False, mention='Prof Ailith Maddaford', mctx='Prof Ailith Maddaford: '),
    E('block', 'Dementia Action Scotland funds some research at the University of Aberdeen but did not fund this study.', RTS, 'Tillekeratne-Vaneck', ':', False, mention='Dr Ravindra Tillekeratne-Vaneck', mctx='Dr Ravindra Tillekeratne-Vaneck: '),
]

# 05 Daily Nation (Kenya) counties page, impeachment motion against a governor (straight quotes, Swahili, "posed")
KWM = 'Kimani Wachira-Mbogo'
KWMk = 'Wachira-Mbogo|governor|Governor'
PWK = 'Peninah Waithera-Kirui'
JML = 'Josphat Muriithi-Cheruiyot'
JMLk = 'Muriithi-Cheruiyot|Speaker'
DMT = 'Dickson Kinyanjui-Tarus'
ZNR = 'Zipporah Nyakio-Rotich'
ZNRk = 'Nyakio-Rotich|Minority Leader'
BOL = 'Barnaba Okwaro-Lemayian'
DOCS['05_daily_nation_nyandarua_impeachment.txt'] = [
    E('partial', 'political witch-hunt', KWM, KWMk, 'dismisses … as', False, mention='Governor', mctx="Governor dismisses charges", ctx="as 'political witch-hunt'"),
    E('indirect', 'him of gross misconduct and abuse of office over the award of a Sh214 million road tender', 'Members of the Nyandarua County Assembly', 'Members|MCAs|Assembly', 'accusing', False, mention='Members of the Nyandarua County Assembly'),
    E('indirect', "the governor had directed the county's roads department to award the contract to a firm that had been registered only three weeks before the tender closed", PWK, 'Waithera-Kirui', 'said', mention='Ms Waithera-Kirui', mctx='Ms Waithera-Kirui said the governor'),
    E('direct', 'This is not about politics. This is about Sh214 million of the people of Nyandarua that went to a company with no equipment, no engineers and no track record,', PWK, 'Waithera-Kirui', 'said', mention='she', mctx='record," she said'),
    E('indirect', 'the county executive had ignored two letters from the Office of the Auditor-General asking for the tender documents', PWK, 'Waithera-Kirui', 'claimed', mention='She', mctx='She further claimed'),
    E('indirect', 'the governor also violated the Public Finance Management Act by spending Sh48 million on fuel and allowances for his office without the approval of the assembly', 'the motion', 'motion', 'According to', mention='the motion', mctx='According to the motion'),
    E('indirect', 'it would be debated next Tuesday', JML, JMLk, 'said', mention='Speaker Hon. Josphat Muriithi-Cheruiyot'),
    E('direct', 'The Standing Orders are clear. The governor will be invited to appear in person or through his advocates and to respond to every allegation,', JML, JMLk, 'said', mention='the Speaker', mctx='the Speaker said'),
    E('partial', 'political witch-hunt', KWM, KWMk, 'dismissed … as', mention='Governor Wachira-Mbogo', mctx='But Governor Wachira-Mbogo', ctx='dismissed the charges as a "political witch-hunt"'),
    E('direct', 'I have nothing to hide. Every shilling in that contract went through procurement, and the roads are there for everyone to see,', KWM, KWMk, 'said', mention='the governor', mctx='the governor said'),
    E('indirect', 'he would appear before the assembly and "answer each and every charge."', KWM, KWMk, 'added', mention='He', mctx='He added that he would'),
    E('direct', 'Wacha waendelee. Mimi nitajibu kila kitu mbele ya bunge,', KWM, KWMk, 'said', mention='he', mctx='bunge," he said'),
    E('direct', 'Let them proceed. I will answer everything before the assembly.', KWM, KWMk, 'loosely translates to', False, mention='he', mctx='bunge," he said'),
    E('indirect', 'the firm had met all the requirements and that work on the 38-kilometre Ndemi–Kinangop road was 60 per cent complete', 'Wairimu Nduta-Chepkoech', 'Nduta-Chepkoech|executive', 'told', mention='Eng. Wairimu Nduta-Chepkoech'),
    E('direct', 'Come and see for yourself. They graded maybe five kilometres and disappeared in December,', 'Nahashon Kiragu-Otieno', 'Kiragu-Otieno|farmer', 'said', mention='Mr Nahashon Kiragu-Otieno'),
    E('indirect', 'dust from the unfinished road had made it hard to transport potatoes to the market', 'Hellen Wambura-Kosgei', 'Wambura-Kosgei|resident', 'said', mention='Mrs Hellen Wambura-Kosgei'),
    E('direct', 'Our lorries are breaking down every week. Who will pay for that?', 'Hellen Wambura-Kosgei', 'Wambura-Kosgei|resident', 'posed', mention='she', mctx='she posed'),
    E('indirect', 'MCAs had "exhausted every other avenue" before resorting to impeachment', DMT, 'Kinyanjui-Tarus|Majority Leader', 'said', mention='Majority Leader Hon. Dickson Kinyanjui-Tarus'),
    E('direct', "We have summoned the executive five times. They don't come. They send a letter. What else were we supposed to do?", DMT, 'Kinyanjui-Tarus|Majority Leader', 'posed', mention='Mr Kinyanjui-Tarus'),
    E('indirect', 'she had not signed the motion', ZNR, ZNRk, 'said', mention='Hon. Zipporah Nyakio-Rotich'),
    E('indirect', 'some of her colleagues of using it to settle scores ahead of the 2027 elections', ZNR, ZNRk, 'accused', False, mention='Hon. Zipporah Nyakio-Rotich'),
    E('direct', 'Let the Auditor-General finish the audit first. If the governor is guilty, the report will say so,', ZNR, ZNRk, 'said', mention='she', mctx='say so," she said'),
    E('indirect', 'the motion was likely to pass in the assembly but faced a tougher test in the Senate, which has thrown out several impeachments in the past', BOL, 'Okwaro-Lemayian|analyst', 'said', mention='Political analyst Dr Barnaba Okwaro-Lemayian'),
    E('direct', 'MCAs have the numbers, but senators will want evidence, not speeches,', BOL, 'Okwaro-Lemayian|analyst', 'said', mention='he', mctx='speeches," he said'),
]

# 06 VnExpress International (Ho Chi Minh City), sidewalk vendors told to move (straight quotes, Vietnamese given-name references)
PC1 = "the District 1 People's Committee"
PC1k = "People's Committee|Committee|district"
TMK = 'Truong Minh Khoa'
PTL = 'Pham Thi Nguyet'
VHT = 'Vo Hoang Tuan'
DTH = 'Duong Thuy Hanh'
QVK = 'Quach Duc Kiet'
DOCS['06_vnexpress_saigon_sidewalk_vendors.txt'] = [
    E('indirect', 'will cost them their only income', 'vendors', 'vendors', 'fear', False, mention='vendors', mctx='campaign that vendors fear'),
    E('indirect', 'sidewalks on 27 streets, including Le Loi, Nguyen Hue and Ham Nghi, must be kept clear for pedestrians', PC1, PC1k, 'said', mention="District 1 People's Committee", mctx="by the District 1 People's Committee, which said"),
    E('indirect', 'vendors would be given 60 days to register for a spot at one of three night markets the district plans to open near Ben Thanh and Ton Duc Thang Street', TMK, 'Khoa|vice chairman', 'said', mention=TMK),
    E('direct', 'We are not chasing people away. We are giving them a place to sell that is safe and legal, with electricity, water and rubbish collection,', TMK, 'Khoa|vice chairman', 'told', mention='Khoa', mctx='Khoa told a press'),
    E('indirect', 'vendors who refuse to move after the deadline would face fines of VND2-4 million (US$78-157) and have their goods confiscated', TMK, 'Khoa|vice chairman', 'added', mention='He', mctx='He added that vendors'),
    E('indirect', 'only about 600 spots will be available in the three markets in the first phase', PC1, PC1k, 'According to', mention='the district', mctx='According to the district'),
    E('indirect', 'she had not been told how the spots would be allocated', PTL, 'Nguyet', 'said', mention=PTL),
    E('direct', 'Six hundred spots for 1,400 people. What happens to the other 800?', PTL, 'Nguyet', 'asked', mention='she', mctx='she asked'),
    E('direct', 'I have two grandchildren in school. This cart is how they eat.', PTL, 'Nguyet', '', mention='she', mctx='she asked'),
    E('indirect', 'she earns about VND300,000 a day, most of it between 6 a.m. and 9 a.m. when office workers stop for breakfast', PTL, 'Nguyet', 'said', mention='Nguyet', mctx='Nguyet said she earns'),
    E('direct', 'Nobody will walk to a night market at seven in the morning to buy bread,', PTL, 'Nguyet', 'said', mention='she', mctx='bread," she said'),
    E('indirect', 'they would move to neighboring districts rather than register', 'Several vendors on Nguyen Thai Binh Street', 'vendors', 'told', mention='Several vendors on Nguyen Thai Binh Street'),
    E('indirect', 'the city had tried similar campaigns in 2017 and 2020, and both times vendors returned within months', VHT, 'Tuan|planner', 'said', mention='Urban planner Dr. Vo Hoang Tuan'),
    E('direct', 'Street vending is not a problem to be solved with fines. It is part of how this city works, and it feeds millions of people cheaply,', VHT, 'Tuan|planner', 'said', mention='Tuan', mctx='cheaply," Tuan said'),
    E('indirect', 'the city should instead license vendors and mark out selling zones on wider sidewalks, as Bangkok and Singapore have done in the past', VHT, 'Tuan|planner', 'argued', mention='He', mctx='He argued'),
    E('indirect', 'pedestrians in District 1 are forced onto the road on many streets because sidewalks are taken up by vendors, parked motorbikes and restaurant tables', 'The Department of Construction', 'Department of Construction|department', 'said', mention='The Department of Construction'),
    E('indirect', 'the campaign would later be extended to districts 3 and 5', 'A department official', 'official', 'told', mention='A department official'),
    E('direct', 'District 1 is the pilot. If it works, other districts will follow this year,', 'A department official', 'official', 'said', mention='the official', mctx='the official said'),
    E('direct', "I have to push my son's stroller in the street because there's no room on the sidewalk,", DTH, 'Hanh', 'said', mention=DTH),
    E('direct', 'I feel sorry for the vendors, but the sidewalk is for walking.', DTH, 'Hanh', '', mention=DTH),
    E('indirect', 'the district for more time', 'Restaurant owners', 'owners', 'have asked', False, mention='Restaurant owners'),
    E('indirect', 'the ban would cut his revenue by "at least half."', QVK, 'Kiet', 'said', mention=QVK),
    E('direct', 'Tourists come to Bui Vien to sit outside. If they sit inside, they can sit anywhere,', QVK, 'Kiet', 'said', mention='he', mctx='anywhere," he said'),
    E('indirect', 'it would hold meetings with vendors in each ward before April 20 to explain the registration process', PC1, PC1k, 'said', mention="The District 1 People's Committee", mctx="The District 1 People's Committee said it"),
    E('indirect', 'around 240,000 registered and unregistered street vendors', "a 2023 survey by the city's statistics office", 'survey|statistics office', 'according to', False, mention="a 2023 survey by the city's statistics office"),
]

# 07 UK employment-law trade news, tribunal ruling on a menopause dismissal (curly single quotes throughout)
GHY = 'Gwenllian Harcourt-Yeo'
GHYk = 'Harcourt-Yeo|claimant'
DQM = 'Kieron Quayle-Mostyn'
RAK = 'Emlyn Allsopp-Kaur'
RAKk = 'Allsopp-Kaur|judge|Judge'
TRI = 'the employment tribunal'
TRIk = 'tribunal|Allsopp-Kaur'
CB = 'A spokesperson for Crustworth’s Bakeries'
CBr = 'Cadfael Brightmore-Gwilym'
TWL = 'Radosław Wiercinski-Pryderi'
DOCS['07_employment_tribunal_bakery_manager.txt'] = [
    E('indirect', 'Crustworth’s failed to make reasonable adjustments and ‘ridiculed’ its shift manager', TRI, TRIk, 'finds', False, mention='Tribunal', mctx='Tribunal finds'),
    E('indirect', 'A bakery chain has been ordered to pay more than £38,000 to a shift manager who was dismissed weeks after asking to move off 4am starts because of menopause symptoms', TRI, TRIk, 'has ruled', mention='an employment tribunal', mctx='an employment tribunal has ruled'),
    E('partial', 'persistent lateness', 'Crustworth’s Bakeries Ltd', 'Crustworth’s|company', 'called', False, mention='the company', mctx='what the company called'),
    E('indirect', 'she had been suffering from insomnia, hot flushes and ‘brain fog’ for more than a year, and had twice been late after sleeping through her alarm', GHY, GHYk, 'said', mention='Ms Harcourt-Yeo', mctx='statement, Ms Harcourt-Yeo said'),
    E('indirect', 'when she raised the issue with her line manager, Kieron Quayle-Mostyn, he had laughed and told her to ‘buy a louder alarm clock’', GHY, GHYk, 'told', mention='She', mctx='She told the tribunal that when'),
    E('direct', 'I was made to feel like a joke in front of the whole team,', GHY, GHYk, 'said', mention='she', mctx='team,’ she said'),
    E('direct', 'I had never been disciplined in 14 years, and suddenly I was the problem.', GHY, GHYk, '', mention='she', mctx='team,’ she said'),
    E('indirect', 'laughing at her', DQM, 'Quayle-Mostyn', 'denied', False, mention='Mr Quayle-Mostyn', mctx='Mr Quayle-Mostyn denied'),
    E('indirect', 'he had been ‘trying to lighten the mood’ and had not known that she was going through the menopause', DQM, 'Quayle-Mostyn', 'told', mention='He', mctx='He told the tribunal he had'),
    E('direct', 'We find that Mr Quayle-Mostyn was told, in terms, that the claimant’s lateness was caused by menopause symptoms,', RAK, RAKk, 'said', mention='the judge', mctx='the judge said in the written'),
    E('direct', 'His response was to ridicule her.', RAK, RAKk, '', mention='the judge', mctx='the judge said in the written'),
    E('indirect', 'the company had a flexible working policy but ‘made no attempt whatsoever’ to apply it', RAK, 'Allsopp-Kaur|judgment|judge', 'added', mention='The judgment', mctx='The judgment added'),
    E('indirect', 'Ms Harcourt-Yeo had asked to move to the 7am shift, which had two vacancies at the time', GHY, 'Harcourt-Yeo|tribunal', 'heard', False, mention='The tribunal', mctx='The tribunal heard'),
    E('indirect', 'the 4am start was ‘an essential requirement’ of the shift manager role and that the company could not run the site without a senior manager on the first shift', 'Lavinia Okorafor-Penn', 'Okorafor-Penn|barrister', 'argued', mention='barrister Lavinia Okorafor-Penn'),
    E('indirect', 'another shift manager had been allowed to move to a later start after a back injury in 2022', RAK, RAKk, 'noted', mention='He', mctx='He noted'),
    E('direct', 'The respondent was perfectly able to accommodate a later start when it chose to,', RAK, RAKk, 'wrote', mention='Judge Allsopp-Kaur', mctx='Judge Allsopp-Kaur wrote'),
    E('indirect', 'she hoped the ruling would encourage other women to speak up', GHY, GHYk, 'said', mention='Ms Harcourt-Yeo', mctx='hearing, Ms Harcourt-Yeo said'),
    E('direct', 'It’s not about the money,', GHY, GHYk, 'said', mention='she', mctx='money,’ she said'),
    E('direct', 'It’s about not having to hide it any more.', GHY, GHYk, '', mention='she', mctx='money,’ she said'),
    E('indirect', 'the case showed employers still ‘don’t take menopause seriously’', 'the Bakers, Food and Allied Workers’ Union (BFAWU)', 'BFAWU|union|Union', 'said', mention='the Bakers, Food and Allied Workers’ Union (BFAWU)'),
    E('direct', 'This was a loyal worker with an unblemished record, and a simple change of shift would have kept her in work. Instead she was laughed at and shown the door.', CBr, 'Brightmore-Gwilym|organiser', 'said', mention='Regional organiser Cadfael Brightmore-Gwilym'),
    E('indirect', 'the company to train all its managers in menopause awareness', CBr, 'Brightmore-Gwilym|organiser', 'called on', mention='He', mctx='He called on'),
    E('indirect', 'the company was ‘disappointed’ with the decision and was considering whether to appeal', CB, 'spokesperson|Crustworth’s', 'said', mention=CB),
    E('direct', 'We take the wellbeing of all our colleagues seriously and have already reviewed our flexible working procedures,', CB, 'spokesperson|Crustworth’s', 'added', mention='the spokesperson', mctx='the spokesperson added'),
    E('indirect', 'the case is one of a growing number in which menopause symptoms have been treated as a disability', 'Employment lawyers', 'lawyers', 'say', mention='Employment lawyers'),
    E('indirect', 'tribunals were increasingly willing to find that severe symptoms lasting more than a year met the legal test', TWL, 'Wiercinski-Pryderi|partner', 'said', mention=TWL),
    E('direct', 'Employers who still think of this as a private matter are taking a real risk,', TWL, 'Wiercinski-Pryderi|partner', 'said', mention='he', mctx='risk,’ he said'),
]

# 08 Racing Post-style horse racing report (Haydock), trainer/jockey/owner quotes, stewards' report (straight quotes)
PAL = 'Prudence Whitgreave-Brannagh'
PALk = 'Whitgreave-Brannagh'
FMG = 'Fiachra Mac Giolla Bhríde'
FMGk = 'Mac Giolla Bhríde|Bhríde|Irishman'
JFN = 'Jamie Penvose-Obuya'
OPR = 'Oswald Trevenna-Bastide'
RS = 'Rosamund Strathearn'
BYP = 'Bertram Yewdall-Hobb'
LR = 'Lancelyn Ruddlesden'
DOCS['08_racing_post_haydock_chase.txt'] = [
    E('indirect', 'she had feared the worst when the inquiry was called', PAL, PALk, 'admitted', mention='Trainer Prudence Whitgreave-Brannagh'),
    E('direct', "I couldn't watch the replay. I sat in the car and let my husband tell me,", PAL, PALk, 'said', mention='she', mctx='tell me," she said'),
    E('direct', "He's the most genuine horse we've ever had. He doesn't know how to stop.", PAL, PALk, '', mention='she', mctx='tell me," she said'),
    E('direct', "He's in the race, and he'll get in off this mark, but we'll speak to the owners first,", PAL, PALk, 'told', mention='she', mctx='first," she told'),
    E('direct', "It's a long way and it's a big field, and I don't want to be the trainer who ran him there because it looked like a good idea on a Saturday in February.", PAL, PALk, '', mention='she', mctx='first," she told'),
    E('indirect', 'the interference had not affected the result', 'The stewards', 'stewards', 'decided', False, mention='The stewards', mctx='The stewards looked'),
    E('indirect', 'Mac Giolla Bhríde had "allowed his mount to drift" but that the second horse "was not improved" as a result', 'the stewards', 'stewards', 'said', mention='the stewards', mctx='report, the stewards said'),
    E('indirect', 'he had been confident of keeping the race', FMG, FMGk, 'said', mention='Mac Giolla Bhríde', mctx='Mac Giolla Bhríde, 23, who'),
    E('direct', "I knew I'd gone off a line, but I was a neck up and he was going away from the other horse at the line,", FMG, FMGk, 'said', mention='the young Irishman'),
    E('direct', 'It was a long ten minutes, though.', FMG, FMGk, '', mention='the young Irishman'),
    E('indirect', "he had no complaints with the stewards' decision", JFN, 'Penvose-Obuya', 'said', mention=JFN),
    E('direct', 'My lad ran a blinder, he just got outstayed,', JFN, 'Penvose-Obuya', 'said', mention='he', mctx='outstayed," he said'),
    E('indirect', 'the winner had "come across us" and that he would study the footage before deciding whether to appeal', OPR, 'Trevenna-Bastide|trainer', 'telling', mention=OPR),
    E('direct', 'On another day, with another panel, that gets turned round,', OPR, 'Trevenna-Bastide|trainer', 'insisted', mention='he', mctx='he insisted'),
    E('indirect', 'the ground', "Marigold Vale's connections", 'connections|Strathearn', 'blamed', False, mention="Marigold Vale's connections"),
    E('direct', 'She hated every yard of it,', RS, 'Strathearn|trainer', 'told', mention=RS),
    E('direct', "We'll draw a line through it and go to Kelso.", RS, 'Strathearn|trainer', '', mention=RS),
    E('indirect', 'the group had paid £11,000 for the horse as a four-year-old', BYP, 'Yewdall-Hobb|partner|stonemason', 'said', mention='retired stonemason Bertram Yewdall-Hobb'),
    E('direct', 'We bought him for the craic, to be honest with you, and look at us now,', BYP, 'Yewdall-Hobb|partner|stonemason', 'said', mention='he', mctx='now," he said'),
    E('direct', "If he goes to Aintree, we're hiring a coach.", BYP, 'Yewdall-Hobb|partner|stonemason', '', mention='he', mctx='now," he said'),
    E('indirect', 'the track had passed an inspection at 7am after 18mm of rain overnight', LR, 'Ruddlesden|clerk', 'said', mention=LR),
    E('direct', "It's testing, it's proper winter jumping ground, but it's safe,", LR, 'Ruddlesden|clerk', 'said', mention='he', mctx='safe," he said'),
    E('indirect', 'two races on the card had been switched to the hurdles course because of a waterlogged patch on the chase track', 'Haydock officials', 'officials|Haydock', 'confirmed', mention='Haydock officials'),
]

# 09 The Kathmandu Post (Gorkha), porters uninsured on the Manaslu trek (straight quotes, Nepali names, Rs amounts)
NPWF = "the Nepal Porters' Welfare Federation"
NPWFk = 'federation|Federation|union'
MDL = 'Mingma Dorje Lama-Tsering'
MDLk = 'Lama-Tsering|chairman'
KBL = 'Kamala Bishwokarma-Limbu'
PNT = 'Pasang Nuru Tuladhar-Sherpa'
PNTk = 'Tuladhar-Sherpa|general secretary'
SPK = 'Sushila Poudel-Khadka'
SPKk = 'Poudel-Khadka|spokesperson'
DOT = 'The Department of Tourism'
DOTk = 'Department of Tourism|department'
TPG = 'Tenzing Phurba Gurung-Lhomi'
DOCS['09_kathmandu_post_manaslu_porter_insurance.txt'] = [
    E('indirect', 'the premium is too high', 'Trekking agencies', 'agencies', 'say', False, mention='Trekking agencies', mctx='Trekking agencies say'),
    E('indirect', 'the law is being ignored', NPWF, NPWFk, 'says', False, mention="porters' union", mctx="porters' union says"),
    E('indirect', 'Nearly half the porters working on the Manaslu circuit this spring are trekking without the accident insurance that a government rule made mandatory last year', "a survey by the Nepal Porters' Welfare Federation", 'survey|Federation', 'according to', mention="a survey by the Nepal Porters' Welfare Federation"),
    E('indirect', 'they had not been given an insurance policy by the agency that hired them', '197 of the porters surveyed', '197|porters', 'said', False, mention='197', mctx='197 said'),
    E('indirect', 'they did not know whether they were insured', '61 of the porters surveyed', '61|porters', 'said', False, mention='61', mctx='61 said'),
    E('indirect', 'trekking agencies to insure every porter and guide for at least Rs1.5 million against accidents, including death on the mountain', DOT, DOTk, 'requiring', False, mention=DOT, mctx='The Department of Tourism issued'),
    E('direct', 'The rule is there on paper. On the trail, nobody is checking,', MDL, MDLk, 'said', mention=MDL),
    E('direct', 'If a porter falls off the trail at Larkya La tomorrow, his family will get nothing.', MDL, MDLk, '', mention=MDL),
    E('indirect', 'the federation would submit the survey to the department next week and demand that agencies found in breach have their licences suspended', MDL, MDLk, 'said', mention='Lama-Tsering', mctx='Lama-Tsering said the federation'),
    E('indirect', 'agencies in Kathmandu hire guides, and the guides hire porters on the spot in Gorkha or Arughat, often for cash and with no paperwork', 'Porters the Post spoke to in Samagaun', 'Porters|porters', 'described', False, mention='Porters the Post spoke to in Samagaun'),
    E('direct', 'I was hired in Soti Khola the day before we started. Nobody asked my name for any insurance,', KBL, 'Bishwokarma-Limbu', 'said', mention=KBL),
    E('indirect', 'she earns Rs2,000 a day and sends most of it to her parents in Dhading', KBL, 'Bishwokarma-Limbu', 'said', mention='She', mctx='She said she earns'),
    E('indirect', 'the cost of premiums', 'Trekking agencies', 'agencies', 'blame', False, mention='Trekking agencies', mctx='Trekking agencies, however'),
    E('indirect', 'the premium for a single porter on a two-week trek had risen from Rs900 to about Rs2,700 since the rule came into force', 'Several agency owners in Thamel', 'owners', 'told', mention='Several agency owners in Thamel'),
    E('direct', 'some agencies are cutting corners', PNT, PNTk, 'conceded', mention=PNT),
    E('indirect', "most of the association's members were complying", PNT, PNTk, 'insisted', mention=PNT),
    E('direct', 'Our members are not criminals. The problem is the insurance companies, who have tripled the price because they know we have no choice,', PNT, PNTk, 'said', mention='he', mctx='no choice," he said'),
    E('indirect', 'the government to set up a state-backed insurance pool for trekking workers, as is done for migrant workers going abroad', PNT, PNTk, 'urged', mention='He', mctx='He urged'),
    E('indirect', 'it had not received any formal complaint about the rule', DOT, DOTk, 'said', mention=DOT, mctx='The Department of Tourism, for its part'),
    E('direct', 'If the federation brings evidence, we will act. Agencies without insurance will be penalised, there is no question about it,', SPK, SPKk, 'told', mention='department spokesperson Sushila Poudel-Khadka'),
    E('indirect', 'the department had only four inspectors for the entire Gandaki and Gorkha region', SPK, SPKk, 'stressed', mention='Poudel-Khadka', mctx='Poudel-Khadka stressed'),
    E('indirect', 'it would ask the Gorkha District Administration Office and the rural municipalities along the route to help check documents', SPK, SPKk, 'said', mention='Poudel-Khadka', mctx='Poudel-Khadka stressed'),
    E('indirect', 'that is easier said than done', 'Local officials', 'officials', 'say', mention='Local officials'),
    E('direct', 'Our ward office is in Namrung. We have two staff and a motorbike,', TPG, 'Gurung-Lhomi|chair', 'said', mention=TPG),
    E('direct', 'We cannot stand at the checkpoint all day and read insurance papers.', TPG, 'Gurung-Lhomi|chair', '', mention=TPG),
    E('indirect', 'the gap leaves porters, who are mostly from poor hill and Dalit communities, carrying the greatest risk for the smallest pay', 'Labour rights experts', 'experts', 'say', mention='Labour rights experts'),
    E('indirect', 'at least nine porters died on trekking routes in Nepal last year, three of them in the Manaslu area', NPWF, NPWFk, 'According to', mention='the federation', mctx='According to the federation'),
    E('indirect', 'Only two of the families received insurance payouts', NPWF, NPWFk, 'said', mention='it', mctx='payouts, it said'),
]

# 10 Trinidad and Tobago Guardian (La Brea), fishermen after an oil spill (curly quotes, Trinidadian English, split quote)
DBC = 'Deonarine Sookdeo-Gaskin'
DBCk = 'Sookdeo-Gaskin|president'
SP = 'Southland Petroleum'
SPk = 'Southland|company|statement'
KDA = 'Kristoff Dookeran-Alleyne'
KDAk = 'Dookeran-Alleyne|minister|Minister'
EMA = 'the Environmental Management Authority (EMA)'
EMAk = 'EMA|Environmental Management Authority'
KOC = 'Kwesi Olumide-Charles'
KOCk = 'Olumide-Charles|MP'
ABP = 'Rukmini Boodhram-Pierre'
DOCS['10_tt_guardian_la_brea_oil_spill.txt'] = [
    E('indirect', 'Southland Petroleum to pay them “right now, not in six months”', 'Fishermen in La Brea', 'Fishermen|fishermen', 'called on', mention='Fishermen in La Brea'),
    E('indirect', 'at least 140 fishermen had not been able to go out since the spill was detected on August 29', DBC, DBCk, 'said', mention='La Brea Fisherfolk Association president Deonarine Sookdeo-Gaskin'),
    E('direct', 'Three weeks, no fish, no money. The bank don’t care about oil spill. The bank want its payment,', DBC, DBCk, 'said', mention='Sookdeo-Gaskin', mctx='payment,” Sookdeo-Gaskin said'),
    E('indirect', 'fishermen had been told by company representatives at a meeting last week that compensation claims would be assessed by an independent adjuster, a process he said could take “months.”', DBC, DBCk, 'said', mention='He', mctx='He said fishermen'),
    E('direct', 'They find money to clean the beach in two days when the cameras come,” said Sookdeo-Gaskin, pointing to a row of yellow booms further along the shore, “but they can’t find money for the men who live off this water?', DBC, DBCk, 'said', mention='Sookdeo-Gaskin', mctx='said Sookdeo-Gaskin, pointing'),
    E('indirect', 'the leak at its Point Sable pipeline had been stopped on August 31 and that more than 80 per cent of the affected shoreline had been cleaned', SP, SPk, 'said', mention=SP, mctx='Southland Petroleum, in a statement'),
    E('indirect', 'it had set up a claims desk at the La Brea Regional Corporation office and had already received 96 claims', SP, SPk, 'said', mention='The company', mctx='The company said it had'),
    E('direct', 'Southland Petroleum deeply regrets the impact of this incident on the La Brea community and is committed to fair and timely compensation,', SP, SPk, 'said', mention='the statement', mctx='the statement said'),
    E('indirect', 'interim payments of $5,000 would be made to registered fishermen “within the next ten days”', 'Charmaine Fitz-Ramcharan', 'Fitz-Ramcharan|manager', 'said', mention='Charmaine Fitz-Ramcharan'),
    E('indirect', 'the ministry had ordered an investigation into the cause of the rupture', KDA, KDAk, 'said', mention='Energy Minister Kristoff Dookeran-Alleyne'),
    E('direct', 'I have instructed the ministry’s technical team to determine whether this pipeline was being properly maintained. If there was negligence, there will be consequences,', KDA, KDAk, 'said', mention='Dookeran-Alleyne', mctx='consequences,” Dookeran-Alleyne said'),
    E('indirect', 'the Environmental Management Authority (EMA) would also carry out its own assessment of the damage to mangroves and seagrass beds', KDA, KDAk, 'said', mention='He', mctx='He said the Environmental'),
    E('indirect', 'its officers had collected water and sediment samples at seven locations', EMA, EMAk, 'confirmed', mention='The EMA', mctx='The EMA, in a release'),
    E('indirect', 'results would be published “as soon as they are available.”', EMA, EMAk, 'said', mention='The EMA', mctx='The EMA, in a release'),
    E('partial', 'an afterthought.', KOC, KOCk, 'accused', mention='La Brea MP Kwesi Olumide-Charles'),
    E('direct', 'When something happens in Port of Spain, the whole Cabinet shows up. When it happens in La Brea, we get a press release,', KOC, KOCk, 'said', mention='Olumide-Charles', mctx='release,” Olumide-Charles said'),
    E('indirect', 'he would raise the matter in the House of Representatives next week', KOC, KOCk, 'said', mention='The MP', mctx='The MP said'),
    E('indirect', 'the minister to visit the community', KOC, KOCk, 'urged', mention='The MP', mctx='The MP said'),
    E('indirect', 'residue trapped in the mangroves could affect fish nurseries for years', ABP, 'Boodhram-Pierre|biologist', 'warned', mention='Marine biologist Dr Rukmini Boodhram-Pierre'),
    E('direct', 'The surface clean-up is the easy part. What we can’t see is what’s in the roots and the mud, and that is where the juvenile fish live,', ABP, 'Boodhram-Pierre|biologist', 'said', mention='she', mctx='live,” she said'),
    E('indirect', 'prices of fish had doubled, with many customers now buying frozen imports', 'Vendors at the La Brea market', 'Vendors|vendors', 'said', mention='Vendors at the La Brea market'),
    E('direct', 'People asking me why the carite so expensive. I tell them, go and ask Southland,', 'Jenelle Lutchmansingh', 'Lutchmansingh|vendor', 'said', mention='fish vendor Jenelle Lutchmansingh'),
    E('indirect', 'the association would hold a peaceful protest outside the company’s offices in San Fernando on Monday if interim payments had not begun', DBC, DBCk, 'said', mention='Sookdeo-Gaskin', mctx='Coffee Beach, Sookdeo-Gaskin said'),
    E('direct', 'We not looking for trouble. We looking for what is ours,', DBC, DBCk, 'said', mention='he', mctx='ours,” he said'),
]

# --- END DOCS ---
def main():
    out = {'about': 'heldout14: news articles written and annotated blind (helper session s13), before the library was run on '
                    'them. Same conventions as shared/seeds/reference.json and heldout4-heldout13: start/end are UTF-8 byte '
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
