// The words a business's name is made of, for author-name.ts: trades and qualifiers beyond seo.ts's
// TRADE_WORDS (which also find "<trade> in <City>" inside a comment's text, so they stay narrow),
// the trades that are also surnames or given names, and the places SEO comments name beside a
// trade ("Dentist Leeds", "Dubai Car Rental", «Грузчики Москва», 北京租车). Lists, not rules: the
// rules that read them are in author-name.ts.
import { withCheapLetters } from '../../text/letter-class.ts';

/** Trades and business words counted only in an author's name (regex alternatives, lower case). */
export const NAME_TRADES =
  'electricians?|handyman|handymen|restoration|remodell?ing|removal|removalists?|installations?|installers?|' +
  'detailing|rental|car hire|accountants?|accounting|bookkeeping|chiropractors?|chiropractic|' +
  'orthodontists?|orthodontics|dermatology|clinics|veterinary|vets|physiotherapy|physio|therapy|' +
  'therapists?|counselling|counseling|implants|cosmetic|surgeons?|botox|aesthetics|barbershop|' +
  'tattoo|tattoos|nails|lashes|makeup|bridal|weddings?|videographers?|videography|venues?|interiors?|' +
  'architects?|surveyors?|solar|gutters?|fencing|paving|driveways?|concrete|lawn|gardening|' +
  'arborists?|exterminators?|termite|mold|mould|asbestos|demolition|excavation|scaffolding|skips|' +
  'trucking|freight|couriers?|transfers?|shipping|cargo|transport|transportation|shuttle|charters?|safaris?|' +
  'travel|holidays|hostels?|resorts?|villas|condos|properties|property|realty|notary|translations?|' +
  'translators?|interpreters?|tutoring|training|lessons|yoga|gym|fitness|sauna|dispensary|cannabis|' +
  'marijuana|weed|lenders?|payday|trading|hosting|vpn|iptv|streaming|apk|web|websites?|design|' +
  'designers?|digital|solutions|enterprises|ltd|llc|inc|gmbh|pty|supplies|supply|factory|' +
  'manufacturers?|wholesalers?|bakery|cafe|pizza|sushi|flowers|gifts|jewelry|jewellery|jewelers|' +
  'jewellers|mattress|mattresses|blinds|curtains|shutters|cabinets|countertops|granite|tiles|tiling|' +
  'plastering|drywall|insulation|siding|glazing|cctv|alarms|automotive|tyres|tires|collision|' +
  'dealership|dealers|heating|cooling|boilers?|air conditioning|appliances?|laundry|tailoring|' +
  'alterations|law firm|law office|personal injury|water damage|tree service|tree removal|' +
  'lawn care|car wash|body shop|auto repair|ac repair|self storage';

/**
 * Qualifiers a business puts before its trade ("Affordable", "Reliable", "Emergency",
 * "Professional", "Top Rated"): each one keyword, as "cheap" and "best" are.
 */
export const NAME_QUALIFIERS =
  'affordable|reliable|professional|emergency|certified|licensed|local|trusted|expert|premium|' +
  'luxury|quality|instant|guaranteed|rated|leading|mobile|custom|commercial|residential';

/**
 * Trade words that are also surnames or given names ("Sarah Painter", "George Best", "Robert
 * Service", "Loan Nguyen", "Min-jun Seo", "Tony Quick"): as a name's last word after one other
 * word, never a business by themselves.
 */
export const SURNAME_TRADES = new Set([
  'best',
  'top',
  'sale',
  'free',
  'official',
  'deal',
  'offer',
  'seo',
  'spa',
  'hire',
  'tour',
  'tours',
  'windows',
  'doors',
  'visa',
  'sex',
  'sexy',
  'likes',
  'store',
  'shop',
  'online',
  'garage',
  'storage',
  'salon',
  'studio',
  'painter',
  'painters',
  'builder',
  'builders',
  'tutor',
  'mover',
  'movers',
  'service',
  'loan',
  'loans',
  'cook',
  'baker',
  'barber',
  'mason',
  'carpenter',
  'gardener',
  'local',
  'quick',
  'expert',
  'mobile',
  'custom',
  'design',
  'travel',
  'web',
  'digital',
  'glazing',
  'cafe',
]);

