namespace GraphExplorer.Ingest.Lexicons;

/// <summary>
/// The cue words of every supported language. Each list is general vocabulary of news about hiring and departures
/// ("left", "a quitté", "离开", "meninggalkan"); none of it names a particular person, lab or article.
/// </summary>
internal static class Languages
{
    private static readonly Lazy<Dictionary<string, LanguageLexicon>> s_all = new(Build);

    /// <summary>Gets the lexicons by language code.</summary>
    public static IReadOnlyDictionary<string, LanguageLexicon> All => s_all.Value;

    /// <summary>Capitalised words that never start or belong to a person's name, in any language.</summary>
    public static readonly HashSet<string> CommonNotNames = new(
        ("ai agi llm gpt chatgpt claude gemini llama grok copilot dall sora o1 o3 twitter x linkedin slack reuters bloomberg wired "
        + "techcrunch information verge cnbc times post journal street wall financial san francisco york valley silicon "
        + "angeles los seattle paris london londres beijing shanghai shenzhen hangzhou tokyo seoul jakarta berlin munich muenchen "
        + "madrid barcelona lisboa lisbon zurich swiss suisse schweiz california californie europe europa america amerique "
        + "amerika china chine japan japon jepang korea coree indonesia indonesie inggris united states kingdom unis etats "
        + "superalignment safety labs inc corp ltd llc group university universite universidad universitat universidade "
        + "universitas institute institut instituto stanford berkeley mit harvard oxford cambridge caltech toronto montreal "
        + "one more thing reply leave categories info it news update breaking exclusive photo video source sources ceo cto").Split(' '),
        StringComparer.Ordinal);

    private static Dictionary<string, LanguageLexicon> Build()
    {
        var chinese = Chinese("zh-Hans");
        var all = new[] { English(), French(), Spanish(), German(), Portuguese(), Indonesian(), chinese, Chinese("zh-Hant"), Japanese(), Korean() };
        return all.ToDictionary(l => l.Code, StringComparer.Ordinal);
    }

