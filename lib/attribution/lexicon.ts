// Word lists for the attribution analyser. Kept in one place so the rules in
// the other modules stay readable and so the vocabulary can grow without
// touching logic. Lists describe news attribution in general (wire style,
// English-language press), not any particular article.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

// Reporting verbs that attribute a claim to whoever is their subject. Only the
// lowercase forms count: capitalised "States" or "Notes" are names, not verbs.
export const SPEECH_VERBS = set(`
  continued said says say saying told tells tell added adds adding noted notes noting
  stated states stating announced announces announcing wrote writes claimed
  claims claiming argued argues arguing insisted insists insisting
  acknowledged acknowledges acknowledging admitted admits admitting confirmed
  confirms confirming denied denies denying maintained maintains maintaining
  declared declares declaring explained explains explaining warned warns
  asserted asserts asserting alleged alleges alleging reported reports
  testified testifies testifying recalled recalls recalling estimated estimates
  predicted predicts contended contends countered counters conceded concedes
  emphasized emphasised emphasizes emphasises stressed stresses stressing
  disclosed discloses replied replies responded tweeted complained complains
  cautioned cautions remarked vowed vows pledged pledges promised promises
  accused accuses blamed blames criticized criticised praised described
  describes urged urges asked agreed threatened threatens objected
  revealed reveals indicated indicates suggested suggests signalled signaled
  hinted anticipated predicted projected forecast observed quipped
  announced reiterated reiterates clarified boasted lamented mused wondered telling
  calling called questioned doubted argue claim insist warn note acknowledge
  concluded concludes conclude
  admit contend allege estimate predict fear worry worries quoted
  believe believes believed think thinks expect expects posted requested
  demanded identified identifies recommends recommended recommend commented
  comments raised voiced expressed
  endorsed endorses opposed retweeted blasted blasts applauded slammed slams
  mocked touted touts reminisced echoed apologized defended dismissed rejected
  answered exclaimed confessed writing
  proposed proposes supports advocates ruled lambasted assailed condemned
  denounced hailed touted pointed
`);

// Verbs that only attribute when followed by "that"; with a noun object they
// usually describe an action ("anticipated the storm"), not a claim.
export const THAT_ONLY_VERBS = set(`
  revealed reveals indicated indicates suggested suggests signalled signaled
  hinted anticipated predicted projected forecast observed agreed believes
  believed expects expected hopes fears feared thinks thought knows understands
  questioned doubted believe think expect fear worry worries requested demanded
  concluded concludes conclude
`);

// Verbs whose subject is a document or a data set ("records show").
export const EVIDENTIAL_VERBS = set(`
  show shows showed shown reveal reveals revealed indicate indicates indicated
  found finds find suggest suggests suggested detail details detailed list
  lists listed describe describes described state states stated say says said
  allege alleges alleged cite cites cited confirm confirms confirmed note notes
  noted outline outlines outlined documented estimate estimates estimated put puts identified identifies identify
  quotes propose proposes proposed recommend recommends recommended warns
  warned envisages envisaged calls followed tracked analyzed analysed examined
  surveyed reviewed compared measured
`);

// Participles that hang off the main clause: "..., adding that ...".
export const PARTICIPLES = set(`
  adding saying noting stating claiming arguing insisting acknowledging
  admitting confirming denying maintaining declaring explaining warning
  asserting alleging testifying recalling stressing emphasizing emphasising
  announcing describing accusing blaming urging promising vowing pledging
  telling calling writing
`);

// Words that may sit between a subject and its reporting verb.
export const AUX_ADVERBS = set(`
  has have had was were is are will would also later previously earlier
  separately repeatedly publicly privately recently again further then often
  frequently once already first initially subsequently reportedly long
  similarly likewise meanwhile last year month week had've ve 's s never
  consistently flatly firmly strongly bluntly quickly immediately since
  has'nt himself herself itself themselves both all each now just
`);

export const AUXILIARIES = set(`
  is was were are be been being has have had will would could can may might
  should must did does do shall isn't wasn't weren't aren't hasn't haven't
  hadn't won't wouldn't couldn't can't didn't doesn't don't
`);

// Words that end a subject noun phrase when walking backwards from a verb.
export const CLAUSE_STOPS = set(`
  that which but because while when if although though so where whether
  after before since until than whereas unless once whom whose yet nor what
  how why
  says said told added noted according
`);

export const DETERMINERS = set(`
  the a an this that these those his her its their our my your some any no
  several many few each every both all other another such one two three four
  five six seven eight nine ten multiple numerous various more most at least
  dozens hundreds
`);

export const INDEFINITE = set(`
  a an one two three four five six seven eight nine ten several some many
  multiple numerous various few other another dozens hundreds more at least
  four nearly about around two-thirds
`);

// Words that attach a modifier to the head noun inside a source phrase.
export const PHRASE_CONNECTORS = set(`
  of in from by with to at for on about into who that which cited quoted
  provided obtained reviewed seen released published filed familiar close
  knowledgeable briefed involved working based speaking authorized authorised
  and or within among near inside outside over under across between
  was were is are had has been not permitted allowed
`);

export const PREPOSITIONS = set(`
  of in from by with to at for on about into within among near inside over
  under across between during after before since until against through
  without toward towards upon via per amid despite
`);

