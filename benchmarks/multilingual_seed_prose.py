# ruff: noqa: E501  (tables of sentences: one entry a line reads better than wrapped strings)
"""Hand-written questions with prose answers, and short three-line poems, in the suite's 10 languages.

Written for this project; the subjects differ from the behaviour suite's (no sky colour, no advice on
languages or cooking, no sea, rain, moon, autumn, snow, sun, spring or night poems).
"""

from __future__ import annotations

PROSE: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Hello! Who are you?",
            "Hello! I'm LumiChats, a small assistant that runs on your own computer. How can I help you today?",
        ),
        (
            "Why do leaves fall from trees?",
            "Many trees drop their leaves before winter to save water and energy. When days get shorter and colder, the tree stops feeding the leaves, they dry out and fall.",
        ),
        (
            "How can I sleep better?",
            "Go to bed at the same time every night, keep your bedroom dark and quiet, and avoid screens and coffee in the evening. A short walk during the day also helps.",
        ),
        (
            "What is photosynthesis?",
            "Photosynthesis is how plants make food. They use sunlight, water and carbon dioxide to produce sugar, and they release oxygen into the air.",
        ),
        (
            "Describe a busy market in the morning.",
            "In the morning the market fills with voices. Sellers arrange fresh fruit and bread, the smell of coffee drifts between the stalls, and people hurry past with full bags.",
        ),
        (
            "What does a teacher do?",
            "A teacher helps students learn. They explain new ideas, prepare lessons, answer questions and check homework, and they encourage each student to improve.",
        ),
    ],
    "es": [
        (
            "¡Hola! ¿Quién eres?",
            "¡Hola! Soy LumiChats, un pequeño asistente que funciona en tu propio ordenador. ¿En qué puedo ayudarte hoy?",
        ),
        (
            "¿Por qué se caen las hojas de los árboles?",
            "Muchos árboles pierden las hojas antes del invierno para ahorrar agua y energía. Cuando los días son más cortos y fríos, el árbol deja de alimentarlas, se secan y caen.",
        ),
        (
            "¿Cómo puedo dormir mejor?",
            "Acuéstate siempre a la misma hora, mantén tu habitación oscura y tranquila, y evita las pantallas y el café por la noche. Caminar un poco durante el día también ayuda.",
        ),
        (
            "¿Qué es la fotosíntesis?",
            "La fotosíntesis es el proceso con el que las plantas fabrican su alimento. Usan la luz del sol, el agua y el dióxido de carbono para producir azúcar, y liberan oxígeno al aire.",
        ),
        (
            "Describe un mercado lleno de gente por la mañana.",
            "Por la mañana el mercado se llena de voces. Los vendedores colocan fruta fresca y pan, el olor a café flota entre los puestos y la gente pasa deprisa con las bolsas llenas.",
        ),
        (
            "¿Qué hace un profesor?",
            "Un profesor ayuda a sus alumnos a aprender. Explica ideas nuevas, prepara las clases, responde preguntas y corrige los deberes, y anima a cada alumno a mejorar.",
        ),
    ],
    "fr": [
        (
            "Bonjour ! Qui es-tu ?",
            "Bonjour ! Je suis LumiChats, un petit assistant qui fonctionne sur ton propre ordinateur. Comment puis-je t'aider aujourd'hui ?",
        ),
        (
            "Pourquoi les feuilles tombent-elles des arbres ?",
            "Beaucoup d'arbres perdent leurs feuilles avant l'hiver pour économiser l'eau et l'énergie. Quand les jours raccourcissent et refroidissent, l'arbre cesse de les nourrir : elles sèchent et tombent.",
        ),
        (
            "Comment puis-je mieux dormir ?",
            "Couche-toi toujours à la même heure, garde ta chambre sombre et calme, et évite les écrans et le café le soir. Marcher un peu dans la journée aide aussi.",
        ),
        (
            "Qu'est-ce que la photosynthèse ?",
            "La photosynthèse est la façon dont les plantes fabriquent leur nourriture. Elles utilisent la lumière du soleil, l'eau et le dioxyde de carbone pour produire du sucre, et elles rejettent de l'oxygène dans l'air.",
        ),
        (
            "Décris un marché animé le matin.",
            "Le matin, le marché se remplit de voix. Les marchands installent des fruits frais et du pain, l'odeur du café flotte entre les étals et les gens passent vite avec des sacs pleins.",
        ),
        (
            "Que fait un enseignant ?",
            "Un enseignant aide les élèves à apprendre. Il explique de nouvelles idées, prépare les cours, répond aux questions et corrige les devoirs, et il encourage chaque élève à progresser.",
        ),
    ],
    "de": [
        (
            "Hallo! Wer bist du?",
            "Hallo! Ich bin LumiChats, ein kleiner Assistent, der auf deinem eigenen Computer läuft. Wie kann ich dir heute helfen?",
        ),
        (
            "Warum fallen die Blätter von den Bäumen?",
            "Viele Bäume werfen ihre Blätter vor dem Winter ab, um Wasser und Energie zu sparen. Wenn die Tage kürzer und kälter werden, versorgt der Baum die Blätter nicht mehr, sie trocknen aus und fallen ab.",
        ),
        (
            "Wie kann ich besser schlafen?",
            "Geh jeden Abend zur gleichen Zeit ins Bett, halte dein Schlafzimmer dunkel und ruhig und verzichte abends auf Bildschirme und Kaffee. Ein kurzer Spaziergang am Tag hilft auch.",
        ),
        (
            "Was ist Photosynthese?",
            "Bei der Photosynthese stellen Pflanzen ihre Nahrung her. Sie nutzen Sonnenlicht, Wasser und Kohlendioxid, um Zucker zu bilden, und geben dabei Sauerstoff an die Luft ab.",
        ),
        (
            "Beschreibe einen belebten Markt am Morgen.",
            "Am Morgen füllt sich der Markt mit Stimmen. Die Händler legen frisches Obst und Brot aus, der Duft von Kaffee zieht zwischen den Ständen hindurch, und die Leute eilen mit vollen Taschen vorbei.",
        ),
        (
            "Was macht eine Lehrerin?",
            "Eine Lehrerin hilft Schülern beim Lernen. Sie erklärt neue Dinge, bereitet den Unterricht vor, beantwortet Fragen und korrigiert Hausaufgaben, und sie ermutigt jedes Kind, besser zu werden.",
        ),
    ],
    "it": [
        (
            "Ciao! Chi sei?",
            "Ciao! Sono LumiChats, un piccolo assistente che funziona sul tuo computer. Come posso aiutarti oggi?",
        ),
        (
            "Perché le foglie cadono dagli alberi?",
            "Molti alberi perdono le foglie prima dell'inverno per risparmiare acqua ed energia. Quando le giornate diventano più corte e fredde, l'albero smette di nutrirle: si seccano e cadono.",
        ),
        (
            "Come posso dormire meglio?",
            "Vai a letto sempre alla stessa ora, tieni la camera buia e silenziosa ed evita schermi e caffè la sera. Anche una breve passeggiata durante il giorno aiuta.",
        ),
        (
            "Che cos'è la fotosintesi?",
            "La fotosintesi è il modo in cui le piante producono il loro cibo. Usano la luce del sole, l'acqua e l'anidride carbonica per produrre zucchero e liberano ossigeno nell'aria.",
        ),
        (
            "Descrivi un mercato affollato al mattino.",
            "Al mattino il mercato si riempie di voci. I venditori sistemano frutta fresca e pane, il profumo del caffè passa tra le bancarelle e la gente cammina in fretta con le borse piene.",
        ),
        (
            "Che cosa fa un insegnante?",
            "Un insegnante aiuta gli studenti a imparare. Spiega idee nuove, prepara le lezioni, risponde alle domande e corregge i compiti, e incoraggia ogni studente a migliorare.",
        ),
    ],
    "pt": [
        (
            "Olá! Quem é você?",
            "Olá! Eu sou o LumiChats, um pequeno assistente que funciona no seu próprio computador. Como posso ajudar você hoje?",
        ),
        (
            "Por que as folhas caem das árvores?",
            "Muitas árvores perdem as folhas antes do inverno para economizar água e energia. Quando os dias ficam mais curtos e frios, a árvore para de alimentá-las, elas secam e caem.",
        ),
        (
            "Como posso dormir melhor?",
            "Deite-se sempre no mesmo horário, mantenha o quarto escuro e silencioso e evite telas e café à noite. Uma caminhada curta durante o dia também ajuda.",
        ),
        (
            "O que é a fotossíntese?",
            "A fotossíntese é o processo pelo qual as plantas produzem o seu alimento. Elas usam a luz do sol, a água e o gás carbônico para produzir açúcar e liberam oxigênio no ar.",
        ),
        (
            "Descreva uma feira movimentada de manhã.",
            "De manhã a feira se enche de vozes. Os vendedores arrumam frutas frescas e pães, o cheiro de café passa entre as barracas e as pessoas andam depressa com as sacolas cheias.",
        ),
        (
            "O que faz um professor?",
            "Um professor ajuda os alunos a aprender. Ele explica ideias novas, prepara as aulas, responde perguntas e corrige as tarefas, e incentiva cada aluno a melhorar.",
        ),
    ],
    "ru": [
        (
            "Привет! Кто ты?",
            "Привет! Я LumiChats, небольшой помощник, который работает прямо на твоём компьютере. Чем я могу помочь сегодня?",
        ),
        (
            "Почему листья падают с деревьев?",
            "Многие деревья сбрасывают листья перед зимой, чтобы сберечь воду и силы. Когда дни становятся короче и холоднее, дерево перестаёт питать листья, они засыхают и опадают.",
        ),
        (
            "Как мне лучше спать?",
            "Ложись спать в одно и то же время, держи спальню тёмной и тихой и не смотри в экран и не пей кофе вечером. Короткая прогулка днём тоже помогает.",
        ),
        (
            "Что такое фотосинтез?",
            "Фотосинтез — это способ, которым растения создают себе пищу. Они используют солнечный свет, воду и углекислый газ, чтобы получить сахар, и выделяют в воздух кислород.",
        ),
        (
            "Опиши оживлённый рынок утром.",
            "Утром рынок наполняется голосами. Продавцы раскладывают свежие фрукты и хлеб, между прилавками пахнет кофе, а люди спешат мимо с полными сумками.",
        ),
        (
            "Что делает учитель?",
            "Учитель помогает ученикам учиться. Он объясняет новое, готовит уроки, отвечает на вопросы и проверяет домашние задания, а ещё поддерживает каждого ученика.",
        ),
    ],
    "zh": [
        ("你好！你是谁？", "你好！我是 LumiChats，一个在你自己的电脑上运行的小助手。今天我能帮你做什么？"),
        (
            "为什么树叶会从树上掉下来？",
            "很多树在冬天来临前落叶，是为了节省水分和能量。白天变短、天气变冷时，树不再给叶子输送养分，叶子就会变干并落下。",
        ),
        (
            "我怎样才能睡得更好？",
            "每天在同一时间上床，让卧室保持黑暗和安静，晚上少看屏幕、不喝咖啡。白天散散步也很有帮助。",
        ),
        (
            "什么是光合作用？",
            "光合作用是植物制造食物的方式。植物利用阳光、水和二氧化碳制造糖分，同时向空气中释放氧气。",
        ),
        (
            "描述一下早晨热闹的市场。",
            "早晨的市场充满了人声。摊主摆好新鲜的水果和面包，咖啡的香味在摊位之间飘荡，人们提着满满的袋子匆匆走过。",
        ),
        (
            "老师是做什么的？",
            "老师帮助学生学习。他们讲解新知识、准备课程、回答问题、批改作业，还会鼓励每个学生不断进步。",
        ),
    ],
    "ar": [
        (
            "مرحبًا! من أنت؟",
            "مرحبًا! أنا LumiChats، مساعد صغير يعمل على حاسوبك الخاص. كيف يمكنني مساعدتك اليوم؟",
        ),
        (
            "لماذا تتساقط أوراق الأشجار؟",
            "تُسقط كثير من الأشجار أوراقها قبل الشتاء لتوفير الماء والطاقة. عندما تقصر الأيام ويبرد الجو، تتوقف الشجرة عن تغذية الأوراق فتجف وتسقط.",
        ),
        (
            "كيف يمكنني أن أنام بشكل أفضل؟",
            "اذهب إلى السرير في الوقت نفسه كل ليلة، واجعل غرفتك مظلمة وهادئة، وتجنب الشاشات والقهوة في المساء. المشي قليلًا خلال النهار يساعد أيضًا.",
        ),
        (
            "ما هو التمثيل الضوئي؟",
            "التمثيل الضوئي هو الطريقة التي تصنع بها النباتات غذاءها. تستخدم ضوء الشمس والماء وثاني أكسيد الكربون لإنتاج السكر، وتطلق الأكسجين في الهواء.",
        ),
        (
            "صف سوقًا مزدحمًا في الصباح.",
            "في الصباح يمتلئ السوق بالأصوات. يرتب الباعة الفواكه الطازجة والخبز، وتنتشر رائحة القهوة بين الأكشاك، ويمر الناس مسرعين بأكياس ممتلئة.",
        ),
        (
            "ماذا يفعل المعلم؟",
            "يساعد المعلم الطلاب على التعلم. يشرح الأفكار الجديدة، ويحضّر الدروس، ويجيب عن الأسئلة، ويصحح الواجبات، ويشجع كل طالب على التقدم.",
        ),
    ],
    "hi": [
        (
            "नमस्ते! आप कौन हैं?",
            "नमस्ते! मैं LumiChats हूँ, एक छोटा सहायक जो आपके अपने कंप्यूटर पर चलता है। आज मैं आपकी क्या मदद कर सकता हूँ?",
        ),
        (
            "पेड़ों से पत्ते क्यों गिरते हैं?",
            "कई पेड़ सर्दी से पहले पानी और ऊर्जा बचाने के लिए अपने पत्ते गिरा देते हैं। जब दिन छोटे और ठंडे हो जाते हैं, तो पेड़ पत्तों को पोषण देना बंद कर देता है, वे सूखकर गिर जाते हैं।",
        ),
        (
            "मैं बेहतर नींद कैसे ले सकता हूँ?",
            "हर रात एक ही समय पर सोने जाएँ, अपने कमरे को अंधेरा और शांत रखें, और शाम को स्क्रीन और कॉफ़ी से बचें। दिन में थोड़ा टहलना भी मदद करता है।",
        ),
        (
            "प्रकाश संश्लेषण क्या है?",
            "प्रकाश संश्लेषण वह प्रक्रिया है जिससे पौधे अपना भोजन बनाते हैं। वे सूरज की रोशनी, पानी और कार्बन डाइऑक्साइड से शक्कर बनाते हैं और हवा में ऑक्सीजन छोड़ते हैं।",
        ),
        (
            "सुबह के भीड़ भरे बाज़ार का वर्णन करो।",
            "सुबह बाज़ार आवाज़ों से भर जाता है। दुकानदार ताज़े फल और रोटियाँ सजाते हैं, दुकानों के बीच चाय की खुशबू फैलती है, और लोग भरे हुए थैलों के साथ जल्दी-जल्दी गुज़रते हैं।",
        ),
        (
            "एक शिक्षक क्या करता है?",
            "एक शिक्षक छात्रों को सीखने में मदद करता है। वह नई बातें समझाता है, पाठ तैयार करता है, सवालों के जवाब देता है और गृहकार्य जाँचता है, और हर छात्र को आगे बढ़ने के लिए प्रोत्साहित करता है।",
        ),
    ],
}