    private static LanguageLexicon English()
    {
        var l = new LanguageLexicon("en");
        l.Add(Cue.Leave, "left|leave|leaves|leaving|quit|quits|quitting|resigned|resigns|resign|resigned from|departed|departs|depart|departing|exited|exits|stepped down|steps down|step down|stepping down|walked away from|parted ways with|is leaving|has left|will leave|exit|exiting")
         .Add(Cue.LeaveNoun, "departure|departures|resignation|exit|exodus")
         .Add(Cue.Join, "joined|joins|join|joining|has joined|will join|signed on with|signs on with|was hired by|were hired by|is hired by|was recruited by|was poached by|were poached by|came aboard|rejoined|rejoins|rejoin")
         .Add(Cue.Move, "moved to|moves to|moving to|move to|switched to|switches to|jumped ship to|jumps ship to|jumped to|jumps to|defected to|defects to|decamped to|decamps to|headed to|heads to|is heading to|went to|returned to|returns to|go to")
         .Add(Cue.Found, "founded|co-founded|cofounded|co-found|cofound|founds|co-founding|launched|launches|launching|started|starts|starting|set up|sets up|setting up|established|establishes|formed|forms|spun up|went on to found|went on to start|founded by|co-founded by|started by|launched by")
         .Add(Cue.Work, "worked at|works at|working at|work at|worked for|works for|working for|work for|worked in|worked on|works on|working on|employed at|employed by|his work at|her work at|stint at|tenure at|time at")
         .Add(Cue.Work, "had worked|had been at|was at|previously worked|formerly worked|worked|spent|served|led|headed|ran", past: true)
         .Add(Cue.Join, "to lead|to run|to head|to work at|to work for|to work on")
         .Add(Cue.Recruit, "named|names|has named|appointed|appoints|has appointed|the hiring of|the appointment of|hired|hires|hiring|recruited|recruits|recruiting|poached|poaches|poaching|attracted|attracts|lured|lures|nabbed|snagged|tapped|brought on|acqui-hired|hired away")
         .Roles("CEO|chief executive=CEO|chief executive officer=CEO|CTO|chief technology officer=CTO|chief technical officer=CTO|CFO|COO|CPO|chief product officer=CPO|chief research officer|chief scientist|chief AI scientist=chief scientist|chief AI officer|CAIO=chief AI officer|president|vice president=VP|VP|SVP|EVP|head|director|managing director|researcher|research scientist|research engineer|scientist|engineer|software engineer|member of technical staff|general counsel|chief legal officer=general counsel|chairman|chair|executive|employee|staffer|intern|lead|manager|leader|leaders")
         .Add(Cue.FounderRole, "co-founder|cofounder|co founder|founder|founders|co-founders|cofounders|founding member")
         .Add(Cue.Former, "former|ex|formerly|onetime|erstwhile|previously")
         .Add(Cue.Previously, "previously|before|after|prior to|earlier|formerly")
         .Add(Cue.ToPrep, "for|to")
         .Add(Cue.FromPrep, "from")
         .Add(Cue.Genitive, "'s|of")
         .Add(Cue.Coord, "and|&|as well as|along with")
         .Add(Cue.Pronoun, "he|she")
         .Add(Cue.CompanyAnaphor, "the company|the firm|the startup|the start-up|the organization|the organisation|the lab|the ai lab|the ai company|the ai startup|the ai firm|the company's")
         .Add(Cue.StartupNoun, "startup|start-up|company|venture|firm|lab")
         .Add(Cue.Negation, "not|never|n't|no")
         .Add(Cue.Including, "including|such as|among them|notably|among")
         .Add(Cue.PassiveBy, "by")
         .Add(Cue.Copula, "is|was|as|became|serves as|served as|has been|had been")
         .Add(Cue.ModifierSuffix, "backed|funded|owned|based|led|supported|rival|affiliated")
         .Add(Cue.Comitative, "with|together with|alongside|along with|with co-founder|with cofounder")
         .Add(Cue.Recency, "just|this week|recently");
        l.Stop("the of and to in a is that for on it with as was he she at by this from be have has had are were which but not or an its their they will would his her been who said");
        l.WithGrams("th he the ing ion wh ed of");
        l.MonthNames("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec");
        l.WeekdayNames("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        l.NoNames("The A An In On At For But And Or As After Before During Earlier Later Meanwhile However While With Without This That These Those His Her Their Its It He She They We I According Despite Although Since When Where Why How What Only Also Then Now Today Yesterday Last Next Many Some Several Both Each Every Other Such Leave From To Of By Our Your My Is Was Are Were Chief Former Co");
        return l;
    }

    private static LanguageLexicon French()
    {
        var l = new LanguageLexicon("fr");
        l.Add(Cue.Leave, "quitte|quitté|quitter|quittera|quittent|a quitté|ont quitté|quittait|démissionne|démissionné|a démissionné|démissionner|est parti|est partie|sont partis|s'en va|s'est retiré|a claqué la porte de")
         .Add(Cue.LeaveNoun, "départ|sortie|sorties|démission|départs")
         .Add(Cue.Join, "rejoint|rejoindre|rejoignent|rejoindra|a rejoint|ont rejoint|rejoignait|intègre|intégré|a intégré|intégrer|est arrivé chez|est arrivée chez|a été recruté par|a été recrutée par|a été débauché par|a été débauchée par|rallie|a rallié|rallier")
         .Add(Cue.Move, "est passé chez|est passée chez|passe chez|est parti chez|est partie chez|part chez|partir chez|a migré vers|file chez")
         .Add(Cue.Join, "pour diriger|pour prendre la tête de")
         .Add(Cue.Found, "cofonder|co-fonder|fonder|a fondé|fondé|fonde|fondée|a cofondé|cofondé|cofonde|co-fondé|a lancé|lancé|lance|lancer|a créé|créé|crée|créer|a mis sur pied|fondée par|fondé par|cofondée par")
         .Add(Cue.Work, "travaille chez|travaille pour|travaille à|travaillant chez|son séjour à|son passage chez|son passage à")
         .Add(Cue.Work, "a travaillé|travaillé|travaillait|travaillaient|avait travaillé|a œuvré|a passé|dirigeait|a dirigé|pilotait", past: true)
         .Add(Cue.Work, "travaillent|dirige")
         .Add(Cue.Recruit, "l'arrivée de|le recrutement de|l'embauche de|la nomination de|a nommé|nomme|a recruté|recruté|recrute|recruter|a embauché|embauché|embauche|a attiré|attiré|attire|attirer|a débauché|débauché|débauche|a séduit")
         .Roles("PDG=CEO|CEO|directeur général=CEO|directrice générale=CEO|CTO|directeur technique=CTO|directrice technique=CTO|chercheur=researcher|chercheuse=researcher|chercheurs=researcher|ingénieur=engineer|ingénieure=engineer|scientifique en chef=chief scientist|directeur scientifique=chief scientist|directrice scientifique=chief scientist|président=president|présidente=president|vice-président=VP|vice-présidente=VP|directeur juridique=general counsel|directrice juridique=general counsel|chef=head|responsable=head|directeur=director|directrice=director|dirigeant=executive|dirigeante=executive|scientifique=scientist|employé=employee|salarié=employee")
         .Add(Cue.FounderRole, "co-fondateur|cofondateur|co-fondatrice|cofondatrice|fondateur|fondatrice|co-fondateurs|cofondateurs|fondateurs")
         .Add(Cue.Former, "ancien|ancienne|anciens|ex|précédemment|auparavant|anciennement")
         .Add(Cue.Previously, "précédemment|auparavant|après avoir|avant de|avant|après")
         .Add(Cue.ToPrep, "pour|chez|vers")
         .Add(Cue.FromPrep, "en provenance de|en provenance d'|venu de|venue de|venu d'|venue d'|issu de|issue de")
         .Add(Cue.Genitive, "de|d'|du")
         .Add(Cue.Coord, "et|ainsi que")
         .Add(Cue.Pronoun, "il|elle")
         .Add(Cue.CompanyAnaphor, "la société|l'entreprise|la start-up|la startup|le laboratoire|la firme|la jeune pousse")
         .Add(Cue.StartupNoun, "startup|start-up|entreprise|société|laboratoire|jeune pousse")
         .Add(Cue.Negation, "pas|jamais|ne|n'")
         .Add(Cue.Including, "notamment|dont|parmi lesquels|parmi eux|comme")
         .Add(Cue.PassiveBy, "par")
         .Add(Cue.Copula, "est|était|a été|devenu|devenue|comme")
         .Add(Cue.ModifierSuffix, "soutenu|soutenue|financé|financée")
         .Add(Cue.Comitative, "avec|aux côtés de|en compagnie de")
         .Add(Cue.Recency, "cette semaine|récemment");
        l.Stop("le la les des du de un une et est en que qui dans pour pas sur au aux avec ce cette il elle ont sont mais ou son sa ses leur plus par été être a à l d qu n c j s se ne nous vous ils elles aussi comme après");
        l.WithGrams("é è ê à ç eau aux ait ent qu' tion les des");
        l.MonthNames("janvier|janv", "février|févr", "mars", "avril", "mai", "juin", "juillet|juil", "août", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|déc");
        l.WeekdayNames("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
        l.NoNames("Le La Les L Un Une Des Du De D Cependant Alors Selon Bien Mais Depuis Après Avant En Au Aux Dans Pour Sur Par Avec Son Sa Ses Leur Cette Ce Ces Il Elle Ils Elles Nous On Quand Comme Lors Pendant Parmi Même Certaines Certains Compte Confirmer Confirmant Environnement Parter Sa Ma Mon Nos Notre Chef Ancien Ancienne Directeur");
        return l;
    }

    private static LanguageLexicon Spanish()
    {
        var l = new LanguageLexicon("es");
        l.Add(Cue.Leave, "dejó|deja|dejar|dejará|ha dejado|abandonó|abandona|abandonar|ha abandonado|salió de|sale de|saldrá de|renunció a|renunció|renuncia a|dimitió|se marchó de|se fue de|se despidió de")
         .Add(Cue.LeaveNoun, "salida|marcha|renuncia|partida|dimisión")
         .Add(Cue.Join, "se unió a|se une a|se unirá a|unirse a|se incorporó a|se incorpora a|se incorporará a|incorporarse a|fichó por|ficha por|fichará por|ha fichado por|fue fichado por|fue fichada por|fue contratado por|fue contratada por|se sumó a|se suma a|llegó a|entró en|ingresó en")
         .Add(Cue.Move, "se pasó a|se pasa a|se mudó a|se marchó a|se fue a|se trasladó a|se cambió a")
         .Add(Cue.Found, "fundada|fundado|fundadas|fundó|funda|fundar|cofundó|cofunda|ha fundado|ha cofundado|creó|crear|lanzó|puso en marcha|fundada por|fundado por|cofundada por")
         .Add(Cue.Join, "para dirigir|para liderar|para encabezar")
         .Add(Cue.Work, "trabaja en|trabaja para|trabajando en|su paso por")
         .Add(Cue.Work, "dirigía|dirigió|lideraba|lideró|trabajó en|trabajó para|trabajaba en|trabajaba para|había trabajado en|ha trabajado en|trabajó|trabajaba|estuvo en|pasó por", past: true)
         .Add(Cue.Recruit, "la incorporación de|el fichaje de|la contratación de|la llegada de|el nombramiento de|nombró a|contrató|ha contratado|contrata|fichó a|ficha a|ha fichado a|reclutó|recluta|ha reclutado|atrajo|atrae|incorporó a|se llevó a")
         .Roles("CEO|director ejecutivo=CEO|directora ejecutiva=CEO|consejero delegado=CEO|consejera delegada=CEO|CTO|director de tecnología=CTO|directora de tecnología=CTO|investigador=researcher|investigadora=researcher|científico jefe=chief scientist|científica jefa=chief scientist|jefe científico=chief scientist|científico=scientist|científica=scientist|ingeniero=engineer|ingeniera=engineer|presidente=president|presidenta=president|vicepresidente=VP|vicepresidenta=VP|director=director|directora=director|director jurídico=general counsel|directora jurídica=general counsel|jefe=head|jefa=head|responsable=head|empleado=employee|empleada=employee|ejecutivo=executive|ejecutiva=executive")
         .Add(Cue.FounderRole, "cofundador|cofundadora|co-fundador|co-fundadora|fundador|fundadora|cofundadores|fundadores")
         .Add(Cue.Former, "ex|antiguo|antigua|anterior|otrora")
         .Add(Cue.Previously, "anteriormente|previamente|antes|después de|tras")
         .Add(Cue.ToPrep, "para|hacia|por|rumbo a")
         .Add(Cue.FromPrep, "desde|procedente de|proveniente de|venido de")
         .Add(Cue.Genitive, "de|del")
         .Add(Cue.Coord, "y|e")
         .Add(Cue.Pronoun, "ella")
         .Add(Cue.CompanyAnaphor, "la empresa|la compañía|la startup|la firma|el laboratorio|la tecnológica")
         .Add(Cue.StartupNoun, "startup|empresa|compañía|firma|laboratorio")
         .Add(Cue.Negation, "no|nunca")
         .Add(Cue.Including, "entre ellos|incluidos|incluyendo|como")
         .Add(Cue.PassiveBy, "por")
         .Add(Cue.Copula, "es|era|fue|será|como")
         .Add(Cue.ModifierSuffix, "respaldada|respaldado")
         .Add(Cue.Comitative, "junto a|junto con|con|al lado de")
         .Add(Cue.Recency, "recientemente|esta semana");
        l.Stop("el la los las de del y en que un una por con para es se no al lo como más pero sus su le ya o este esta ha sido entre cuando muy sin sobre también fue había según tras");
        l.WithGrams("ñ ción ado ida los las del ue qu");
        l.MonthNames("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre");
        l.WeekdayNames("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
        l.NoNames("El La Los Las Un Una Según Tras Desde Durante En Con Para Por Pero Sin Este Esta Estos Su Sus Al Del Antes Después Además Mientras Cuando Como Aunque Hace Ayer Hoy");
        return l;
    }

    private static LanguageLexicon German()
    {
        var l = new LanguageLexicon("de");
        l.Add(Cue.Leave, "verließ|verlässt|verlassen|verließen|hat verlassen|kehrte den Rücken|kehrt den Rücken|kündigte bei|kündigte|ist ausgeschieden|schied aus|scheidet aus|ausgeschieden|trat zurück|tritt zurück")
         .Add(Cue.LeaveNoun, "Abgang|Weggang|Ausscheiden|Rücktritt|Abschied|Wechsel")
         .Add(Cue.Join, "schloss sich|schließt sich|angeschlossen|anschließen|heuerte bei|heuert bei|angeheuert|stieß zu|stößt zu|kam zu|kommt zu|beigetreten|tritt bei|wurde abgeworben von|wurde von")
         .Add(Cue.Move, "wechselte zu|wechselt zu|wechselte zum|wechselt zum|wechselte|wechselt|gewechselt|wechseln|ging zu|geht zu|zog weiter zu")
         .Add(Cue.Join, "kehrt zurück zu|kehrte zurück zu|zurück zu|geht zurück zu|ging zurück zu")
         .Add(Cue.Found, "gründete|gründet|gegründet|mitgegründet|mitbegründet|gründeten|rief ins Leben|hob aus der Taufe|startete|gegründet von")
         .Add(Cue.Work, "arbeitet bei|arbeitet für|tätig bei|beschäftigt bei|forscht bei|seine Zeit bei|ihre Zeit bei")
         .Add(Cue.Work, "leitete|geleitet|führte|arbeitete bei|arbeitete für|arbeitete|war tätig|hatte gearbeitet|gearbeitet|forschte bei|forschte", past: true)
         .Add(Cue.Recruit, "die Einstellung von|die Verpflichtung von|den Wechsel von|holte|holt|geholt|warb ab|wirbt ab|abgeworben|stellte ein|stellt ein|eingestellt|verpflichtete|verpflichtet|lockte")
         .Roles("CEO|Vorstandschef=CEO|Vorstandschefin=CEO|Vorstandsvorsitzender=CEO|Geschäftsführer=CEO|Geschäftsführerin=CEO|Konzernchef=CEO|CTO|Technikchef=CTO|Technikchefin=CTO|Chefwissenschaftler=chief scientist|Chefwissenschaftlerin=chief scientist|Forschungschef=head of research|Forschungschefin=head of research|Forscher=researcher|Forscherin=researcher|KI-Forscher=researcher|KI-Forscherin=researcher|Wissenschaftler=scientist|Wissenschaftlerin=scientist|Ingenieur=engineer|Ingenieurin=engineer|Entwickler=engineer|Entwicklerin=engineer|Präsident=president|Präsidentin=president|Vizepräsident=VP|Vizepräsidentin=VP|Justiziar=general counsel|Justiziarin=general counsel|Chefjustiziar=general counsel|Chefjurist=general counsel|Leiter=head|Leiterin=head|Chef=head|Chefin=head|Direktor=director|Direktorin=director|Manager=manager|Managerin=manager|Mitarbeiter=employee|Mitarbeiterin=employee")
         .Add(Cue.FounderRole, "Mitgründer|Mitgründerin|Mitbegründer|Mitbegründerin|Gründer|Gründerin|Co-Founder|Co-Gründer|Mitgründern|Gründern")
         .Add(Cue.Former, "ehemalige|ehemaliger|ehemaligen|ehemaliges|früherer|frühere|früheren|Ex|einstige|einstiger|vormals|zuvor")
         .Add(Cue.Previously, "zuvor|vorher|davor|nachdem|bevor|früher")
         .Add(Cue.ToPrep, "zu|zum|zur|für")
         .Add(Cue.FromPrep, "von|vom")
         .Add(Cue.Genitive, "von|des")
         .Add(Cue.Coord, "und|sowie")
         .Add(Cue.Pronoun, "er|sie")
         .Add(Cue.CompanyAnaphor, "das Unternehmen|die Firma|das Start-up|das Startup|der Konzern|das Labor|dem Unternehmen|der Firma")
         .Add(Cue.StartupNoun, "Start-up|Startup|Firma|Unternehmen|Labor")
         .Add(Cue.Negation, "nicht|nie|kein|keine")
         .Add(Cue.Including, "darunter|unter anderem|etwa")
         .Add(Cue.PassiveBy, "von|um")
         .Add(Cue.Copula, "ist|war|als|wurde|wurden")
         .Add(Cue.ModifierSuffix, "finanzierte|unterstützte")
         .Add(Cue.Comitative, "gemeinsam mit|zusammen mit|mit")
         .Add(Cue.Recency, "kürzlich|diese Woche");
        l.Stop("der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im in auch als an er sie es wird wurde hat haben war bei nach aus wie noch bereits sein seine ihre über");
        l.WithGrams("ß ä ö ü sch ung ei ich der die");
        l.MonthNames("Januar|Jänner|Jan", "Februar|Feb", "März", "April|Apr", "Mai", "Juni", "Juli", "August|Aug", "September|Sept|Sep", "Oktober|Okt", "November|Nov", "Dezember|Dez");
        l.WeekdayNames("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag|Sonnabend", "Sonntag");
        l.NoNames("Der Die Das Den Dem Des Ein Eine Einen Einem Einer Und Im Am Zum Zur Nach Vor Seit Laut Bei Mit Von Für Auf Aus Als Auch Doch Aber Sein Seine Ihre Ihr Er Sie Es Wie Wo Dort Hier Zuvor Damit Dabei Dennoch Jetzt Heute Gestern Künstliche Intelligenz");
        return l;
    }

    private static LanguageLexicon Portuguese()
    {
        var l = new LanguageLexicon("pt");
        l.Add(Cue.Leave, "deixou|deixa|deixar|deixará|abandonou|abandona|saiu da|saiu do|saiu de|sai da|sai do|vai deixar|renunciou|pediu demissão|se desligou da|se desligou do|desligou-se da|desligou-se do")
         .Add(Cue.LeaveNoun, "saída|demissão|partida")
         .Add(Cue.Join, "retornar à|retornar ao|retornou à|retornou ao|voltou à|voltou ao|voltar à|regressou à|juntou-se à|juntou-se ao|juntou-se a|juntar-se à|juntar-se ao|se juntou à|se juntou ao|se juntará à|entrou na|entrou no|entrou para|ingressou na|ingressou no|integrou|aderiu à|aderiu ao|foi contratado pela|foi contratada pela|foi contratado pelo|foi contratada pelo|chega à|chegou à|reforça|reforçou")
         .Add(Cue.Move, "mudou-se para|se mudou para|foi para|vai para|irá para|transferiu-se para|trocou")
         .Add(Cue.Found, "fundada|fundado|fundou|funda|cofundou|criou|criar|fundar|lançou|fundada por|fundado por|cofundada por")
         .Add(Cue.Join, "para liderar|para dirigir|para comandar")
         .Add(Cue.Work, "trabalha na|trabalha no|trabalha em|trabalha para|sua passagem pela|sua passagem pelo")
         .Add(Cue.Work, "passou|dirigia|liderava|comandava|trabalhou na|trabalhou no|trabalhou em|trabalhou para|trabalhava na|trabalhava no|trabalhava em|trabalhou|trabalhava|passou pela|passou pelo|atuou na|atuou no", past: true)
         .Add(Cue.Recruit, "a contratação de|a chegada de|a nomeação de|contratou|contrata|recrutou|recruta|atraiu|atrai|tirou")
         .Roles("CEO|diretor-executivo=CEO|diretora-executiva=CEO|presidente-executivo=CEO|CTO|diretor de tecnologia=CTO|diretora de tecnologia=CTO|pesquisador=researcher|pesquisadora=researcher|investigador=researcher|cientista-chefe=chief scientist|cientista chefe=chief scientist|cientista=scientist|engenheiro=engineer|engenheira=engineer|presidente=president|vice-presidente=VP|diretor=director|diretora=director|diretor jurídico=general counsel|diretora jurídica=general counsel|chefe=head|líder=head|executivo=executive|executiva=executive|funcionário=employee|funcionária=employee")
         .Add(Cue.FounderRole, "cofundador|cofundadora|co-fundador|co-fundadora|fundador|fundadora|fundadores|cofundadores")
         .Add(Cue.Former, "ex|antigo|antiga")
         .Add(Cue.Previously, "anteriormente|antes|depois de|após")
         .Add(Cue.ToPrep, "para|pela|pelo|rumo à|rumo ao")
         .Add(Cue.FromPrep, "vindo da|vindo do|vinda da|vinda do|oriundo da|oriundo do")
         .Add(Cue.Genitive, "de|da|do")
         .Add(Cue.Coord, "e")
         .Add(Cue.Pronoun, "ele|ela")
         .Add(Cue.CompanyAnaphor, "a empresa|a companhia|a startup|o laboratório|a companhia")
         .Add(Cue.StartupNoun, "startup|empresa|companhia|laboratório")
         .Add(Cue.Negation, "não|nunca")
         .Add(Cue.Including, "incluindo|entre eles|como")
         .Add(Cue.PassiveBy, "por|pela|pelo")
         .Add(Cue.Copula, "é|era|foi|como")
         .Add(Cue.ModifierSuffix, "apoiada|apoiado")
         .Add(Cue.Comitative, "junto com|junto a|com|ao lado de|ao lado do|ao lado da")
         .Add(Cue.Recency, "recentemente|nesta semana");
        l.Stop("o a os as de do da dos das e em no na nos nas um uma por para com que se não mais mas foi ao à seu sua ele ela é são também já pelo pela entre quando muito sem sobre isso este esta ou segundo após");
        l.WithGrams("ção ões ão nh lh ã õ ç que dos das");
        l.MonthNames("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro");
        l.WeekdayNames("segunda-feira|segunda", "terça-feira|terça", "quarta-feira|quarta", "quinta-feira|quinta", "sexta-feira|sexta", "sábado", "domingo");
        l.NoNames("O A Os As Um Uma Segundo Após Antes Depois Desde Durante Em No Na Com Para Por Mas Sem Este Esta Seu Sua Ele Ela Ontem Hoje Além Enquanto Quando Como");
        return l;
    }

    private static LanguageLexicon Indonesian()
    {
        var l = new LanguageLexicon("id");
        l.Add(Cue.Leave, "meninggalkan|keluar dari|hengkang dari|hengkang|mundur dari|mengundurkan diri dari|mengundurkan diri|resign dari|cabut dari|berhenti dari|keluar")
         .Add(Cue.LeaveNoun, "kepergian|pengunduran diri|keluarnya|hengkangnya|mundurnya")
         .Add(Cue.Join, "bergabung dengan|bergabung ke|bergabung di|bergabung|bergabungnya|masuk ke|direkrut oleh|dibajak oleh|digaet oleh|berlabuh ke|berlabuh di")
         .Add(Cue.Move, "pindah ke|berpindah ke|beralih ke|hijrah ke|loncat ke|pindah")
         .Add(Cue.Join, "untuk memimpin")
         .Add(Cue.Found, "mendirikan|ikut mendirikan|turut mendirikan|meluncurkan|merintis|didirikan oleh|mendirikannya")
         .Add(Cue.Work, "bekerja di|bekerja pada|bekerja untuk|berkarier di|menjabat di")
         .Add(Cue.Work, "memimpin|sempat bekerja|pernah bekerja|sebelumnya bekerja|bekerja", past: true)
         .Add(Cue.Recruit, "perekrutan|merekrut|membajak|menggaet|mempekerjakan|memboyong")
         .Roles("peneliti=researcher|insinyur=engineer|ilmuwan kepala=chief scientist|kepala ilmuwan=chief scientist|kepala peneliti=chief scientist|ilmuwan=scientist|CEO|CTO|direktur=director|presiden=president|wakil presiden=VP|kepala=head|pemimpin=head|manajer=manager|eksekutif=executive|karyawan=employee|pegawai=employee|staf=staff|petinggi=executive")
         .Add(Cue.FounderRole, "pendiri|salah satu pendiri|pendiri bersama|co-founder|cofounder|founder|para pendiri")
         .Add(Cue.Former, "mantan|eks|bekas|sebelumnya")
         .Add(Cue.Previously, "sebelumnya|setelah|sebelum|sempat|pernah")
         .Add(Cue.ToPrep, "ke|untuk")
         .Add(Cue.FromPrep, "dari")
         .Add(Cue.Genitive, "milik")
         .Add(Cue.Coord, "dan|serta")
         .Add(Cue.Pronoun, "ia|dia|beliau")
         .Add(Cue.CompanyAnaphor, "perusahaan tersebut|perusahaan itu|perusahaan ini|startup tersebut|lab tersebut")
         .Add(Cue.StartupNoun, "startup|perusahaan rintisan|perusahaan")
         .Add(Cue.Negation, "tidak|bukan|belum")
         .Add(Cue.Including, "termasuk|di antaranya|antara lain")
         .Add(Cue.PassiveBy, "oleh")
         .Add(Cue.Copula, "adalah|merupakan|sebagai|menjabat sebagai")
         .Add(Cue.Comitative, "bersama|bersama dengan|dengan")
         .Add(Cue.Recency, "baru-baru ini|pekan ini|minggu ini");
        l.Stop("yang dan di ke dari untuk dengan ini itu pada dalam akan tidak juga ada adalah sebagai oleh karena atau sudah telah bahwa mereka kami kita saya ia dia para lebih secara bisa dapat seperti hingga antara setelah sebelum menurut belum");
        l.WithGrams("ng ny kan nya ber men an ah");
        l.MonthNames("januari|jan", "februari|feb", "maret|mar", "april|apr", "mei", "juni|jun", "juli|jul", "agustus|agu|agt", "september|sep", "oktober|okt", "november|nov", "desember|des");
        l.WeekdayNames("senin", "selasa", "rabu", "kamis", "jumat|jum'at", "sabtu", "minggu");
        l.NoNames("Menurut Pada Dalam Beberapa Salah Tapi Tren Bidang Di Ia Dia Sebelumnya Setelah Sejak Selama Namun Sementara Kemudian Saat Ketika Bagi Untuk Dengan Dari Yang Ini Itu Para Sang Minggu Senin Selasa Rabu Kamis Jumat Sabtu Peneliti Lab");
        return l;
    }

    private static LanguageLexicon Chinese(string code)
    {
        // One vocabulary serves both scripts: simplified and traditional forms are listed side by side.
        var l = new LanguageLexicon(code) { LabBeforeTitle = true };
        l.Add(Cue.Leave, "离开|离职|辞职|出走|告别|退出|卸任|离任|走的时候|離開|離職|辭職|離任|离开前|离开后|离开时|宣布离开|決定離開|决定离开")
         .Add(Cue.LeaveNoun, "离去")
         .Add(Cue.Join, "加入|加盟|入职|投奔|投入|入職|正式加入|宣布加入|选择加入|選擇加入")
         .Add(Cue.Move, "跳槽到|跳槽至|跳槽|转投|转战|转至|转到|前往|轉投|轉戰|轉到|跳槽加入")
         .Add(Cue.Found, "创立|创办|创建|共同创立|联合创立|参与创立|联合创办|共同创办|創立|創辦|創建|共同創立|聯合創立|參與創立|共同創辦|聯合創辦|成立了")
         .Add(Cue.Work, "工作|任职|供职|效力|就职|任職|供職|就職|领导|領導|负责|負責")
         .Add(Cue.Work, "出身|曾在|曾任职|曾任職|曾经在|曾經在", past: true)
         .Add(Cue.Recruit, "招募|聘请|挖走|挖来|招揽|延揽|网罗|引进|挖角|聘請|延攬|網羅|引進|招攬")
         .Add(Cue.Bring, "带到|带去|带入|帶到|帶去|帶入")
         .Add(Cue.BringMarker, "把|将")
         .Roles("首席执行官=CEO|CEO|首席技术官=CTO|CTO|首席科学家=chief scientist|总裁=president|副总裁=VP|研究副总裁=VP of research|产品副总裁=VP of product|研究员=researcher|研究人员=researcher|研究科学家=research scientist|科学家=scientist|工程师=engineer|首席工程师=lead engineer|负责人=head|主管=head|高级主管=head|副总监=deputy director|总监=director|董事长=chairman|高管=executive|员工=employee|技术负责人=technical lead|执行长=CEO|執行長=CEO|首席執行官=CEO|技術長=CTO|首席技術官=CTO|首席科學家=chief scientist|總裁=president|副總裁=VP|研究員=researcher|研究人員=researcher|科學家=scientist|工程師=engineer|首席工程師=lead engineer|負責人=head|總監=director|副總監=deputy director|董事長=chairman|員工=employee")
         .Add(Cue.FounderRole, "联合创始人|联创|创始人|创办人|共同创始人|联合创办人|聯合創始人|創始人|創辦人|共同創辦人|聯合創辦人|共同創始人|聯創")
         .Add(Cue.Former, "前|原|昔日|曾任|曾是")
         .Add(Cue.Previously, "此前|之前|以前|先前|曾|曾经|早前|曾經|隨後|随后")
         .Add(Cue.Blocker, "目前|提前|前景|前沿|前所未有|前后|前夕|前进|前來|前来|原因|原来|原來|原则|原則|原本|原先|其他|其它|他们|她们|他們|她們|他人|吉他|利他|当前|當前|眼前|空前|前面")
         .Add(Cue.ToPrep, "到|去|至")
         .Add(Cue.FromPrep, "从|自|從")
         .Add(Cue.Genitive, "的")
         .Add(Cue.Coord, "和|与|及|以及|、|跟|同|與|&")
         .Add(Cue.Pronoun, "他|她")
         .Add(Cue.CompanyAnaphor, "该公司|这家公司|这家初创公司|該公司|這家公司|這家新創公司")
         .Add(Cue.StartupNoun, "初创公司|创业公司|新公司|初創公司|創業公司|新創公司")
         .Add(Cue.Negation, "没有|没|未|不|並未|并未|並沒有|沒有|沒")
         .Add(Cue.Including, "包括|其中包括")
         .Add(Cue.PassiveBy, "被")
         .Add(Cue.Copula, "是|为|担任|成为|擔任|成為|為")
         .Add(Cue.Comitative, "一起|一同|携手|攜手")
         .Add(Cue.Recency, "刚刚|近日|日前|现在|剛剛|現在");
        l.MonthNames();
        return l;
    }

    private static LanguageLexicon Japanese()
    {
        var l = new LanguageLexicon("ja") { HeadFinal = true, LabBeforeTitle = true };
        l.Add(Cue.Leave, "退社|退職|辞任|離脱|去った|去り|去る|離れ|辞め|退任")
         .Add(Cue.LeaveNoun, "退社|退任")
         .Add(Cue.Join, "入社|加入|合流|加わ|参画|入り|復帰|参加|就任")
         .Add(Cue.Move, "移籍|転職|移っ|移る|移り")
         .Add(Cue.Found, "設立|創業|創設|立ち上げ|共同設立|共同創業|創立")
         .Add(Cue.Work, "勤務|在籍|働い|勤め|務め|率い")
         .Add(Cue.Work, "在籍していた|勤務していた|働いていた|務めた", past: true)
         .Add(Cue.Recruit, "採用|引き抜|招聘|迎え入れ")
         .Roles("AI責任者=head of AI|最高経営責任者=CEO|CEO|最高技術責任者=CTO|CTO|研究者=researcher|研究員=researcher|主任研究員=lead researcher|科学者=scientist|チーフサイエンティスト=chief scientist|主任科学者=chief scientist|エンジニア=engineer|技術者=engineer|社長=president|副社長=VP|幹部=executive|責任者=head|部長=head|会長=chairman|社員=employee")
         .Add(Cue.FounderRole, "創業メンバー|共同創業者|創業者|共同創設者|創設者|共同設立者|設立者|創立者")
         .Add(Cue.Former, "元|前|旧")
         .Add(Cue.Previously, "以前|かつて|前に|その後|後に")
         .Add(Cue.Blocker, "次元|地元|元々|手元|足元|前回|前年|前日|午前|以前|名前|事前")
         .Add(Cue.ToPrep, "に|へ")
         .Add(Cue.FromPrep, "から")
         .Add(Cue.Genitive, "の")
         .Add(Cue.Coord, "と|や|および|及び")
         .Add(Cue.Pronoun, "彼|彼女|同氏|自ら")
         .Add(Cue.Blocker, "彼ら|彼女ら")
         .Add(Cue.CompanyAnaphor, "同社|同研究所|同ラボ")
         .Add(Cue.StartupNoun, "スタートアップ|新会社")
         .Add(Cue.Negation, "ない|せず")
         .Add(Cue.Including, "を含む")
         .Add(Cue.Copula, "は|として")
         .Add(Cue.PassiveBy, "によって")
         .Add(Cue.Comitative, "とともに|と共に|と一緒に")
         .Add(Cue.Recency, "先日|このほど");
        return l;
    }

    private static LanguageLexicon Korean()
    {
        var l = new LanguageLexicon("ko") { HeadFinal = true, LabBeforeTitle = true };
        l.Add(Cue.Leave, "떠나|떠났|떠난|떠날|퇴사|사임|그만두|그만뒀|이탈|결별")
         .Add(Cue.LeaveNoun, "퇴사|사임")
         .Add(Cue.Join, "합류|입사|영입됐|영입되|가세|들어갔|복귀")
         .Add(Cue.Move, "이직|옮겨|옮겼|옮긴")
         .Add(Cue.Found, "설립|창업|공동 설립|공동설립|세웠|창립")
         .Add(Cue.Work, "근무|재직|일하")
         .Add(Cue.Work, "일했|몸담았|근무했|재직했", past: true)
         .Add(Cue.Recruit, "영입|채용|스카우트|데려갔")
         .Roles("최고경영자=CEO|CEO|최고기술책임자=CTO|CTO|연구원=researcher|연구자=researcher|수석 과학자=chief scientist|수석과학자=chief scientist|과학자=scientist|엔지니어=engineer|사장=president|부사장=VP|대표=CEO|책임자=head|임원=executive|의장=chairman|직원=employee")
         .Add(Cue.FounderRole, "공동창업자|공동 창업자|창업자|공동설립자|공동 설립자|설립자|창립자")
         .Add(Cue.Former, "전|前")
         .Add(Cue.Previously, "이전에|전에|앞서|이후")
         .Add(Cue.ToPrep, "로|으로|에")
         .Add(Cue.FromPrep, "에서")
         .Add(Cue.Genitive, "의")
         .Add(Cue.Coord, "와|과|및|그리고")
         .Add(Cue.Pronoun, "그는|그가|그녀는|그녀가")
         .Add(Cue.CompanyAnaphor, "이 회사|해당 회사|그 회사|회사 측")
         .Add(Cue.StartupNoun, "스타트업")
         .Add(Cue.Negation, "않|못")
         .Add(Cue.Including, "포함해")
         .Add(Cue.Comitative, "함께")
         .Add(Cue.Recency, "최근");
        return l;
    }
}