// Places SEO comments name beside a trade: large cities, countries, states and regions in the
// Latin script (lower case). A place alone is nothing ("Paul London", "Jack Dallas"): the rule
// needs a trade beside it.
const PLACES_LATIN =
  'london|manchester|birmingham|leeds|liverpool|glasgow|edinburgh|bristol|sheffield|leicester|' +
  'nottingham|newcastle|cardiff|belfast|dublin|cork|brighton|southampton|portsmouth|coventry|' +
  'oxford|cambridge|york|bradford|wigan|essex|kent|surrey|sussex|yorkshire|lancashire|' +
  'new york|nyc|brooklyn|queens|manhattan|bronx|los angeles|san diego|san francisco|san jose|' +
  'sacramento|oakland|seattle|portland|denver|phoenix|tucson|las vegas|vegas|dallas|houston|austin|' +
  'san antonio|fort worth|el paso|chicago|detroit|boston|philadelphia|pittsburgh|baltimore|' +
  'atlanta|miami|orlando|tampa|jacksonville|charlotte|raleigh|nashville|memphis|louisville|' +
  'indianapolis|columbus|cleveland|cincinnati|milwaukee|minneapolis|st louis|kansas city|omaha|' +
  'oklahoma city|tulsa|albuquerque|salt lake city|boise|honolulu|anchorage|new orleans|' +
  'richmond|virginia beach|new jersey|nj|long island|california|texas|florida|arizona|nevada|' +
  'colorado|ohio|michigan|illinois|georgia|carolina|tennessee|kentucky|alabama|oregon|utah|' +
  'toronto|vancouver|montreal|calgary|edmonton|ottawa|winnipeg|mississauga|brampton|hamilton|' +
  'kelowna|ontario|sydney|melbourne|brisbane|perth|adelaide|gold coast|canberra|auckland|' +
  'wellington|christchurch|dubai|abu dhabi|sharjah|doha|riyadh|jeddah|kuwait|bahrain|muscat|' +
  'karachi|lahore|islamabad|delhi|new delhi|mumbai|bangalore|bengaluru|hyderabad|chennai|kolkata|' +
  'pune|ahmedabad|jaipur|noida|gurgaon|gurugram|dhaka|kathmandu|colombo|singapore|kuala lumpur|' +
  'jakarta|bali|bangkok|phuket|pattaya|manila|cebu|hanoi|saigon|ho chi minh|hong kong|macau|' +
  'shanghai|beijing|shenzhen|guangzhou|tokyo|osaka|seoul|busan|taipei|istanbul|ankara|antalya|' +
  'cairo|lagos|abuja|nairobi|accra|johannesburg|cape town|durban|casablanca|marrakech|tunis|' +
  'paris|lyon|marseille|berlin|munich|hamburg|frankfurt|cologne|vienna|zurich|geneva|' +
  'amsterdam|rotterdam|brussels|antwerp|madrid|barcelona|valencia|seville|malaga|marbella|ibiza|' +
  'lisbon|porto|rome|milan|naples|florence|venice|tuscany|athens|prague|budapest|warsaw|krakow|' +
  'bucharest|sofia|belgrade|zagreb|copenhagen|stockholm|oslo|helsinki|riga|tallinn|' +
  'vilnius|kyiv|kiev|moscow|almaty|astana|tashkent|bishkek|baku|tbilisi|yerevan|' +
  'mexico city|cancun|guadalajara|bogota|medellin|lima|santiago|buenos aires|sao paulo|' +
  'rio de janeiro|uk|usa|uae|ksa|gta|dfw|australia|canada|india|pakistan|nigeria|kenya|' +
  'ireland|scotland|wales|england|malaysia|thailand|philippines|vietnam|indonesia|turkey|' +
  'spain|portugal|italy|france|germany|poland|kazakhstan|uzbekistan|qatar|oman|saudi arabia';

/** A place of PLACES_LATIN as a whole word (or words) in a lower-cased name. */
export const PLACE_LATIN = new RegExp(withCheapLetters(`(?<![\\p{L}])(?:${PLACES_LATIN})(?![\\p{L}])`), 'u');

/**
 * Russian trades, services and qualifiers beyond author-name.ts's first list (stems): a Cyrillic
 * name with one of them is a business («Сантехник на дом», «Клининг Екатеринбург», «Грузчики
 * Москва», «Строительство домов под ключ»). Russian surnames made from them end differently
 * («Плотников»), and the surname test in author-name.ts sets those aside.
 */
