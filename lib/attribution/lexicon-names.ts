// Vocabulary of proper names for the attribution analyser: titles, words
// that mark organisations, places and outlets, and capitalised words that are
// never names. Split from lexicon.ts to keep both lists easy to scan.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

// Titles that precede a personal name ("Defence Minister Ana Ruiz").
export const TITLE_WORDS = set(`
  President Vice Prime Minister Secretary Senator Sen Sen. Rep Rep.
  Representative Congressman Congresswoman Gov Gov. Governor Mayor Judge
  Justice Chancellor Commissioner Director Chairman Chairwoman Chair Chief
  Executive CEO CFO COO Ambassador Gen Gen. General Col Col. Lt Lt.
  Lieutenant Sgt Sgt. Sergeant Capt Capt. Captain Adm Adm. Admiral Commander
  Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Rev Rev. Detective Det
  Det. Inspector Officer Deputy Foreign Defence Defense Interior Finance
  Health Economy Trade Attorney Speaker Leader Coach Pope King Queen Prince
  Princess Sheikh Emir Crown Spokesman Spokeswoman Spokesperson Press Agent
  Sheriff Premier Senior Acting Former Councillor Councilman Councilwoman
  Alderman Magistrate Constable Superintendent Manager State Labor Labour
  Education Transport Energy Environment Agriculture Home Security Homeland
  National Treasury Commerce Justice Majority Minority House Whip Head
  Supreme Court Chief Assistant Associate Principal Dean Bishop Archbishop
  Cardinal Imam Rabbi Father Sister Brother Field Marshal Major Private
  Corporal Lord Lady Dame Sir Baroness Baron Secretary-General Director-General
  President-elect Undersecretary Under Envoy Special Counsel Prosecutor
  District Lawyer Solicitor General Auditor Comptroller Controller Treasurer
  Striker Midfielder Goalkeeper Defender Forward Guard Quarterback Manager
  Economist Analyst Strategist Founder Co-founder Chairperson Rapporteur
`);

// Capitalised words that make a name an organisation rather than a person.
export const ORG_WORDS = set(`
  Department Ministry Office Agency Administration Commission Committee
  Council Court Tribunal Parliament Congress Senate Assembly Bureau Service
  Services Authority Authorities Board Bank Fund Reserve Police Army Navy
  Force Forces Guard Command Corps Party Union Association Federation League
  Organization Organisation Institute Foundation University College School
  Hospital Clinic Center Centre Group Corp Corp. Corporation Inc Inc. Ltd
  Ltd. LLC PLC plc Co Co. Company Holdings Industries Technologies Systems
  Motors Airlines Airways Energy Pharmaceuticals Pharma Labs Laboratories
  Partners Capital Bancorp Securities Insurance Club FC Government Cabinet
  Presidency Kremlin Pentagon Elysee Élysée Secretariat Embassy Consulate
  Mission Coalition Alliance Movement Front Campaign Trust Society Watch
  International Initiative Project Directorate Division Unit Squad
  Municipality Inspectorate Regulator Exchange Logistics Foods Media Financial
  Brands Solutions Analytics Robotics Dynamics Aerospace Mining Resources
  Petroleum Oil Gas Steel Chemicals Electric Power Utilities Telecom
  Communications Entertainment Studios Pictures Games Software Networks
  Semiconductor Semiconductors Devices Therapeutics Biosciences Medical
  Healthcare Hospitality Hotels Resorts Properties Realty Construction
  Engineering Manufacturing Automotive Rail Railways Shipping Lines Transit
  Ventures Investments Management Advisors Consulting Works Farms Beverages
  Brewing Apparel Retail Stores Markets Mart Cartel Church Commissioners
  Legislature Caucus Labour Greens Bloc
  Regiment Brigade Battalion Division Fleet Patrol Agency's Taskforce Cooperative
  Airport Port Railway Council's Chamber Academy Museum Library Zoo Team
  Sheriff's United City Rovers Wanderers Athletic Olympic Olympics Prosecutors
  Bar Hall Registry Treasury Tesoro Fed Commonwealth Republic Kingdom
  Protection Enforcement Security Affairs Revenue Customs Immigration Control
  Water Utilities
  Prevention Safety Transportation Aviation Development Conservation Statistics
  Intelligence Investigation Investigations Emergency Weather Meteorological
  Survey Marshals Rescue Housing Planning Parks Sanitation Elections Veterans
`);

// Words that make a capitalised run a place (metonymy for a government).
export const PLACE_WORDS = set(`
  North South East West New Saudi United Arab Hong Kong Sri Lanka Costa Rica
  El Los Las San Santa Sao São Rio Buenos Puerto Arabia Korea Africa Zealand
  Emirates Republic Island Islands Coast County Province Region Valley Bay
  Beach Avenue Square Street Downing Hill Strait Gulf Sea Ocean Mountains
  Lake River Heights Park Capitol Whitehall Washington Moscow Beijing Kyiv
  Kiev Tehran London Paris Berlin Brussels Tokyo Seoul Delhi Ankara Caracas
  Havana Jerusalem Damascus Cairo Riyadh Doha Baghdad Kabul Islamabad Minsk
  Warsaw Rome Madrid Ottawa Canberra Pretoria Nairobi Lagos Abuja Taipei Manila
  Hanoi Bangkok Jakarta Mexico Brasilia Bogota Lima Santiago Quito
`);