POEMS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Write a haiku about a cat.",
            "Soft paws on the rug\nthe cat stretches in the light\nthen sleeps once again",
        ),
        (
            "Write a haiku about the wind.",
            "The wind in the trees\ncarries the song of the birds\nfar over the hills",
        ),
    ],
    "es": [
        ("Escribe un haiku sobre un gato.", "Patas suaves van\nel gato se estira al sol\ny vuelve a dormir"),
        (
            "Escribe un haiku sobre el viento.",
            "Sopla el viento\nlleva el canto de las aves\nmás allá del monte",
        ),
    ],
    "fr": [
        ("Écris un haïku sur un chat.", "Pattes de velours\nle chat s'étire au soleil\npuis se rendort"),
        (
            "Écris un haïku sur le vent.",
            "Le vent dans les arbres\nemporte le chant des oiseaux\npar-delà les collines",
        ),
    ],
    "de": [
        (
            "Schreib ein Haiku über eine Katze.",
            "Weiche Pfoten still\ndie Katze streckt sich im Licht\nund schläft wieder ein",
        ),
        (
            "Schreib ein Haiku über den Wind.",
            "Wind in den Bäumen\nträgt den Gesang der Vögel\nweit über die Hügel",
        ),
    ],
    "it": [
        ("Scrivi un haiku su un gatto.", "Zampe di velluto\nil gatto si stira al sole\npoi torna a dormire"),
        ("Scrivi un haiku sul vento.", "Il vento tra i rami\nporta il canto degli uccelli\noltre le colline"),
    ],
    "pt": [
        ("Escreva um haicai sobre um gato.", "Patas de veludo\no gato se espreguiça\ne volta a dormir"),
        (
            "Escreva um haicai sobre o vento.",
            "O vento nas árvores\nleva o canto dos pássaros\npara além dos montes",
        ),
    ],
    "ru": [
        ("Напиши хайку о кошке.", "Мягкие лапы\nкошка тянется к свету\nи снова спит"),
        ("Напиши хайку о ветре.", "Ветер в деревьях\nуносит песни птиц\nдалеко за холмы"),
    ],
    "zh": [
        ("写一首关于猫的俳句。", "软软的脚掌\n猫咪在阳光下伸腰\n又睡着了"),
        ("写一首关于风的俳句。", "风吹过树林\n带走了鸟儿的歌声\n飞过远山"),
    ],
    "ar": [
        ("اكتب قصيدة هايكو عن قطة.", "أقدام ناعمة\nتتمدد القطة في الضوء\nثم تنام من جديد"),
        ("اكتب قصيدة هايكو عن الريح.", "الريح في الأشجار\nتحمل غناء الطيور\nبعيدًا خلف التلال"),
    ],
    "hi": [
        ("एक बिल्ली के बारे में हाइकु लिखो।", "मुलायम पंजे\nधूप में बिल्ली अंगड़ाई ले\nफिर सो जाती है"),
        ("हवा के बारे में एक हाइकु लिखो।", "पेड़ों में हवा\nपंछियों के गीत उड़ाए\nदूर पहाड़ों तक"),
    ],
}
