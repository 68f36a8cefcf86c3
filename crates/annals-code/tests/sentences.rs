//! Table-driven coding tests: sentences written for annals → the events they must give.
//! Each row: the sentence, the publication date, and the expected events as
//! `CODE SOURCE>TARGET status [date]` (mirrored pairs listed too).

use annals_code::Coder;
use annals_recognise::Context;

type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // allegations called baseless are denied
    (
        "China called the accusations baseless on Friday.",
        "2025-06-03",
        &["016 CHN> reported 2025-05-30"],
    ),
    // the one others expect to act is the infinitive's subject
    (
        "Analysts expect Russia to attack Kharkiv in the summer.",
        "2025-06-03",
        &["190 RUS>UKR expected"],
    ),
    // a plural role from two countries is of both
    (
        "Delegations from the Democratic Republic of Congo and Rwanda met in Washington on \
         Friday.",
        "2025-06-16",
        &[
            "040 CODGOV>RWAGOV reported 2025-06-13",
            "040 RWAGOV>CODGOV reported 2025-06-13",
        ],
    ),
    // what others expect someone to do is expected, not done
    (
        "Analysts expect Russia to launch a new offensive against Ukraine in the summer.",
        "2025-06-03",
        &["190 RUS>UKR expected"],
    ),
    // a deed told as done is dated by the day of the telling, with "that" or without
    (
        "Mali's army said on Tuesday that its aircraft had struck a convoy of militants.",
        "2025-03-12",
        &["195 MLIMIL>MLIREB reported 2025-03-11"],
    ),
    // people hurt where a place is told are of the place's country; sites are no people
    (
        "A Ukrainian missile struck an apartment building in the city of Kursk overnight, \
         injuring 13 people.",
        "2025-08-20",
        &[
            "190 UKRMIL>RUS reported 2025-08-20",
            "182 UKRMIL>RUSCVL reported 2025-08-20",
        ],
    ),
    (
        "The United States bombed three Iranian nuclear sites.",
        "2025-06-22",
        &["195 USA>IRN reported 2025-06-22"],
    ),
    // deaths in a natural disaster are no attack
    (
        "At least five people were killed after a volcano erupted off the coast of New Zealand.",
        "2019-12-09",
        &[],
    ),
    // a telephone call: "called" with a person or state as its direct object, and nothing
    // after it that names what it is called
    (
        "Spanish Prime Minister Pedro Sanchez called Macron and Scholz on Monday.",
        "2024-12-10",
        &[
            "041 ESPGOV>FRAGOV reported 2024-12-09",
            "041 ESPGOV>DEUGOV reported 2024-12-09",
        ],
    ),
    ("Biden called Putin a killer.", "2021-03-18", &[]),
    ("Residents called police after the shooting.", "2021-03-18", &[]),
    (
        "Erdogan spoke with Putin by phone on Tuesday.",
        "2024-12-10",
        &["041 TURGOV>RUSGOV reported 2024-12-10"],
    ),
    (
        "Erdogan received a phone call from Putin on Tuesday.",
        "2024-12-10",
        &["041 RUSGOV>TURGOV reported 2024-12-10"],
    ),
    // expelling or withdrawing diplomats reduces relations (161, codebook note to 166)
    (
        "Britain expelled two Russian diplomats on Monday.",
        "2024-12-10",
        &["161 GBR>RUSGOV reported 2024-12-09"],
    ),
    (
        "Pakistan withdrew its high commissioner from India.",
        "2024-12-10",
        &["161 PAK>IND reported 2024-12-10"],
    ),
    // an offer to mediate is intent to mediate (039), not to meet
    (
        "Qatar offered to mediate between Russia and Ukraine.",
        "2024-12-10",
        &["039 QAT>RUS reported 2024-12-10", "039 QAT>UKR reported 2024-12-10"],
    ),
    // leaving a capital after a visit tells the visit
    (
        "Modi left Moscow on Tuesday after a two-day visit.",
        "2024-07-10",
        &["042 INDGOV>RUSGOV reported 2024-07-09"],
    ),
    // "charge" with an actor as its direct object is a charge (173), with or without "with";
    // an impeachment is the legislature's charge
    (
        "Prosecutors charged the former minister on Monday.",
        "2024-12-16",
        &["173 ---JUD>---ELI reported 2024-12-16"],
    ),
    (
        "Police charged 20 protesters with rioting.",
        "2024-12-16",
        &["173 ---COP>---CVL reported 2024-12-16"],
    ),
    (
        "Parliament impeached President Yoon Suk Yeol on Saturday.",
        "2024-12-16",
        &["173 KORLEG>KORGOV reported 2024-12-14"],
    ),
    (
        "Brazil's Prosecutor-General charged two generals on Tuesday.",
        "2025-02-19",
        &["173 BRAJUD>BRAMIL reported 2025-02-18"],
    ),
    // force of a crowd is a violent protest (145), not armed force
    (
        "Protesters in Kinshasa attacked the embassy of France on Tuesday.",
        "2024-12-16",
        &["145 CODCVL>FRAGOV reported 2024-12-10"],
    ),
    // a vessel detained is property seized (171), not a person arrested
    (
        "British Royal Marines detained an Iranian supertanker off Gibraltar.",
        "2019-07-05",
        &["171 GBRMIL>IRN reported 2019-07-05"],
    ),
    // a threat to retaliate names no armed force (130); meddling is no espionage (112)
    (
        "Russia threatened on Tuesday to retaliate against Lithuania.",
        "2022-06-22",
        &["130 RUS>LTU reported 2022-06-21"],
    ),
    (
        "Moscow accused Washington of interference in its elections.",
        "2024-12-16",
        &["112 RUSGOV>USAGOV reported 2024-12-16"],
    ),
    // a deadline ("by Saturday") does not date the order; a span ("for 30 days after") counts
    // no days back
    (
        "New Delhi ordered six Canadian diplomats to leave India by Saturday.",
        "2024-10-15",
        &["161 INDGOV>CANGOV reported 2024-10-15"],
    ),
    (
        "Ukraine's parliament voted on Monday to impose martial law for 30 days after Russian \
         border guards seized three Ukrainian navy vessels.",
        "2018-11-27",
        &["171 RUSMIL>UKRMIL reported 2018-11-26"],
    ),
    // where a visit set off from is not where it went
    ("Putin arrived from Pyongyang on Thursday.", "2024-06-21", &[]),
    (
        "Tokayev arrived from Astana in Ankara on Monday.",
        "2024-06-21",
        &[
            "042 KAZGOV>TUR reported 2024-06-17",
            "043 TUR>KAZGOV reported 2024-06-17",
        ],
    ),
    // a name in apposition to a description is one actor, not a list of two
    (
        "The main opposition party, the Republican People's Party, called on the government \
         to resign.",
        "2013-06-03",
        &["0241 TURPTY>TURGOV reported 2013-06-03"],
    ),
    (
        "Syrian interim President Ahmed al-Sharaa and the commander of the Syrian Democratic \
         Forces, Mazloum Abdi, signed an agreement on Monday.",
        "2025-03-11",
        &[
            "057 SYRGOV>SYRREB reported 2025-03-10",
            "057 SYRREB>SYRGOV reported 2025-03-10",
        ],
    ),
    // easing a state of emergency and withdrawing a bill need no other side
    (
        "South Korean President Yoon Suk Yeol lifted martial law on Wednesday.",
        "2024-12-05",
        &["0814 KORGOV> reported 2024-12-04"],
    ),
    (
        "Kenyan President William Ruto withdrew the finance bill on Wednesday.",
        "2024-06-28",
        &["0832 KENGOV> reported 2024-06-26"],
    ),
    // "arms" in "take up arms" is no arming; British spellings of "-ize" verbs are read
    (
        "Prime Minister Abiy Ahmed urged citizens to take up arms against the rebels.",
        "2021-11-03",
        &["020 ETHGOV>ETHCVL reported 2021-11-03"],
    ),
    (
        "Turkey criticised Greece on Monday.",
        "2024-12-05",
        &["111 TUR>GRC reported 2024-12-02"],
    ),
    (
        "Serbia mobilised troops against Kosovo.",
        "2024-12-05",
        &["154 SRB>KSV reported 2024-12-05"],
    ),
    // "protest leaders" are the opposition, not a government
    (
        "Serzh Sargsyan met protest leader Nikol Pashinyan on Sunday.",
        "2018-04-23",
        &["040 ARMGOV>ARMOPP reported 2018-04-22"],
    ),
    // the side non-state fighters or a crowd are for is not theirs; "pro-Syrian government
    // forces" are Syria's
    (
        "Pro-Russian separatists attacked Mariupol.",
        "2014-09-06",
        &["190 ---REB>UKR reported 2014-09-06"],
    ),
    (
        "Pro-Palestinian protesters marched in London.",
        "2024-05-06",
        &["141 GBRCVL> reported 2024-05-06"],
    ),
    // saying another is responsible or to blame accuses it
    (
        "Britain said Russia bore responsibility for the poisoning.",
        "2018-03-13",
        &["112 GBR>RUS reported 2018-03-13"],
    ),
    (
        "Kyiv said Moscow was to blame for the strike.",
        "2024-06-21",
        &["112 UKRGOV>RUSGOV reported 2024-06-21"],
    ),
    ("Police said they were responsible for security.", "2024-06-21", &[]),
    // vowing to go on protesting threatens dissent (133), not cooperation
    (
        "The protesters vowed to continue their demonstrations in Cairo.",
        "2024-06-21",
        &["133 EGYCVL> reported 2024-06-21", "140 EGYCVL> planned"],
    ),
    // a pattern's words do not reach past "and" into another verb's predicate
    (
        "France expelled 12 officials and recalled its ambassador to Algiers.",
        "2025-04-16",
        &[
            "166 FRA>DZAGOV reported 2025-04-16",
            "161 FRA>DZAGOV reported 2025-04-16",
        ],
    ),
    // a planned and a done act alike in one sentence are two acts
    (
        "France said it would expel 12 diplomats and recalled its ambassador to Algiers.",
        "2025-04-16",
        &[
            "1313 FRA>DZAGOV reported 2025-04-16",
            "161 FRA>DZAGOV planned",
            "161 FRA>DZAGOV reported 2025-04-16",
        ],
    ),
    // what a demand asks the other side to do picks its sub-code
    (
        "Poland demanded on Monday that Belarus release the jailed journalist.",
        "2024-03-13",
        &["1053 POL>BLR reported 2024-03-11"],
    ),
    (
        "The opposition demanded that the government of Serbia hold early elections.",
        "2024-03-13",
        &["1041 SRBOPP>SRBGOV reported 2024-03-13"],
    ),
    // a strike with an actor for its object is an attack threatened, not a walkout
    (
        "Iran threatened to strike Israel.",
        "2024-04-10",
        &["138 IRN>ISR reported 2024-04-10"],
    ),
    (
        "Dockworkers in Chile threatened to strike the following week.",
        "2024-04-10",
        &["133 CHLLAB> reported 2024-04-10"],
    ),
    // an event noun's agent right after it ("a visit by X to Y") is its source, not its object
    (
        "A visit by Indian Prime Minister Narendra Modi to Moscow in July angered Kyiv.",
        "2024-09-04",
        &[
            "042 INDGOV>RUSGOV reported 2024-07-01",
            "043 RUSGOV>INDGOV reported 2024-07-01",
        ],
    ),
    // "A and his counterpart B": a subject list of two, the possessive only says whose
    (
        "Jaishankar and his Iranian counterpart Abbas Araghchi signed the accord in Tehran on \
         Monday.",
        "2025-03-04",
        &[
            "057 INDGOV>IRNGOV reported 2025-03-03",
            "057 IRNGOV>INDGOV reported 2025-03-03",
        ],
    ),
    // ceasing fire in other words than "ceasefire": de-escalation, of one side or both
    (
        "Russia suspended offensive operations in the region on Monday.",
        "2024-11-27",
        &["087 RUS> reported 2024-11-25"],
    ),
    (
        "The M23 accepted a truce proposed by Angola.",
        "2024-11-27",
        &["0871 CODREB>AGO reported 2024-11-27"],
    ),
    (
        "The government of Ethiopia and the TPLF signed a cessation of hostilities agreement in \
         Pretoria.",
        "2022-11-03",
        &[
            "0871 ETHGOV>ETHREB reported 2022-11-03",
            "0871 ETHREB>ETHGOV reported 2022-11-03",
        ],
    ),
    // "hit" alone is force only when a weapon or a strike hits
    (
        "Russian missiles hit a hospital in Kyiv on Monday.",
        "2024-11-27",
        &["190 RUSMIL>UKRHLH reported 2024-11-25"],
    ),
    ("Floods hit Pakistan on Monday.", "2024-11-27", &[]),
    // a call named by its noun: the subject's, or a fronted adjunct's main clause's
    (
        "In a phone call with Putin on Tuesday, Erdogan urged a ceasefire.",
        "2024-11-27",
        &["041 TURGOV>RUSGOV reported 2024-11-26"],
    ),
    // a legislature's charge: impeachment proceedings; a court's: ordering someone jailed
    (
        "Parliament began impeachment proceedings against President Robert Mugabe on Monday.",
        "2017-11-21",
        &["173 ZWELEG>ZWEGOV reported 2017-11-20"],
    ),
    (
        "A Turkish court on Sunday ordered Istanbul Mayor Ekrem Imamoglu jailed pending trial.",
        "2025-03-24",
        &["173 TURJUD>TURGOV reported 2025-03-23"],
    ),
    // a no-confidence motion demands that the government go
    (
        "Opposition lawmakers in France filed no-confidence motions against the government.",
        "2023-03-18",
        &["1041 FRALEG>FRAGOV reported 2023-03-18"],
    ),
    // what a condition names is neither done nor refused; what is ruled out is not done
    (
        "Biden threatened to intervene if Iran attacked Israel.",
        "2024-04-10",
        &["130 USAGOV>IRN reported 2024-04-10", "190 IRN>ISR hypothetical"],
    ),
    (
        "The French president has ruled out resigning.",
        "2024-12-05",
        &["123 FRAGOV> reported 2024-12-05"],
    ),
    // a named person of no known country is not of the country of the person met, nor of
    // where they met; nor is a titled name the last person in government
    (
        "Vice Premier Liu He met Treasury Secretary Steven Mnuchin in Washington on Thursday.",
        "2019-05-10",
        &["040 ---GOV>USAGOV reported 2019-05-09"],
    ),
    (
        "Economy Minister Nihat Zeybekci met Turkish business leaders.",
        "2016-08-10",
        &["040 TURGOV>TURBUS reported 2016-08-10"],
    ),
    // a bare vow is resolve, not an intent to cooperate; vowing to keep fighting refuses to
    // de-escalate; a verb before "and" gives its subject past the vow of the act after it
    ("China vowed to defend its interests.", "2018-03-09", &[]),
    (
        "Sudan's army chief Abdel Fattah al-Burhan vowed on Wednesday to keep fighting.",
        "2025-11-06",
        &["1246 SDNMIL> reported 2025-11-05"],
    ),
    (
        "President Ahmed al-Sharaa accused Israel of trying to break up the country and vowed to \
         protect the Druze.",
        "2025-07-17",
        &[
            "112 SYRGOV>ISR reported 2025-07-17",
            "0334 SYRGOV>SYRDRZ reported 2025-07-17",
            "074 SYRGOV>SYRDRZ planned",
        ],
    ),
    // a participle after a particle or a verb of release is an adjective, no capture now;
    // talks named by what they are about are a noun
    (
        "Pakistan handed over captured Indian Air Force pilot Abhinandan Varthaman to Indian \
         authorities on Friday.",
        "2019-03-02",
        &["084 PAK>INDMIL reported 2019-03-01"],
    ),
    (
        "Colombia's FARC rebels announced a unilateral ceasefire in a bid to rescue peace talks \
         with the government.",
        "2015-07-08",
        &["0871 COLREB> reported 2015-07-08"],
    ),
    // a speaker after the mediator's comma is no mediator
    (
        "Ukraine and Russia swapped 22 prisoners of war on Monday in an exchange mediated by \
         the United Arab Emirates, officials from both countries said.",
        "2023-08-08",
        &[
            "0841 UKR>RUS reported 2023-08-07",
            "0841 RUS>UKR reported 2023-08-07",
            "045 ARE>UKR reported 2023-08-07",
            "045 ARE>RUS reported 2023-08-07",
        ],
    ),
    // a visit scheduled is planned, not the scheduling of a visit; a pattern's object noun
    // after a "to" of no pattern's is an infinitive
    (
        "Modi is scheduled to visit Australia next month.",
        "2024-05-20",
        &[
            "036 INDGOV>AUS reported 2024-05-20",
            "042 INDGOV>AUS planned 2024-06-01",
            "043 AUS>INDGOV planned 2024-06-01",
        ],
    ),
    // a compound word is no verb ("stand-by"); what is faced is a noun
    (
        "The IMF approved a stand-by arrangement for Pakistan on Wednesday.",
        "2023-07-13",
        &["071 IGOBUSIMF>PAK reported 2023-07-12"],
    ),
    (
        "Iran and China signed an agreement on Saturday as both countries face U.S. sanctions.",
        "2021-03-28",
        &[
            "057 IRN>CHN reported 2021-03-27",
            "057 CHN>IRN reported 2021-03-27",
        ],
    ),
    // a threat of what one's own side will do names no target; a gerund after "began" is
    // that verb's, with its own subject
    (
        "Ukraine's Defence Minister Oleksii Reznikov warned that Kyiv would respond militarily.",
        "2023-02-01",
        &["130 UKRGOV> reported 2023-02-01"],
    ),
    (
        "Hamas freed 20 Israeli hostages, and Israel began releasing Palestinian prisoners.",
        "2025-10-14",
        &[
            "0841 PSEREBHMS>ISRCVL reported 2025-10-14",
            "0841 ISR>PSECVL reported 2025-10-14",
        ],
    ),
    // a complaint filed with a forum against someone is against them
    (
        "Canada filed a complaint with the WTO against China on Monday.",
        "2024-05-17",
        &["115 CAN>CHN reported 2024-05-13"],
    ),
    // where something was said is not where it happened
    (
        "India and Pakistan agreed on Saturday to stop all firing, Foreign Secretary Vikram \
         Misri said in New Delhi.",
        "2025-05-11",
        &[
            "0356 IND>PAK reported 2025-05-10",
            "087 IND>PAK planned",
            "0356 PAK>IND reported 2025-05-10",
            "087 PAK>IND planned",
        ],
    ),
    // a time before a verb of commitment is the committing's, not the act committed to
    (
        "Biden phoned Sunak on Tuesday evening and the two leaders agreed to support Ukraine.",
        "2022-10-26",
        &[
            "041 USAGOV>GBRGOV reported 2022-10-25",
            "032 USAGOV>UKR reported 2022-10-26",
            "051 USAGOV>UKR planned",
            "032 GBRGOV>UKR reported 2022-10-26",
            "051 GBRGOV>UKR planned",
        ],
    ),
    // a time before the invitation's "to" is the inviting's
    (
        "Erdogan invited Putin on Monday to visit Turkey.",
        "2024-06-21",
        &["026 TURGOV>RUSGOV reported 2024-06-17"],
    ),
    // a time after an invitation is the meeting's, not the inviting's
    (
        "Xi invited Putin to visit China in October.",
        "2016-06-25",
        &["026 CHNGOV>RUSGOV reported 2016-06-25"],
    ),
    // people a court jails are its country's, past modifiers and a day between
    (
        "A Hong Kong court on Tuesday jailed 45 pro-democracy activists under a national \
         security law imposed by Beijing.",
        "2024-11-20",
        &["173 HKGJUD>HKGCVL reported 2024-11-19"],
    ),
    // a speaker telling what its own organisation will do makes no statement to it
    (
        "EU foreign policy chief Josep Borrell said the bloc would keep raising the cost of the \
         war for the Kremlin.",
        "2024-06-25",
        &[],
    ),
    // ceasefire violations are no human-rights abuse; strikes judged are no strike called
    (
        "Ukraine accused Russia of ceasefire violations.",
        "2025-07-25",
        &["112 UKR>RUS reported 2025-07-25"],
    ),
    ("Iran called the strikes an act of war.", "2025-07-25", &[]),
    // an act in a clause of time with no day of its own is on the main clause's day (and a
    // crowd's attack is a violent protest)
    (
        "On Sunday, at least 14 police officers were killed when a crowd attacked a police \
         station in Sirajganj.",
        "2024-08-06",
        &[
            "190 >BGDCOP reported 2024-08-04",
            "145 BGDCVL>BGDCOP reported 2024-08-04",
        ],
    ),
    // a verb that needs no object takes none from a subordinate clause
    (
        "Kenya's interior minister resigned after protesters stormed parliament.",
        "2024-06-27",
        &[
            "0831 KENGOV> reported 2024-06-27",
            "171 KENCVL>KENLEG reported 2024-06-27",
        ],
    ),
    // tariffs paused are sanctions eased; a levy is a tariff
    (
        "President Trump paused the new tariffs on the European Union for 90 days.",
        "2025-04-10",
        &["085 USAGOV>IGOEUREEC reported 2025-04-10"],
    ),
    (
        "Beijing retaliated with an 84 percent levy on American products.",
        "2025-04-10",
        &["163 CHNGOV>USA reported 2025-04-10"],
    ),
    // a place taken by force is territory occupied, against the country it lies in
    (
        "M23 rebels captured Goma on Monday.",
        "2025-01-28",
        &["192 CODREB>COD reported 2025-01-27"],
    ),
    (
        "Rebels seized most of Aleppo.",
        "2025-01-28",
        &["192 ---REB>SYR reported 2025-01-28"],
    ),
    (
        "The RSF has taken control of El Fasher.",
        "2025-01-28",
        &["192 SDNMILPRM>SDN reported 2025-01-28"],
    ),
    (
        "M23 rebels said they had captured Goma, the largest city in eastern Congo.",
        "2025-01-28",
        &["192 CODREB>COD reported 2025-01-28"],
    ),
    (
        "More than 280 pupils were seized from a school in Kaduna state by an armed gang.",
        "2024-03-12",
        &["181 NGACRM>NGAEDU reported 2024-03-12"],
    ),
    // people seized are abducted, property seized is property
    (
        "Gunmen seized 280 pupils from a school in Kaduna state.",
        "2025-01-28",
        &["181 NGAUAF>NGAEDU reported 2025-01-28"],
    ),
    (
        "Protesters seized the parliament building in Dhaka.",
        "2025-01-28",
        &["171 BGDCVL>BGDLEG reported 2025-01-28"],
    ),
    // arraigned is charged
    (
        "Kenyan police arraigned the blogger on Wednesday.",
        "2026-05-07",
        &["173 KENCOP>KENMED reported 2026-05-06"],
    ),
    // a relative clause's unresolved subject pronoun is no one before it
    (
        "Fijian rebels said they would free members of the government, whom they had taken \
         hostage last month.",
        "2024-05-02",
        &["0353 FJIREB>FJIGOV reported 2024-05-02", "0841 FJIREB>FJIGOV planned"],
    ),
    // a vow, pledge or promise of force or reprisal is a threat, not an intent to cooperate
    (
        "Mali's junta pledged to defeat the insurgents.",
        "2025-05-16",
        &["138 MLIGOV>MLIREB reported 2025-05-16"],
    ),
    (
        "Pakistan promised a response to India.",
        "2025-05-16",
        &["130 PAK>IND reported 2025-05-16"],
    ),
    (
        "Mali's junta pledged to attack the insurgents.",
        "2025-05-16",
        &[
            "138 MLIGOV>MLIREB reported 2025-05-16",
            "190 MLIGOV>MLIREB planned",
        ],
    ),
    // an event noun before a past verb is dated in the past ("on Monday": the last one)
    (
        "An attack on a Nigerian army base on Monday killed five soldiers.",
        "2025-05-16",
        &["190 >NGAMIL reported 2025-05-12"],
    ),
    // a place the gazetteer does not know, told by the one it lies in
    (
        "Gunmen abducted villagers in Kajuru district of Kaduna state.",
        "2024-03-12",
        &["181 NGAUAF>NGACVL reported 2024-03-12"],
    ),
    (
        "Gunmen abducted villagers in Kajuru, Kaduna state.",
        "2024-03-12",
        &["181 NGAUAF>NGACVL reported 2024-03-12"],
    ),
    // the object of a relative clause is the noun its pronoun stands for
    (
        "Police on Friday freed the engineers, whom gunmen had kidnapped in Zamfara in March.",
        "2025-06-03",
        &[
            "0841 NGACOP>NGACVL reported 2025-05-30",
            "181 NGAUAF>NGACVL reported 2025-03-01",
        ],
    ),
    // "a day after" opening a clause dates its act a day before the sentence's day
    (
        "Mali's army struck a convoy on Tuesday, a day after militants ambushed a Malian patrol.",
        "2025-03-12",
        &[
            "190 MLIMIL>MLIREB reported 2025-03-11",
            "190 MLIREB>MLI reported 2025-03-10",
        ],
    ),
    // a noun's day ("Sunday's elections") does not date the verb; a minister dismissed is no
    // rejection
    (
        "Venezuela's opposition rejected the results of Sunday's regional elections.",
        "2025-05-27",
        &["120 VENOPP> reported 2025-05-27"],
    ),
    (
        "President Bola Tinubu also dismissed the minister of power.",
        "2025-08-14",
        &[],
    ),
    // "including" ends the noun phrase of the people it counts
    (
        "Myanmar's military junta carried out airstrikes on a village in Sagaing region on \
         Thursday, killing at least 18 civilians including children.",
        "2025-01-24",
        &["195 MMRGOV>MMRCVL reported 2025-01-23"],
    ),
    // a participle describing its subject takes no object from the sentence's own verb; a
    // manner adverb between a control verb and its "to" keeps the control
    (
        "ASEAN foreign ministers meeting in Kuala Lumpur on Saturday urged Myanmar's military \
         government to end air strikes.",
        "2025-06-10",
        &["020 IGOSEAASNGOV>MMRGOV reported 2025-06-07"],
    ),
    (
        "Germany agreed unanimously to send tanks to Ukraine.",
        "2025-06-10",
        &["0332 DEU>UKR reported 2025-06-10", "072 DEU>UKR planned"],
    ),
    // parties of the Global South by name; a party said to be in opposition is the opposition
    (
        "Police arrested 17 BNP members in Dhaka overnight.",
        "2025-01-10",
        &["173 BGDCOP>BGDPTY reported 2025-01-10"],
    ),
    (
        "Police in Harare arrested two leaders of the opposition Citizens Coalition for Change.",
        "2025-01-10",
        &["173 ZWECOP>ZWEOPP reported 2025-01-10"],
    ),
    // gunfire is no accident; one of a group is a member of it
    (
        "Two Pakistani soldiers were killed in the exchange of fire on Monday.",
        "2025-04-08",
        &["190 >PAKMIL reported 2025-04-07"],
    ),
    (
        "One of the gunmen was captured alive in Mogadishu on Friday.",
        "2025-08-03",
        &["173 >SOMUAF reported 2025-08-01"],
    ),
    // what armed men burn or loot is property destroyed or seized, not a riot; an armed
    // group's fighters are the group
    (
        "Boko Haram militants set fire to homes in the village of Ngamdu on Sunday.",
        "2025-02-11",
        &["1712 NGAREB> reported 2025-02-09"],
    ),
    (
        "RSF fighters looted homes in El Fasher on Tuesday.",
        "2025-02-13",
        &["1711 SDNMILPRM> reported 2025-02-11"],
    ),
    // a seat of government that is not the official capital stands for the government too
    (
        "Abidjan denied the charge on Monday.",
        "2025-02-11",
        &["016 CIVGOV> reported 2025-02-10"],
    ),
    // a warning of what others could do is a pessimistic comment; of what the warner could
    // do, a threat
    (
        "Somalia's government warned on Monday that al-Shabaab could regain territory.",
        "2025-04-08",
        &["012 SOMGOV>SOMREB reported 2025-04-07"],
    ),
    (
        "Iran warned on Monday that it could close the Strait of Hormuz.",
        "2025-04-08",
        &["130 IRN> reported 2025-04-07"],
    ),
    // an act feared has not happened; a postponed signing is still planned, with no intent
    (
        "Eritrea has mobilised troops near its border amid fears of a new war between Eritrea \
         and Ethiopia.",
        "2025-03-14",
        &[
            "154 ERI>ETH reported 2025-03-14",
            "190 ERI>ETH hypothetical",
        ],
    ),
    (
        "The signing of a free trade agreement between the European Union and Mercosur was \
         postponed on Thursday.",
        "2025-12-19",
        &["057 IGOEUREEC>IGOSAM planned"],
    ),
    (
        "President Hassan Sheikh Mohamud vowed on Sunday to pursue the militants.",
        "2025-06-16",
        &["138 SOMGOV>SOMREB reported 2025-06-15"],
    ),
    // in what is said, a deed coordinated with another shares its subject, not the speaker's;
    // a demand coordinated with the saying is the speaker's
    (
        "The Syrian Defense Ministry said the strikes hit a military research facility and \
         wounded two soldiers.",
        "2025-02-27",
        &[],
    ),
    (
        "Tallinn said the detention was a clear provocation and demanded an explanation from \
         Moscow.",
        "2025-08-27",
        &["101 ESTGOV>RUSGOV reported 2025-08-27"],
    ),
    // a time after a participle that modifies the object is the participle's
    (
        "Kidnappers released 12 students abducted from a school in Kaduna state last month, \
         the state governor said on Saturday.",
        "2025-04-13",
        &[
            "0841 NGACRM>NGAEDU reported 2025-04-12",
            "181 >NGAEDU reported 2025-03-01",
        ],
    ),
    // an object pronoun inside the pattern stands for whom it resolves to
    (
        "Algeria expelled twelve French diplomats on Monday, accusing them of interfering in its \
         internal affairs.",
        "2025-04-08",
        &[
            "161 DZA>FRAGOV reported 2025-04-07",
            "112 DZA>FRAGOV reported 2025-04-07",
        ],
    ),
    // opposition office holders are the opposition
    (
        "Turkish authorities detained three opposition mayors in Istanbul on Wednesday.",
        "2025-07-10",
        &["173 TURGOV>TUROPP reported 2025-07-09"],
    ),
    // a phrase apposed to the subject, before or after its name, does not part it from its verb
    (
        "The Arakan Army, an ethnic armed group, said it had seized a military base on Monday.",
        "2025-03-05",
        &["192 MMRREB> reported 2025-03-03"],
    ),
    (
        "An Iran-backed militia, Kataib Hezbollah, denied involvement in the attack.",
        "2025-03-05",
        &["016 IRQREB> reported 2025-03-05"],
    ),
    // new verbs: executions and beheadings, pushing troops out, raised duties, deliveries of
    // weapon systems; a demand about a foreign country is aimed at it
    (
        "Insurgents beheaded five villagers in Cabo Delgado last week.",
        "2025-05-12",
        &["1823 MOZREB>MOZCVL reported 2025-05-05"],
    ),
    (
        "Ukrainian forces pushed Russian troops out of two villages near Pokrovsk on Tuesday.",
        "2025-05-14",
        &["190 UKRMIL>RUSMIL reported 2025-05-13"],
    ),
    (
        "Washington raised duties on Canadian aluminium on Monday.",
        "2025-05-14",
        &["163 USAGOV>CAN reported 2025-05-12"],
    ),
    (
        "The Security Council demanded an immediate ceasefire in Sudan on Tuesday.",
        "2025-06-11",
        &["107 IGOUNO>SDN reported 2025-06-10"],
    ),
    // "target" as a verb is force; "targeting" after a comma is the aim of the act before it,
    // and measures targeting someone are sanctions
    (
        "Separatist fighters in Cameroon attacked schools in the region and targeted teachers.",
        "2025-03-04",
        &[
            "180 CMRREB>CMREDU reported 2025-03-04",
            "190 CMRREB>CMREDU reported 2025-03-04",
        ],
    ),
    (
        "The United States unveiled sanctions against Venezuela, targeting 10 officials.",
        "2025-03-04",
        &["163 USA>VEN reported 2025-03-04"],
    ),
    (
        "The European Union announced new measures targeting Chinese firms.",
        "2025-03-04",
        &["163 IGOEUREEC>CHNBUS reported 2025-03-04"],
    ),
    (
        "Turkish jets struck the PKK targets in northern Iraq on Saturday.",
        "2025-03-04",
        &["195 TURMIL>TURREB reported 2025-03-01"],
    ),
    (
        "Myanmar's junta denied carrying out the air strike on Tuesday.",
        "2025-03-06",
        &["016 MMRGOV> reported 2025-03-04"],
    ),
    (
        "French President Emmanuel Macron visited India on Tuesday.",
        "2024-01-25",
        &[
            "042 FRAGOV>IND reported 2024-01-23",
            "043 IND>FRAGOV reported 2024-01-23",
        ],
    ),
    (
        "Indian Prime Minister Narendra Modi hosted the French president in Jaipur.",
        "2024-01-25",
        &[
            "043 INDGOV>FRAGOV reported 2024-01-25",
            "042 FRAGOV>INDGOV reported 2024-01-25",
        ],
    ),
    (
        "Germany and Brazil signed a trade agreement in Berlin.",
        "2024-01-25",
        &["057 DEU>BRA reported 2024-01-25", "057 BRA>DEU reported 2024-01-25"],
    ),
    (
        "Japan and Australia are expected to sign a security pact.",
        "2024-01-25",
        &["057 JPN>AUS expected", "057 AUS>JPN expected"],
    ),
    (
        "Canada did not condemn the Israeli attack on Gaza.",
        "2024-01-25",
        &["111 CAN>ISR negated", "190 ISR>PSE reported 2024-01-25"],
    ),
    // what would be done on a condition is hypothetical, its threat told on the day of the
    // warning; the act under "if" is hypothetical too, not planned by the "would" before it
    (
        "Chile warned on Tuesday that Chile would strike back if Norway attacked.",
        "2024-01-25",
        &["138 CHL>NOR reported 2024-01-23", "190 CHL>NOR hypothetical"],
    ),
    // removal from office, by a legislature, a court or soldiers, is an administrative
    // sanction (172); a state suspended from an organisation's councils is cut off (161); a
    // participle after a preposition is an adjective ("run by ousted leader X")
    (
        "Chile's Congress removed President Gabriel Boric from office on Wednesday.",
        "2024-01-25",
        &["172 CHLLEG>CHLGOV reported 2024-01-24"],
    ),
    (
        "Chile's Congress voted to remove President Gabriel Boric.",
        "2024-01-25",
        &["172 CHLLEG>CHLGOV reported 2024-01-25"],
    ),
    (
        "The African Union suspended Niger.",
        "2024-01-25",
        &["161 IGOAFRAFU>NER reported 2024-01-25"],
    ),
    (
        "Crowds in Chile rallied on Sunday in support of the government run by ousted leader Gabriel Boric.",
        "2024-01-25",
        &["141 CHLCVL> reported 2024-01-21"],
    ),
    // a court's ruling that someone broke the law finds them liable (116)
    (
        "Chile's Supreme Court ruled that Norway had violated the treaty.",
        "2024-01-25",
        &["116 CHLJUD>NOR reported 2024-01-25"],
    ),
    // only "tell" takes its addressee bare: "said the navy had" names no one spoken to
    (
        "Chile's interior minister said the protesters had gone home.",
        "2024-01-25",
        &[],
    ),
    // office holders as of the act's day, not of what a span counts from ("since 1962")
    (
        "French lawmakers toppled Prime Minister Michel Barnier's government on Wednesday, the first such vote since 1962.",
        "2024-12-05",
        &["172 FRALEG>FRAGOV reported 2024-12-04"],
    ),
    // a named person of no known country at a meeting is not the counterpart's countryman
    (
        "Foreign Minister Jean-Emmanuel Ouedraogo met Chile's foreign minister on Monday.",
        "2024-01-25",
        &["040 ---GOV>CHLGOV reported 2024-01-22"],
    ),
    // de-escalation: a gerund ending the pattern takes its own object; where a paused
    // offensive was fought is its target
    (
        "The Houthis stopped attacking Israel on Tuesday.",
        "2024-01-25",
        &["087 YEMREB>ISR reported 2024-01-23"],
    ),
    (
        "The Houthis stopped attacking Israeli ships on Tuesday.",
        "2024-01-25",
        &["087 YEMREB>ISR reported 2024-01-23"],
    ),
    (
        "Turkey paused its offensive in northeastern Syria.",
        "2024-01-25",
        &["087 TUR>SYR reported 2024-01-25"],
    ),
    // a weapon hits in the past: a verb whose past is its base form, with no auxiliary
    (
        "A Russian drone hit a bus in Kharkiv on Saturday.",
        "2024-01-25",
        &["1952 RUSMIL>UKR reported 2024-01-20"],
    ),
    // calling a deed a crime names its author (111)
    (
        "Chile called Norway's decision unconstitutional.",
        "2024-01-25",
        &["111 CHL>NOR reported 2024-01-25"],
    ),
    // "between" takes the phrase after it past a hyphenated modifier; where talks were held
    // is not whose the parties are
    (
        "Talks were held in Sweden between the Norway-backed government and the Houthis.",
        "2018-12-13",
        &["046 YEMGOV>YEMREB reported 2018-12-13"],
    ),
    // going to a foreign mission at home is no visit to its country
    (
        "Police in Chile detained President Gabriel Boric as he travelled to the Norwegian embassy.",
        "2024-01-25",
        &["173 CHLCOP>CHLGOV reported 2024-01-25"],
    ),
    // economic statecraft: a deposit with a central bank is aid; cutting a state off from
    // financing sanctions it; leaders who witness the signing of agreements sign them
    (
        "Norway deposited $2 billion with the central bank of Chile on Tuesday.",
        "2024-01-25",
        &["071 NOR>CHLGOV reported 2024-01-23"],
    ),
    (
        "Chile said it was cutting off Peru's government from Western financing.",
        "2024-01-25",
        &["163 CHL>PERGOV reported 2024-01-25"],
    ),
    (
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte witnessed the signing of ten agreements in Lima on Tuesday.",
        "2024-01-25",
        &[
            "057 CHLGOV>PERGOV reported 2024-01-23",
            "057 PERGOV>CHLGOV reported 2024-01-23",
        ],
    ),
    // a known person's name the dictionary has in part is read whole, so the two are one
    // coordinated subject
    (
        "South Korean President Lee Jae-myung and Saudi Crown Prince Mohammed bin Salman witnessed the signing of ten agreements in Riyadh on Tuesday.",
        "2026-03-18",
        &[
            "057 KORGOV>SAUGOV reported 2026-03-17",
            "057 SAUGOV>KORGOV reported 2026-03-17",
        ],
    ),
    // "call for" takes its preposition right after the verb: "called the measure economic
    // retaliation for …" is no appeal
    (
        "Chile's foreign minister called the measure economic retaliation for Norwegian court rulings.",
        "2024-01-25",
        &[],
    ),
    // a verb joined by "and" to the sentence's first past verb shares its day, past the
    // clause that verb took ("said on Monday that …, and accused")
    (
        "Chile's president said on Monday that any further escalation could lead to a full-scale war, and accused Norway of trying to seize territory by force.",
        "2024-01-25",
        &["112 CHLGOV>NOR reported 2024-01-22"],
    ),
    // members of an organisation are its side: "ministers from the Group of Seven"
    (
        "Agriculture ministers from the Group of Seven criticised Chile's decision.",
        "2024-01-25",
        &["111 IGOBUSGOS>CHL reported 2024-01-25"],
    ),
    // names added to the dictionaries: a labour federation, an opposition leader of his time
    (
        "The Histadrut declared a general strike on Monday.",
        "2023-03-28",
        &["143 ISRLAB> reported 2023-03-27"],
    ),
    (
        "Kalonzo Musyoka criticised the government's borrowing.",
        "2026-02-11",
        &["111 KENOPP>KENGOV reported 2026-02-11"],
    ),
    // a day right after the speech verb is the saying's, not the day of the act to come
    (
        "Japan said on Monday it would tighten restrictions on exports to Norway, starting Thursday.",
        "2024-01-23",
        &[
            "1312 JPN>NOR reported 2024-01-22",
            "163 JPN>NOR planned 2024-01-25",
        ],
    ),
    // "Hezbollah targets" ending the clause are what was struck, not Hezbollah targeting
    (
        "Israel said on Monday it had struck Hezbollah targets.",
        "2024-01-23",
        &["190 ISR>LBNREBHEZ reported 2024-01-22"],
    ),
    // "Kremlin critic X" is X: the seat before the stance word only describes the person
    (
        "A Moscow court on Tuesday sentenced Kremlin critic Alexei Navalny to nine years in prison.",
        "2022-03-23",
        &["116 RUSJUD>RUSOPP reported 2022-03-22"],
    ),
    // curbing one's own programme restricts no one
    (
        "The IAEA confirmed that Chile had curbed its nuclear programme.",
        "2024-01-23",
        &[],
    ),
    // regret of another's act is disapproval of its doer
    (
        "Norway said it deeply regretted the Chilean decision.",
        "2024-01-23",
        &["110 NOR>CHL reported 2024-01-23"],
    ),
    // a deed named as what a judgement is of is judged, not told anew
    (
        "Norway opposed the unilateral Chilean sanctions against Peru.",
        "2024-01-23",
        &["110 NOR>CHL reported 2024-01-23"],
    ),
    (
        "Norway condemned Chile's sanctions on Peru.",
        "2024-01-23",
        &["111 NOR>CHL reported 2024-01-23"],
    ),
    // a people counted by the thousand are its civilians, not its state
    (
        "Thousands of Chileans rallied in Santiago on Sunday.",
        "2024-01-23",
        &["141 CHLCVL> reported 2024-01-21"],
    ),
    (
        "Chilean police detained 40 Peruvians on Sunday.",
        "2024-01-23",
        &["173 CHLCOP>PERCVL reported 2024-01-21"],
    ),
    // "May" capitalised is a name (or the month), not the modal
    (
        "British Prime Minister Theresa May on Wednesday expelled 23 Russian diplomats.",
        "2018-03-15",
        &["161 GBRGOV>RUSGOV reported 2018-03-14"],
    ),
    // a month recalled names who held the office by its end (Takaichi took office on the 21st)
    (
        "Sanae Takaichi met Lee Jae-myung in Gyeongju in October.",
        "2025-12-20",
        &["040 JPNGOV>KORGOV reported 2025-10-01"],
    ),
    // asking or telling an envoy to leave expels the envoy; freezing trade is an embargo
    (
        "Norway asked Chile's ambassador to leave the country.",
        "2024-01-23",
        &["161 NOR>CHLGOV reported 2024-01-23"],
    ),
    (
        "Chile froze trade with Peru.",
        "2024-01-23",
        &["163 CHL>PER reported 2024-01-23"],
    ),
    // what is said of a thing ("the duties violated") is no deed of the speaker's, who still
    // goes on to the verb after "and"
    (
        "Chile said the duties violated WTO rules and accused Peru of cheating.",
        "2024-01-23",
        &["112 CHL>PER reported 2024-01-23"],
    ),
    // whom an act was done to is not judged by a condemnation of the act (its author, when
    // the article or the object names one, is)
    (
        "Norway condemned a coup against Chilean President Gabriel Boric.",
        "2024-01-23",
        &[],
    ),
    (
        "Norway condemned the Chilean detention of Peruvian activists.",
        "2024-01-23",
        &["111 NOR>CHL reported 2024-01-23"],
    ),
    // what one stops or avoids doing is not done
    (
        "Chile advised its citizens to avoid travelling to Peru.",
        "2024-01-23",
        &[
            "020 CHL>CHLCVL reported 2024-01-23",
            "042 CHL>PER hypothetical",
            "043 PER>CHL hypothetical",
        ],
    ),
    // a hope is no deed; one told in the past was seldom met
    (
        "Chile hopes to sign a deal with Peru.",
        "2024-07-01",
        &["032 CHL>PER reported 2024-07-01", "057 CHL>PER planned"],
    ),
    (
        "Chile and Peru had hoped to sign the agreement in June.",
        "2024-07-01",
        &[
            "057 CHL>PER hypothetical 2024-06-01",
            "057 PER>CHL hypothetical 2024-06-01",
        ],
    ),
    // words a shorter row would code that are no event ("---" rows): damaging relations
    // destroys no property, abusing exemptions assaults no one
    (
        "Chile warned that the tariffs would damage relations with Peru.",
        "2024-01-23",
        &["130 CHL>PER reported 2024-01-23"],
    ),
    (
        "Chile accused Peru of abusing trade exemptions.",
        "2024-01-23",
        &["112 CHL>PER reported 2024-01-23"],
    ),
    // a warning of no act to come, to no one, is a pessimistic comment, not a threat
    (
        "Chile warned on Monday that the talks offered little hope.",
        "2024-01-25",
        &["012 CHL> reported 2024-01-22"],
    ),
    (
        "Chile warned that it would respond to any attack.",
        "2024-01-25",
        &["130 CHL> reported 2024-01-25"],
    ),
    // a warning that one's own side is ready to respond is a threat, of no one named
    (
        "Chile warned that Santiago was ready to respond with countermeasures.",
        "2024-01-25",
        &["130 CHL> reported 2024-01-25"],
    ),
    // a condition that something is not done names no act ("if Norway did not withdraw")
    (
        "Chile threatened to expel Norway's ambassador if Norway did not withdraw its troops.",
        "2024-01-25",
        &["1313 CHL>NORGOV reported 2024-01-25"],
    ),
    (
        "Chile warned that it would respond forcefully if Norway attacked its territory.",
        "2024-01-25",
        &["130 CHL> reported 2024-01-25", "190 NOR>CHL hypothetical"],
    ),
    // a finite verb after "and" goes with the finite verb before, not the gerund "of" an
    // accusation; the infinitive after it is its subject's
    (
        "The Chilean army accused the rebels of killing civilians and vowed to retake the town.",
        "2024-01-25",
        &[
            "112 CHLMIL>CHLREB reported 2024-01-25",
            "190 CHLREB>CHLCVL alleged",
            "1382 CHLMIL>CHLREB reported 2024-01-25",
            "192 CHLMIL> planned",
        ],
    ),
    // what the police claim others of their country did is an accusation, not a claim of
    // responsibility; "them" after "officers who tried to arrest" is not the officers
    (
        "Chilean police claimed the suspects had fired at officers who tried to arrest them.",
        "2024-01-25",
        &[
            "112 CHLCOP>CHLCRM reported 2024-01-25",
            "193 CHLCRM>CHLCOP alleged 2024-01-25",
        ],
    ),
    // a relative clause between the subject and its verb is passed over
    (
        "A Mexican journalist who covered drug cartels was shot dead in Sinaloa.",
        "2024-01-25",
        &["193 >MEXMED reported 2024-01-25"],
    ),
    // people freed by no one named are still freed: an event of the freed alone
    (
        "Twelve Chilean hostages were freed on Tuesday.",
        "2024-01-25",
        &["0841 >CHLCVL reported 2024-01-23"],
    ),
    // a breach of norms told by the other side is its accusation, on the day it spoke
    (
        "Chile said on Tuesday that Norway had violated its airspace.",
        "2024-01-25",
        &["112 CHL>NOR reported 2024-01-23", "128 NOR>CHL alleged 2024-01-23"],
    ),
    // a gerund with an object after "by" is the act by which something was done; after
    // "for" it is a reason, no act of its own
    (
        "France responded by recalling its ambassador from Algiers.",
        "2024-01-25",
        &["161 FRA>DZAGOV reported 2024-01-25"],
    ),
    // a date that modifies a noun ("the January 21 election") gives way to the verb's own
    (
        "Chile rejected the results of the January 21 election on Wednesday.",
        "2024-01-25",
        &["120 CHL> reported 2024-01-24"],
    ),
    // the presidential palace is the government's
    (
        "Protesters gathered outside the presidential palace in Lima.",
        "2024-01-25",
        &["141 PERCVL>PERGOV reported 2024-01-25"],
    ),
    // a party said to be in opposition is the opposition
    (
        "The opposition Bangladesh Nationalist Party accused the government of rigging the vote.",
        "2024-01-25",
        &["1121 BGDOPP>BGDGOV reported 2024-01-25"],
    ),
    // an armed group's commanders are its own; what is denied "that" far from the denial is
    // still denied
    (
        "The Pakistani Taliban denied that any of its commanders had been killed.",
        "2024-01-25",
        &["016 PAKREB> reported 2024-01-25", "190 >PAKREB denied"],
    ),
    // criminals by trade are CRM; pepper spray is violent repression; a role before "since"
    // ends its phrase
    (
        "Philippine police shot dead three suspected drug dealers in Manila.",
        "2024-01-25",
        &["193 PHLCOP>PHLCRM reported 2024-01-25"],
    ),
    (
        "Police used pepper spray on protesters in Santiago.",
        "2024-01-25",
        &["175 CHLCOP>CHLCVL reported 2024-01-25"],
    ),
    (
        "Fano fighters have been battling the federal army since August.",
        "2024-01-25",
        &["190 ETHREB>ETHMIL reported 2024-01-25"],
    ),
    // prisoners two sides exchange are no side; the exchange is between the two
    (
        "Chile and Norway exchanged prisoners in Oslo.",
        "2024-01-25",
        &[
            "0841 CHL>NOR reported 2024-01-25",
            "0841 NOR>CHL reported 2024-01-25",
        ],
    ),
    // a time after the infinitive is the infinitive's: the invitation is made today
    (
        "Chile invited Norway to visit Santiago later this year.",
        "2024-01-25",
        &["026 CHL>NOR reported 2024-01-25"],
    ),
    // what a person said is welcomed, not the person: no visit
    (
        "Chile welcomed Norway's proposal.",
        "2024-01-25",
        &["051 CHL>NOR reported 2024-01-25"],
    ),
    (
        "Ghanaian President John Mahama welcomed his remarks.",
        "2024-01-25",
        &[],
    ),
    // people counted are sheltered, not a visiting party; a year or an ordinal is no count
    (
        "Chile, which hosts more than a million Venezuelans, criticised Norway.",
        "2024-01-25",
        &["111 CHL>NOR reported 2024-01-25"],
    ),
    // a state that hosts refugees grants asylum; it hosts no visit
    (
        "Chile, which hosts thousands of Venezuelan refugees, criticised Norway.",
        "2024-01-25",
        &[
            "075 CHL>VENREF reported 2024-01-25",
            "111 CHL>NOR reported 2024-01-25",
        ],
    ),
    // retaliation in trade is no force
    (
        "Canada retaliated against US steel tariffs with duties of its own.",
        "2024-01-25",
        &["163 CAN>USA reported 2024-01-25"],
    ),
    // a hyphenated word is one word; "a round of talks" is talks
    (
        "Chile and Norway signed a long-delayed free trade agreement.",
        "2024-01-25",
        &[
            "057 CHL>NOR reported 2024-01-25",
            "057 NOR>CHL reported 2024-01-25",
        ],
    ),
    (
        "Chile and Norway held a new round of direct talks in Oslo.",
        "2024-01-25",
        &[
            "046 CHL>NOR reported 2024-01-25",
            "046 NOR>CHL reported 2024-01-25",
        ],
    ),
    // an envoy named after "X's ambassador to the UN" is X's, not the UN's; "the world body"
    // is the UN
    (
        "Chile's ambassador to the UN, Ana Vidal Rojas, accused the world body of corruption.",
        "2024-01-25",
        &["1121 CHLGOV>IGOUNO reported 2024-01-25"],
    ),
    // a capital after "in central", "in downtown" is where, not the government; the force's
    // weapons ("police bullets") name it as the agent
    (
        "Police fired tear gas at protesters in central Nairobi.",
        "2024-01-25",
        &["175 KENCOP>KENCVL reported 2024-01-25"],
    ),
    (
        "Two protesters were killed by police bullets in downtown Nairobi.",
        "2024-01-25",
        &["190 KENCOP>KENCVL reported 2024-01-25"],
    ),
    // a verb in the past tense after "and" shares no "did not" with the bare verb before it;
    // a bare one does
    (
        "Chile did not attend the meeting and criticised Norway.",
        "2024-01-25",
        &["111 CHL>NOR reported 2024-01-25"],
    ),
    (
        "Chile did not criticise or threaten Norway.",
        "2024-01-25",
        &["111 CHL>NOR negated", "130 CHL>NOR negated"],
    ),
    (
        "The Brazilian president was welcomed by the Canadian prime minister in Ottawa.",
        "2024-01-25",
        &[
            "043 CANGOV>BRAGOV reported 2024-01-25",
            "042 BRAGOV>CANGOV reported 2024-01-25",
        ],
    ),
    (
        "Russian forces launched an offensive against Ukraine.",
        "2024-01-25",
        &["190 RUSMIL>UKR reported 2024-01-25"],
    ),
    (
        "The United States imposed sanctions on Iran.",
        "2024-01-25",
        &["163 USA>IRN reported 2024-01-25"],
    ),
    (
        "China criticized Japan over the decision.",
        "2024-01-25",
        &["111 CHN>JPN reported 2024-01-25"],
    ),
    (
        "The Kremlin accused Ukraine of attacking a power plant.",
        "2024-01-25",
        &["1123 RUSGOV>UKR reported 2024-01-25"],
    ),
    (
        "If Iran attacks Israel, Israel could strike back.",
        "2024-01-25",
        &["190 IRN>ISR hypothetical"],
    ),
    // a verb with no object in its fronted clause takes none from the main clause
    ("If Iran attacks, Israel could strike back.", "2024-01-25", &[]),
    ("The minister said the weather was fine.", "2024-01-25", &[]),
    // an event word that only modifies a noun is no event
    (
        "China and Russia are veto members of the United Nations Security Council.",
        "2024-03-13",
        &[],
    ),
    (
        "Russia vetoed the resolution on Syria.",
        "2024-03-13",
        &["129 RUS>SYR reported 2024-03-13"],
    ),
    // the outlet a statement is made to carries it; the statement is not about it
    (
        "“The talks will go on,” the Iranian foreign minister told Xinhua.",
        "2024-01-25",
        &[],
    ),
    (
        "Kenya told Somalia that the border would stay open.",
        "2024-01-25",
        &["010 KEN>SOM reported 2024-01-25"],
    ),
    // one or more rows per CAMEO root, written for annals (published 2024-03-13)
    (
        "Kenya declined to comment on the report about Somalia.",
        "2024-03-13",
        &["011 KEN>SOM reported 2024-03-13"],
    ),
    (
        "Brazil urged Argentina to lower its tariffs.",
        "2024-03-13",
        &["020 BRA>ARG reported 2024-03-13"],
    ),
    (
        "Germany appealed to Russia for the release of the journalist.",
        "2024-03-13",
        &["0253 DEU>RUS reported 2024-03-13"],
    ),
    (
        "India offered to help Nepal rebuild after the earthquake.",
        "2024-03-13",
        &["030 IND>NPL reported 2024-03-13"],
    ),
    (
        "Turkey pledged to provide aid to Syria.",
        "2024-03-13",
        &["033 TUR>SYR reported 2024-03-13"],
    ),
    (
        "Egypt hosted talks between Israel and Hamas.",
        "2024-03-13",
        &[
            "045 EGY>ISR reported 2024-03-13",
            "045 EGY>PSEREBHMS reported 2024-03-13",
        ],
    ),
    (
        "The Chinese foreign minister met his Indian counterpart in New Delhi.",
        "2024-03-13",
        &["040 CHNGOV>INDGOV reported 2024-03-13"],
    ),
    (
        "France praised Italy for its response to the floods.",
        "2024-03-13",
        &["051 FRA>ITA reported 2024-03-13"],
    ),
    (
        "Spain and Portugal signed an agreement on water sharing.",
        "2024-03-13",
        &["057 ESP>PRT reported 2024-03-13", "057 PRT>ESP reported 2024-03-13"],
    ),
    (
        "South Korea and Japan held joint naval exercises.",
        "2024-03-13",
        &["062 KOR>JPN reported 2024-03-13", "062 JPN>KOR reported 2024-03-13"],
    ),
    (
        "The United States sent humanitarian aid to Haiti.",
        "2024-03-13",
        &["073 USA>HTI reported 2024-03-13"],
    ),
    (
        "Israel released 30 Palestinian prisoners.",
        "2024-03-13",
        &["0841 ISR>PSECVL reported 2024-03-13"],
    ),
    (
        "Colombia lifted sanctions on Venezuela.",
        "2024-03-13",
        &["085 COL>VEN reported 2024-03-13"],
    ),
    (
        "Germany demanded that Russia withdraw its troops from Ukraine.",
        "2024-03-13",
        // (the demanded act is the demand's sub-code, not an act of its own)
        &["106 DEU>RUS reported 2024-03-13"],
    ),
    (
        "Greece rejected Turkey's proposal for talks.",
        "2024-03-13",
        &["125 GRC>TUR reported 2024-03-13"],
    ),
    (
        "North Korea threatened to attack South Korea.",
        "2024-03-13",
        &["138 PRK>KOR reported 2024-03-13"],
    ),
    (
        "Thousands of protesters rallied against the government in Tbilisi.",
        "2024-03-13",
        &["141 GEOCVL>GEOGOV reported 2024-03-13"],
    ),
    (
        "Russia deployed troops to the border with Finland.",
        "2024-03-13",
        &["154 RUS>FIN reported 2024-03-13"],
    ),
    (
        "Venezuela expelled the Colombian ambassador.",
        "2024-03-13",
        &["161 VEN>COLGOV reported 2024-03-13"],
    ),
    (
        "Police in Karachi arrested three suspected militants.",
        "2024-03-13",
        &["173 PAKCOP>PAKREB reported 2024-03-13"],
    ),
    (
        "Ethiopia and Eritrea fought along their border.",
        "2024-03-13",
        &["190 ETH>ERI reported 2024-03-13", "190 ERI>ETH reported 2024-03-13"],
    ),
    (
        "Chadian soldiers engaged Sudanese rebels in a firefight near the border.",
        "2024-03-13",
        &["193 TCDMIL>SDNREB reported 2024-03-13"],
    ),
    // compound actors: each side of a coordination is coded
    (
        "Egypt and Jordan condemned the Israeli strike on Gaza.",
        "2024-01-25",
        &[
            "111 EGY>ISR reported 2024-01-25",
            "111 JOR>ISR reported 2024-01-25",
            "190 ISR>PSE reported 2024-01-25",
        ],
    ),
    // a role of no known country is the subject when nothing else is, of the country of the
    // place it acts in
    (
        "Gunmen shelled a government-held district of Chad's capital overnight.",
        "2024-05-16",
        &["194 TCDUAF>TCD reported 2024-05-16"],
    ),
    (
        "Police said Chad attacked Sudan.",
        "2024-05-16",
        &[
            "112 ---COP>TCD reported 2024-05-16",
            "190 TCD>SDN alleged 2024-05-16",
        ],
    ),
    // a bare "agreed to" gives way to the act its infinitive names; an adjunct with its own
    // participle ("without consulting Peru") is another clause, and what it says is not done
    (
        "Chad has agreed to re-open its border to UN peacekeepers.",
        "2024-05-16",
        &[
            "0355 TCD>IGOUNO reported 2024-05-16",
            "0863 TCD>IGOUNO planned",
        ],
    ),
    (
        "The Bolivian finance minister agreed to resign without consulting Peru.",
        "2024-05-16",
        &["0341 BOLGOV> reported 2024-05-16", "0831 BOLGOV> planned"],
    ),
    // a past participle after an article is an adjective ("the detained tourists")
    (
        "Iran pledged to release the detained French tourists.",
        "2024-05-16",
        &["0353 IRN>FRACVL reported 2024-05-16"],
    ),
    // a military strike is no labour strike
    (
        "Russia launched strikes that killed 20 Ukrainian civilians.",
        "2024-05-16",
        &["190 RUS>UKRCVL reported 2024-05-16"],
    ),
    (
        "Nigerian workers launched a nationwide strike on Monday.",
        "2024-05-16",
        &["143 NGALAB> reported 2024-05-13"],
    ),
    // "that" right before a verb is a relative pronoun: its antecedent, not an actor further
    // left, is the subject
    (
        "Chad welcomed the report that accused Sudan of torture.",
        "2024-05-16",
        &[],
    ),
    // welcoming a person is hosting; welcoming a step is praise, as CAMEO.2.0 codes it
    (
        "Sudan welcomed Chad's decision to reopen the border.",
        "2024-05-16",
        &["051 SDN>TCD reported 2024-05-16"],
    ),
    // the means named in an attack's clause gives CAMEO's finer code
    (
        "Two suicide bombers killed 12 people at a market in Maiduguri.",
        "2020-01-01",
        &["1831 NGAREB>NGACVL reported 2020-01-01"],
    ),
    (
        "Russian warplanes killed 14 civilians in Idlib on Sunday.",
        "2020-01-01",
        &["195 RUSMIL>SYRCVL reported 2019-12-29"],
    ),
    (
        "Militants attacked a police post in Srinagar with grenades.",
        "2020-01-01",
        &["183 INDREB>INDCOP reported 2020-01-01"],
    ),
    (
        "Bangladeshi police arrested two Bangladeshi men carrying grenades.",
        "2020-01-01",
        &["173 BGDCOP>BGDCVL reported 2020-01-01"],
    ),
    // a place in the trailing attribution is where the speaker is, not the event
    (
        "Somali gunmen killed 20 people on Sunday, aid officials in Nairobi said.",
        "2020-01-01",
        &["190 SOMUAF>SOMCVL reported 2019-12-29"],
    ),
    // a place then "the police": two phrases, the place a locative and the police the subject
    (
        "In Godhra the police arrested two persons on Sunday.",
        "2002-03-10",
        &["173 INDCOP>INDCVL reported 2002-03-10"],
    ),
    // police firing on a mob is violent repression; "booked under" a law is a charge
    (
        "Police opened fire at mobs in Vadodara.",
        "2002-03-10",
        &["175 INDCOP>INDCVL reported 2002-03-10"],
    ),
    (
        "Sixty Indian protesters have been booked under the anti-terror law.",
        "2002-03-10",
        &["173 >INDCVL reported 2002-03-10"],
    ),
    // a count between the pattern's preposition and its object is passed over
    (
        "A Chilean judge opened fraud investigations against 28 Chilean officials.",
        "2000-03-10",
        &["091 CHLJUD>CHLGOV reported 2000-03-10"],
    ),
    // a participle after a comma goes on with the act before it, not with the speaker
    (
        "Afghan officials say Taliban fighters attacked a checkpoint in Jawzjan, killing 12 Afghan soldiers.",
        "2020-01-01",
        &["190 AFGREBTAL>AFGMIL reported 2020-01-01"],
    ),
    // a protest outside a state's embassy is against that state; its protesters are not its
    // people
    (
        "Demonstrators protested outside the Chinese embassy in London.",
        "2020-01-01",
        &["141 GBRCVL>CHNGOV reported 2020-01-01"],
    ),
    (
        "Hundreds of protesters rallied outside the Russian embassy.",
        "2020-01-01",
        &["141 ---CVL>RUSGOV reported 2020-01-01"],
    ),
    (
        "Protesters gathered in front of the US embassy in Baghdad.",
        "2020-01-01",
        &["141 IRQCVL>USAGOV reported 2020-01-01"],
    ),
    (
        "EU leaders gathered outside the parliament in Brussels.",
        "2020-01-01",
        &[],
    ),
    // hyphenated words of the dictionary match the tokens they are split into
    (
        "Hamas declared a cease-fire on Sunday.",
        "2020-01-01",
        &["0871 PSEREBHMS> reported 2019-12-29"],
    ),
    (
        "Kenyan students staged a sit-in outside the parliament.",
        "2020-01-01",
        &["140 KENEDU> reported 2020-01-01"],
    ),
    // a participle after a comma shares the day of the act it goes on with; a gerund after a
    // possessive pronoun is a noun ("his first international meeting")
    (
        "On 20 March 2023, Xi Jinping visited Russia in his first international meeting since his re-election, meeting Putin.",
        "2024-05-20",
        &[
            "042 CHNGOV>RUS reported 2023-03-20",
            "043 RUS>CHNGOV reported 2023-03-20",
            "040 CHNGOV>RUSGOV reported 2023-03-20",
        ],
    ),
    // finding weapons is seizing them; finding coins is not
    (
        "Afghan troops found a cache of weapons in Helmand.",
        "2020-01-01",
        &["1711 AFGMIL> reported 2020-01-01"],
    ),
    (
        "Italian scientists found a cache of old coins in Rome.",
        "2020-01-01",
        &[],
    ),
    // an event noun after a possessive pronoun is the clause subject's
    (
        "Putin referred to his meeting with Xi Jinping as an exchange of views.",
        "2024-05-17",
        &["040 RUSGOV>CHNGOV reported 2024-05-17"],
    ),
    // an arrest in the passive by a known agent, of people the dictionaries do not know
    (
        "Eighty-one kar sevaks were arrested by the Indian railway police on Saturday.",
        "2002-03-10",
        &["173 INDCOP> reported 2002-03-09"],
    ),
    // a foreign envoy does not give the sentence's roles its country
    (
        "The foreign ministry summoned the Chinese ambassador on Monday.",
        "2020-01-01",
        &["114 ---GOV>CHNGOV reported 2019-12-30"],
    ),
    // claims and denials of responsibility need no target
    (
        "The Pakistani Taliban claimed the suicide bombing in Peshawar.",
        "2020-01-01",
        &["015 PAKREB> reported 2020-01-01"],
    ),
    (
        "The Afghan Taliban denied any involvement in the bombing.",
        "2020-01-01",
        &["016 AFGREBTAL> reported 2020-01-01"],
    ),
    // a verbal attack is criticism
    (
        "The Congress launched a scathing attack on the Indian government.",
        "2002-03-10",
        &["111 INDLEG>INDGOV reported 2002-03-10"],
    ),
    // a name's gloss in brackets does not part the name from its verb
    (
        "The Kurdistan Workers Party (PKK) attacked a Turkish army post on Sunday.",
        "2024-05-16",
        &["190 TURREB>TURMIL reported 2024-05-12"],
    ),
    (
        "The Nigerian Union of Teachers (NUT) met with the Nigerian government on Friday.",
        "2024-05-16",
        &["040 NGAEDU>NGAGOV reported 2024-05-10"],
    ),
    // an act a plural subject did together is coded both ways, as CAMEO codes reciprocal events
    (
        "The US, Russia and Switzerland met in Geneva on Monday.",
        "2024-01-25",
        &[
            "040 USA>RUS reported 2024-01-22",
            "040 RUS>USA reported 2024-01-22",
            "040 USA>CHE reported 2024-01-22",
            "040 CHE>USA reported 2024-01-22",
            "040 RUS>CHE reported 2024-01-22",
            "040 CHE>RUS reported 2024-01-22",
        ],
    ),
    (
        "Chile, Peru, and Bolivia met in Lima.",
        "2024-01-25",
        &["040 CHL>PER reported 2024-01-25", "040 PER>CHL reported 2024-01-25", "040 CHL>BOL reported 2024-01-25", "040 BOL>CHL reported 2024-01-25", "040 PER>BOL reported 2024-01-25", "040 BOL>PER reported 2024-01-25"],
    ),
    // a noun phrase after ", and" that has a verb of its own starts another clause
    (
        "Moscow intensified its attacks on Georgia, and the Georgian army withdrew from the valley.",
        "2024-01-25",
        &["190 RUSGOV>GEO reported 2024-01-25"],
    ),
    // another spelling of a capital stands for its government as the usual one does
    (
        "Moskow condemned the sanctions imposed by Norway.",
        "2024-01-25",
        &["111 RUSGOV>NOR reported 2024-01-25"],
    ),
    (
        "Canada condemned Iran, Syria and Belarus.",
        "2024-01-25",
        &[
            "111 CAN>IRN reported 2024-01-25",
            "111 CAN>SYR reported 2024-01-25",
            "111 CAN>BLR reported 2024-01-25",
        ],
    ),
    (
        "Canada imposed sanctions on Iran and Syria.",
        "2024-01-25",
        &[
            "163 CAN>IRN reported 2024-01-25",
            "163 CAN>SYR reported 2024-01-25",
        ],
    ),
    (
        "Macron and Modi signed a defence agreement.",
        "2024-01-25",
        &["057 FRAGOV>INDGOV reported 2024-01-25", "057 INDGOV>FRAGOV reported 2024-01-25"],
    ),
    // a capital alone is its government; a city's office belongs to the city's country
    (
        "Ottawa criticized Beijing over the arrests.",
        "2024-01-25",
        &["111 CANGOV>CHNGOV reported 2024-01-25"],
    ),
    (
        "Lyon police arrested two Belgian smugglers.",
        "2024-01-25",
        &["173 FRACOP>BELCRM reported 2024-01-25"],
    ),
    // a background sentence's actors as of its own year; without one, as of publication,
    // when Merkel (chancellor until December 2021) is a former official
    (
        "In 2015, Merkel visited Argentina.",
        "2024-05-14",
        &[
            "042 DEUGOV>ARG reported 2015-01-01",
            "043 ARG>DEUGOV reported 2015-01-01",
        ],
    ),
    (
        "Merkel visited Argentina on Monday.",
        "2024-05-14",
        &[
            "042 DEUELI>ARG reported 2024-05-13",
            "043 ARG>DEUELI reported 2024-05-13",
        ],
    ),
    // a participle before a noun is an adjective, not the event
    (
        "Canada met with exiled dissidents from Belarus.",
        "2024-01-25",
        &["040 CAN>BLROPP reported 2024-01-25"],
    ),
    // a general verb ("release", "free") is an event only when done to its direct object
    (
        "Peru released the mayor of the northern Chilean city of Arica.",
        "2024-05-01",
        &["0841 PER>CHLGOV reported 2024-05-01"],
    ),
    (
        "Egypt freed three Australian journalists.",
        "2024-05-01",
        &["0841 EGY>AUSMED reported 2024-05-01"],
    ),
    ("The ministry released a report on Iran.", "2024-05-01", &[]),
    (
        "Activists unfurled Free Tibet banners in Beijing.",
        "2024-05-01",
        &[],
    ),
    // troops withdrawing from a place retreat from its country (a town kept in the gazetteer
    // below its population threshold because the facts name it)
    (
        "Russian troops withdrew from Kherson.",
        "2024-05-01",
        &["0874 RUSMIL>UKR reported 2024-05-01"],
    ),
    // a phrasal verb's target is the direct object after its particle
    (
        "Police in Lagos rounded up dozens of protesters.",
        "2024-05-01",
        &["173 NGACOP>NGACVL reported 2024-05-01"],
    ),
    (
        "Angry crowds in Lima burned down the Chilean embassy.",
        "2024-05-01",
        &["1712 PERCVL>CHLGOV reported 2024-05-01"],
    ),
    (
        "Russia handed back the bodies to Ukraine.",
        "2024-05-01",
        &["084 RUS>UKR reported 2024-05-01"],
    ),
    (
        "Crowds burned down its embassy, a senior Chilean official said.",
        "2024-05-01",
        &[],
    ),
    // talks ruled out or refused are a rejected proposal to meet (125), not a meeting
    (
        "Chile ruled out talks with Bolivia.",
        "2024-05-01",
        &["125 CHL>BOL reported 2024-05-01"],
    ),
    // troops sent are a deployment; weapons sent are military aid
    (
        "Putin sent his troops to Ukraine.",
        "2024-05-01",
        &["154 RUSGOV>UKR reported 2024-05-01"],
    ),
    (
        "Germany sent tanks to Ukraine.",
        "2024-05-01",
        &["072 DEU>UKR reported 2024-05-01"],
    ),
    // "with him visiting": the gerund's subject is the pronoun, the sentence's first person
    (
        "Kenyan President William Ruto visited Uganda, followed with him visiting Rwanda.",
        "2024-05-01",
        &[
            "042 KENGOV>UGA reported 2024-05-01",
            "043 UGA>KENGOV reported 2024-05-01",
            "042 KENGOV>RWA reported 2024-05-01",
            "043 RWA>KENGOV reported 2024-05-01",
        ],
    ),
    // a verb after "and" shares the sentence's subject, though the first verb codes nothing
    (
        "Lula was accompanied by a delegation of Chinese officials and met with the Brazilian business community.",
        "2024-05-01",
        &["040 BRAGOV>BRABUS reported 2024-05-01"],
    ),
    // "and" before a clause's own subject does not join a second object
    (
        "Russia attacked Ukraine and China condemned the attack.",
        "2024-05-01",
        &["190 RUS>UKR reported 2024-05-01"],
    ),
    // a role holding a facility is its target ("the parliament building"); a raid is an
    // assault on who lives where it strikes
    (
        "Protesters stormed the parliament building in Nairobi.",
        "2024-05-01",
        &["171 KENCVL>KENLEG reported 2024-05-01"],
    ),
    (
        "Israeli troops raided the Jenin refugee camp.",
        "2024-05-01",
        &["190 ISRMIL>PSEREF reported 2024-05-01"],
    ),
    // two country adjectives share one role noun
    (
        "Armenian and Azerbaijani forces clashed on the border.",
        "2024-05-01",
        &["190 ARMMIL>AZEMIL reported 2024-05-01", "190 AZEMIL>ARMMIL reported 2024-05-01"],
    ),
    // a possessive pronoun before the object is its determiner
    (
        "Putin met his Chinese counterpart.",
        "2024-05-01",
        &["040 RUSGOV>CHNGOV reported 2024-05-01"],
    ),
    // a plural subject agreeing to a ceasefire: CAMEO's intent to de-escalate, both sides
    (
        "Peru and Chile agreed to a ceasefire.",
        "2024-05-01",
        &["0356 PER>CHL reported 2024-05-01", "0356 CHL>PER reported 2024-05-01"],
    ),
    // a country adjective on an event noun is the country's act
    (
        "A Russian strike on Kharkiv killed 20 people.",
        "2024-05-01",
        &["190 RUS>UKR reported 2024-05-01"],
    ),
    (
        "The UN condemned the Israeli strike on Gaza.",
        "2024-05-01",
        &[
            "111 IGOUNO>ISR reported 2024-05-01",
            "190 ISR>PSE reported 2024-05-01",
        ],
    ),
    // an event named to date another ("after Russia's invasion") is an earlier one: no day
    (
        "Kyiv asked for help after Russia's invasion of Ukraine.",
        "2024-05-16",
        &["190 RUS>UKR reported"],
    ),
    (
        "Russia's invasion of Ukraine killed thousands.",
        "2024-05-16",
        &["190 RUS>UKR reported 2024-05-16"],
    ),
    // the people a coercion is done to may be the pattern's own noun, once located
    (
        "Police in Nairobi dispersed protesters.",
        "2024-05-01",
        &["175 KENCOP>KENCVL reported 2024-05-01"],
    ),
    // "announce" is a light verb: its subject is the source of the event noun
    (
        "Italy announced a suspension of flights with Libya.",
        "2024-05-01",
        &["160 ITA>LBY reported 2024-05-01"],
    ),
    // an act the source says it will or wants to do: the act is planned, the statement is
    // CAMEO's threat (13) or intent (03), made now; what others expect of it is neither
    (
        "Kenya wants to impose sanctions on Uganda.",
        "2024-05-01",
        &[
            "1312 KEN>UGA reported 2024-05-01",
            "163 KEN>UGA planned",
        ],
    ),
    (
        "Iran will attack Israel if provoked.",
        "2024-05-01",
        &["138 IRN>ISR reported 2024-05-01", "190 IRN>ISR planned"],
    ),
    // a threat is the source's own words, not what analysts say it will do
    (
        "Analysts said Russia would probably invade Ukraine.",
        "2024-05-01",
        &["190 RUS>UKR planned"],
    ),
    (
        "China said it would impose sanctions on Lithuania.",
        "2024-05-01",
        &[
            "1312 CHN>LTU reported 2024-05-01",
            "163 CHN>LTU planned",
        ],
    ),
    // an event noun that is the subject of a conditional is only possible, and no threat
    (
        "An Israeli attack on Iran would be a disaster, Oman said.",
        "2024-05-01",
        &["190 ISR>IRN hypothetical"],
    ),
    // "between A and B" joins even before a clause's verb
    (
        "Talks between Serbia and Kosovo resumed in Brussels.",
        "2024-05-01",
        &["046 SRB>KSV reported 2024-05-01"],
    ),
    (
        "Syria is expected to attack Turkey.",
        "2024-05-01",
        &["190 SYR>TUR expected"],
    ),
    // "prepared to" is willingness only after "be"
    (
        "The Brazilian president prepared to visit Argentina.",
        "2024-05-01",
        &[
            "042 BRAGOV>ARG reported 2024-05-01",
            "043 ARG>BRAGOV reported 2024-05-01",
        ],
    ),
    (
        "Peru is prepared to send military aid to Bolivia.",
        "2024-05-01",
        &[
            "0332 PER>BOL reported 2024-05-01",
            "072 PER>BOL hypothetical",
        ],
    ),
    // a collective head noun or a facility after a role noun keeps it one actor, located
    (
        "Opposition groups in Kenya are demanding that President William Ruto resign.",
        "2024-05-01",
        &["1041 KENOPP>KENGOV reported 2024-05-01"],
    ),
    (
        "Rebel fighters in Mali attacked an army base.",
        "2024-05-01",
        &["190 MLIREB>MLIMIL reported 2024-05-01"],
    ),
    // a plural subject agreeing to act together gives both sides
    (
        "Russia and India agreed to expand military ties.",
        "2024-05-01",
        &["0312 RUS>IND reported 2024-05-01", "0312 IND>RUS reported 2024-05-01"],
    ),
    // a protest, strike or riot of a domestic actor needs no target: coded one-sided
    (
        "Thousands of students demonstrated in Jakarta on Saturday.",
        "2024-05-01",
        &["141 IDNEDU> reported 2024-04-27"],
    ),
    (
        "Workers across Nigeria went on strike on Monday.",
        "2024-05-01",
        &["143 NGALAB> reported 2024-04-29"],
    ),
    (
        "A jailed Bolivian activist began a hunger strike.",
        "2024-05-01",
        &["142 BOLCVL> reported 2024-05-01"],
    ),
    (
        "Protesters in Nairobi blocked roads.",
        "2024-05-01",
        &["144 KENCVL> reported 2024-05-01"],
    ),
    // a one-sided protest's source stands right before the verb: the students protesting, not
    // the police who disperse them, nor an actor across the comma from an unknown protester
    (
        "Riot police fired tear gas to disperse students protesting in Caracas.",
        "2024-05-01",
        &[
            "175 VENCOP> reported 2024-05-01",
            "140 VENEDU> reported 2024-05-01",
        ],
    ),
    (
        "The Chilean government ignored the strike, a labour union protested on Monday.",
        "2024-05-01",
        &["140 CHLLAB> reported 2024-04-29"],
    ),
    // what the subject receives is given by the actor after the pattern (the `rev` flag)
    (
        "Moldova received weapons from Romania.",
        "2024-05-01",
        &["072 ROU>MDA reported 2024-05-01"],
    ),
    (
        "The Kenyan government faces pressure from Uganda.",
        "2024-05-01",
        &["100 UGA>KENGOV reported 2024-05-01"],
    ),
    (
        "Chile received a visit from the Peruvian president.",
        "2024-05-01",
        &[
            "042 PERGOV>CHL reported 2024-05-01",
            "043 CHL>PERGOV reported 2024-05-01",
        ],
    ),
    // acts of war that need no target: a suicide bombing, taking a town, seizing weapons; a
    // place after "in" is where an attack happened, not its target
    (
        "Two suicide bombers blew themselves up in Beirut.",
        "2024-05-01",
        &["1831 LBNREB> reported 2024-05-01"],
    ),
    (
        "Syrian forces captured a central town.",
        "2024-05-01",
        &["192 SYRMIL> reported 2024-05-01"],
    ),
    (
        "Police in Lagos seized weapons and explosives.",
        "2024-05-01",
        &["1711 NGACOP> reported 2024-05-01"],
    ),
    // an attack the text introduces by no one named is an event of its target alone; "the
    // attack" names one already told
    (
        "A bomb attack in Kabul killed ten people.",
        "2024-05-01",
        &["183 >AFG reported 2024-05-01"],
    ),
    (
        "Three grenade attacks on police in Srinagar wounded ten.",
        "2024-05-01",
        &["183 >INDCOP reported 2024-05-01"],
    ),
    ("The bomb attack in Kabul was condemned.", "2024-05-01", &[]),
    // a curfew needs no target, but one imposed on a foreign place is against its country;
    // a seizure is from whom it takes
    (
        "Turkish authorities imposed a curfew in Cizre.",
        "2024-05-01",
        &["1723 TURGOV> reported 2024-05-01"],
    ),
    (
        "Israel imposed a curfew in Hebron.",
        "2024-05-01",
        &["1723 ISR>PSE reported 2024-05-01"],
    ),
    (
        "Palestinian police confiscated weapons from Palestinian armed groups.",
        "2024-05-01",
        &["1711 PSECOP>PSEREB reported 2024-05-01"],
    ),
    (
        "Two US servicemen were killed near Basra.",
        "2024-05-01",
        &["190 >USAMIL reported 2024-05-01"],
    ),
    // "a general strike" is a strike, not an officer's attack
    (
        "Nepalese opposition parties organized a general strike.",
        "2024-05-01",
        &["143 NPLOPP> reported 2024-05-01"],
    ),
    // "killed by police", "killed in Kenyan police firing": the agent, not the verb's object,
    // and an adjective before an attack noun says whose it was, not where
    (
        "Six traders were killed by police in Nairobi.",
        "2024-05-01",
        &["190 KENCOP>KENBUS reported 2024-05-01"],
    ),
    (
        "Six protesters were killed in Kenyan police firing.",
        "2024-05-01",
        &["190 KENCOP>KENCVL reported 2024-05-01"],
    ),
    (
        "Four children were killed in Israeli tank shelling in Gaza.",
        "2024-05-01",
        &["194 ISR>PSECVL reported 2024-05-01"],
    ),
    // an object made to act ("forced the police to open fire") did act
    (
        "Stone-throwing crowds forced Kenyan police to open fire.",
        "2024-05-01",
        &["190 KENCOP> reported 2024-05-01"],
    ),
    // police force with no one named as its target; an obligation that was met ("had to")
    (
        "Kenyan police had to open fire.",
        "2024-05-01",
        &["190 KENCOP> reported 2024-05-01"],
    ),
    (
        "Kenyan police fired 12 rounds to disperse a crowd.",
        "2024-05-01",
        &["175 KENCOP> reported 2024-05-01"],
    ),
    (
        "Indian police lathi-charged protesters in Patna.",
        "2024-05-01",
        &["175 INDCOP>INDCVL reported 2024-05-01"],
    ),
    (
        "The activist was picked up by Kenyan police.",
        "2024-05-01",
        &["173 KENCOP>KENCVL reported 2024-05-01"],
    ),
    // "across the United States" is where, not against whom: a place after across, around,
    // outside or throughout
    (
        "Thousands of protesters staged rallies across the United States.",
        "2024-05-01",
        &["140 USACVL> reported 2024-05-01"],
    ),
    (
        "Armenian opposition supporters blocked streets in Yerevan.",
        "2024-05-01",
        &["144 ARMOPP> reported 2024-05-01"],
    ),
    (
        "Indian and Japanese warships launched three days of war games.",
        "2024-05-01",
        &["062 INDMIL>JPNMIL reported 2024-05-01", "062 JPNMIL>INDMIL reported 2024-05-01"],
    ),
    (
        "Estonian intelligence officers shared evidence with Finland.",
        "2024-05-01",
        &["064 ESTSPY>FIN reported 2024-05-01"],
    ),
    // force aimed "at" someone has them as its target; a verb across a subordinator has its
    // own subject ("as thousands marched": not the police, but the crowd)
    (
        "Kenyan police fired tear gas at protesters as thousands marched against the bill.",
        "2024-05-01",
        &[
            "175 KENCOP>KENCVL reported 2024-05-01",
            "141 KENCVL> reported 2024-05-01",
        ],
    ),
    // the speaker of a trailing attribution is no object of the verb before it
    (
        "Ugandan rebels surrendered in Gulu after a fierce battle, a local official said.",
        "2024-05-01",
        &["0874 UGAREB> reported 2024-05-01"],
    ),
    // a counted plural the dictionaries do not know, as the subject of something done to
    // people, names people
    (
        "About a dozen tea pickers of the estate were detained in Nairobi.",
        "2024-05-01",
        &["173 >KENCVL reported 2024-05-01"],
    ),
    (
        "At least ten rounds were fired in Nairobi.",
        "2024-05-01",
        &[],
    ),
    // a preposition of the pattern itself introduces the target named in the pattern
    (
        "Kenyan police opened fire on protesters.",
        "2024-05-01",
        &["175 KENCOP>KENCVL reported 2024-05-01"],
    ),
    (
        "Kenyan soldiers opened fire.",
        "2024-05-01",
        &["190 KENMIL> reported 2024-05-01"],
    ),
    // a claim of responsibility needs no target
    (
        "Al-Shabaab claimed responsibility for the attack.",
        "2024-05-01",
        &["015 SOMREB> reported 2024-05-01"],
    ),
    // acts that need no target (the `alone` flag): a resignation, a surrender, a ceasefire
    (
        "The Bolivian president resigned on Sunday.",
        "2024-05-01",
        &["0831 BOLGOV> reported 2024-04-28"],
    ),
    (
        "Ugandan rebels surrendered in Gulu.",
        "2024-05-01",
        &["0874 UGAREB> reported 2024-05-01"],
    ),
    (
        "The Bolivian president has agreed to resign.",
        "2024-05-01",
        &[
            "0341 BOLGOV> reported 2024-05-01",
            "0831 BOLGOV> planned",
        ],
    ),
    // a present-tense act after "before", "until" or "once", and what one must do, is not done
    (
        "Chadian rebels will stay in Abeche until Sudanese troops withdraw from Chad.",
        "2024-05-01",
        &["0874 SDNMIL>TCD hypothetical"],
    ),
    // a group's name inside a longer unknown name is a group of that kind, not that group
    (
        "The Zapatista National Liberation Army attacked a police post in Chiapas.",
        "2024-05-01",
        &["190 MEXREB>MEXCOP reported 2024-05-01"],
    ),
    (
        "The National Liberation Army attacked a police post in Arauca.",
        "2024-05-01",
        &["190 COLREB>COLCOP reported 2024-05-01"],
    ),
    // "to" before a hyphenated modifier is a preposition, not an infinitive
    (
        "Japan pledged aid to war-torn Sudan.",
        "2024-05-01",
        &["033 JPN>SDN reported 2024-05-01"],
    ),
    // an amount between the verb and its noun says how much, not what
    (
        "Norway delivered more than 12,000 tonnes of wheat and medical supplies to Yemen.",
        "2024-05-01",
        &["073 NOR>YEM reported 2024-05-01"],
    ),
    (
        "The Dutch government sent $45 million in humanitarian aid to Sudan.",
        "2024-05-01",
        &["073 NLDGOV>SDN reported 2024-05-01"],
    ),
    // a country adjective before a plural noun of persons the dictionaries lack names people
    (
        "Thousands of Sri Lankan Tamils rallied in Jaffna on Monday.",
        "2024-05-01",
        &["141 LKACVL> reported 2024-04-29"],
    ),
    (
        "Kenyan landowners began a hunger strike in Nakuru.",
        "2024-05-01",
        &["142 KENCVL> reported 2024-05-01"],
    ),
    // marching is demonstrating; "in March" is a month
    (
        "Protesters marched in Nairobi on Monday.",
        "2024-05-01",
        &["141 KENCVL> reported 2024-04-29"],
    ),
    ("Talks were held in March in Geneva.", "2024-05-01", &[]),
    // a text all in lower case is read with its names' case restored
    (
        "kenyan police arrested two ugandan nationals in kisumu.",
        "2024-05-01",
        &["173 KENCOP>UGACVL reported 2024-05-01"],
    ),
    // a participle right after a counted plural, with no object after it, is passive: a
    // reduced relative clause; with an object it is active
    (
        "Kenyan police said 31 people arrested near the station on Friday were released.",
        "2024-05-03",
        &["173 >KENCVL reported 2024-05-03"],
    ),
    (
        "Three gunmen killed 12 villagers in Baringo.",
        "2024-05-03",
        &["190 KENUAF>KENCVL reported 2024-05-03"],
    ),
    // dying in an attack is suffering it: the attack's agent is the source, if named
    (
        "Two Indian fishermen died in Sri Lankan navy firing.",
        "2024-05-03",
        &["190 LKAMIL>INDCVL reported 2024-05-03"],
    ),
    (
        "Four villagers died in shelling near Maiduguri.",
        "2024-05-03",
        &["194 >NGACVL reported 2024-05-03"],
    ),
    ("The former president died in Nairobi.", "2024-05-03", &[]),
    // a subordinate clause opening the sentence ends at its comma: its verb takes no object
    // from the main clause ("arrived" is no act on the protesters); the main clause's "them"
    // is the group named before, not the verb's own subject
    (
        "When Kenyan police arrived, the protesters asked them to leave.",
        "2024-05-03",
        &["020 KENCVL>KENCOP reported 2024-05-03"],
    ),
    // a compass adjective between "in" and a place keeps the place where things happen
    (
        "Police arrested 12 protesters in south-eastern Turkey.",
        "2024-05-03",
        &["173 TURCOP>TURCVL reported 2024-05-03"],
    ),
    // a country adjective on the noun after the pattern's "on" or "against" gives the target
    (
        "Canada threatened to impose restrictions on Brazilian beef.",
        "2024-05-03",
        &["132 CAN>BRA reported 2024-05-03"],
    ),
    // every speaker of a compound subject threatens what they say they will do
    (
        "Chad and Niger said they would attack Boko Haram.",
        "2024-05-03",
        &[
            "138 TCD>NGAREB reported 2024-05-03",
            "190 TCD>NGAREB planned",
            "138 NER>NGAREB reported 2024-05-03",
            "190 NER>NGAREB planned",
        ],
    ),
    // a bare threat's target lies in what it threatens, whatever the verb
    (
        "Venezuela threatened to teach Guyana a lesson.",
        "2024-05-03",
        &["130 VEN>GUY reported 2024-05-03"],
    ),
    // a noun pattern's preposition takes the noun phrase right after it: no later actor (the
    // summit is attended, not the visits' destination)
    (
        "Ruto left Nairobi to pay state visits to three neighbouring countries and attend an IGAD summit.",
        "2024-05-03",
        &["042 KENGOV>IGOEAFDEVIAD reported 2024-05-03"],
    ),
    // a country's attack, right before the verb, is its subject
    (
        "Ethiopian shelling killed four Eritrean soldiers.",
        "2024-05-03",
        &["194 ETH>ERIMIL reported 2024-05-03"],
    ),
    // deaths by accident are no attack
    ("Three Kenyan soldiers were killed in a road accident.", "2024-05-03", &[]),
    // an attack noun after "in" is how the verb's act was done: the verb's source is its own
    (
        "Sudanese troops killed five men in a raid on Chadian refugees.",
        "2024-05-03",
        &[
            "190 SDNMIL>SDNCVL reported 2024-05-03",
            "190 SDNMIL>TCDREF reported 2024-05-03",
        ],
    ),
    // an "including" or "among" aside between the subject and its verb is skipped
    (
        "Five Kenyan protesters, among them two students, were detained in Nairobi.",
        "2024-05-03",
        &["173 >KENCVL reported 2024-05-03"],
    ),
    // a relative pronoun's antecedent is its verb's subject, whatever preposition it follows
    (
        "The march was stopped by Kenyan police, who fired tear gas.",
        "2024-05-03",
        &["175 KENCOP> reported 2024-05-03"],
    ),
    // a verb coordinated with an unknown one keeps the sentence's subject
    (
        "Kenyan police intercepted the march and fired tear gas.",
        "2024-05-03",
        &["175 KENCOP> reported 2024-05-03"],
    ),
    // a count on its own names people
    (
        "Officials in Nairobi said over 2,500 have been arrested.",
        "2024-05-03",
        &["173 >KENCVL reported 2024-05-03"],
    ),
    // a pattern's words never reach into a trailing attribution
    (
        "Rebels shelled the town of Kidal on Sunday, killing about 20 people, aid officials in Bamako said.",
        "2024-05-01",
        &["194 MLIREB>MLICVL reported 2024-04-28"],
    ),
    // a role of no stated country is of the one country the sentence's other actors name, not
    // of a trailing speaker's, nor of a bare country that only qualifies a place
    (
        "Malian rebels freed the district governor.",
        "2024-05-01",
        &["0841 MLIREB>MLIGOV reported 2024-05-01"],
    ),
    (
        "Kenyan police arrested the opposition leader.",
        "2024-05-01",
        &["173 KENCOP>KENOPP reported 2024-05-01"],
    ),
    (
        "Rebels attacked police on the Syrian side of the border.",
        "2024-05-01",
        &[],
    ),
    // coercion or violence in the passive with no agent: an event of its target alone
    (
        "Three protesters were arrested in Lagos.",
        "2024-05-01",
        &["173 >NGACVL reported 2024-05-01"],
    ),
    (
        "Ten civilians were killed by Russian shelling in Kharkiv.",
        "2024-05-01",
        &["194 RUS>UKRCVL reported 2024-05-01"],
    ),
    // only the passive verb's own subject is its target: not an actor of another clause
    (
        "The alliances, which Biden argues were damaged during the Trump administration, held.",
        "2024-05-01",
        &[],
    ),
    // and an attack by no one named accuses no one
    (
        "Israel said two Israeli soldiers were shot.",
        "2024-05-01",
        &["193 >ISRMIL reported 2024-05-01"],
    ),
    // pledges, refusals, threats and cuts need no named other side when the subject stands
    // right before the verb; other events with no target are not coded
    (
        "Peru promised to reform its tax code.",
        "2024-05-01",
        &["034 PER> reported 2024-05-01"],
    ),
    (
        "Norway threatened on Friday to halt its fishing quotas.",
        "2024-05-04",
        &["131 NOR> reported 2024-05-03"],
    ),
    (
        "The Chilean government refused to extend the deadline.",
        "2024-05-01",
        &["120 CHLGOV> reported 2024-05-01"],
    ),
    // and give way to the same act with a target
    (
        "Kenya refused to send troops to Somalia.",
        "2024-05-01",
        &["1222 KEN>SOM reported 2024-05-01"],
    ),
    (
        "The Kenyan government has refused to commit to any direct assistance to the US-led war against Somalia, citing costs.",
        "2024-05-01",
        &["120 KENGOV>SOM reported 2024-05-01"],
    ),
    ("Russia demonstrated its resolve.", "2024-05-01", &[]),
    // "shot dead", like a particle, holds no object: the target is the actor after it
    (
        "Unidentified gunmen shot dead a police officer in Kabul on Monday.",
        "2024-05-01",
        &["193 AFGUAF>AFGCOP reported 2024-04-29"],
    ),
    // tear-gas shells are crowd control, not artillery; a flag march is a show of force
    (
        "Kenyan police burst tear-gas shells to disperse the crowd in Nakuru.",
        "2024-05-01",
        &["175 KENCOP> reported 2024-05-01"],
    ),
    (
        "Two women were injured by tear-gas shells in Nakuru.",
        "2024-05-01",
        &["182 >KENCVL reported 2024-05-01"],
    ),
    (
        "Indian army troops staged a flag march in Ahmedabad on Sunday.",
        "2024-05-01",
        &["150 INDMIL> reported 2024-04-28"],
    ),
    // chemical weapons named with an attack are its means (2041), and win over the shells or
    // bombs that delivered them
    (
        "Syrian troops killed 40 civilians in a poison gas attack near Homs.",
        "2024-05-01",
        &["2041 SYRMIL>SYRCVL reported 2024-05-01"],
    ),
    (
        "Rebels shelled Syrian soldiers with mortars filled with chlorine gas.",
        "2024-05-01",
        &["2041 SYRREB>SYRMIL reported 2024-05-01"],
    ),
    (
        "Rebels shelled Syrian soldiers with mortars.",
        "2024-05-01",
        &["194 SYRREB>SYRMIL reported 2024-05-01"],
    ),
    // a killing in a participle after a comma is the act before it, by its means
    (
        "Two suicide bombers blew themselves up near a market in Maiduguri, killing 12 civilians.",
        "2024-05-01",
        &["1831 NGAREB>NGACVL reported 2024-05-01"],
    ),
    // wanting another actor to act is an appeal to it; wanting a thing is none
    (
        "Japan wants Vietnam to reopen the port.",
        "2024-05-01",
        &["020 JPN>VNM reported 2024-05-01"],
    ),
    ("Japan wants peace with Vietnam.", "2024-05-01", &[]),
    // a crowd's size before what a crowd does names the crowd; a capital after "the streets
    // of" is where, not its government
    (
        "Thousands protested in Lagos on Monday.",
        "2024-05-01",
        &["140 NGACVL> reported 2024-04-29"],
    ),
    (
        "Tens of thousands took to the streets of Tbilisi on Sunday.",
        "2024-05-01",
        &["140 GEOCVL> reported 2024-04-28"],
    ),
    ("Thousands died in the famine in Lagos.", "2024-05-01", &[]),
    // a clash between police or troops and civilians is a riot met by force, not an armed
    // clash; one between armed sides stays one
    (
        "Kenyan police clashed with protesters in Nairobi.",
        "2024-05-01",
        &["175 KENCOP>KENCVL reported 2024-05-01"],
    ),
    (
        "Kenyan protesters clashed with Kenyan police in Nairobi.",
        "2024-05-01",
        &["145 KENCVL>KENCOP reported 2024-05-01"],
    ),
    (
        "Kenyan troops clashed with al-Shabaab fighters near Lamu.",
        "2024-05-01",
        &["190 KENMIL>SOMREB reported 2024-05-01"],
    ),
    // a coordinated predicate after the verb's own object has its own objects; coordinated
    // verbs with no object of their own share the last one's
    (
        "Iran's foreign ministry condemned the decision as illegal and summoned the German and French ambassadors.",
        "2024-10-15",
        &[
            "114 IRNGOV>DEUGOV reported 2024-10-15",
            "114 IRNGOV>FRAGOV reported 2024-10-15",
        ],
    ),
    (
        "Ugandan soldiers beat and robbed Congolese civilians.",
        "2024-10-15",
        &[
            "182 UGAMIL>CODCVL reported 2024-10-15",
        ],
    ),
    // after the pattern's preposition, a gerund's object is no target of the pattern
    (
        "Canada accused Peru of supplying drones to Chilean rebels.",
        "2024-10-15",
        &["112 CAN>PER reported 2024-10-15", "072 PER>CHLREB alleged"],
    ),
    // a place in the subject's phrase is no target of what the subject does
    (
        "EU ministers meeting in Luxembourg imposed a ban on Belarusian flights.",
        "2024-10-15",
        &["163 IGOEUREECGOV>BLR reported 2024-10-15"],
    ),
    (
        "Belarusian officials meeting in Moscow lifted restrictions.",
        "2024-10-15",
        &[],
    ),
    (
        "Belarusian officials lifted restrictions in Moscow.",
        "2024-10-15",
        &["081 BLRGOV>RUS reported 2024-10-15"],
    ),
    // aircraft as the agent or the means of an attack are aerial weapons (195); as what was
    // hit, not
    (
        "Malian army helicopters struck Tuareg rebels near Kidal.",
        "2025-08-21",
        &["195 MLIMIL>MLIREB reported 2025-08-21"],
    ),
    (
        "Tuareg rebels shot down a Malian army helicopter near Kidal.",
        "2025-08-21",
        &["193 MLIREB>MLIMIL reported 2025-08-21"],
    ),
    // a former office holder given another title is what the title says now
    (
        "A Senegalese court sentenced opposition politician Amadou Ba to two years in prison.",
        "2026-02-03",
        &["116 SENJUD>SENOPP reported 2026-02-03"],
    ),
    // supporters clashing with police riot; banning a march restricts political freedoms
    (
        "Supporters of the Senegalese opposition clashed with riot police in Dakar.",
        "2026-02-03",
        &["145 SENOPP>SENCOP reported 2026-02-03"],
    ),
    // (the day of a march planned for Friday is not the day it was banned)
    (
        "The Senegalese government banned a march planned for Friday.",
        "2026-02-03",
        &["1721 SENGOV> reported 2026-02-03"],
    ),
    // a relative clause between commas does not part the subject from its verb
    (
        "Kenyan President William Ruto, who won the 2022 election, has denied the charges.",
        "2024-05-01",
        &["016 KENGOV> reported 2024-05-01"],
    ),
    // … nor does a "which" clause, whose date is its own, nor an apposition after a name
    (
        "Venezuela, which expelled the Peruvian envoy in 2019, accused Peru of plotting a coup.",
        "2024-05-01",
        &[
            "161 VEN>PERGOV reported 2019-01-01",
            "112 VEN>PER reported 2024-05-01",
        ],
    ),
    (
        "Hamas, the militant group that controls Gaza, rejected the Egyptian proposal.",
        "2024-05-01",
        &["125 PSEREBHMS>EGY reported 2024-05-01"],
    ),
    // drones fired at a city: remotely piloted munitions, the city's country the target; more
    // of what was fired is no target ("drones and missiles")
    (
        "Russia launched 40 drones at Odesa overnight.",
        "2025-06-03",
        &["1952 RUS>UKR reported 2025-06-03"],
    ),
    (
        "Russian forces fired drones and missiles at Odesa on Monday.",
        "2025-06-03",
        &["194 RUSMIL>UKR reported 2025-06-02"],
    ),
    // weapons as the agent are the country's military
    (
        "Syrian missiles hit a market in Idlib, killing 11 civilians.",
        "2025-06-03",
        &["190 SYRMIL>SYRCVL reported 2025-06-03"],
    ),
    // the agent of a participle ("mediated by") is no object of the active verb, nor what is
    // joined to it: it mediates (045) between the deal's sides
    (
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday after talks mediated by Russia and Turkey.",
        "2025-11-05",
        &[
            "0356 ARM>AZE reported 2025-11-04",
            "0356 AZE>ARM reported 2025-11-04",
            "045 RUS>ARM reported 2025-11-04",
            "045 RUS>AZE reported 2025-11-04",
            "045 TUR>ARM reported 2025-11-04",
            "045 TUR>AZE reported 2025-11-04",
        ],
    ),
    (
        "Armenia and Azerbaijan exchanged prisoners on Tuesday in a deal mediated by the United States.",
        "2025-07-04",
        &[
            "0841 ARM>AZE reported 2025-07-01",
            "0841 AZE>ARM reported 2025-07-01",
            "045 USA>ARM reported 2025-07-01",
            "045 USA>AZE reported 2025-07-01",
        ],
    ),
    // a person noun of no side, "of" an actor, is that actor's
    (
        "Police in Uganda arrested the leader of the main opposition party on Monday.",
        "2025-09-09",
        &["173 UGACOP>UGAOPP reported 2025-09-08"],
    ),
    (
        "A spokesman for Hamas rejected the Egyptian proposal.",
        "2025-09-09",
        &["125 PSEREBHMS>EGY reported 2025-09-09"],
    ),
    // a visit the subject is on; an adjunct's noun is no object of the verb before it
    (
        "Indian Prime Minister Narendra Modi announced the loan during a visit to Colombo.",
        "2025-08-03",
        &[
            "071 INDGOV>LKAGOV reported 2025-08-03",
            "042 INDGOV>LKAGOV reported 2025-08-03",
            "043 LKAGOV>INDGOV reported 2025-08-03",
        ],
    ),
    // a finite verb after a subordinator has its subject there, not the main clause's
    (
        "Peru suspended talks with the rebels on Thursday after an attack on a police station killed five officers.",
        "2025-07-04",
        &["164 PER> reported 2025-07-03"],
    ),
    // a threat to use force is a military threat; beginning exercises a show of force
    (
        "ECOWAS threatened to use force against the junta in Niger.",
        "2025-10-02",
        &["138 IGOWAFWAS>NERGOV reported 2025-10-02"],
    ),
    (
        "NATO troops began military exercises in Lithuania on Thursday.",
        "2025-11-21",
        &["150 IGOWSTNATMIL>LTU reported 2025-11-20"],
    ),
    // men convicted of spying are the convicted, not the convicting
    (
        "Iranian authorities executed two men convicted of spying for Israel.",
        "2025-06-19",
        &["1823 IRNGOV>IRNUNK reported 2025-06-19"],
    ),
    // a show of force needs no target
    (
        "North Korea fired two ballistic missiles into the sea on Friday.",
        "2025-04-12",
        &["150 PRK> reported 2025-04-11"],
    ),
    // what the accused is accused of is alleged, done by the accused
    (
        "Ethiopia accused the Tigray People's Liberation Front of killing 30 villagers.",
        "2025-04-10",
        &[
            "112 ETH>ETHREB reported 2025-04-10",
            "190 ETHREB>ETHCVL alleged",
        ],
    ),
    // a name the dictionaries do not know, as the one an act is done to, is a private person
    (
        "Police arrested Wanjiru Kamau in Nairobi on Monday.",
        "2024-05-01",
        &["173 KENCOP>KENCVL reported 2024-04-29"],
    ),
    (
        "Wanjiru Kamau was detained in Mombasa.",
        "2024-05-01",
        &["173 >KENCVL reported 2024-05-01"],
    ),
    // protests held by no one named are held by the people of the place
    (
        "Protests were held in Lagos on Monday against fuel price rises.",
        "2024-05-01",
        &["140 NGACVL> reported 2024-04-29"],
    ),
    (
        "A rally was staged in Mombasa.",
        "2024-05-01",
        &["141 KENCVL> reported 2024-05-01"],
    ),
    ("Talks were held in Lagos on Monday.", "2024-05-01", &[]),
    // people named by their ethnicity are of the country where they live
    (
        "Ethnic Armenian fighters in Azerbaijan attacked an army post.",
        "2024-05-01",
        &["190 AZEREB>AZEMIL reported 2024-05-01"],
    ),
    ("Ecuador met on Friday.", "2024-05-04", &[]),
    (
        "The test demonstrated in practice that the engine works.",
        "2024-05-01",
        &[],
    ),
    // a protest with no named target is against the country where it is held
    (
        "British activists staged a protest in Beijing on Wednesday.",
        "2024-01-25",
        &["140 GBRCVL>CHN reported 2024-01-24"],
    ),
    // an infinitive at the end of a pattern takes its object
    (
        "Iran agreed to meet Chile.",
        "2024-01-25",
        &["036 IRN>CHL reported 2024-01-25"],
    ),
    // a refusal is CAMEO's rejection; a negated cooperative event maps to it
    (
        "Iran declined to meet Chile.",
        "2024-01-25",
        &["125 IRN>CHL reported 2024-01-25"],
    ),
    (
        "Canada will not provide aid to Haiti.",
        "2024-01-25",
        &["121 CAN>HTI reported 2024-01-25"],
    ),
    // reported speech: the speaker accuses, the attack is alleged; an attacked place's
    // country is the target
    (
        "Ukraine said Russian forces attacked Kharkiv on Monday.",
        "2024-01-25",
        &[
            "112 UKR>RUSMIL reported 2024-01-25",
            "190 RUSMIL>UKR alleged 2024-01-22",
        ],
    ),
    // a country adjective on the object gives the target: whose proposal was rejected, whose
    // changes, whose delegation was hosted
    (
        "Peru rejected a Chilean proposal on fishing quotas on Monday.",
        "2024-01-25",
        &["125 PER>CHL reported 2024-01-22"],
    ),
    (
        "Peru rejected proposed Chilean changes to the treaty on Monday.",
        "2024-01-25",
        &["120 PER>CHL reported 2024-01-22"],
    ),
    // what one side says another must do is a demand; what it says it must do itself is not
    (
        "Chile said on Monday that Peru must return the seized trawler.",
        "2024-01-25",
        &["100 CHL>PER reported 2024-01-22"],
    ),
    ("Chile said it must protect its fishing grounds.", "2024-01-25", &[]),
    // denied and alleged events keep their status
    (
        "Russia denied that its forces attacked Ukraine.",
        "2024-01-25",
        &["016 RUS>UKR reported 2024-01-25", "190 RUSMIL>UKR denied"],
    ),
    (
        "Russia denied attacking Ukraine.",
        "2024-01-25",
        &["016 RUS>UKR reported 2024-01-25", "190 RUS>UKR denied"],
    ),
    (
        "Iranian drones allegedly struck Iraq on Monday.",
        "2024-01-25",
        &["1952 IRNMIL>IRQ alleged 2024-01-22"],
    ),
    // an event noun as the object of a light verb takes the verb's subject
    (
        "Norway renewed an urgent appeal to Chile for calm.",
        "2024-01-25",
        &["020 NOR>CHL reported 2024-01-25"],
    ),
    // an announced cooperative event: the intention (CAMEO 03x) is reported on the day it was
    // announced, the event itself stays planned
    (
        "Ottawa announced on Monday that Trudeau would visit Brazil on May 16.",
        "2024-05-14",
        &[
            "036 CANGOV>BRA reported 2024-05-13",
            "042 CANGOV>BRA planned 2024-05-16",
            "043 BRA>CANGOV planned 2024-05-16",
        ],
    ),
    // told in the present but dated after the article: planned
    (
        "Norway is hosting Sudanese negotiators next June.",
        "2024-01-25",
        &[
            "036 NOR>SDNGOV reported 2024-01-25",
            "043 NOR>SDNGOV planned 2024-06-01",
            "042 SDNGOV>NOR planned 2024-06-01",
        ],
    ),
    // a participle takes the tense of the verb before it: Monday is the past one
    (
        "Boric spoke to reporters on Monday, visiting Peru.",
        "2024-05-17",
        &[
            "042 CHLGOV>PER reported 2024-05-13",
            "043 PER>CHLGOV reported 2024-05-13",
        ],
    ),
    // a participle with no subject of its own shares the sentence's subject
    (
        "Chilean President Gabriel Boric spoke to reporters, visiting Peru before traveling to Bolivia.",
        "2024-05-17",
        &[
            "042 CHLGOV>PER reported 2024-05-17",
            "043 PER>CHLGOV reported 2024-05-17",
            "042 CHLGOV>BOL reported 2024-05-17",
            "043 BOL>CHLGOV reported 2024-05-17",
        ],
    ),
    // a subordinate clause keeps its own subject, date and place
    (
        "Putin arrived in Beijing on Thursday as ties have grown since Moscow invaded Ukraine in 2022.",
        "2024-05-17",
        &[
            "042 RUSGOV>CHN reported 2024-05-16",
            "043 CHN>RUSGOV reported 2024-05-16",
            "190 RUSGOV>UKR reported 2022-01-01",
        ],
    ),
    // a role of no country takes the country of the place the sentence names
    (
        "Police in Lyon arrested dozens of protesters.",
        "2024-01-25",
        &["173 FRACOP>FRACVL reported 2024-01-25"],
    ),
    // roles in a sentence that names no country keep CAMEO's unknown country
    (
        "Police arrested protesters outside the embassy.",
        "2024-01-25",
        &["173 ---COP>---CVL reported 2024-01-25"],
    ),
    (
        "Police seized seven illegal firearms.",
        "2024-01-25",
        &["1711 ---COP> reported 2024-01-25"],
    ),
    // a role of no country, where the sentence names a country, is read past when another
    // actor can be the subject ("Police in Chad said …" has one), and is the subject else
    (
        "The police spokesman said Chad attacked Sudan.",
        "2024-01-25",
        &[
            "112 ---COP>TCD reported 2024-01-25",
            "190 TCD>SDN alleged 2024-01-25",
        ],
    ),
    // coordinated verb phrases share the first verb's subject and modality; the visit is not
    // put in the summit's city; attending a summit abroad is a visit to the country it is in
    (
        "The Kenyan president will attend a summit in Addis Ababa and pay a visit to Djibouti.",
        "2024-03-06",
        &[
            "036 KENGOV>ETH reported 2024-03-06",
            "042 KENGOV>ETH planned",
            "036 KENGOV>DJI reported 2024-03-06",
            "042 KENGOV>DJI planned",
            "043 DJI>KENGOV planned",
        ],
    ),
    // a reduced relative passive: the noun before the participle is the target
    (
        "Chadian soldiers killed by Sudanese militiamen were buried in the capital.",
        "2024-03-06",
        &["190 SDNREB>TCDMIL reported 2024-03-06"],
    ),
    // an attack with no named target is on the country where it happens
    (
        "Somali militants attacked a shopping mall in Nairobi on Saturday.",
        "2024-03-06",
        &["190 SOMREB>KEN reported 2024-03-02"],
    ),
    // an apposition between commas is the person the phrase before it names
    (
        "The Japanese envoy to Seoul, Ambassador Koichi Mizushima, met South Korean President Yoon Suk Yeol on Monday.",
        "2024-03-06",
        &["040 JPNGOV>KORGOV reported 2024-03-04"],
    ),
    // an armed group that took power is coded as the government from that day
    (
        "The Taliban arrested two journalists in Kabul.",
        "2023-05-10",
        &["173 AFGGOVTAL>AFGMED reported 2023-05-10"],
    ),
    // a side that claims its own attack claims responsibility (015); the attack is reported
    (
        "The Taliban claimed they had attacked an Afghan army base.",
        "2019-03-06",
        &[
            "015 AFGREBTAL>AFGMIL reported 2019-03-06",
            "190 AFGREBTAL>AFGMIL reported 2019-03-06",
        ],
    ),
    (
        "Ukraine's army acknowledged it had shelled Russian positions in Belgorod.",
        "2024-03-06",
        &[
            "015 UKRMIL>RUS reported 2024-03-06",
            "194 UKRMIL>RUS reported 2024-03-06",
        ],
    ),
    // with no publication date, "next June" cannot be dated but still points ahead: planned
    (
        "Egypt is hosting a regional summit for Sudan next June.",
        "",
        &["036 EGY>SDN reported", "043 EGY>SDN planned", "042 SDN>EGY planned"],
    ),
    // "host" after a possessive and a country adjective is the noun: thanks, no hosting
    (
        "The Kenyan president thanked his Ghanaian host in Accra.",
        "2024-03-06",
        &["051 KENGOV>GHA reported 2024-03-06"],
    ),
    // an unresolved first-person subject ("I") is the verb's subject: the country before it is
    // no visitor
    (
        "\"It is the first country I have visited since my election,\" the Chilean president said of Argentina.",
        "2024-03-06",
        &[],
    ),
    // the complement of a noun outside the pattern is no target
    (
        "Vietnam and Laos established diplomatic relations after the end of the French colonial era.",
        "2024-03-06",
        &["054 VNM>LAO reported 2024-03-06", "054 LAO>VNM reported 2024-03-06"],
    ),
    // a country or region after "City," only says where the city is: no actor, no second place
    (
        "Hungarian Prime Minister Viktor Orban met the Swiss president in Geneva, Switzerland.",
        "2024-03-06",
        &["040 HUNGOV>CHEGOV reported 2024-03-06"],
    ),
    // a gerund right before an auxiliary is a noun: "fighting has displaced" is no attack by
    // the sentence's subject
    (
        "The European Union demanded that the government of Chad allow aid into the east, \
         where fighting has displaced 20,000 people.",
        "2025-03-05",
        &["100 IGOEUREEC>TCDGOV reported 2025-03-05"],
    ),
    // the country naming a border is neither a side nor the place ("near the Malian border")
    (
        "Algerian troops killed five militants near the Malian border on Sunday.",
        "2025-03-05",
        &["190 DZAMIL>DZAREB reported 2025-03-02"],
    ),
    // a day told by a later speaker is of what that speaker tells, not of the first clause
    (
        "Canada threatened retaliation on Tuesday, and its trade minister said talks with \
         Mexico would resume next week.",
        "2025-03-05",
        &[
            "130 CAN>MEX reported 2025-03-04",
            "036 CANGOV>MEX reported 2025-03-04",
            "040 CANGOV>MEX planned 2025-03-10",
        ],
    ),
    // what is returned "to" someone goes to them, not to whose remains they are
    (
        "Azerbaijan returned the remains of 12 soldiers to Armenia on Friday.",
        "2025-03-05",
        &["0841 AZE>ARM reported 2025-02-28"],
    ),
    // a military withdrawal from a named town is from the town's country
    (
        "Ethiopian troops withdrew from the town of Baidoa on Monday.",
        "2025-03-05",
        &["0874 ETHMIL>SOM reported 2025-03-03"],
    ),
    // observers "from" an organisation are that organisation
    (
        "Sudan agreed to admit observers from the African Union.",
        "2025-03-05",
        &["0355 SDN>IGOAFRAFU reported 2025-03-05"],
    ),
    // food dropped from the air is humanitarian aid
    (
        "Jordan airdropped food aid to civilians in Gaza.",
        "2025-03-05",
        &["073 JOR>PSECVL reported 2025-03-05"],
    ),
    // naming in a free relative ("what it called violations") is no criticism by the subject
    (
        "Ecuador requested a meeting to discuss what it called violations by Peru of the treaty.",
        "2025-03-05",
        &[],
    ),
    // people of no stated country whom a state frees, arrests or charges are its own
    (
        "Algeria freed 12 political prisoners on Monday.",
        "2025-03-05",
        &["0841 DZA>DZACVL reported 2025-03-03"],
    ),
    // an investigation into crimes "in" a country is of that country
    (
        "The International Criminal Court opened an investigation into alleged war crimes in \
         Myanmar.",
        "2025-03-05",
        &["094 IGOJUDICC>MMR reported 2025-03-05"],
    ),
    // suspension from an organisation; house arrest
    (
        "The African Union suspended Niger from the bloc.",
        "2025-03-05",
        &["161 IGOAFRAFU>NER reported 2025-03-05"],
    ),
    (
        "Soldiers placed President Mohamed Bazoum under house arrest.",
        "2025-03-05",
        &["173 NERMIL>NERGOV reported 2025-03-05"],
    ),
    // "at least 30" between a phrasal verb and its object
    (
        "Kenyan police shot dead at least 12 protesters in Nairobi.",
        "2025-03-05",
        &["193 KENCOP>KENCVL reported 2025-03-05"],
    ),
    // a day between "agreed" and "to" dates the agreeing (both sides' intent), not what is
    // agreed; the mediator of the deal mediates between its sides
    (
        "Armenia and Azerbaijan agreed on Friday to restore diplomatic relations, in a deal \
         mediated by the European Union.",
        "2025-03-05",
        &[
            "032 ARM>AZE reported 2025-02-28",
            "054 ARM>AZE planned",
            "032 AZE>ARM reported 2025-02-28",
            "054 AZE>ARM planned",
            "045 IGOEUREEC>ARM reported 2025-02-28",
            "045 IGOEUREEC>AZE reported 2025-02-28",
        ],
    ),
    // a speaker inserted after a relative pronoun is not the subject of its verb
    (
        "Japan condemned the launch, which it said violated UN Security Council resolutions.",
        "2025-04-02",
        &[],
    ),
    // an attack told by a state other than its author, with no target named, is against the
    // teller; "on Monday" dates it and is no pattern preposition
    (
        "Israel said Hamas fired 50 rockets on Monday.",
        "2025-04-02",
        &[
            "112 ISR>PSEREBHMS reported 2025-04-02",
            "194 PSEREBHMS>ISR alleged 2025-03-31",
        ],
    ),
    // what is launched with the drones is more of the means
    (
        "Ukraine said Russian forces had launched 120 drones and four missiles overnight.",
        "2025-04-02",
        &[
            "112 UKR>RUSMIL reported 2025-04-02",
            "1952 RUSMIL>UKR alleged 2025-04-02",
        ],
    ),
    // tear gas used to disperse a crowd is repression of the crowd; officers in a sentence on
    // the police are police officers
    (
        "Serbian police used tear gas to disperse the crowd after protesters threw stones at \
         officers.",
        "2025-04-02",
        &[
            "175 SRBCOP>SRBCVL reported 2025-04-02",
            "145 SRBCVL>SRBCOP reported 2025-04-02",
        ],
    ),
    (
        "North Korea conducted a missile test on Monday.",
        "2025-04-02",
        &["150 PRK> reported 2025-03-31"],
    ),
    // a ship flagged or owned by a country is that country's
    (
        "The Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz.",
        "2025-07-21",
        &["171 IRNMIL>GBR reported 2025-07-21"],
    ),
    // a noun compound is written together: "air defence systems after Russian strikes" is no
    // air strike by the subject
    (
        "Zelensky urged allies to provide air defence systems after Russian strikes on Kyiv.",
        "2025-09-09",
        &["190 RUS>UKR reported"],
    ),
    // what a conference is about is no side of it
    (
        "Germany will host a conference on Sudan in Berlin next month.",
        "2025-08-12",
        &[],
    ),
    // endangering stability is no threat to anyone
    (
        "Beijing said the drills threatened regional stability.",
        "2025-03-27",
        &[],
    ),
    // whom partners cooperate against is no partner: "the two leaders" are both sides
    (
        "Keir Starmer met Emmanuel Macron in Paris on Friday, and the two leaders agreed to \
         step up cooperation against smuggling gangs.",
        "2025-07-02",
        &[
            "040 GBRGOV>FRAGOV reported 2025-06-27",
            "030 GBRGOV>FRAGOV reported 2025-06-27",
            "030 FRAGOV>GBRGOV reported 2025-06-27",
        ],
    ),
    // failing to reach an agreement is no agreement, and no refusal either
    (
        "Trump and Putin met in Anchorage on Friday but failed to reach an agreement on a \
         ceasefire.",
        "2025-08-16",
        &[
            "040 USAGOV>RUSGOV reported 2025-08-15",
            "040 RUSGOV>USAGOV reported 2025-08-15",
        ],
    ),
    // a speaker between commas is no object of the verb before it
    (
        "India and Pakistan agreed to a ceasefire on Saturday, U.S. President Donald Trump said.",
        "2025-05-11",
        &[
            "0356 IND>PAK reported 2025-05-10",
            "0356 PAK>IND reported 2025-05-10",
        ],
    ),
    // leaving an organisation cuts relations with it; an act in an adjunct of its own is no
    // accusation by the speaker
    (
        "Hungary announced on Thursday that it would withdraw from the International Criminal \
         Court, despite an arrest warrant against Netanyahu.",
        "2025-04-09",
        &[
            "131 HUN>IGOJUDICC reported 2025-04-03",
            "160 HUN>IGOJUDICC planned",
        ],
    ),
    // "by" before a gerund says how, not who; ", and" after one phrase opens another clause
    (
        "Israel struck Iran on Friday, killing senior military commanders, and Iran retaliated \
         by firing missiles at Israeli cities.",
        "2025-06-14",
        &[
            "190 ISR>IRN reported 2025-06-13",
            "190 IRN>ISR reported 2025-06-13",
        ],
    ),
    // "each other": each side to the other, whatever the row
    (
        "Thailand and Cambodia blamed each other for the clashes.",
        "2025-07-25",
        &[
            "112 THA>KHM reported 2025-07-25",
            "112 KHM>THA reported 2025-07-25",
        ],
    ),
    (
        "Armenia and Azerbaijan traded accusations of ceasefire violations.",
        "2025-07-25",
        &[
            "112 ARM>AZE reported 2025-07-25",
            "112 AZE>ARM reported 2025-07-25",
        ],
    ),
    // a name the dictionaries do not know, arrested past an adverb ("has also been"), is a
    // person; lawyers and notaries are civilians
    (
        "Kenyan police said Jitendra Pandya has also been arrested.",
        "2025-03-05",
        &["173 >KENCVL reported 2025-03-05"],
    ),
    (
        "Kenyan police arrested a notary and two lawyers.",
        "2025-03-05",
        &["173 KENCOP>KENCVL reported 2025-03-05"],
    ),
    // police making arrests is coercion with no one named as arrested
    (
        "Kenyan police made 20 arrests in Nairobi.",
        "2025-03-05",
        &["173 KENCOP> reported 2025-03-05"],
    ),
    // "due to" before a noun is a cause, not a schedule; the actor right before an attack
    // gerund is its author, past a preposition
    (
        "A spokesman said 40 deaths were due to Kenyan police firing on protesters.",
        "2025-03-05",
        &["175 KENCOP>KENCVL reported 2025-03-05"],
    ),
    // an aside of "all …" between a subject and its passive verb
    (
        "Sixty Kenyan protesters, all students, have been arrested.",
        "2025-03-05",
        &["173 >KENCVL reported 2025-03-05"],
    ),
    // a participle right after people, with its agent after it, is passive, counted or not
    (
        "Protesters wounded by Kenyan police were taken to hospital.",
        "2025-03-05",
        &["182 KENCOP>KENCVL reported 2025-03-05"],
    ),
    // "both sides" after "A and B" in one sentence are A and B
    (
        "India and Pakistan agreed to a ceasefire on Saturday, but both sides accused each \
         other of violating the truce.",
        "2025-05-11",
        &[
            "0356 IND>PAK reported 2025-05-10",
            "0356 PAK>IND reported 2025-05-10",
            "1123 IND>PAK reported 2025-05-10",
            "1123 PAK>IND reported 2025-05-10",
        ],
    ),
    // a possessive "its": the clause's subject when that is one thing ("drones" are not),
    // an organ of the state named before ("its government"), the source's own no target
    (
        "Estonia said Russian fighter jets had violated its airspace on Friday.",
        "2025-03-08",
        &[
            "112 EST>RUSMIL reported 2025-03-08",
            "128 RUSMIL>EST alleged 2025-03-07",
        ],
    ),
    (
        "The United States imposed sanctions on Venezuela on Monday, accusing its government of rigging the election.",
        "2025-03-08",
        &[
            "163 USA>VEN reported 2025-03-03",
            "1121 USA>VENGOV reported 2025-03-03",
        ],
    ),
    (
        "Canada recalled its ambassador on Monday.",
        "2025-03-08",
        &["161 CAN> reported 2025-03-03"],
    ),
    (
        "Hamas said its fighters had fired rockets at Israel on Sunday.",
        "2025-03-08",
        &["194 PSEREBHMS>ISR reported 2025-03-02"],
    ),
    // what is done "unless" is a condition, in any tense
    (
        "Georgia threatened to cut ties with Moscow unless the Kremlin withdrew its troops from Abkhazia.",
        "2025-03-08",
        &[
            "1313 GEO>RUSGOV reported 2025-03-08",
            "0874 RUSGOV>GEOPRE hypothetical",
        ],
    ),
    // an attack noun takes the tense of the verb before it; an attack during which weapons
    // were brought down is by their owners
    (
        "Israeli forces killed two men on Sunday during a raid on a camp in Jenin.",
        "2025-10-02",
        &[
            "190 ISRMIL>PSEUNK reported 2025-09-28",
            "190 ISRMIL>PSE reported 2025-09-28",
        ],
    ),
    (
        "Ukraine shot down 50 Russian drones on Sunday during an attack on Kyiv.",
        "2025-10-02",
        &[
            "193 UKR>RUSMIL reported 2025-09-28",
            "190 RUSMIL>UKR reported 2025-09-28",
        ],
    ),
    // warships and warplanes sent towards a country show force; one act coded by two rows is
    // kept at the finer code
    (
        "Russia sent two bombers and a frigate towards Japan on Friday.",
        "2025-03-08",
        &["150 RUS>JPN reported 2025-03-07"],
    ),
    (
        "Hundreds of students marched in Dhaka on Friday to protest against the quota system.",
        "2025-03-08",
        &["141 BGDEDU> reported 2025-03-07"],
    ),
    // a participle after a comma opens a clause whose objects are not the verb's
    (
        "Sudan and South Sudan signed a border accord in Juba on Monday, ending years of dispute over Abyei.",
        "2025-04-22",
        &[
            "057 SDN>SSD reported 2025-04-21",
            "057 SSD>SDN reported 2025-04-21",
        ],
    ),
    // a move welcomed or condemned by someone is their reaction to its doer
    (
        "Britain lifted sanctions on Belarusian potash exports on Monday, a move condemned by Lithuania.",
        "2025-03-12",
        &[
            "085 GBR>BLR reported 2025-03-10",
            "111 LTU>GBR reported 2025-03-10",
        ],
    ),
    // a time word after a role noun ends its phrase
    (
        "Boko Haram kidnapped farmers yesterday.",
        "2025-06-18",
        &["181 NGAREB>NGAAGR reported 2025-06-17"],
    ),
    // retaliation by tariffs is a sanction; said of the future, a threat of one
    (
        "Canada said it would retaliate with tariffs on American steel.",
        "2025-09-09",
        &[
            "1312 CAN>USA reported 2025-09-09",
            "163 CAN>USA planned",
        ],
    ),
    // what has no day of its own was told, and so done or announced, on the attribution's day
    (
        "Ghanaian President John Mahama will visit Togo next month, his office said on Tuesday.",
        "2025-03-13",
        &[
            "036 GHAGOV>TGO reported 2025-03-11",
            "042 GHAGOV>TGO planned 2025-04-01",
            "043 TGO>GHAGOV planned 2025-04-01",
        ],
    ),
    // a request from a state is its own, diplomats from states are theirs; a country
    // adjective on the craft force is aimed at gives the target, not the place
    (
        "Peru rejected a proposal from Bolivia to reopen the border talks.",
        "2025-03-13",
        &["125 PER>BOL reported 2025-03-13"],
    ),
    (
        "Nicaragua expelled diplomats from Costa Rica and Panama on Monday.",
        "2025-03-13",
        &[
            "161 NIC>CRIGOV reported 2025-03-10",
            "161 NIC>PANGOV reported 2025-03-10",
        ],
    ),
    (
        "Pirates fired at a Danish tanker on Monday.",
        "2025-03-13",
        &["193 ---CRM>DNK reported 2025-03-10"],
    ),
    // a town force takes or hits is its country's, rebels' force on their own country counts
    (
        "M23 rebels seized Bukavu on Sunday.",
        "2025-03-13",
        &["192 CODREB>COD reported 2025-03-09"],
    ),
    // "open to talks" states an intent to talk; what talks are about is no side of them
    (
        "Venezuela is open to dialogue on the Essequibo dispute with Guyana.",
        "2025-03-13",
        &["036 VEN>GUY reported 2025-03-13"],
    ),
    // a meeting during a visit stands beside the visit
    (
        "Chadian President Mahamat Deby visited Paris on Tuesday and met French President Emmanuel Macron.",
        "2025-03-13",
        &[
            "042 TCDGOV>FRAGOV reported 2025-03-11",
            "043 FRAGOV>TCDGOV reported 2025-03-11",
            "040 TCDGOV>FRAGOV reported 2025-03-11",
        ],
    ),
    // a participle of violence after an accusation "of" an act is the accused's, alleged; the
    // day inside what is alleged is not the accusing's
    (
        "Mali's army accused JNIM fighters of attacking a convoy near Gao last week, killing 12 soldiers.",
        "2025-03-13",
        &[
            "1123 MLIMIL>MLIREB reported 2025-03-13",
            "190 MLIREB>MLIMIL alleged 2025-03-03",
        ],
    ),
    // a denial with a "that" clause needs no target; a charge denied in an aside answers the
    // accuser
    (
        "North Korea denied on Tuesday that it had sent troops abroad.",
        "2025-03-13",
        &["016 PRK> reported 2025-03-11"],
    ),
    (
        "Ethiopia accused Eritrea of interference, a charge Asmara denies.",
        "2025-03-13",
        &[
            "112 ETH>ERI reported 2025-03-13",
            "016 ERIGOV>ETH reported 2025-03-13",
        ],
    ),
    // people an attack on a city hurts are of the city's country, not the attacker's
    (
        "Russian forces launched a missile attack on Odesa on Monday, wounding nine civilians.",
        "2025-03-13",
        &[
            "190 RUSMIL>UKR reported 2025-03-10",
            "182 RUSMIL>UKRCVL reported 2025-03-10",
        ],
    ),
    // the subject of a verb before an event noun is no modifier of it: the talks are between
    // their sides, the mediators mediate
    (
        "Turkey is mediating talks between Ukraine and Russia in Istanbul.",
        "2025-03-13",
        &[
            "045 TUR>UKR reported 2025-03-13",
            "045 TUR>RUS reported 2025-03-13",
            "046 UKR>RUS reported 2025-03-13",
        ],
    ),
    // Western governments spoken of together are CAMEO's "the West" (WST); the West Bank is
    // not
    (
        "Western leaders urged India to stop buying Russian oil on Friday.",
        "2025-03-13",
        &["020 WST>IND reported 2025-03-07"],
    ),
    // internet shutdowns restrict freedoms; air strikes in response are air strikes
    (
        "Ethiopian authorities suspended mobile internet in Amhara on Saturday.",
        "2025-03-13",
        &["1721 ETHGOV> reported 2025-03-08"],
    ),
    (
        "Nigeria's air force responded with air strikes on Boko Haram positions on Sunday.",
        "2025-03-13",
        &["195 NGAMIL>NGAREB reported 2025-03-09"],
    ),
    // a phrase that ends in a name modifies no pattern noun after it
    (
        "A Tunisian court found opposition leader Rached Ghannouchi guilty on Tuesday.",
        "2025-03-13",
        &["116 TUNJUD>TUNOPP reported 2025-03-11"],
    ),
    // premises the pattern names are their owner's, named after "of"
    (
        "Ugandan police raided the Kampala offices of an opposition party on Monday.",
        "2025-03-13",
        &["091 UGACOP>UGAOPP reported 2025-03-10"],
    ),
];

