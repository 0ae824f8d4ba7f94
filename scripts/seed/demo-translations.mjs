// The demo data's text in the guide's other languages (content-types/src/locales.ts): the names of the
// taxonomies the search filters by (themes, communities, languages, target groups), so that filters speak the
// visitor's language, and a few organisations that wrote their own summary in Turkish or Arabic. All fictional,
// like the rest of the demo data; the taxonomy names are machine-assisted drafts like the dictionaries
// (docs/vertalingen.md). Wijken keep their Dutch names: they are names of places.

const T = (ar, tr, pl, uk, ti) => ({ ar, tr, pl, uk, ti });

export const THEME_NAMES = {
  'taal-en-inburgering': T('اللغة والاندماج', 'Dil ve uyum', 'Język i integracja', 'Мова та інтеграція', 'ቋንቋን ምውህሃድን'),
  'gezondheid-en-zorg': T('الصحة والرعاية', 'Sağlık ve bakım', 'Zdrowie i opieka', 'Здоров’я та догляд', 'ጥዕናን ክንክንን'),
  'opvoeding-en-onderwijs': T('التربية والتعليم', 'Çocuk yetiştirme ve eğitim', 'Wychowanie i edukacja', 'Виховання та освіта', 'ኣተዓባብያን ትምህርትን'),
  'werk-en-inkomen': T('العمل والدخل', 'İş ve gelir', 'Praca i dochód', 'Робота та дохід', 'ስራሕን እቶትን'),
  'geldzaken-en-schulden': T('الأمور المالية والديون', 'Para işleri ve borçlar', 'Finanse i długi', 'Гроші та борги', 'ጉዳያት ገንዘብን ዕዳን'),
  'ontmoeting-en-eenzaamheid': T('اللقاء والوحدة', 'Buluşma ve yalnızlık', 'Spotkania i samotność', 'Зустрічі та самотність', 'ምርኻብን ብሕትውናን'),
  'cultuur-en-feest': T('الثقافة والاحتفالات', 'Kültür ve kutlamalar', 'Kultura i święta', 'Культура та свята', 'ባህልን በዓላትን'),
  'sport-en-bewegen': T('الرياضة والحركة', 'Spor ve hareket', 'Sport i ruch', 'Спорт і рух', 'ስፖርትን ምንቅስቓስን'),
  'geloof-en-zingeving': T('الإيمان والمعنى', 'İnanç ve anlam', 'Wiara i sens życia', 'Віра та сенс', 'እምነትን ትርጉም ሂወትን'),
  'wonen-en-buurt': T('السكن والحي', 'Konut ve mahalle', 'Mieszkanie i okolica', 'Житло та район', 'መንበሪን ከባቢን'),
  radicaliseringspreventie: T('الوقاية من التطرف', 'Radikalleşmenin önlenmesi', 'Zapobieganie radykalizacji', 'Запобігання радикалізації', 'ምክልኻል ጽንፈኝነት'),
  discriminatie: T('التمييز', 'Ayrımcılık', 'Dyskryminacja', 'Дискримінація', 'ኣድልዎ'),
};

export const TARGET_GROUP_NAMES = {
  jongeren: T('الشباب', 'Gençler', 'Młodzież', 'Молодь', 'መንእሰያት'),
  vrouwen: T('النساء', 'Kadınlar', 'Kobiety', 'Жінки', 'ደቀንስትዮ'),
  ouderen: T('كبار السن', 'Yaşlılar', 'Seniorzy', 'Літні люди', 'ኣረጋውያን'),
  gezinnen: T('العائلات', 'Aileler', 'Rodziny', 'Сім’ї', 'ስድራቤታት'),
  nieuwkomers: T('القادمون الجدد', 'Yeni gelenler', 'Nowo przybyli', 'Новоприбулі', 'ሓደስቲ መጻእቲ'),
  mannen: T('الرجال', 'Erkekler', 'Mężczyźni', 'Чоловіки', 'ደቂ ተባዕትዮ'),
  kinderen: T('الأطفال', 'Çocuklar', 'Dzieci', 'Діти', 'ቆልዑ'),
  statushouders: T(
    'اللاجئون الحاصلون على إقامة',
    'Oturma izni olan mülteciler',
    'Uchodźcy z prawem pobytu',
    'Біженці з дозволом на проживання',
    'ፍቓድ መንበሪ ዘለዎም ስደተኛታት',
  ),
};