// Capitalised words that open sentences or clauses and are never names.
export const CAP_STOPWORDS = set(`
  The A An In On At After Before During For With When While Since Until From
  Despite Amid Following According As Last This That These Those It He She
  They We I You His Her Its Their Our But And Or So Yet Still However
  Meanwhile Earlier Later Also Asked Speaking Under Although Though Because
  If Some Many Most Other Both Each No Not Now Then What Who Why How Where
  Here There One Two Three Accompanied Instead Even Only Just Among Between
  Over About Into Through Against Without Within Once Like Unlike Such
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
  March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Thanksgiving Christmas
  Easter Ramadan Eid Year Day Week Month Today Tomorrow Yesterday Reporting
  Editing Writing Additional Updated Published Posted Photo Image Read
`);

// Outlets named in attributions. Matching ignores a leading "The".
export const OUTLET_NAMES = new Set(
  `Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|Bloomberg News|
  New York Times|Washington Post|Wall Street Journal|Financial Times|CNN|BBC|
  NBC|NBC News|CBS|CBS News|ABC|ABC News|Fox News|MSNBC|NPR|PBS|Politico|Axios|
  Guardian|Times|Telegraph|Economist|Sky News|Al Jazeera|Le Monde|Le Figaro|
  Der Spiegel|Spiegel|El País|El Pais|Nikkei|Kyodo|Xinhua|Yonhap|TASS|Tass|
  Interfax|RIA Novosti|RIA|Haaretz|Times of India|South China Morning Post|
  Globe and Mail|CNBC|Forbes|Fortune|Business Insider|Insider|The Information|
  Semafor|ProPublica|Vox|HuffPost|Daily Mail|Mirror|Independent|Observer|
  Los Angeles Times|Chicago Tribune|USA Today|Newsweek|Atlantic|New Yorker|
  Wired|The Verge|Verge|TechCrunch|Variety|Hollywood Reporter|ESPN|Athletic|
  Deutsche Welle|DW|France 24|RFI|Euronews|ITV|CBC|NHK|Asahi|Yomiuri|Mainichi|
  Jerusalem Post|Times of Israel|Arab News|Anadolu|Al Arabiya|IRNA|Tasnim|Fars|
  KCNA|CCTV|Global Times|People's Daily|Caixin|Kyiv Independent|Meduza|
  Punchbowl News|The Hill|Hill|Daily Beast|Intercept|Bild|Die Zeit|Handelsblatt|
  La Repubblica|ANSA|EFE|Europa Press|dpa|DPA|PTI|ANI|Bernama|Antara|
  Kommersant|Vedomosti|Izvestia|Folha|O Globo|Clarín|Infobae|Sun|Daily Telegraph|
  Irish Times|Straits Times|Sydney Morning Herald|Le Parisien|Libération|
  Corriere della Sera|El Mundo|Politico Europe|Radio Free Europe|Voice of America|VOA|
  Channel 4 News|Huffington Post|Breitbart|Breitbart News|Western Journalism|UPI|United Press International|
  Fox Business|Fox Business Network|Fox News Channel|Fox News Sunday|Meet the Press|Face the Nation|State of the Union|
  Fox and Friends|Good Morning America|Morning Joe|Hardball|Daily Caller|BuzzFeed|BuzzFeed News|National Review|
  Weekly Standard|Washington Examiner|Washington Times|Salon|Slate|Mother Jones|Yahoo News|Des Moines Register|
  Boston Globe|Miami Herald|New York Post|New York Daily News|Daily News|Sirius XM|CNN International|
  NBC Nightly News|Gawker|Right Wing Watch|Toronto Star|CBS This Morning|60 Minutes|Sky|Sky Sports|BBC Sport|beIN Sports|talkSPORT|Information|Al-Monitor|Middle East Eye|Rudaw|Dawn|Mediapart|Le Point`
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean),
);

// Last words that mark a capitalised run as a news outlet ("Lakeside Gazette").
export const OUTLET_SUFFIXES = set(`
  Times Post Journal News Herald Tribune Gazette Telegraph Chronicle Globe Mail
  Express Observer Mirror Magazine Radio Television TV Broadcasting Press Daily
  Inquirer Examiner Courier Dispatch Sentinel Bulletin Monitor Newswire Wire
  Reporter Insider Weekly Online Podcast Review Ledger Star-Tribune Beacon
  Leader-Post Free-Press Show
`);

export const MONTHS = set(`
  january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);