fn show(coder: &Coder, sentence: &str, published: &str) -> Vec<String> {
    let events = coder.code_sentence(sentence, published.parse().ok(), &mut Context::new());
    events
        .iter()
        .map(|e| {
            let mut s = format!(
                "{} {}>{} {}",
                e.cameo,
                e.source.code,
                e.target.code,
                e.status.as_str()
            );
            if let Some(d) = e.date {
                s.push_str(&format!(" {d}"));
            }
            s
        })
        .collect()
}

#[test]
fn sentences_give_their_events() {
    let coder = Coder::builtin();
    let mut failures = Vec::new();
    for (sentence, published, want) in CASES {
        let got = show(&coder, sentence, published);
        if got != *want {
            failures.push(format!("{sentence}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_two_leaders_are_the_article_pair() {
    let coder = Coder::builtin();
    let mut ctx = Context::new();
    let published = "2024-05-20".parse().ok();
    coder.code_sentence(
        "Brazilian President Luiz Inácio Lula da Silva met Canadian Prime Minister Justin Trudeau.",
        published,
        &mut ctx,
    );
    coder.code_sentence("Trudeau praised Lula.", published, &mut ctx);
    let events = coder.code_sentence(
        "The two leaders signed a trade agreement.",
        published,
        &mut ctx,
    );
    let dyads: Vec<String> = events
        .iter()
        .map(|e| format!("{} {}>{}", e.cameo, e.source.code, e.target.code))
        .collect();
    assert_eq!(dyads, ["057 BRAGOV>CANGOV", "057 CANGOV>BRAGOV"]);
}

#[test]
fn a_home_country_gives_roles_of_no_country_a_side() {
    let mut coder = Coder::builtin();
    let sentence = "Police arrested protesters outside the embassy.";
    assert_eq!(
        show(&coder, sentence, "2024-01-25"),
        ["173 ---COP>---CVL reported 2024-01-25"]
    );
    coder.home_country = Some("IND".into());
    assert_eq!(
        show(&coder, sentence, "2024-01-25"),
        ["173 INDCOP>INDCVL reported 2024-01-25"]
    );
}

#[test]
fn a_dateline_places_the_report_and_is_no_actor() {
    let coder = Coder::builtin();
    let article = article_of(
        "2025-03-05",
        "NAIROBI, March 4 (Harbour Wire) - Kenya and Tanzania signed a border agreement on Tuesday.\n\
               Officials from both countries said the deal would end a long dispute over fishing rights.",
    );
    let coded = coder.code_article(&article);
    let signed: Vec<_> = coded
        .mentions
        .iter()
        .filter(|m| m.cameo.as_str() == "057")
        .collect();
    assert!(!signed.is_empty(), "{:?}", coded.mentions);
    for m in &signed {
        assert_eq!(
            m.location.as_ref().map(|l| l.name.as_str()),
            Some("Nairobi")
        );
        for side in [&m.source, &m.target] {
            assert!(
                side.code.as_str() != "KENGOV" || side.name != "NAIROBI",
                "{side:?}"
            );
        }
    }
}

#[test]
fn a_dateline_gives_roles_of_no_country_its_country() {
    let coder = Coder::builtin();
    let article = |text: &str| annals_model::Article {
        id: "d2".into(),
        path: None,
        url: None,
        outlet: None,
        published: "2025-03-05".parse().ok(),
        title: None,
        text: text.into(),
    };
    let arrests = |text: &str| -> Vec<String> {
        coder
            .code_article(&article(text))
            .mentions
            .iter()
            .filter(|m| m.cameo.as_str() == "173")
            .map(|m| format!("{}>{}", m.source.code, m.target.code))
            .collect()
    };
    let story = "Heavy rain fell on the capital on Tuesday.\nPolice arrested dozens of protesters.";
    assert_eq!(arrests(story), ["---COP>---CVL"], "no dateline, no country");
    assert_eq!(
        arrests(&format!("DODOMA, March 4 (Harbour Wire) - {story}")),
        ["TZACOP>TZACVL"]
    );
}

#[test]
fn an_event_is_placed_where_it_happens() {
    let coder = Coder::builtin();
    let place = |sentence: &str| -> Vec<Option<String>> {
        coder
            .code_sentence(sentence, "2024-05-01".parse().ok(), &mut Context::new())
            .into_iter()
            .filter(|e| !e.explanation.paired)
            .map(|e| e.location.map(|l| l.name))
            .collect()
    };
    let cases: [(&str, Option<&str>); 6] = [
        // the talks take place where the visit goes, not where the envoy is posted
        (
            "The Dutch ambassador in Kenya held talks with Tanzanian President Samia Suluhu Hassan during a visit to Dodoma.",
            Some("Dodoma"),
        ),
        (
            "The Dutch ambassador in Kenya held talks with Tanzanian President Samia Suluhu Hassan.",
            None,
        ),
        // a foreign force's posting is where it uses force
        ("French troops in Mali killed ten militants.", Some("Mali")),
        ("Police in Lyon arrested ten protesters.", Some("Lyon")),
        (
            "Tens of thousands took to the streets of Tbilisi on Sunday.",
            Some("Tbilisi"),
        ),
        // a country with no ISO code is a place too
        ("Serbia lifted a curfew in Kosovo.", Some("Kosovo")),
    ];
    for (sentence, want) in cases {
        let got = place(sentence);
        assert!(!got.is_empty(), "{sentence}: no event");
        assert!(
            got.iter().all(|g| g.as_deref() == want),
            "{sentence}: {got:?}, want {want:?}"
        );
    }
}

/// Fails unless every one of `wants` is among `events`.
fn assert_events(events: &[String], wants: &[&str]) {
    for want in wants {
        assert!(events.iter().any(|e| e == want), "{want} not in {events:?}");
    }
}

/// An article of the given paragraphs published on `published`.
fn article_of(published: &str, text: &str) -> annals_model::Article {
    annals_model::Article {
        id: "t".into(),
        path: None,
        url: None,
        outlet: None,
        published: published.parse().ok(),
        title: None,
        text: text.into(),
    }
}

/// Codes an article of the given paragraphs published on `published` and lists its events as
/// `CODE SOURCE>TARGET` (paired twins left out).
fn article_events(published: &str, text: &str) -> Vec<String> {
    let coder = Coder::builtin();
    let article = article_of(published, text);
    coder
        .code_article(&article)
        .mentions
        .iter()
        .filter(|m| !m.explanation.paired)
        .map(|m| format!("{} {}>{}", m.cameo, m.source.code, m.target.code))
        .collect()
}

/// The CAMEO code and date of each mention of an article, as `"173 Some(\"2025-03-09\")"`.
fn article_dates(published: &str, text: &str) -> Vec<String> {
    Coder::builtin()
        .code_article(&article_of(published, text))
        .mentions
        .iter()
        .map(|m| format!("{} {:?}", m.cameo, m.date.map(|d| d.to_string())))
        .collect()
}

#[test]
fn an_article_resolves_pairs_institutions_and_places_across_sentences() {
    let events = article_events(
        "2025-06-04",
        "Ghanaian President John Mahama arrived in Abidjan on Tuesday for talks with Ivorian \
         President Alassane Ouattara.\n\
         On Wednesday the two governments signed a cocoa pricing agreement, officials said.\n\
         Meanwhile, police in Accra fired tear gas at hundreds of protesters.\n\
         At least 20 people were arrested.\n\
         The opposition leader Mahamudu Bawumia called on the government to release them.",
    );
    for want in [
        // "the two governments": the two leaders' governments
        "057 GHAGOV>CIVGOV",
        // force aimed at a crowd's members
        "175 GHACOP>GHACVL",
        // a role in a sentence that names no country is where the sentence before was
        ">GHACVL",
        // "the government" is an institution whose country the sentence's own actor gives,
        // not the last person named
        "GHAOPP>GHAGOV",
    ] {
        assert!(
            events.iter().any(|e| e.contains(want)),
            "{want} not in {events:?}"
        );
    }
}

#[test]
fn an_article_resolves_described_organisations_and_earlier_attacks() {
    let events = article_events(
        "2025-03-02",
        "MAIDUGURI — Fighters of Boko Haram attacked an army base near Bama on Saturday, \
         killing nine soldiers.\n\
         The group claimed responsibility for the raid in a video.\n\
         Chad's government condemned the attack.\n\
         The European Union sent aid to Nigeria on Sunday.\n\
         The bloc also criticised Russia for its arms sales to the region.",
    );
    assert_events(
        &events,
        &[
            // the dateline alone, with a dash, places the army
            "190 NGAREB>NGAMIL",
            // "the group": the armed group named before; "the raid": the attack reported before
            "015 NGAREB>NGAMIL",
            // "condemned the attack": its author
            "111 TCDGOV>NGAREB",
            // "the bloc": the international organisation named before
            "111 IGOEUREEC>RUS",
        ],
    );
}

#[test]
fn a_move_named_again_is_judged_against_its_author() {
    let events = article_events(
        "2025-05-20",
        "Canada on Monday imposed sanctions on four Venezuelan officials.\n\
         Venezuela's foreign ministry condemned the move as illegal.\n\
         Brazil welcomed the decision.\n\
         Prime Minister Mark Carney later visited Tokyo in May for a summit in Osaka.",
    );
    assert_events(&events, &["111 VENGOV>CAN", "051 BRA>CAN"]);
    // "the agreement": both its sides
    let events = article_events(
        "2025-11-05",
        "Armenia and Azerbaijan signed a peace agreement in Washington on Tuesday.\n\
         Turkey welcomed the agreement.",
    );
    assert_events(&events, &["051 TUR>ARM", "051 TUR>AZE"]);
}

#[test]
fn a_dateline_places_its_own_sides_deeds_and_deeds_on_its_soil_only() {
    let coder = Coder::builtin();
    let article = article_of(
        "2025-05-20",
        "NAIROBI — Kenya expelled two Ugandan diplomats on Monday.\n\
               Uganda condemned the move.\n\
               Ugandan President Yoweri Museveni visited Kenya on Tuesday.",
    );
    let coded = coder.code_article(&article);
    let place = |code: &str, source: &str| {
        coded
            .mentions
            .iter()
            .find(|m| m.cameo.as_str() == code && m.source.code.as_str().starts_with(source))
            .map(|m| m.location.as_ref().map(|l| l.name.clone()))
    };
    assert_eq!(place("161", "KEN"), Some(Some("Nairobi".to_string())));
    // words said in Uganda about Kenya's deed
    assert_eq!(place("111", "UGA"), Some(None));
    // a visit to the dateline's country
    assert_eq!(place("042", "UGA"), Some(Some("Nairobi".to_string())));
}

#[test]
fn an_article_resolves_accusations_and_organisations_named_by_their_head_word() {
    let events = article_events(
        "2025-04-10",
        "The International Monetary Fund approved a loan to Ghana on Monday.\n\
         Ghana's finance minister thanked the fund.\n\
         Mali accused Algeria of arming rebel groups.\n\
         Algeria rejected the accusation.",
    );
    assert_events(&events, &["051 GHAGOV>IGOBUSIMF", "016 DZA>MLI"]);
}

#[test]
fn both_sides_are_the_sides_of_the_last_conflict() {
    let events = article_events(
        "2025-04-10",
        "Sudan's army accused the Rapid Support Forces of shelling a market in El Fasher.\n\
         Kenya urged both sides to return to negotiations.",
    );
    assert_events(&events, &["026 KEN>SDNMIL", "026 KEN>SDNMILPRM"]);
}

#[test]
fn a_gathering_to_protest_an_arrest_protests_against_who_arrested() {
    let events = article_events(
        "2025-06-20",
        "Police in Harare arrested opposition leader Job Sikhala on Friday.\n\
         Hundreds of his supporters gathered outside the court to protest the arrest.",
    );
    assert_events(&events, &["140 ZWECVL>ZWECOP"]);
}

#[test]
fn concern_over_the_confrontation_is_about_both_its_sides() {
    let events = article_events(
        "2025-06-21",
        "Vietnam accused Chinese coast guard ships of ramming a fishing boat.\n\
         Australia expressed concern over the confrontation.",
    );
    assert_events(&events, &["012 AUS>VNM", "012 AUS>CHNMIL"]);
}

#[test]
fn a_sentence_opening_it_is_the_last_sentences_subject() {
    let events = article_events(
        "2025-06-20",
        "Serbia expelled two Croatian diplomats on Monday.\n\
         It also accused Croatia of interference.\n\
         It is expected to announce further steps.\n\
         Croatia accused the bloc of meddling.",
    );
    assert_events(&events, &["112 SRB>HRV"]);
    // an "it" of no act ("It is expected") stands for no one; "the bloc" with no
    // organisation named before is no one
    assert!(
        events
            .iter()
            .all(|e| !e.contains("HRV>") || e.starts_with("161")),
        "{events:?}"
    );
}

#[test]
fn a_sentence_opening_they_is_the_last_sentences_subject() {
    let events = article_events(
        "2025-06-20",
        "Thousands of farmers marched in Nairobi on Monday.\n\
         They also blocked roads into the city.",
    );
    assert!(
        events.iter().any(|e| e.starts_with("144 KENAGR>")),
        "{events:?}"
    );
}

#[test]
fn welcoming_a_warrant_praises_the_court_that_issued_it() {
    let events = article_events(
        "2025-08-02",
        "The International Criminal Court issued an arrest warrant for a Sudanese general.\n\
         Chad welcomed the warrant.",
    );
    assert_events(&events, &["051 TCD>IGOJUDICC"]);
}

#[test]
fn a_possessive_before_a_release_names_who_is_to_be_released() {
    let events = article_events(
        "2025-06-20",
        "Police in Nairobi arrested opposition leader Raila Odinga on Friday.\n\
         The European Union demanded his immediate release.\n\
         Britain called for his release.",
    );
    assert_events(&events, &["1053 IGOEUREEC>KENOPP", "0253 GBR>KENOPP"]);
}

#[test]
fn a_name_in_apposition_is_a_person_of_that_side_for_later_sentences() {
    let events = article_events(
        "2025-09-08",
        "Police in Tanzania detained the leader of the main opposition party, Tundu Lissu, on \
         Monday.\n\
         The United States called for his release.\n\
         Lissu denied the charges.",
    );
    assert_events(
        &events,
        &["173 TZACOP>TZAOPP", "0253 USA>TZAOPP", "016 TZAOPP>"],
    );
}

#[test]
fn an_organ_of_no_stated_country_opening_a_sentence_is_the_last_subjects_state() {
    let events = article_events(
        "2025-05-06",
        "Japan imposed export controls on South Korea on Friday.\n\
         The Trade Ministry said it would also restrict exports of chemicals to Seoul.",
    );
    assert_events(&events, &["172 JPN>KOR", "1312 JPNGOV>KORGOV"]);
}

#[test]
fn calling_an_earlier_move_a_provocation_criticises_its_author() {
    let events = article_events(
        "2025-11-02",
        "Estonia expelled a Russian diplomat on Thursday.\n\
         The Russian embassy called the expulsion a provocation.",
    );
    assert_events(&events, &["161 EST>RUSGOV", "111 RUSGOV>EST"]);
}

#[test]
fn condemning_a_coup_criticises_who_staged_it() {
    let events = article_events(
        "2025-05-30",
        "Soldiers in Gabon seized power on Wednesday and placed President Ali Bongo under \
         house arrest.\n\
         France condemned the coup.",
    );
    assert_events(&events, &["173 GABMIL>GABGOV", "111 FRA>GABMIL"]);
}

#[test]
fn those_behind_the_attack_did_the_attack_not_the_arrests_after_it() {
    let events = article_events(
        "2025-06-15",
        "Gunmen from Islamic State attacked a concert hall near Moscow, killing 140 people.\n\
         Russian police detained 11 people.\n\
         President Vladimir Putin vowed to punish those behind the attack.",
    );
    assert_events(&events, &["173 RUSCOP>RUSCVL", "130 RUSGOV>IMGUAF"]);
}

#[test]
fn welcoming_a_vote_praises_who_voted() {
    let events = article_events(
        "2025-01-24",
        "Hungary's parliament ratified Sweden's NATO membership bid on Tuesday.\n\
         Stockholm welcomed the vote.",
    );
    assert_events(&events, &["051 SWEGOV>HUNLEG"]);
}

#[test]
fn verdicts_threats_and_joint_drills_named_again_are_judged_against_their_authors() {
    let events = article_events(
        "2025-05-21",
        "A court in Istanbul sentenced opposition politician Selahattin Demirtas to four years \
         in prison on Wednesday.\n\
         The European Union criticised the verdict.",
    );
    assert_events(&events, &["111 IGOEUREEC>TURJUD"]);
    let events = article_events(
        "2025-10-14",
        "China's defence ministry warned Taiwan against any moves towards independence.\n\
         Taipei rejected the threat.",
    );
    assert_events(&events, &["130 CHNGOVMIL>TWN", "120 TWNGOV>CHNGOVMIL"]);
    let events = article_events(
        "2025-03-27",
        "The United States and the Philippines began joint military exercises on Monday.\n\
         Beijing criticised the drills.",
    );
    assert_events(&events, &["111 CHNGOV>USA", "111 CHNGOV>PHL"]);
}

#[test]
fn a_place_before_set_fire_locates_the_next_sentences_roles() {
    let events = article_events(
        "2025-06-26",
        "Protesters in Nairobi set fire to part of the parliament building on Tuesday.\n\
         Police shot dead at least five protesters.",
    );
    assert_events(&events, &["145 KENCVL>KENLEG", "193 KENCOP>KENCVL"]);
}

#[test]
fn a_threat_to_retaliate_is_against_the_last_attacker_and_a_capital_struck_is_its_country() {
    let events = article_events(
        "2025-07-31",
        "Israel killed a Hezbollah commander in an air strike on Beirut on Tuesday.\n\
         Hezbollah vowed to retaliate.",
    );
    assert_events(&events, &["195 ISR>LBN", "130 LBNREBHEZ>ISR"]);
    assert!(!events.iter().any(|e| e.ends_with(">LBNGOV")), "{events:?}");
}

#[test]
fn the_three_countries_are_the_three_a_sentence_named_together() {
    let events = article_events(
        "2025-05-28",
        "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.\n\
         Israel recalled its ambassadors from the three countries in protest.",
    );
    assert_events(&events, &["161 ISR>ESP", "161 ISR>IRL", "161 ISR>NOR"]);
    assert!(!events.iter().any(|e| e == "161 ISR>PSE"), "{events:?}");
}

#[test]
fn welcoming_an_apology_praises_who_apologised() {
    let events = article_events(
        "2025-08-15",
        "Japan's prime minister apologised to South Korea on Friday for wartime forced labour.\n\
         Seoul welcomed the apology.",
    );
    assert_events(&events, &["055 JPNGOV>KOR", "051 KORGOV>JPNGOV"]);
}

#[test]
fn officers_after_a_sentence_on_the_police_are_police() {
    let events = article_events(
        "2025-11-03",
        "Police fired tear gas at demonstrators in Mombasa on Tuesday.\n\
         A photographer was beaten by officers outside the court.\n\
         Soldiers later cleared the square.\n\
         Two reporters were beaten by officers.",
    );
    assert_events(&events, &["175 KENCOP>KENCVL", "182 KENCOP>KENMED"]);
    // once the army is named, "officers" are military ones again
    assert!(
        events
            .iter()
            .filter(|e| e.starts_with("182 KENMIL>"))
            .count()
            == 1,
        "{events:?}"
    );
}

#[test]
fn a_denied_claim_is_the_accusers_and_bare_congo_is_the_democratic_republic() {
    let events = article_events(
        "2025-06-06",
        "Congo accused Rwanda of arming the rebels on Thursday.\n\
         Kigali denied the claim.",
    );
    assert_events(&events, &["112 COD>RWA", "016 RWAGOV>COD"]);
}

#[test]
fn his_after_a_person_named_only_by_role_is_that_person() {
    let events = article_events(
        "2025-04-03",
        "Belarusian police detained an opposition activist in Minsk on Wednesday.\n\
         Lithuania demanded his release.",
    );
    assert_events(&events, &["173 BLRCOP>BLRCVL", "1053 LTU>BLRCVL"]);
}

#[test]
fn both_leaders_are_not_who_the_sentence_names_before_them() {
    let events = article_events(
        "2025-04-22",
        "Armenia and Azerbaijan signed a peace treaty on Monday.\n\
         French President Emmanuel Macron congratulated both leaders.",
    );
    assert_events(&events, &["051 FRAGOV>ARMGOV", "051 FRAGOV>AZEGOV"]);
}

#[test]
fn a_states_protest_is_an_official_complaint_against_the_last_doer() {
    let events = article_events(
        "2025-05-30",
        "China sent ten warships near the Senkaku Islands on Thursday.\n\
         Japan protested through diplomatic channels.\n\
         Students protested outside the embassy.",
    );
    assert_events(&events, &["114 JPN>CHN"]);
    assert!(
        events.iter().all(|e| !e.starts_with("114 JPNCVL")),
        "{events:?}"
    );
}

#[test]
fn the_militants_are_the_last_armed_group_named() {
    let events = article_events(
        "2025-06-18",
        "Soldiers freed 40 hostages held by al-Shabaab in Somalia on Tuesday.\n\
         The militants had abducted the villagers last month.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("181 SOMREB") && e.ends_with(">SOMCVL")),
        "{events:?}"
    );
}

#[test]
fn an_appeal_for_restraint_naming_no_one_goes_to_the_last_conflicts_sides() {
    let events = article_events(
        "2025-07-25",
        "Thai and Cambodian troops exchanged fire along the border on Thursday.\n\
         Malaysia's foreign ministry urged restraint on Friday.",
    );
    assert_events(&events, &["025 MYSGOV>THAMIL", "025 MYSGOV>KHMMIL"]);
}

#[test]
fn the_two_countries_after_a_third_named_are_the_last_two_others() {
    let events = article_events(
        "2025-06-06",
        "Congo accused Rwanda of arming the rebels on Thursday.\n\
         Angola offered to host peace talks between the two countries.",
    );
    assert_events(&events, &["036 AGO>COD", "036 AGO>RWA"]);
}

#[test]
fn the_two_ministers_are_the_two_named_before() {
    let events = article_events(
        "2025-03-13",
        "Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\
         The two ministers agreed to resume annual strategic talks.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("036 AUSGOV>CHNGOV") || e.starts_with("036 CHNGOV>AUSGOV")),
        "{events:?}"
    );
}

#[test]
fn a_threat_beside_a_criticism_is_aimed_at_the_criticised() {
    let events = article_events(
        "2025-03-13",
        "The European Union imposed new sanctions on Belarusian banks on Monday.\n\
         Minsk condemned the measures and vowed to respond.",
    );
    assert_events(&events, &["111 BLRGOV>IGOEUREEC", "130 BLRGOV>IGOEUREEC"]);
}

#[test]
fn force_told_right_after_a_dated_protest_goes_on_with_it() {
    let coder = Coder::builtin();
    let article = article_of(
        "2025-06-10",
        "Tens of thousands of people marched in Belgrade on Saturday against the government.\n\
         Riot police used tear gas to disperse the protesters near parliament.\n\
         Interior Minister Ivica Dacic said on Monday that 40 officers were injured.",
    );
    let coded = coder.code_article(&article);
    let tear_gas = coded
        .mentions
        .iter()
        .find(|m| m.cameo.as_str() == "175")
        .expect("the tear gas is coded");
    assert_eq!(tear_gas.date, "2025-06-07".parse().ok(), "{tear_gas:?}");
}

#[test]
fn saying_a_move_was_illegal_criticises_its_doer() {
    let events = article_events(
        "2025-03-13",
        "Japan imposed export controls on Chinese chip makers on Monday.\n\
         Beijing said the measures were illegal and would hurt trade.",
    );
    assert_events(&events, &["111 CHNGOV>JPN"]);
}

#[test]
fn rejecting_the_criticism_answers_the_critic() {
    let events = article_events(
        "2025-03-13",
        "Amnesty International criticised Hungary's new media law on Monday.\n\
         The Hungarian government rejected the criticism.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("12") && e.contains("HUNGOV>NGOHRIAMN")),
        "{events:?}"
    );
}

#[test]
fn their_and_them_are_the_group_of_people_named_last() {
    // the group a sentence before named, when this one names none before the pronoun
    let events = article_events(
        "2025-04-10",
        "Police in Lagos arrested twelve opposition activists on Monday.\n\
         Amnesty International demanded their release.",
    );
    assert_events(&events, &["173 NGACOP>NGAOPP", "1053 NGOHRIAMN>NGAOPP"]);
    let events = article_events(
        "2025-04-10",
        "Kenyan doctors went on strike on Monday.\n\
         The government threatened to fire them unless they returned to work.",
    );
    assert_events(&events, &["130 KENGOV>KENHLH"]);
    // in the sentence, "them" is a group named before it that is not its verb's subject
    let events = article_events(
        "2025-04-10",
        "Kenyan doctors went on strike on Monday.\n\
         Nurses said police had beaten them.",
    );
    assert!(
        events.iter().all(|e| !e.ends_with(">KENCOP")),
        "police beat themselves: {events:?}"
    );
}

#[test]
fn a_chinese_name_is_later_mentioned_by_its_family_name() {
    let events = article_events(
        "2025-04-10",
        "Chinese Foreign Minister Wang Yi met Indian officials in Beijing on Tuesday.\n\
         Wang praised Syria's commitment to fighting terrorism.",
    );
    assert_events(&events, &["051 CHNGOV>SYR"]);
}

#[test]
fn the_two_neighbours_are_the_last_two_countries() {
    let events = article_events(
        "2025-04-10",
        "Peru and Chile exchanged fire along the border on Monday.\n\
         Brazil offered to host talks between the two neighbours.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("036 BRA>") && (e.ends_with(">PER") || e.ends_with(">CHL"))),
        "{events:?}"
    );
}

#[test]
fn a_deed_judged_is_the_last_one_by_another_side() {
    // France's own recall comes between Algeria's expulsions and France's judgement of them
    let events = article_events(
        "2025-09-18",
        "Algeria expelled 12 French embassy staff on Tuesday.\n\
         France responded by recalling its ambassador from Algiers.\n\
         The French foreign ministry said the expulsions were unjustified.",
    );
    assert_events(&events, &["161 FRA>DZAGOV", "111 FRAGOV>DZA"]);
}

#[test]
fn words_judged_are_their_authors() {
    let events = article_events(
        "2025-12-10",
        "Turkish President Recep Tayyip Erdogan said Turkey was ready to normalise ties.\n\
         Armenia welcomed his remarks.",
    );
    assert_events(&events, &["051 ARM>TURGOV"]);
}

#[test]
fn a_party_judges_a_court_of_its_own_country() {
    // a state's court and a party are different sides: the party's welcome is the court's
    let events = article_events(
        "2025-02-14",
        "A special court in New Delhi sentenced a former opposition lawmaker on Thursday.\n\
         The ruling Bharatiya Janata Party welcomed the judgment.",
    );
    assert_events(&events, &["051 INDPTY>INDJUD"]);
}

#[test]
fn what_is_alleged_of_a_dated_episode_happened_that_day() {
    let article = article_of(
        "2025-07-02",
        "Philippine police shot dead three suspected drug dealers in Manila on Tuesday.\n\
         Police claimed the suspects had fired at officers.",
    );
    let mentions = Coder::builtin().code_article(&article).mentions;
    let alleged = mentions
        .iter()
        .find(|m| m.status == annals_model::Status::Alleged)
        .expect("an alleged act");
    assert_eq!(
        alleged.date.map(|d| d.to_string()).as_deref(),
        Some("2025-07-01")
    );
}

#[test]
fn a_condemned_attack_is_not_the_judges_own_sides_act() {
    // the president's forces killing the attackers came last, but "the assault" he condemns
    // is the militants' before it
    let events = article_events(
        "2025-06-15",
        "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing 12 people.\n\
         Somali special forces ended the siege on Saturday after killing all four attackers.\n\
         President Hassan Sheikh Mohamud condemned the assault.",
    );
    assert_events(&events, &["111 SOMGOV>SOMREB"]);
    assert!(
        !events.iter().any(|e| e == "111 SOMGOV>SOMMIL"),
        "{events:?}"
    );
}

#[test]
fn condemned_airstrikes_and_executions_are_their_authors() {
    let events = article_events(
        "2025-01-24",
        "Myanmar's military junta carried out airstrikes on a village in Sagaing region on \
         Thursday, killing at least 18 civilians.\n\
         The United Nations has condemned the airstrikes.",
    );
    assert_events(&events, &["111 IGOUNO>MMRGOV"]);
    let events = article_events(
        "2025-01-30",
        "Iran executed two protesters convicted of killing a guard, state media said.\n\
         The European Union condemned the executions.",
    );
    assert_events(&events, &["1823 IRN>---CVL", "111 IGOEUREEC>IRN"]);
}

#[test]
fn the_two_and_the_ministers_are_the_pair_just_named() {
    let events = article_events(
        "2025-06-04",
        "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in \
         Riyadh on Tuesday.\n\
         The two discussed reconstruction.",
    );
    assert_events(&events, &["040 SAUGOV>SYRGOV"]);
    let events = article_events(
        "2025-04-08",
        "Brazilian Foreign Minister Mauro Vieira met his Argentine counterpart in Brasilia on \
         Monday.\n\
         The ministers did not sign a joint statement.",
    );
    assert_events(&events, &["127 BRAGOV>ARGGOV"]);
}

#[test]
fn a_role_of_no_country_is_of_the_one_country_the_article_named() {
    let events = article_events(
        "2025-03-10",
        "Pakistan's Supreme Court ruled on Monday that the detention of 85 protesters was \
         illegal.\n\
         The court ordered the release of the detainees.",
    );
    assert_events(&events, &["0841 PAKJUD>PAKCVL"]);
}

#[test]
fn the_attackers_are_the_armed_group_and_a_gerund_after_after_has_the_main_day() {
    let events = article_events(
        "2025-06-15",
        "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing 12 people.\n\
         Somali special forces ended the siege on Saturday morning after killing all four \
         attackers.",
    );
    assert_events(&events, &["190 SOMMIL>SOMREB"]);
    let article = article_of(
        "2025-06-15",
        "Al-Shabaab militants stormed a hotel in Mogadishu on Friday, killing 12 people.\n\
         Somali special forces ended the siege on Saturday morning after killing all four \
         attackers.",
    );
    let mentions = Coder::builtin().code_article(&article).mentions;
    let kill = mentions
        .iter()
        .find(|m| m.sentence_index == 1)
        .expect("the special forces' killing");
    assert_eq!(
        kill.date.map(|d| d.to_string()).as_deref(),
        Some("2025-06-14")
    );
}

#[test]
fn they_told_of_by_one_speaker_are_the_people_named_before() {
    let events = article_events(
        "2025-05-10",
        "Police in Harare arrested six opposition activists on Thursday.\n\
         Their lawyer said they were beaten in custody.",
    );
    assert_events(&events, &["182 >ZWEOPP"]);
    // (the police telling of what they did themselves)
    let events = article_events(
        "2025-05-10",
        "Police in Harare arrested six opposition activists on Thursday.\n\
         Police said they had recovered weapons.",
    );
    assert_events(&events, &["1711 ZWECOP>"]);
}

#[test]
fn an_attack_named_again_as_a_subject_is_its_authors() {
    let events = article_events(
        "2025-02-27",
        "Israeli jets struck targets near Damascus on Wednesday.\n\
         The strikes wounded two Syrian soldiers.",
    );
    assert_events(&events, &["182 ISRMIL>SYRMIL"]);
    let events = article_events(
        "2025-02-27",
        "Israeli jets struck targets near Damascus on Wednesday.\n\
         The Syrian Defense Ministry said the strikes hit a military research facility and \
         wounded two soldiers.",
    );
    assert_events(&events, &["182 ISRMIL>SYRMIL"]);
}

#[test]
fn a_border_closed_with_a_country_is_closed_to_it() {
    let events = article_events(
        "2025-07-29",
        "Thailand closed the border with Cambodia on Monday.",
    );
    assert_events(&events, &["191 THA>KHM"]);
}

#[test]
fn a_surname_is_the_person_the_article_named_in_full() {
    // not the dictionaries' Rodrigo Duterte; and "Jr." ends a name, not the sentence's words
    let events = article_events(
        "2025-02-06",
        "Lawmakers voted on Wednesday to impeach Vice President Sara Duterte, defying President \
         Ferdinand Marcos Jr. Duterte denied the accusations.",
    );
    assert!(
        events.iter().any(|e| e.starts_with("016 PHLGOV")),
        "{events:?}"
    );
    assert!(
        !events.iter().any(|e| e.starts_with("016 PHLELI")),
        "{events:?}"
    );
}

#[test]
fn a_settlement_the_gazetteer_does_not_know_is_of_the_articles_country() {
    let events = article_events(
        "2025-04-01",
        "Gangs in Haiti have expanded their control in recent months.\n\
         Gang members attacked the town of Mirebalais on Monday.",
    );
    assert_events(&events, &["190 HTICRM>HTI"]);
}

#[test]
fn an_appeal_for_calm_with_no_two_sides_is_to_the_people_of_the_unrest() {
    let events = article_events(
        "2025-08-06",
        "Thousands of students marched through Dhaka on Tuesday demanding justice.\n\
         Interim leader Muhammad Yunus appealed for calm.",
    );
    assert_events(&events, &["025 BGDGOV>BGDEDU"]);
}

#[test]
fn days_between_acts_count_from_the_day_an_earlier_sentence_gave() {
    let dated = article_dates(
        "2025-03-12",
        "Police arrested three opposition activists on Sunday. The arrests came a week after \
         protesters clashed with police in Bamako. A court released the activists two days later.",
    );
    assert_events(
        &dated,
        &[
            "173 Some(\"2025-03-09\")",
            "0841 Some(\"2025-03-11\")",
            "145 Some(\"2025-03-02\")",
        ],
    );
}

#[test]
fn a_leader_who_resigns_on_a_day_is_in_office_that_day() {
    let events = article_events(
        "2010-05-12",
        "Gordon Brown resigned as prime minister on Tuesday. Former prime minister Brown \
         thanked voters.",
    );
    assert!(
        events.iter().any(|e| e.starts_with("0831 GBRGOV>")),
        "{events:?}"
    );
}

#[test]
fn all_sides_and_both_described_neighbours_are_the_two_sides_of_the_last_conflict() {
    let events = article_events(
        "2025-05-08",
        "India struck nine sites in Pakistan on Wednesday. Pakistan shelled Indian positions in \
         Kashmir. The African Union urged all sides to exercise restraint. The UN chief urged \
         both nuclear-armed neighbours to show restraint.",
    );
    assert_events(
        &events,
        &[
            "025 IGOAFRAFU>IND",
            "025 IGOAFRAFU>PAK",
            "020 IGOUNO>IND",
            "020 IGOUNO>PAK",
        ],
    );
}

#[test]
fn a_meeting_takes_no_target_from_a_coordinated_appeal_after_its_place() {
    let events = article_events(
        "2015-07-07",
        "German Chancellor Angela Merkel and French President Francois Hollande met in Paris and \
         called on Athens to submit serious proposals.",
    );
    assert_events(&events, &["040 DEUGOV>FRAGOV", "020 DEUGOV>GRCGOV"]);
    assert!(
        !events
            .iter()
            .any(|e| e.starts_with("040") && e.ends_with("GRCGOV")),
        "{events:?}"
    );
}

#[test]
fn a_surname_as_the_article_wrote_it_is_the_person_it_named() {
    let events = article_events(
        "2024-09-03",
        "A Venezuelan court issued an arrest warrant for opposition candidate Edmundo Gonzalez \
         on Monday. Gonzalez denied the charges.",
    );
    assert!(
        events.iter().any(|e| e.starts_with("016 VENOPP>")),
        "{events:?}"
    );
}

#[test]
fn the_same_day_is_the_day_an_earlier_sentence_gave() {
    let dated = article_dates(
        "2025-03-12",
        "Rebels and the army signed a ceasefire in Goma on Sunday. Hours later, rebels \
         attacked an army post near Goma. Protesters stormed the governor's office in Goma \
         earlier that day.",
    );
    assert_events(
        &dated,
        &[
            "0871 Some(\"2025-03-09\")",
            "190 Some(\"2025-03-09\")",
            "171 Some(\"2025-03-09\")",
        ],
    );
}

#[test]
fn the_two_men_are_the_two_leaders_named_before() {
    let events = article_events(
        "2024-06-21",
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in \
         Ankara on Tuesday.\n\
         The two men signed a defence pact.",
    );
    assert_events(&events, &["057 TURGOV>AZEGOV"]);
}

#[test]
fn an_offer_or_a_delay_named_again_is_its_makers() {
    let events = article_events(
        "2025-03-12",
        "Thai Prime Minister Paetongtarn Shinawatra offered to hold early elections on Monday.\n\
         The protest leaders rejected the offer.",
    );
    assert_events(&events, &["121 THAOPP>THAGOV"]);
}

#[test]
fn words_told_right_after_a_call_between_the_same_sides_were_said_in_it() {
    let dated = article_dates(
        "2024-03-08",
        "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on \
         Tuesday. Erdogan thanked Putin for his support on grain exports, the Turkish \
         presidency said. Separately, Erdogan praised Germany for its stance.",
    );
    assert_eq!(
        dated,
        [
            "041 Some(\"2024-03-05\")",
            "051 Some(\"2024-03-05\")",
            // (other sides: no part of the call)
            "051 Some(\"2024-03-08\")",
        ]
    );
}

#[test]
fn where_a_thing_named_sits_locates_no_roles_and_roles_of_a_sentence_share_a_country() {
    let events = article_events(
        "2022-09-27",
        "Iran summoned the British ambassador on Sunday over coverage by Persian-language \
         media based in London.\n\
         Security forces fired live ammunition at demonstrators in the town of Oshnavieh, \
         rights groups said.",
    );
    assert_events(&events, &["193 IRNCOP>IRNCVL"]);
    assert!(!events.iter().any(|e| e.contains("GBRCOP")), "{events:?}");
}

#[test]
fn a_group_based_in_a_country_is_of_it() {
    let events = article_events(
        "2019-02-14",
        "The Sunni militant group based in Pakistan claimed responsibility for the attack.",
    );
    assert_events(&events, &["015 PAKREB>"]);
}

#[test]
fn a_title_before_a_name_is_that_person_not_the_last_one_in_government() {
    let article = article_of(
        "2016-08-10",
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in St. \
         Petersburg on Tuesday.\n\
         Economy Minister Nihat Zeybekci met Turkish business leaders.",
    );
    let coded = Coder::builtin().code_article(&article);
    let meeting = coded
        .mentions
        .iter()
        .find(|m| m.target.code.to_string() == "TURBUS")
        .expect("the minister's meeting");
    assert_eq!(meeting.source.code.to_string(), "TURGOV");
    assert_eq!(meeting.source.entity.as_deref(), Some("Nihat Zeybekci"));
}

#[test]
fn the_two_leaders_are_not_the_host_named_before_them_and_both_countries_troops_are_two_sides() {
    let events = article_events(
        "2025-08-09",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed \
         a joint declaration at the White House on Friday.\n\
         US President Donald Trump hosted the two leaders.",
    );
    assert_events(&events, &["043 USAGOV>ARMGOV", "043 USAGOV>AZEGOV"]);
    let events = article_events(
        "2019-03-02",
        "India and Pakistan traded accusations on Thursday.\n\
         Troops from both countries exchanged fire along the Line of Control on Friday.",
    );
    assert_events(&events, &["193 INDMIL>PAKMIL"]);
}

#[test]
fn a_judged_act_done_to_someone_is_its_authors() {
    let events = article_events(
        "2021-02-02",
        "Myanmar's military detained Aung San Suu Kyi on Monday.\n\
         U.N. Secretary-General Antonio Guterres strongly condemned the detention of Suu Kyi.",
    );
    assert_events(&events, &["111 IGOUNO>MMRMIL"]);
    let events = article_events(
        "2024-12-02",
        "Georgian police beat protesters in Tbilisi on Sunday.\n\
         The EU's foreign policy chief Kaja Kallas condemned the violence against protesters.",
    );
    assert_events(&events, &["111 IGOEUREEC>GEOCOP"]);
}

#[test]
fn calling_a_deed_told_before_something_judges_its_author() {
    // (a ruling is the court's, though protesters acted since)
    let events = article_events(
        "2021-02-03",
        "A Moscow court jailed Alexei Navalny on Tuesday.\n\
         Hundreds of people protested in Moscow against the ruling.\n\
         British Foreign Secretary Dominic Raab called the ruling perverse.",
    );
    assert_events(&events, &["111 GBRGOV>RUSJUD"]);
    let events = article_events(
        "2023-06-01",
        "Serbia and Kosovo signed an agreement on Monday.\nThe EU called the deal historic.",
    );
    assert_events(&events, &["051 IGOEUREEC>SRB", "051 IGOEUREEC>KSV"]);
}

#[test]
fn a_sentence_opening_he_is_the_last_sentences_subject() {
    let events = article_events(
        "2016-10-21",
        "Philippine President Rodrigo Duterte met Chinese Premier Li Keqiang in Beijing on \
         Thursday.\n\
         He is scheduled to visit Tokyo next week.",
    );
    assert_events(&events, &["042 PHLGOV>JPNGOV"]);
    assert!(
        !events.iter().any(|e| e.starts_with("042 CHNGOV")),
        "{events:?}"
    );
}

#[test]
fn an_organ_of_no_stated_country_is_of_the_country_the_article_is_mostly_about() {
    // (not of the country the last sentence's subject was: Chile is named three times, Peru
    // twice)
    let text = "Chilean President Gabriel Boric left for Peru on Friday after weeks of protests \
         by Chilean students.\n\
         Peru said it had granted asylum to Boric.\n\
         The government declared a state of emergency.";
    let events = article_events("2024-01-27", text);
    assert_events(&events, &["1724 CHLGOV>"]);
    assert!(
        !events.iter().any(|e| e.starts_with("1724 PER")),
        "{events:?}"
    );
}

#[test]
fn a_surname_given_in_full_before_is_an_object_and_him_is_the_person_named_before_it() {
    // ("ordered Lopes held": the surname inside the pattern is its object; "investigate him"
    // in the clause after is Lopes, not the president who spoke in the sentence before)
    let events = article_events(
        "2024-01-25",
        "Chile's Congress removed President Pedro Lopes from office on Wednesday.\n\
         Argentine President Javier Milei said Lopes had been the victim of harassment.\n\
         A judge ordered Lopes held for seven days while prosecutors investigate him for \
         rebellion.",
    );
    assert_events(&events, &["173 CHLJUD>CHLGOV", "090 CHLJUD>CHLGOV"]);
    assert!(!events.iter().any(|e| e.contains(">ARG")), "{events:?}");
}

#[test]
fn the_two_sides_are_the_parties_to_the_last_talks() {
    // (not the countries named so far: Norway hosted, it is no side)
    let events = article_events(
        "2024-01-25",
        "Norway has hosted the process since March.\n\
         Talks between the Chilean government and Chilean rebels ended in Oslo on Tuesday.\n\
         The two sides also agreed to exchange prisoners.",
    );
    assert_events(&events, &["0353 CHLGOV>CHLCVL", "0353 CHLREB>CHLCVL"]);
    assert!(
        !events.iter().any(|e| e.starts_with("0353 NOR")),
        "{events:?}"
    );
}

#[test]
fn they_after_that_is_the_group_opening_the_sentence() {
    // (not the television they appeared on)
    let events = article_events(
        "2024-01-25",
        "Soldiers in Chile detained President Gabriel Boric on Wednesday.\n\
         Late on Wednesday, a group of officers appeared on national television to announce \
         that they had removed him from power.",
    );
    assert_events(&events, &["172 CHLMIL>CHLGOV"]);
    assert!(!events.iter().any(|e| e.contains("MED>")), "{events:?}");
}

#[test]
fn a_role_a_foreign_state_acts_on_is_of_the_country_the_story_is_about() {
    // (a government or treasury acts abroad as often as at home: "the government" the Chilean
    // president urges and the officials the U.S. sanctions are Peru's, the story's country)
    let events = article_events(
        "2024-03-06",
        "Peru's government arrested two opposition leaders in Lima on Monday.\n\
         Peruvian police also raided the offices of an opposition newspaper.\n\
         On Tuesday, the Chilean president condemned the arrests and urged the government \
         to free the prisoners.\n\
         The U.S. Treasury imposed sanctions on seven officials over the arrests.",
    );
    assert_events(&events, &["0253 CHLGOV>PERGOV", "163 USAGOV>PERGOV"]);
    // (but the soldiers a state's own army says were killed are its own)
    let events = article_events(
        "2024-03-06",
        "Peru's government arrested two opposition leaders in Lima on Monday.\n\
         Peruvian police also raided the offices of an opposition newspaper.\n\
         Chile's army said four soldiers were killed in an ambush near the border.",
    );
    assert!(!events.iter().any(|e| e.contains(">PERMIL")), "{events:?}");
}

#[test]
fn a_deed_named_again_is_its_doers_even_with_a_day_or_as_aid() {
    // ("the decision on Sunday": a time, not the side a decision is on; "the support": the
    // giver's)
    let events = article_events(
        "2024-01-23",
        "Chile lifted its sanctions on Norway on Saturday.\n\
         Norwegian Prime Minister Jonas Gahr Store welcomed the decision on Sunday.",
    );
    assert_events(&events, &["051 NORGOV>CHL"]);
    let events = article_events(
        "2024-01-23",
        "Chile pledged $2 billion in aid to Norway on Monday.\n\
         The Norwegian government welcomed the support.",
    );
    assert_events(&events, &["051 NORGOV>CHL"]);
}

#[test]
fn the_court_is_the_international_court_named_before() {
    // (not a court of the country of a side or of the speaker)
    let events = article_events(
        "2024-03-06",
        "Chile filed a case against Peru at the International Court of Justice on Monday.\n\
         Chilean Foreign Minister Alberto van Klaveren asked the court to order Peru to halt \
         the works.",
    );
    assert_events(&events, &["020 CHLGOV>IGOUNOJUDICJ"]);
}

#[test]
fn the_rest_of_the_leads_occasion_is_of_the_leads_day() {
    // (wire copy dates the lead and tells the rest of the occasion with no day; not a
    // perfect, which has a time of its own, nor what is told "separately")
    let dated = article_dates(
        "2024-03-08",
        "Chile and Peru signed a fisheries agreement in Lima on Thursday.\n\
         Chilean President Gabriel Boric was making his first visit to Peru since 2022.\n\
         The two governments also signed a customs accord.\n\
         Norway has mediated talks between the two countries since 2020.\n\
         Separately, Boric praised Argentina for its help.",
    );
    let thursday = "Some(\"2024-03-07\")";
    let friday = "Some(\"2024-03-08\")";
    assert_eq!(
        dated,
        [
            format!("057 {thursday}"),
            format!("057 {thursday}"),
            format!("042 {thursday}"),
            format!("043 {thursday}"),
            format!("057 {thursday}"),
            format!("057 {thursday}"),
            format!("045 {friday}"),
            format!("045 {friday}"),
            format!("046 {friday}"),
            format!("051 {friday}"),
        ]
    );
}

#[test]
fn a_verb_phrase_after_and_has_objects_of_its_own() {
    // (the summit's country is the first visit's; Djibouti the second's)
    let events = article_events(
        "2024-03-06",
        "The Kenyan president attended a summit in Addis Ababa and paid a visit to Djibouti.",
    );
    assert_events(&events, &["042 KENGOV>ETH", "042 KENGOV>DJI"]);
    // (but "attacked and killed" share their object)
    let events = article_events(
        "2024-03-06",
        "Chilean troops attacked and killed two Peruvian soldiers.",
    );
    assert_events(&events, &["190 CHLMIL>PERMIL"]);
}

#[test]
fn the_two_ministers_are_the_persons_of_the_last_agreement() {
    // (not the witness named after them, nor the host of the sentence itself)
    let events = article_events(
        "2024-03-08",
        "Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Javier \
         Gonzalez-Olaechea signed the accord in the presence of Norwegian Foreign Minister \
         Espen Barth Eide.\n\
         Argentine President Javier Milei later hosted the two ministers in Buenos Aires.",
    );
    assert_events(&events, &["043 ARGGOV>CHLGOV", "043 ARGGOV>PERGOV"]);
    assert!(!events.iter().any(|e| e.contains(">NORGOV")), "{events:?}");
}

#[test]
fn an_agreement_named_again_is_its_signers() {
    // (a signing has two sides though coded one way; every act of a sentence told as part of
    // the lead's occasion gets the lead's day)
    let events = article_events(
        "2020-09-16",
        "Chile signed agreements with Peru and Bolivia on Tuesday.\n\
         Argentine President Alberto Fernandez condemned the agreements.",
    );
    assert_events(&events, &["111 ARGGOV>CHL"]);
    let dated = article_dates(
        "2020-09-16",
        "Chile signed agreements with Peru and Bolivia on Tuesday.\n\
         Argentine President Alberto Fernandez condemned the agreements.",
    );
    assert!(
        dated.iter().all(|d| d.ends_with("Some(\"2020-09-15\")")),
        "{dated:?}"
    );
}

#[test]
fn the_two_rivals_are_the_sides_of_the_last_conflict() {
    // (not the countries named last, nor the hosts of the sentence itself)
    let events = article_events(
        "2024-03-08",
        "Chile and Peru clashed along their border on Monday.\n\
         Bolivian President Luis Arce phoned Argentine President Javier Milei on Tuesday.\n\
         Norway hosted talks between the two rivals on Wednesday.",
    );
    assert_events(&events, &["045 NOR>CHL", "045 NOR>PER"]);
    assert!(
        !events
            .iter()
            .any(|e| e.contains("NOR>ARG") || e.contains("NOR>BOL")),
        "{events:?}"
    );
}

#[test]
fn what_a_sentence_also_did_goes_on_with_the_sentence_before() {
    // (not with the lead's day: Peru answered on Thursday what Chile did on Wednesday)
    let dated = article_dates(
        "2024-03-08",
        "Chile expelled two Peruvian diplomats on Wednesday.\n\
         Peru expelled three Chilean diplomats on Thursday.\n\
         Lima also suspended trade with Chile.",
    );
    assert!(
        dated
            .last()
            .is_some_and(|d| d.ends_with("Some(\"2024-03-07\")")),
        "{dated:?}"
    );
}
