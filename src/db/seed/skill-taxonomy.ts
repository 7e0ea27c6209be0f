import type { SkillSeed } from './skill-taxonomy.types.js';

/**
 * Skill taxonomy seed: five category roots, then a tree of Wikimedia skills
 * (category → broad skill → narrower skill). Parents always precede children.
 * Wikidata ids are given only where the item is certain.
 */
export const skillTaxonomy: SkillSeed[] = [
  // Category roots
  {
    slug: 'technical',
    parent: null,
    labels: { en: 'Technical', hi: 'तकनीकी', bn: 'প্রযুক্তিগত', ar: 'التقنية', es: 'Técnico', fr: 'Technique' },
  },
  {
    slug: 'editing',
    parent: null,
    labels: { en: 'On-wiki editing', hi: 'विकि पर संपादन', bn: 'উইকিতে সম্পাদনা', ar: 'التحرير على الويكي', es: 'Edición en la wiki', fr: 'Édition sur le wiki' },
  },
  {
    slug: 'organizational',
    parent: null,
    labels: { en: 'Organizational', hi: 'संगठनात्मक', bn: 'সাংগঠনিক', ar: 'التنظيم', es: 'Organización', fr: 'Organisation' },
  },
  {
    slug: 'governance',
    parent: null,
    labels: { en: 'Governance', hi: 'शासन व्यवस्था', bn: 'শাসনব্যবস্থা', ar: 'الحوكمة', es: 'Gobernanza', fr: 'Gouvernance' },
  },
  {
    slug: 'communication',
    parent: null,
    labels: { en: 'Communication', hi: 'संचार', bn: 'যোগাযোগ', ar: 'التواصل', es: 'Comunicación', fr: 'Communication' },
  },

  // Technical
  {
    slug: 'lua-modules',
    parent: 'technical',
    wikidata: 'Q207316',
    labels: { en: 'Lua and Scribunto modules', hi: 'Lua और Scribunto मॉड्यूल', bn: 'Lua ও Scribunto মডিউল', ar: 'وحدات Lua وScribunto', es: 'Módulos Lua y Scribunto', fr: 'Modules Lua et Scribunto' },
  },
  {
    slug: 'lua-debugging',
    parent: 'lua-modules',
    labels: { en: 'Lua debugging', hi: 'Lua डिबगिंग', bn: 'Lua ডিবাগিং', ar: 'تنقيح أخطاء Lua', es: 'Depuración de Lua', fr: 'Débogage Lua' },
  },
  {
    slug: 'module-translation',
    parent: 'lua-modules',
    labels: { en: 'Module translation across wikis', hi: 'विकियों में मॉड्यूल अनुवाद', bn: 'উইকিজুড়ে মডিউল অনুবাদ', ar: 'ترجمة الوحدات بين الويكيات', es: 'Traducción de módulos entre wikis', fr: 'Traduction de modules entre wikis' },
  },
  {
    slug: 'templates',
    parent: 'technical',
    labels: { en: 'Templates', hi: 'साँचे', bn: 'টেমপ্লেট', ar: 'القوالب', es: 'Plantillas', fr: 'Modèles' },
  },
  {
    slug: 'infoboxes',
    parent: 'templates',
    labels: { en: 'Infoboxes', hi: 'ज्ञानसन्दूक', bn: 'তথ্যছক', ar: 'صناديق المعلومات', es: 'Fichas', fr: 'Infobox' },
  },
  {
    slug: 'template-localisation',
    parent: 'templates',
    labels: { en: 'Template localisation', hi: 'साँचों का स्थानीयकरण', bn: 'টেমপ্লেট স্থানীয়করণ', ar: 'توطين القوالب', es: 'Localización de plantillas', fr: 'Localisation de modèles' },
  },
  {
    slug: 'templatedata',
    parent: 'templates',
    labels: { en: 'TemplateData documentation', hi: 'TemplateData प्रलेखन', bn: 'TemplateData নথিপত্র', ar: 'توثيق TemplateData', es: 'Documentación con TemplateData', fr: 'Documentation TemplateData' },
  },
  {
    slug: 'bots',
    parent: 'technical',
    labels: { en: 'Bots', hi: 'बॉट', bn: 'বট', ar: 'البوتات', es: 'Bots', fr: 'Bots' },
  },
  {
    slug: 'pywikibot',
    parent: 'bots',
    labels: { en: 'Pywikibot', hi: 'Pywikibot', bn: 'Pywikibot', ar: 'Pywikibot', es: 'Pywikibot', fr: 'Pywikibot' },
  },
  {
    slug: 'autowikibrowser',
    parent: 'bots',
    labels: { en: 'AutoWikiBrowser', hi: 'AutoWikiBrowser', bn: 'AutoWikiBrowser', ar: 'AutoWikiBrowser', es: 'AutoWikiBrowser', fr: 'AutoWikiBrowser' },
  },
  {
    slug: 'gadgets-user-scripts',
    parent: 'technical',
    labels: { en: 'Gadgets and user scripts', hi: 'गैजेट और सदस्य स्क्रिप्ट', bn: 'গ্যাজেট ও ব্যবহারকারী স্ক্রিপ্ট', ar: 'الإضافات وسكربتات المستخدم', es: 'Accesorios y scripts de usuario', fr: 'Gadgets et scripts utilisateur' },
  },
  {
    slug: 'css-skins',
    parent: 'gadgets-user-scripts',
    labels: { en: 'CSS and skins', hi: 'CSS और स्किन', bn: 'CSS ও স্কিন', ar: 'CSS والواجهات', es: 'CSS y apariencias', fr: 'CSS et habillages' },
  },
  {
    slug: 'mediawiki-api',
    parent: 'technical',
    labels: { en: 'MediaWiki API', hi: 'मीडियाविकि API', bn: 'মিডিয়াউইকি API', ar: 'واجهة برمجة ميدياويكي', es: 'API de MediaWiki', fr: 'API MediaWiki' },
  },
  {
    slug: 'wikidata',
    parent: 'technical',
    wikidata: 'Q2013',
    labels: { en: 'Wikidata', hi: 'विकिडेटा', bn: 'উইকিউপাত্ত', ar: 'ويكي بيانات', es: 'Wikidata', fr: 'Wikidata' },
  },
  {
    slug: 'sparql',
    parent: 'wikidata',
    wikidata: 'Q54871',
    labels: { en: 'SPARQL queries', hi: 'SPARQL क्वेरी', bn: 'SPARQL কোয়েরি', ar: 'استعلامات SPARQL', es: 'Consultas SPARQL', fr: 'Requêtes SPARQL' },
  },
  {
    slug: 'wikidata-query-service',
    parent: 'wikidata',
    labels: { en: 'Wikidata Query Service', hi: 'विकिडेटा क्वेरी सेवा', bn: 'উইকিউপাত্ত কোয়েরি সেবা', ar: 'خدمة استعلام ويكي بيانات', es: 'Servicio de consultas de Wikidata', fr: 'Service de requête Wikidata' },
  },
  {
    slug: 'wikidata-lexemes',
    parent: 'wikidata',
    labels: { en: 'Wikidata lexemes', hi: 'विकिडेटा लेक्सीम', bn: 'উইকিউপাত্ত লেক্সিম', ar: 'الوحدات المعجمية في ويكي بيانات', es: 'Lexemas de Wikidata', fr: 'Lexèmes Wikidata' },
  },
  {
    slug: 'wikicite',
    parent: 'wikidata',
    labels: { en: 'WikiCite', hi: 'WikiCite', bn: 'WikiCite', ar: 'WikiCite', es: 'WikiCite', fr: 'WikiCite' },
  },
  {
    slug: 'quickstatements',
    parent: 'wikidata',
    labels: { en: 'QuickStatements', hi: 'QuickStatements', bn: 'QuickStatements', ar: 'QuickStatements', es: 'QuickStatements', fr: 'QuickStatements' },
  },
  {
    slug: 'openrefine',
    parent: 'wikidata',
    labels: { en: 'OpenRefine', hi: 'OpenRefine', bn: 'OpenRefine', ar: 'OpenRefine', es: 'OpenRefine', fr: 'OpenRefine' },
  },
  {
    slug: 'listeria',
    parent: 'wikidata',
    labels: { en: 'Listeria lists', hi: 'Listeria सूचियाँ', bn: 'Listeria তালিকা', ar: 'قوائم Listeria', es: 'Listas de Listeria', fr: 'Listes Listeria' },
  },
  {
    slug: 'wikidata-modelling',
    parent: 'wikidata',
    labels: { en: 'Wikidata data modelling', hi: 'विकिडेटा डेटा मॉडलिंग', bn: 'উইকিউপাত্তে ডেটা মডেলিং', ar: 'نمذجة البيانات في ويكي بيانات', es: 'Modelado de datos en Wikidata', fr: 'Modélisation des données Wikidata' },
  },
  {
    slug: 'wikimedia-cloud-services',
    parent: 'technical',
    labels: { en: 'Wikimedia Cloud Services', hi: 'विकिमीडिया क्लाउड सेवाएँ', bn: 'উইকিমিডিয়া ক্লাউড সেবা', ar: 'خدمات ويكيميديا السحابية', es: 'Wikimedia Cloud Services', fr: 'Services cloud de Wikimedia' },
  },
  {
    slug: 'toolforge',
    parent: 'wikimedia-cloud-services',
    labels: { en: 'Toolforge', hi: 'Toolforge', bn: 'Toolforge', ar: 'Toolforge', es: 'Toolforge', fr: 'Toolforge' },
  },
  {
    slug: 'paws',
    parent: 'wikimedia-cloud-services',
    labels: { en: 'PAWS (Jupyter notebooks)', hi: 'PAWS (Jupyter नोटबुक)', bn: 'PAWS (Jupyter নোটবুক)', ar: 'PAWS (دفاتر Jupyter)', es: 'PAWS (cuadernos Jupyter)', fr: 'PAWS (notebooks Jupyter)' },
  },
  {
    slug: 'quarry',
    parent: 'wikimedia-cloud-services',
    labels: { en: 'Quarry and SQL', hi: 'Quarry और SQL', bn: 'Quarry ও SQL', ar: 'Quarry و SQL', es: 'Quarry y SQL', fr: 'Quarry et SQL' },
  },
  {
    slug: 'programming',
    parent: 'technical',
    labels: { en: 'Programming', hi: 'प्रोग्रामिंग', bn: 'প্রোগ্রামিং', ar: 'البرمجة', es: 'Programación', fr: 'Programmation' },
  },
  {
    slug: 'javascript',
    parent: 'programming',
    wikidata: 'Q2005',
    labels: { en: 'JavaScript', hi: 'JavaScript', bn: 'JavaScript', ar: 'JavaScript', es: 'JavaScript', fr: 'JavaScript' },
  },
  {
    slug: 'python',
    parent: 'programming',
    wikidata: 'Q28865',
    labels: { en: 'Python', hi: 'Python', bn: 'Python', ar: 'Python', es: 'Python', fr: 'Python' },
  },
  {
    slug: 'php',
    parent: 'programming',
    wikidata: 'Q59',
    labels: { en: 'PHP', hi: 'PHP', bn: 'PHP', ar: 'PHP', es: 'PHP', fr: 'PHP' },
  },
  {
    slug: 'regular-expressions',
    parent: 'programming',
    labels: { en: 'Regular expressions', hi: 'रेगुलर एक्सप्रेशन', bn: 'রেগুলার এক্সপ্রেশন', ar: 'التعابير النمطية', es: 'Expresiones regulares', fr: 'Expressions régulières' },
  },
  {
    slug: 'mediawiki-development',
    parent: 'technical',
    wikidata: 'Q83',
    labels: { en: 'MediaWiki development', hi: 'मीडियाविकि विकास', bn: 'মিডিয়াউইকি ডেভেলপমেন্ট', ar: 'تطوير ميدياويكي', es: 'Desarrollo de MediaWiki', fr: 'Développement MediaWiki' },
  },
  {
    slug: 'extension-development',
    parent: 'mediawiki-development',
    labels: { en: 'Extension development', hi: 'एक्सटेंशन विकास', bn: 'এক্সটেনশন ডেভেলপমেন্ট', ar: 'تطوير الامتدادات', es: 'Desarrollo de extensiones', fr: 'Développement d\'extensions' },
  },
  {
    slug: 'gerrit-code-review',
    parent: 'mediawiki-development',
    labels: { en: 'Gerrit and code review', hi: 'Gerrit और कोड समीक्षा', bn: 'Gerrit ও কোড পর্যালোচনা', ar: 'Gerrit ومراجعة الشيفرة', es: 'Gerrit y revisión de código', fr: 'Gerrit et revue de code' },
  },
  {
    slug: 'phabricator',
    parent: 'mediawiki-development',
    labels: { en: 'Phabricator and bug reporting', hi: 'Phabricator और बग रिपोर्टिंग', bn: 'Phabricator ও বাগ রিপোর্টিং', ar: 'Phabricator والإبلاغ عن العلل', es: 'Phabricator y reporte de errores', fr: 'Phabricator et signalement de bugs' },
  },
  {
    slug: 'mediawiki-sysadmin',
    parent: 'mediawiki-development',
    labels: { en: 'Running a MediaWiki site', hi: 'मीडियाविकि साइट चलाना', bn: 'মিডিয়াউইকি সাইট পরিচালনা', ar: 'تشغيل موقع ميدياويكي', es: 'Administrar un sitio MediaWiki', fr: 'Administration d\'un site MediaWiki' },
  },
  {
    slug: 'wikifunctions',
    parent: 'technical',
    labels: { en: 'Wikifunctions', hi: 'विकिफ़ंक्शन्स', bn: 'উইকিফাংশন্স', ar: 'Wikifunctions', es: 'Wikifunctions', fr: 'Wikifunctions' },
  },
  {
    slug: 'accessibility',
    parent: 'technical',
    labels: { en: 'Accessibility', hi: 'सुगम्यता', bn: 'অভিগম্যতা', ar: 'إمكانية الوصول', es: 'Accesibilidad', fr: 'Accessibilité' },
  },
  {
    slug: 'data-visualisation',
    parent: 'technical',
    labels: { en: 'Data visualisation', hi: 'डेटा विज़ुअलाइज़ेशन', bn: 'ডেটা ভিজ্যুয়ালাইজেশন', ar: 'التمثيل المرئي للبيانات', es: 'Visualización de datos', fr: 'Visualisation de données' },
  },
  {
    slug: 'charts-extension',
    parent: 'data-visualisation',
    labels: { en: 'Charts extension', hi: 'Charts एक्सटेंशन', bn: 'Charts এক্সটেনশন', ar: 'امتداد Charts', es: 'Extensión Charts', fr: 'Extension Charts' },
  },
  {
    slug: 'kartographer-maps',
    parent: 'data-visualisation',
    labels: { en: 'Maps with Kartographer', hi: 'Kartographer से नक्शे', bn: 'Kartographer দিয়ে মানচিত্র', ar: 'الخرائط باستخدام Kartographer', es: 'Mapas con Kartographer', fr: 'Cartes avec Kartographer' },
  },
  {
    slug: 'offline-access',
    parent: 'technical',
    labels: { en: 'Kiwix and offline access', hi: 'Kiwix और ऑफ़लाइन पहुँच', bn: 'Kiwix ও অফলাইন ব্যবহার', ar: 'Kiwix والوصول دون اتصال', es: 'Kiwix y acceso sin conexión', fr: 'Kiwix et accès hors ligne' },
  },

  // On-wiki editing
  {
    slug: 'counter-vandalism',
    parent: 'editing',
    labels: { en: 'Counter-vandalism', hi: 'बर्बरता से निपटना', bn: 'ধ্বংসপ্রবণতা প্রতিরোধ', ar: 'مكافحة التخريب', es: 'Lucha contra el vandalismo', fr: 'Lutte contre le vandalisme' },
  },
  {
    slug: 'huggle',
    parent: 'counter-vandalism',
    labels: { en: 'Huggle', hi: 'Huggle', bn: 'Huggle', ar: 'Huggle', es: 'Huggle', fr: 'Huggle' },
  },
  {
    slug: 'swviewer',
    parent: 'counter-vandalism',
    labels: { en: 'SWViewer', hi: 'SWViewer', bn: 'SWViewer', ar: 'SWViewer', es: 'SWViewer', fr: 'SWViewer' },
  },
  {
    slug: 'abuse-filters',
    parent: 'counter-vandalism',
    labels: { en: 'Abuse filters', hi: 'दुरुपयोग फ़िल्टर', bn: 'অপব্যবহার ছাঁকনি', ar: 'مرشحات الإساءة', es: 'Filtros antiabusos', fr: 'Filtres anti-abus' },
  },
  {
    slug: 'patrolling',
    parent: 'editing',
    labels: { en: 'Patrolling', hi: 'गश्त', bn: 'টহল', ar: 'مراجعة التعديلات', es: 'Patrullaje', fr: 'Patrouille' },
  },
  {
    slug: 'new-page-patrol',
    parent: 'patrolling',
    labels: { en: 'New page patrol', hi: 'नए पृष्ठों की गश्त', bn: 'নতুন পাতা টহল', ar: 'مراجعة الصفحات الجديدة', es: 'Patrullaje de páginas nuevas', fr: 'Patrouille des nouvelles pages' },
  },
  {
    slug: 'recent-changes-patrol',
    parent: 'patrolling',
    labels: { en: 'Recent changes patrol', hi: 'हाल के बदलावों की गश्त', bn: 'সাম্প্রতিক পরিবর্তন টহল', ar: 'مراقبة أحدث التغييرات', es: 'Patrullaje de cambios recientes', fr: 'Patrouille des modifications récentes' },
  },
  {
    slug: 'commons',
    parent: 'editing',
    wikidata: 'Q565',
    labels: { en: 'Wikimedia Commons', hi: 'विकिमीडिया कॉमन्स', bn: 'উইকিমিডিয়া কমন্স', ar: 'ويكيميديا كومنز', es: 'Wikimedia Commons', fr: 'Wikimedia Commons' },
  },
  {
    slug: 'commons-upload-tools',
    parent: 'commons',
    labels: { en: 'Commons upload tools', hi: 'कॉमन्स अपलोड उपकरण', bn: 'কমন্স আপলোড সরঞ্জাম', ar: 'أدوات الرفع إلى كومنز', es: 'Herramientas de subida a Commons', fr: 'Outils de téléversement sur Commons' },
  },
  {
    slug: 'structured-data-commons',
    parent: 'commons',
    labels: { en: 'Structured data on Commons', hi: 'कॉमन्स पर संरचित डेटा', bn: 'কমন্সে কাঠামোবদ্ধ তথ্য', ar: 'البيانات المهيكلة في كومنز', es: 'Datos estructurados en Commons', fr: 'Données structurées sur Commons' },
  },
  {
    slug: 'commons-categorisation',
    parent: 'commons',
    labels: { en: 'Commons categorisation', hi: 'कॉमन्स पर श्रेणीकरण', bn: 'কমন্সে বিষয়শ্রেণীকরণ', ar: 'التصنيف في كومنز', es: 'Categorización en Commons', fr: 'Catégorisation sur Commons' },
  },
  {
    slug: 'photography',
    parent: 'commons',
    wikidata: 'Q11633',
    labels: { en: 'Photography', hi: 'फ़ोटोग्राफ़ी', bn: 'আলোকচিত্রগ্রহণ', ar: 'التصوير الفوتوغرافي', es: 'Fotografía', fr: 'Photographie' },
  },
  {
    slug: 'wiki-markup',
    parent: 'editing',
    labels: { en: 'Wiki markup (wikitext)', hi: 'विकि मार्कअप (विकिटेक्स्ट)', bn: 'উইকি মার্কআপ (উইকিটেক্সট)', ar: 'ترميز الويكي (نص الويكي)', es: 'Marcado wiki (wikitexto)', fr: 'Syntaxe wiki (wikicode)' },
  },
  {
    slug: 'wikitext-tables',
    parent: 'wiki-markup',
    labels: { en: 'Wikitext tables', hi: 'विकिटेक्स्ट में तालिकाएँ', bn: 'উইকিটেক্সটে সারণি', ar: 'الجداول في نص الويكي', es: 'Tablas en wikitexto', fr: 'Tableaux en wikicode' },
  },
  {
    slug: 'visualeditor',
    parent: 'editing',
    labels: { en: 'VisualEditor', hi: 'विज़ुअल एडिटर', bn: 'ভিজ্যুয়াল এডিটর', ar: 'المحرر المرئي', es: 'Editor visual', fr: 'Éditeur visuel' },
  },
  {
    slug: 'content-translation',
    parent: 'editing',
    labels: { en: 'Content Translation', hi: 'सामग्री अनुवाद', bn: 'বিষয়বস্তু অনুবাদ', ar: 'ترجمة المحتوى', es: 'Traductor de contenidos', fr: 'Traduction de contenu' },
  },
  {
    slug: 'referencing',
    parent: 'editing',
    labels: { en: 'Referencing and citations', hi: 'संदर्भ और उद्धरण', bn: 'তথ্যসূত্র ও উদ্ধৃতি', ar: 'الاستشهاد بالمصادر', es: 'Referencias y citas', fr: 'Sourçage et références' },
  },
  {
    slug: 'citoid',
    parent: 'referencing',
    labels: { en: 'Citoid', hi: 'Citoid', bn: 'Citoid', ar: 'Citoid', es: 'Citoid', fr: 'Citoid' },
  },
  {
    slug: 'source-evaluation',
    parent: 'referencing',
    labels: { en: 'Evaluating reliable sources', hi: 'विश्वसनीय स्रोतों का मूल्यांकन', bn: 'নির্ভরযোগ্য উৎস মূল্যায়ন', ar: 'تقييم المصادر الموثوقة', es: 'Evaluación de fuentes fiables', fr: 'Évaluation des sources fiables' },
  },
  {
    slug: 'article-writing',
    parent: 'editing',
    labels: { en: 'Article writing', hi: 'लेख लेखन', bn: 'নিবন্ধ লিখন', ar: 'كتابة المقالات', es: 'Redacción de artículos', fr: 'Rédaction d\'articles' },
  },
  {
    slug: 'featured-content',
    parent: 'article-writing',
    labels: { en: 'Featured and good articles', hi: 'निर्वाचित और अच्छे लेख', bn: 'নির্বাচিত ও ভালো নিবন্ধ', ar: 'المقالات المختارة والجيدة', es: 'Artículos destacados y buenos', fr: 'Articles labellisés' },
  },
  {
    slug: 'neutral-point-of-view',
    parent: 'article-writing',
    labels: { en: 'Neutral point of view', hi: 'तटस्थ दृष्टिकोण', bn: 'নিরপেক্ষ দৃষ্টিভঙ্গি', ar: 'وجهة النظر المحايدة', es: 'Punto de vista neutral', fr: 'Neutralité de point de vue' },
  },
  {
    slug: 'copyediting',
    parent: 'editing',
    labels: { en: 'Copyediting', hi: 'भाषा संपादन', bn: 'ভাষাগত সম্পাদনা', ar: 'التدقيق اللغوي', es: 'Corrección de estilo', fr: 'Relecture et correction' },
  },
  {
    slug: 'wikisource',
    parent: 'editing',
    wikidata: 'Q263',
    labels: { en: 'Wikisource', hi: 'विकिस्रोत', bn: 'উইকিসংকলন', ar: 'ويكي مصدر', es: 'Wikisource', fr: 'Wikisource' },
  },
  {
    slug: 'wikisource-proofreading',
    parent: 'wikisource',
    labels: { en: 'Wikisource proofreading', hi: 'विकिस्रोत पर प्रूफ़रीडिंग', bn: 'উইকিসংকলনে মুদ্রণ সংশোধন', ar: 'التدقيق في ويكي مصدر', es: 'Corrección en Wikisource', fr: 'Correction sur Wikisource' },
  },
  {
    slug: 'ocr',
    parent: 'wikisource',
    labels: { en: 'OCR (text recognition)', hi: 'OCR (पाठ पहचान)', bn: 'OCR (অক্ষর শনাক্তকরণ)', ar: 'التعرف الضوئي على الحروف', es: 'OCR (reconocimiento de texto)', fr: 'OCR (reconnaissance de texte)' },
  },
  {
    slug: 'wiktionary',
    parent: 'editing',
    wikidata: 'Q151',
    labels: { en: 'Wiktionary', hi: 'विक्षनरी', bn: 'উইকিঅভিধান', ar: 'ويكاموس', es: 'Wikcionario', fr: 'Wiktionnaire' },
  },
  {
    slug: 'lingua-libre',
    parent: 'wiktionary',
    labels: { en: 'Lingua Libre recordings', hi: 'Lingua Libre उच्चारण रिकॉर्डिंग', bn: 'Lingua Libre উচ্চারণ রেকর্ডিং', ar: 'تسجيلات النطق في Lingua Libre', es: 'Grabaciones en Lingua Libre', fr: 'Enregistrements Lingua Libre' },
  },
  {
    slug: 'copyright-licensing',
    parent: 'editing',
    labels: { en: 'Copyright and licensing', hi: 'कॉपीराइट और लाइसेंसिंग', bn: 'কপিরাইট ও লাইসেন্সিং', ar: 'حقوق النشر والترخيص', es: 'Derechos de autor y licencias', fr: 'Droit d\'auteur et licences' },
  },
  {
    slug: 'vrt-permissions',
    parent: 'copyright-licensing',
    labels: { en: 'VRT permissions', hi: 'VRT अनुमतियाँ', bn: 'VRT অনুমতি', ar: 'أذونات VRT', es: 'Permisos VRT', fr: 'Autorisations VRT' },
  },

  // Organizational
  {
    slug: 'project-management',
    parent: 'organizational',
    labels: { en: 'Project management', hi: 'परियोजना प्रबंधन', bn: 'প্রকল্প ব্যবস্থাপনা', ar: 'إدارة المشاريع', es: 'Gestión de proyectos', fr: 'Gestion de projet' },
  },
  {
    slug: 'budgeting',
    parent: 'project-management',
    labels: { en: 'Budgeting', hi: 'बजट बनाना', bn: 'বাজেট প্রণয়ন', ar: 'إعداد الميزانية', es: 'Elaboración de presupuestos', fr: 'Budgétisation' },
  },
  {
    slug: 'outreach',
    parent: 'organizational',
    labels: { en: 'Outreach', hi: 'आउटरीच', bn: 'আউটরিচ', ar: 'التوعية', es: 'Divulgación', fr: 'Sensibilisation' },
  },
  {
    slug: 'newcomer-onboarding',
    parent: 'outreach',
    labels: { en: 'Newcomer onboarding', hi: 'नए संपादकों का मार्गदर्शन', bn: 'নবাগতদের অন্তর্ভুক্তি', ar: 'إدماج الوافدين الجدد', es: 'Acogida de nuevos editores', fr: 'Accueil des nouveaux contributeurs' },
  },
  {
    slug: 'campaign-design',
    parent: 'outreach',
    labels: { en: 'Campaign design', hi: 'अभियान की रूपरेखा', bn: 'প্রচারণা পরিকল্পনা', ar: 'تصميم الحملات', es: 'Diseño de campañas', fr: 'Conception de campagnes' },
  },
  {
    slug: 'event-organizing',
    parent: 'organizational',
    labels: { en: 'Event organizing', hi: 'कार्यक्रम आयोजन', bn: 'অনুষ্ঠান আয়োজন', ar: 'تنظيم الفعاليات', es: 'Organización de eventos', fr: 'Organisation d\'événements' },
  },
  {
    slug: 'edit-a-thons',
    parent: 'event-organizing',
    labels: { en: 'Edit-a-thons', hi: 'एडिट-ए-थॉन', bn: 'এডিটাথন', ar: 'ماراثونات التحرير', es: 'Editatones', fr: 'Éditathons' },
  },
  {
    slug: 'photo-walks',
    parent: 'event-organizing',
    labels: { en: 'Photo walks', hi: 'फ़ोटो वॉक', bn: 'ফটো ওয়াক', ar: 'جولات التصوير', es: 'Paseos fotográficos', fr: 'Balades photo' },
  },
  {
    slug: 'photo-contests',
    parent: 'event-organizing',
    labels: { en: 'Photo contests (Wiki Loves)', hi: 'फ़ोटो प्रतियोगिताएँ (Wiki Loves)', bn: 'আলোকচিত্র প্রতিযোগিতা (Wiki Loves)', ar: 'مسابقات التصوير (Wiki Loves)', es: 'Concursos fotográficos (Wiki Loves)', fr: 'Concours photo (Wiki Loves)' },
  },
  {
    slug: 'conference-organizing',
    parent: 'event-organizing',
    labels: { en: 'Conference organizing', hi: 'सम्मेलन आयोजन', bn: 'সম্মেলন আয়োজন', ar: 'تنظيم المؤتمرات', es: 'Organización de congresos', fr: 'Organisation de conférences' },
  },
  {
    slug: 'hackathons',
    parent: 'event-organizing',
    labels: { en: 'Hackathons', hi: 'हैकाथॉन', bn: 'হ্যাকাথন', ar: 'الهاكاثونات', es: 'Hackatones', fr: 'Hackathons' },
  },
  {
    slug: 'partnerships',
    parent: 'organizational',
    labels: { en: 'Partnerships', hi: 'साझेदारियाँ', bn: 'অংশীদারিত্ব', ar: 'الشراكات', es: 'Alianzas', fr: 'Partenariats' },
  },
  {
    slug: 'glam-partnerships',
    parent: 'partnerships',
    labels: { en: 'GLAM partnerships', hi: 'GLAM साझेदारियाँ', bn: 'GLAM অংশীদারিত্ব', ar: 'شراكات GLAM', es: 'Alianzas GLAM', fr: 'Partenariats GLAM' },
  },
  {
    slug: 'education-program',
    parent: 'partnerships',
    labels: { en: 'Education program', hi: 'शिक्षा कार्यक्रम', bn: 'শিক্ষা কার্যক্রম', ar: 'برنامج التعليم', es: 'Programa de educación', fr: 'Programme éducatif' },
  },
  {
    slug: 'wikimedian-in-residence',
    parent: 'partnerships',
    labels: { en: 'Wikimedian in residence', hi: 'विकिमीडियन इन रेज़िडेंस', bn: 'উইকিমিডিয়ান ইন রেসিডেন্স', ar: 'ويكيميدي مقيم', es: 'Wikimedista residente', fr: 'Wikimédien en résidence' },
  },
  {
    slug: 'grant-writing',
    parent: 'organizational',
    labels: { en: 'Grant writing', hi: 'अनुदान प्रस्ताव लेखन', bn: 'অনুদান প্রস্তাব লিখন', ar: 'كتابة طلبات المنح', es: 'Redacción de solicitudes de subvención', fr: 'Rédaction de demandes de subvention' },
  },
  {
    slug: 'volunteer-management',
    parent: 'organizational',
    labels: { en: 'Volunteer management', hi: 'स्वयंसेवक प्रबंधन', bn: 'স্বেচ্ছাসেবক ব্যবস্থাপনা', ar: 'إدارة المتطوعين', es: 'Gestión de voluntarios', fr: 'Gestion des bénévoles' },
  },
  {
    slug: 'fundraising',
    parent: 'organizational',
    labels: { en: 'Fundraising', hi: 'धन जुटाना', bn: 'তহবিল সংগ্রহ', ar: 'جمع التبرعات', es: 'Recaudación de fondos', fr: 'Collecte de fonds' },
  },
  {
    slug: 'program-evaluation',
    parent: 'organizational',
    labels: { en: 'Program evaluation', hi: 'कार्यक्रम मूल्यांकन', bn: 'কার্যক্রম মূল্যায়ন', ar: 'تقييم البرامج', es: 'Evaluación de programas', fr: 'Évaluation de programmes' },
  },
  {
    slug: 'surveys-needs-assessment',
    parent: 'program-evaluation',
    labels: { en: 'Surveys and needs assessment', hi: 'सर्वेक्षण और आवश्यकता आकलन', bn: 'জরিপ ও চাহিদা নিরূপণ', ar: 'الاستبيانات وتقييم الاحتياجات', es: 'Encuestas y evaluación de necesidades', fr: 'Enquêtes et analyse des besoins' },
  },
  {
    slug: 'event-metrics',
    parent: 'program-evaluation',
    labels: { en: 'Event metrics and dashboards', hi: 'कार्यक्रम मेट्रिक्स और डैशबोर्ड', bn: 'অনুষ্ঠানের মেট্রিক ও ড্যাশবোর্ড', ar: 'مقاييس الفعاليات ولوحات المتابعة', es: 'Métricas de eventos y paneles', fr: 'Métriques et tableaux de bord' },
  },
  {
    slug: 'wikiproject-coordination',
    parent: 'organizational',
    labels: { en: 'WikiProject coordination', hi: 'विकिपरियोजना समन्वय', bn: 'উইকিপ্রকল্প সমন্বয়', ar: 'تنسيق مشاريع الويكي', es: 'Coordinación de wikiproyectos', fr: 'Coordination de projets wiki' },
  },

  // Governance
  {
    slug: 'board-governance',
    parent: 'governance',
    labels: { en: 'Board governance', hi: 'बोर्ड शासन', bn: 'বোর্ড পরিচালনা', ar: 'حوكمة مجلس الإدارة', es: 'Gobernanza de juntas directivas', fr: 'Gouvernance du conseil d\'administration' },
  },
  {
    slug: 'strategic-planning',
    parent: 'governance',
    labels: { en: 'Strategic planning', hi: 'रणनीतिक योजना', bn: 'কৌশলগত পরিকল্পনা', ar: 'التخطيط الاستراتيجي', es: 'Planificación estratégica', fr: 'Planification stratégique' },
  },
  {
    slug: 'movement-strategy',
    parent: 'strategic-planning',
    labels: { en: 'Movement Strategy', hi: 'आंदोलन रणनीति', bn: 'আন্দোলন কৌশল', ar: 'استراتيجية الحركة', es: 'Estrategia del movimiento', fr: 'Stratégie du mouvement' },
  },
  {
    slug: 'leadership',
    parent: 'governance',
    labels: { en: 'Leadership', hi: 'नेतृत्व', bn: 'নেতৃত্ব', ar: 'القيادة', es: 'Liderazgo', fr: 'Leadership' },
  },
  {
    slug: 'policy-making',
    parent: 'governance',
    labels: { en: 'Policy making', hi: 'नीति निर्माण', bn: 'নীতি প্রণয়ন', ar: 'صنع السياسات', es: 'Elaboración de políticas', fr: 'Élaboration de politiques' },
  },
  {
    slug: 'conflict-resolution',
    parent: 'governance',
    labels: { en: 'Conflict resolution', hi: 'विवाद समाधान', bn: 'দ্বন্দ্ব নিরসন', ar: 'حل النزاعات', es: 'Resolución de conflictos', fr: 'Résolution de conflits' },
  },
  {
    slug: 'universal-code-of-conduct',
    parent: 'governance',
    labels: { en: 'Universal Code of Conduct', hi: 'सार्वभौमिक आचार संहिता', bn: 'সর্বজনীন আচরণবিধি', ar: 'مدونة قواعد السلوك العالمية', es: 'Código Universal de Conducta', fr: 'Code de conduite universel' },
  },
  {
    slug: 'affiliate-reporting',
    parent: 'governance',
    labels: { en: 'Affiliate reporting', hi: 'सहयोगी संगठनों की रिपोर्टिंग', bn: 'সহযোগী সংগঠনের প্রতিবেদন', ar: 'تقارير الجهات المنتسبة', es: 'Informes de afiliados', fr: 'Rapports des affiliés' },
  },
  {
    slug: 'elections',
    parent: 'governance',
    labels: { en: 'Elections', hi: 'चुनाव', bn: 'নির্বাচন', ar: 'الانتخابات', es: 'Elecciones', fr: 'Élections' },
  },
  {
    slug: 'privacy',
    parent: 'governance',
    labels: { en: 'Privacy', hi: 'निजता', bn: 'গোপনীয়তা', ar: 'الخصوصية', es: 'Privacidad', fr: 'Protection de la vie privée' },
  },
  {
    slug: 'safety',
    parent: 'governance',
    labels: { en: 'Safety and security', hi: 'सुरक्षा और संरक्षा', bn: 'নিরাপত্তা ও সুরক্ষা', ar: 'السلامة والأمن', es: 'Seguridad y protección', fr: 'Sûreté et sécurité' },
  },
  {
    slug: 'digital-security',
    parent: 'safety',
    labels: { en: 'Digital security', hi: 'डिजिटल सुरक्षा', bn: 'ডিজিটাল নিরাপত্তা', ar: 'الأمن الرقمي', es: 'Seguridad digital', fr: 'Sécurité numérique' },
  },
  {
    slug: 'wiki-administration',
    parent: 'governance',
    labels: { en: 'Wiki administration', hi: 'विकि प्रबंधन', bn: 'উইকি প্রশাসন', ar: 'إدارة الويكي', es: 'Administración de wikis', fr: 'Administration de wikis' },
  },

  // Communication
  {
    slug: 'storytelling',
    parent: 'communication',
    labels: { en: 'Storytelling', hi: 'कथावाचन', bn: 'গল্প বলা', ar: 'سرد القصص', es: 'Narración de historias', fr: 'Narration' },
  },
  {
    slug: 'presentations',
    parent: 'communication',
    labels: { en: 'Presentations', hi: 'प्रस्तुतियाँ', bn: 'উপস্থাপনা', ar: 'العروض التقديمية', es: 'Presentaciones', fr: 'Présentations' },
  },
  {
    slug: 'translation',
    parent: 'communication',
    labels: { en: 'Translation', hi: 'अनुवाद', bn: 'অনুবাদ', ar: 'الترجمة', es: 'Traducción', fr: 'Traduction' },
  },
  {
    slug: 'translatewiki-localisation',
    parent: 'translation',
    labels: { en: 'translatewiki.net localisation', hi: 'translatewiki.net पर स्थानीयकरण', bn: 'translatewiki.net-এ স্থানীয়করণ', ar: 'التوطين على translatewiki.net', es: 'Localización en translatewiki.net', fr: 'Localisation sur translatewiki.net' },
  },
  {
    slug: 'tech-news-translation',
    parent: 'translation',
    labels: { en: 'Tech News translation', hi: 'टेक न्यूज़ अनुवाद', bn: 'টেক নিউজ অনুবাদ', ar: 'ترجمة الأخبار التقنية', es: 'Traducción de Noticias técnicas', fr: 'Traduction des Actualités techniques' },
  },
  {
    slug: 'social-media',
    parent: 'communication',
    labels: { en: 'Social media', hi: 'सोशल मीडिया', bn: 'সামাজিক মাধ্যম', ar: 'وسائل التواصل الاجتماعي', es: 'Redes sociales', fr: 'Réseaux sociaux' },
  },
  {
    slug: 'public-speaking',
    parent: 'communication',
    labels: { en: 'Public speaking', hi: 'सार्वजनिक भाषण', bn: 'জনসমক্ষে বক্তৃতা', ar: 'الخطابة', es: 'Hablar en público', fr: 'Prise de parole en public' },
  },
  {
    slug: 'technical-writing',
    parent: 'communication',
    labels: { en: 'Technical writing', hi: 'तकनीकी लेखन', bn: 'প্রযুক্তিগত লিখন', ar: 'الكتابة التقنية', es: 'Redacción técnica', fr: 'Rédaction technique' },
  },
  {
    slug: 'help-pages',
    parent: 'technical-writing',
    labels: { en: 'Writing help pages', hi: 'सहायता पृष्ठ लिखना', bn: 'সাহায্য পাতা লেখা', ar: 'كتابة صفحات المساعدة', es: 'Redacción de páginas de ayuda', fr: 'Rédaction de pages d\'aide' },
  },
  {
    slug: 'facilitation',
    parent: 'communication',
    labels: { en: 'Facilitation', hi: 'सत्र संचालन', bn: 'সভা সঞ্চালনা', ar: 'تيسير الجلسات', es: 'Facilitación', fr: 'Facilitation' },
  },
  {
    slug: 'mentoring',
    parent: 'communication',
    labels: { en: 'Mentoring', hi: 'मार्गदर्शन', bn: 'পরামর্শদান', ar: 'الإرشاد', es: 'Mentoría', fr: 'Mentorat' },
  },
  {
    slug: 'blogging',
    parent: 'communication',
    labels: { en: 'Blogging', hi: 'ब्लॉगिंग', bn: 'ব্লগিং', ar: 'التدوين', es: 'Escritura en blogs', fr: 'Rédaction de blog' },
  },
  {
    slug: 'newsletters',
    parent: 'communication',
    labels: { en: 'Newsletters', hi: 'न्यूज़लेटर', bn: 'নিউজলেটার', ar: 'النشرات الإخبارية', es: 'Boletines', fr: 'Lettres d\'information' },
  },
  {
    slug: 'mass-message',
    parent: 'newsletters',
    labels: { en: 'MassMessage delivery', hi: 'MassMessage वितरण', bn: 'MassMessage বিতরণ', ar: 'الإرسال عبر MassMessage', es: 'Envíos con MassMessage', fr: 'Envois avec MassMessage' },
  },
  {
    slug: 'media-relations',
    parent: 'communication',
    labels: { en: 'Media relations', hi: 'मीडिया संबंध', bn: 'গণমাধ্যম সম্পর্ক', ar: 'العلاقات الإعلامية', es: 'Relaciones con los medios', fr: 'Relations presse' },
  },
  {
    slug: 'graphic-design',
    parent: 'communication',
    labels: { en: 'Graphic design', hi: 'ग्राफ़िक डिज़ाइन', bn: 'গ্রাফিক ডিজাইন', ar: 'التصميم الجرافيكي', es: 'Diseño gráfico', fr: 'Graphisme' },
  },
  {
    slug: 'video-production',
    parent: 'communication',
    labels: { en: 'Video production', hi: 'वीडियो निर्माण', bn: 'ভিডিও নির্মাণ', ar: 'إنتاج الفيديو', es: 'Producción de vídeo', fr: 'Production vidéo' },
  },
];