export const COMMUNITY_NAMES = {
  'marokkaans-nederlands': T('الهولنديون المغاربة', 'Faslı Hollandalılar', 'Marokańscy Holendrzy', 'Марокканські нідерландці', 'ሞሮካውያን ሆላንዳውያን'),
  'turks-nederlands': T('الهولنديون الأتراك', 'Türk Hollandalılar', 'Tureccy Holendrzy', 'Турецькі нідерландці', 'ቱርካውያን ሆላንዳውያን'),
  surinaams: T('السوريناميون', 'Surinamlılar', 'Surinamczycy', 'Суринамці', 'ሱሪናማውያን'),
  antilliaans: T('الأنتيليون', 'Antilliler', 'Antylczycy', 'Антильці', 'ኣንቲላውያን'),
  syrisch: T('السوريون', 'Suriyeliler', 'Syryjczycy', 'Сирійці', 'ሶርያውያን'),
  eritrees: T('الإريتريون', 'Eritreliler', 'Erytrejczycy', 'Еритрейці', 'ኤርትራውያን'),
  somalisch: T('الصوماليون', 'Somalililer', 'Somalijczycy', 'Сомалійці', 'ሶማላውያን'),
  afghaans: T('الأفغان', 'Afganlar', 'Afgańczycy', 'Афганці', 'ኣፍጋናውያን'),
  koerdisch: T('الأكراد', 'Kürtler', 'Kurdowie', 'Курди', 'ኩርዳውያን'),
  pools: T('البولنديون', 'Polonyalılar', 'Polacy', 'Поляки', 'ፖላንዳውያን'),
  oekraiens: T('الأوكرانيون', 'Ukraynalılar', 'Ukraińcy', 'Українці', 'ዩክሬናውያን'),
  ghanees: T('الغانيون', 'Ganalılar', 'Ghańczycy', 'Ганці', 'ጋናውያን'),
  chinees: T('الصينيون', 'Çinliler', 'Chińczycy', 'Китайці', 'ቻይናውያን'),
  iraans: T('الإيرانيون', 'İranlılar', 'Irańczycy', 'Іранці', 'ኢራናውያን'),
  'latijns-amerikaans': T('الأمريكيون اللاتينيون', 'Latin Amerikalılar', 'Latynosi', 'Латиноамериканці', 'ላቲን ኣመሪካውያን'),
  moluks: T('الملوكيون', 'Molukkalılar', 'Molukowie', 'Молуккці', 'ሞሉካውያን'),
};