export const RUSSIAN_TRADES =
  'сантехник\\p{L}*|перевозк\\p{L}*|электрик\\p{L}*|клининг\\p{L}*|уборк\\p{L}*|вывоз\\p{L}*|грузчик\\p{L}*|переезд\\p{L}*|' +
  'аренд[аы]|прокат|автосервис\\p{L}*|шиномонтаж\\p{L}*|строительств\\p{L}*|отделк\\p{L}*|потолк\\p{L}*|' +
  'мебел[ьи]|кухни|дизайн|фотограф|фотостуди\\p{L}*|свадебн\\p{L}*|салон|парикмахерск\\p{L}*|маникюр|' +
  'массаж|сауна|гостиниц[аы]|отель|хостел|турагентств\\p{L}*|туры|визы|бюро переводов|нотариус|бухгалтери\\p{L}*|' +
  'репетитор|автошкол\\p{L}*|трансфер|пицц[аы]|суши|ресторан|стройматериал\\p{L}*|септик\\p{L}*|' +
  'бурени\\p{L}*|скважин\\p{L}*|кровл\\p{L}*|фасад\\p{L}*|заборы|дезинсекци\\p{L}*|дератизаци\\p{L}*|' +
  'химчистк\\p{L}*|ломбард|скупк\\p{L}*|запчаст\\p{L}*|кондиционер\\p{L}*|отоплени\\p{L}*|' +
  'спецтехник\\p{L}*|вскрыти\\p{L}*|замков|ритуальн\\p{L}*|агентств\\p{L}*|студи[яи]|' +
  'под ключ|на дом|круглосуточн\\p{L}*|срочн\\p{L}*|официальн\\p{L}*|цены';

/**
 * Chinese trades and services beyond author-name.ts's first list: a name with two of them, or one
 * with a city or a seller's qualifier, is a business (深圳网站建设, 东莞物流, 专业翻译服务); one
 * alone is what a reader's handle says too (摄影爱好者, 旅游达人).
 */
export const CHINESE_TRADES =
  /租车|租車|网站建设|網站建設|建站|记账|記賬|会计|會計|摄影|攝影|婚纱|婚紗|翻译|翻譯|物流|快递|快遞|维修|維修|空调|空調|家电|家電|减肥|減肥|美容|整形|医院|醫院|诊所|診所|牙科|律师|律師|咨询|諮詢|培训|培訓|留学|留學|移民|签证|簽證|旅行社|酒店|房产|房產|地产|地產|中介|回收|保险|保險|理财|理財|外汇|外匯|配资|配資|加盟|招商|厂家|廠家|工厂|工廠|设备|設備|机械|機械|科技|传媒|傳媒|广告|廣告|营销|營銷|设计|設計|印刷|包装|包裝|鲜花|鮮花|蛋糕|清洗|疏通|防水|甲醛|搬运|搬運|货运|貨運|租赁|租賃|驾校|駕校|代驾|代駕|二手车|二手車|美甲|纹身|紋身|月嫂|保姆|服务|服務|工作室|有限|集团|集團|seo/gu;

/** Chinese cities and a seller's qualifiers beside a trade: 北京租车, 专业翻译, 减肥药官方. */
export const CHINESE_QUALIFIER =
  /北京|上海|广州|廣州|深圳|杭州|成都|重庆|重慶|天津|武汉|武漢|西安|南京|苏州|蘇州|东莞|東莞|佛山|郑州|鄭州|长沙|長沙|青岛|青島|厦门|廈門|宁波|寧波|合肥|济南|濟南|沈阳|瀋陽|大连|大連|昆明|福州|无锡|無錫|哈尔滨|長春|长春|石家庄|南宁|贵阳|南昌|太原|兰州|香港|澳门|澳門|台北|臺北|专业|專業|官方|正规|正規|24小时|24小時|上门|上門|低价|低價|优惠|優惠|价格|價格|电话|電話|热线|熱線/u;

/** Russian trades and offers (stems) an author's name is a business with (author-name.ts), and a
 * keyword tail's trade (foreign-tail.ts): «ремонт», «услуги», «доставка», «натяжные» … */
export const RUSSIAN_STEMS =
  'купить|куплю|продаж\\p{L}*|продам|дешев\\p{L}*|недорог\\p{L}*|скидк\\p{L}*|услуг\\p{L}*|ремонт|ремонта|компани[яи]|доставк\\p{L}*|займ\\p{L}*|кредит\\p{L}*|казино|ставк\\p{L}*|букмекер\\p{L}*|магазин\\p{L}*|продвижени\\p{L}*|раскрутк\\p{L}*|юрист\\p{L}*|адвокат\\p{L}*|клиник\\p{L}*|стоматолог\\p{L}*|такси|эвакуатор\\p{L}*|грузоперевоз\\p{L}*|натяжн\\p{L}*|окна|двери|бесплатн\\p{L}*';

/** Chinese trades and offers one of which makes an author's name a business (author-name.ts); a
 * keyword tail's trade too (foreign-tail.ts): 公司, 搬家, 装修, 开锁 … */
export const CHINESE_OFFERS =
  /公司|代办|办证|代孕|出售|批发|优惠|官网|娱乐|平台|招聘|装修|搬家|贷款|代写|发票|博彩|彩票|赌场|棋牌|开锁|保洁|家政|推广|优化|代刷|商城|专卖|网店|旗舰店/gu;