// Head nouns naming unnamed individuals: anonymous unless a name is attached.
export const UNNAMED_PEOPLE = set(`
  official officials source sources people person persons aide aides adviser
  advisers advisor advisors diplomat diplomats insider insiders employee
  employees staffer staffers staff worker workers member members lawmaker
  lawmakers legislator legislators executive executives analyst analysts
  expert experts economist economists witness witnesses resident residents
  neighbor neighbors neighbour neighbours observer observers critic critics
  supporter supporters opponent opponents activist activists colleague
  colleagues friend friends relative relatives associate associates soldier
  soldiers doctor doctors nurse nurses teacher teachers parent parents student
  students farmer farmers trader traders dealer dealers banker bankers
  investor investors negotiator negotiators mediator mediators participant
  participants attendee attendees individual individuals man woman men women
  someone insider confidant confidants acquaintance acquaintances contractor
  contractors consultant consultants operative operatives agent agents
  passenger passengers survivor survivors fan fans voter voters shopper
  shoppers driver drivers customer customers user users researcher researchers
  scientist scientists official's donor donors organiser organizers mothers
  fathers delegate delegates envoys ally allies loyalists backers republicans
  charities groups organizations organisations ngos campaigners
  democrats conservatives tories liberals progressives moderates hardliners
  insiders figures
`);

// Head nouns naming an institution speaking for itself.
export const INSTITUTION_NOUNS = set(`
  government ministry department agency administration company firm group
  bank police authorities authority prosecutors prosecution investigators
  regulator regulators commission committee council court army military navy
  embassy office campaign party union league club team university hospital
  district city county state board spokesperson spokesman spokeswoman
  spokespeople spokespersons presidency palace coalition organizers organisers
  operator airline carrier manufacturer automaker carmaker retailer insurer
  lender utility developer startup maker producer supplier exchange fund
  watchdog cabinet parliament legislature secretariat sheriff's statement
  statements communique communiqué announcement management employer
  ministries governments companies agencies firms banks lawyers
  attorneys counsel representatives representative defense defence
  organization organisation institute foundation charity association center centre tribunal bureau
  observatory
  federation network broadcaster's school schools prison service services
  officers firefighters paramedics rescuers coastguard guard forces
  airport port operator's municipality mayor's governor's president's
  minister's manufacturer's brand chain conglomerate giant subsidiary unit
  division body organisers' consortium junta regime kremlin pentagon
  authorities' officials' delegation mission publisher publishers railroad
  railway operator troopers deputies
`);

// Document-like sources. Only lowercase forms: "Survey" in "Geological
// Survey" is an institution, "survey" is a document.
export const DOCUMENT_NOUNS = set(`
  document documents record records filing filings file files memo memos note
  memorandum email emails e-mail e-mails letter letters transcript transcripts
  report reports data figures statistics study studies survey surveys poll
  polls polling average averages video videos audit audits indictment indictments complaint complaints lawsuit
  lawsuits suit ruling rulings judgment judgement affidavit affidavits contract
  contracts minutes papers paperwork notes spreadsheet spreadsheets invoice
  invoices receipts logs log footage recording recordings messages texts
  analysis assessment review investigation inquiry probe motion motions
  petition warrant warrants subpoena citation citations registry register
  database filing's court-filings dossier cables cable budget accounts
  disclosures disclosure prospectus manifest testimony summary draft drafts
  photographs images screenshots evidence chart charts tally census results
  findings projections forecasts estimates bill bills legislation law laws
  treaty proposal notice notices bulletin advisory website webpage policy policies
  guidelines rules regulations agreement statute bylaws manual handbook
`);

// Lowercase roles that usually stand for one identifiable person.
export const TITLE_NOUNS = set(`
  minister president senator governor mayor judge chancellor secretary
  ambassador general commissioner director chairman chairwoman chair ceo coach
  manager premier leader sheriff chief justice congressman congresswoman
  candidate captain striker midfielder goalkeeper defender forward founder
  professor author novelist detective actor singer king queen prince pope
  owner defendant plaintiff suspect victim widow husband wife son daughter
  brother sister mother father envoy prosecutor treasurer auditor principal
  superintendent commander colonel lieutenant sergeant administrator head
  president-elect vice-president cfo coo cto chairperson rapporteur
`);

export const STATEMENT_NOUNS = set(`
  statement statements communique communiqué announcement release readout post
`);

export const OUTLET_NOUNS = set(`
  newspaper newspapers broadcaster broadcasters outlet outlets magazine
  tabloid daily weekly agency network channel station website site paper
  media press podcast newswire wire
`);

// Context words the learned re-typer sees when present in an attributed
// sentence (retyper.ts): channels, media, papers and political settings.
export const RETYPER_CONTEXT = set(`
  interview interviewed told tweet tweeted twitter facebook post posted statement
  rally debate show radio television tv network letter wrote report reported
  reports poll polls survey filing court lawsuit campaign spokesman spokeswoman
  aide aides official officials sources familiar anonymity according website
  speech conference release program hosted host anchor appearance
  appeared newspaper magazine column op-ed editorial book memo email emails
  data study analysis records documents said told added
`);

export * from "./lexicon-names";