export const LANGUAGE_NAMES = {
  nederlands: T('الهولندية', 'Felemenkçe', 'niderlandzki', 'нідерландська', 'ሆላንድኛ'),
  engels: T('الإنجليزية', 'İngilizce', 'angielski', 'англійська', 'እንግሊዝኛ'),
  arabisch: T('العربية', 'Arapça', 'arabski', 'арабська', 'ዓረብኛ'),
  turks: T('التركية', 'Türkçe', 'turecki', 'турецька', 'ቱርክኛ'),
  tamazight: T('الأمازيغية', 'Tamazight (Berberice)', 'tamazight (berberyjski)', 'тамазигт (берберська)', 'ታማዚግት (በርበርኛ)'),
  tigrinya: T('التغرينية', 'Tigrinya', 'tigrinia', 'тигринья', 'ትግርኛ'),
  somalisch: T('الصومالية', 'Somalice', 'somalijski', 'сомалійська', 'ሶማልኛ'),
  farsi: T('الفارسية (ودارية)', 'Farsça (Dari dahil)', 'perski (także dari)', 'перська (також дарі)', 'ፋርስኛ (ዳሪ’ውን)'),
  pashto: T('البشتو', 'Peştuca', 'paszto', 'пушту', 'ፓሽቶ'),
  koerdisch: T('الكردية', 'Kürtçe', 'kurdyjski', 'курдська', 'ኩርድኛ'),
  pools: T('البولندية', 'Lehçe', 'polski', 'польська', 'ፖላንድኛ'),
  oekraiens: T('الأوكرانية', 'Ukraynaca', 'ukraiński', 'українська', 'ዩክሬንኛ'),
  russisch: T('الروسية', 'Rusça', 'rosyjski', 'російська', 'ሩስኛ'),
  chinees: T('الصينية (الماندرين)', 'Çince (Mandarin)', 'chiński (mandaryński)', 'китайська (мандаринська)', 'ቻይንኛ (ማንዳሪን)'),
  spaans: T('الإسبانية', 'İspanyolca', 'hiszpański', 'іспанська', 'ስጳንኛ'),
  papiaments: T('البابيامنتو', 'Papiamento', 'papiamento', 'пап’яменто', 'ፓፒያሜንቶ'),
  sranantongo: T('السرانان تونغو', 'Sranan Tongo', 'sranan tongo', 'сранан-тонго', 'ስራናን ቶንጎ'),
  twi: T('التوي', 'Twi', 'twi', 'тві', 'ትዊ'),
};

/**
 * Organisations that wrote their summary in Turkish or Arabic themselves (fictional): each has a word a
 * visitor might search for (`word`), which tests/browser/e2e-i18n.test.ts searches with in that language.
 */
export const OWN_SUMMARIES = {
  'turkse-jongerengroep-handreiking': {
    tr: 'Elinkwijk’teki Türk gençlerinin gayriresmî ağı. Her cuma akşamı buluşuyor, sağlık ve okul hakkında bilgi veriyor, birlikte bağlama çalıyoruz.',
  },
  'vereniging-dadelpalm-overvecht-centrum': {
    tr: 'Overvecht-Centrum’daki Türk yaşlılar derneği. Çay içip sohbet ediyor, sağlık ve emeklilik konularında birbirimize destek oluyoruz.',
  },
  'stichting-syrische-vrouwen-zonnewijzer': {
    ar: 'مؤسسة للنساء السوريات في لانغيراك. نلتقي كل أسبوع لتعلّم الخياطة وتبادل المعلومات عن الصحة والمدارس.',
  },
  'stichting-marokkaanse-gezinnen-korenschoof': {
    ar: 'مؤسسة للعائلات المغربية في دومكفارتير. نساعد في البحث عن عمل ونرافق الآباء إلى المدرسة.',
  },
};

/** Words of OWN_SUMMARIES a search in that language should find the organisation by. */
export const OWN_SUMMARY_WORDS = { tr: ['bağlama', 'turkse-jongerengroep-handreiking'], ar: ['الخياطة', 'stichting-syrische-vrouwen-zonnewijzer'] };

/**
 * `data` (generateDemoData's result) with the text above merged into its name and summary fields.
 * @template T
 * @param {T} data
 * @returns {T}
 */
export function withTranslations(data) {
  const d = /** @type {any} */ (data);
  const names = (list, table) => list.map((item) => (table[item.slug] ? { ...item, name: { ...item.name, ...table[item.slug] } } : item));
  return {
    ...d,
    themes: names(d.themes, THEME_NAMES),
    targetGroups: names(d.targetGroups, TARGET_GROUP_NAMES),
    communities: names(d.communities, COMMUNITY_NAMES),
    languages: names(d.languages, LANGUAGE_NAMES),
    organisations: d.organisations.map((o) => (OWN_SUMMARIES[o.slug] ? { ...o, summary: { ...o.summary, ...OWN_SUMMARIES[o.slug] } } : o)),
  };
}
