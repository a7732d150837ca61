"""English cues. Patterns run on lower-cased sentences with straight apostrophes and single spaces."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "NEG": r"(?:not|n't|never|no longer|unable to|cannot|can't)",
    "OBJ": (
        r"(?:you\b|your\b|it (?:any )?further|(?:any|all) (?:of the |other |external |remaining |further |more )*"
        r"(?:applicants|applications|candidates|candidacies|candidates')|an offer|the offer|(?:the|this) application"
        r"|(?:the|this|that) candidacy|it\b|yours\b|this\b)"
    ),
    "OTHERS": (
        r"(?:other|another|a different|different|alternative|the other|those|a (?:small )?(?:number|few|handful) of "
        r"(?:other )?|(?:an)?other,? (?:more |stronger |better )?(?:qualified|experienced|suitable|senior|relevant) |"
        r"more (?:qualified|experienced|suitable|senior) |stronger |a stronger |a more (?:\w+ )?)"
    ),
    "PEOPLE": (
        r"(?:candidates?|applicants?|profiles?|individuals?|persons?|people|finalists?|talents?|hires?|someone|"
        r"somebody|internal candidates?|(?:team )?members?|options|applications)"
    ),
    "APP": r"(?:application|candidacy|candidature|cv|resume|profile|application form|submission for the (?:role|position))",
    "JOBNOUN": (
        r"(?:position|role|job|vacancy|post|opening|requisition|opportunity|search|spot|seat|req|internship|placement|"
        r"contract|apprenticeship|gig|shift|hours|hire)"
    ),
}

_E: list[Entry] = [
    # --- decisions against the candidate -----------------------------------------------------------------
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:mov(?:e|ing)|go(?:ing)?) (?:forward|ahead)"
        r"(?: with <<OBJ>>| (?:at this (?:time|stage|point)|for now|on this occasion|in the process|this time)|\s*[.,;!]|$)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:proceed(?:ing)?|progress(?:ing)?|continu(?:e|ing)|pursu(?:e|ing)|"
        r"advanc(?:e|ing)|tak(?:e|ing) (?:your (?:application|candidacy) )?(?:forward|further)) "
        r"(?:further |forward )?(?:(?:the|this|our) (?:process|conversations?|discussions?|recruitment|application "
        r"process|interview process|hiring process) )?(?:with |on )?<<OBJ>>",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:proceed|progress|continu|pursu|advanc)\w* (?:any )?further\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:tak(?:e|ing)|mov(?:e|ing)|put(?:ting)?|push(?:ing)?|bring(?:ing)?) "
        r"(?:you|yours|it|this|things|matters|your (?:\w+ )?(?:application|candidacy|candidature|profile|cv|resume)|"
        r"(?:the|this) (?:application|candidacy|candidature)) (?:any )?(?:forward|further|ahead|on)\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:consider(?:ing)?|progress(?:ing)?|accept(?:ing)?|pursu(?:e|ing)|"
        r"shortlist(?:ing)?) (?:your|the|this) (?:\w+ )?(?:application|candidacy|candidature|profile)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:consider(?:ing)?|invit(?:e|ing)|shortlist(?:ing)?|offer(?:ing)?|"
        r"select(?:ing)?|hir(?:e|ing)) you\b(?! to (?:apply|reapply))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:decided|decision) (?:not to|to not|against) (?:\w+ ){0,2}?(?:mov\w*|proceed\w*|progress\w*|continu\w*|"
        r"pursu\w*|advanc\w*|extend\w*|mak\w*|offer\w*|invit\w*|hir\w*|shortlist\w*|select\w*|tak\w*|go|going|"
        r"bring\w*|recommend\w*)(?: forward| ahead| further| on)?(?: with)? ?(?:<<OBJ>>|an offer|at this|for now|"
        r"this time|on this occasion|\s*[.,;!]|$)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:mov(?:e|ing|ed)|proceed(?:ing|ed)?|progress(?:ing|ed)?|go(?:ing)?|gone|went|continu(?:e|ing|ed)|"
        r"pursu(?:e|ing|ed)|advanc(?:e|ing|ed)|focus(?:ing|ed)?|prioriti[sz](?:e|ing|ed)|decided to go|"
        r"opted to go|chose to go) (?:forward |ahead )?(?:with|on) <<OTHERS>> ?(?:\w+ ){0,3}?<<PEOPLE>>\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:pursu(?:e|ing|ed)|select(?:ed|ing)?|cho(?:ose|sen|se)|progress(?:ing|ed)?|advanc(?:e|ing|ed)|hir(?:e|ed|ing)|"
        r"offer(?:ed)? the (?:role|position|job) to) <<OTHERS>> ?(?:\w+ ){0,3}?<<PEOPLE>>\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:mov(?:e|ing|ed)|proceed(?:ing|ed)?|progress(?:ing|ed)?|go(?:ing)?|gone|went|continu(?:e|ing|ed)|"
        r"pursu(?:e|ing|ed)|advanc(?:e|ing|ed)) (?:forward |ahead )?with (?:the )?(?:candidates|applicants|profiles) "
        r"(?:whose|who|that)\b",
    ),
    (
        Cue.REJECT,
        0.8,
        r"\b(?:candidates?|applicants?|applications|profiles?|someone|somebody|individuals?|people|a person|finalists?|another "
        r"(?:\w+ )?(?:candidate|applicant|person|finalist)) (?:whose|who|that|with) (?:\w+ ){0,8}?"
        r"(?:more closely|closer|more directly|better|more relevant|stronger|more suited|more suitable|most closely|"
        r"best (?:match|fit|suit)|(?:more )?closely align|more experience|more hands-on|more (?:specific|direct))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:offer(?:ed|ing)?|give|given|giving|extend(?:ed|ing)?|award(?:ed)?|hand(?:ed)?) (?:the |this |that |our )?"
        r"(?:[\w(),&/-]+ ){0,7}?<<JOBNOUN>> to (?:another|someone|somebody|a different|an? (?:internal |external )?"
        r"(?:candidate|applicant)|the other|one of the other|a colleague)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:cho(?:se|sen)|select(?:ed)?|hired?|hiring|appoint(?:ed)?|pick(?:ed)?|went with|go with|going with|gone with|"
        r"went for|go for|going for|gone for|went wiht|gone wiht|mov(?:e|ing|ed) ahead with|go(?:ing)? ahead with|"
        r"decided on|decided for|settled on|opted for|identified|found|offered it to|decided in favou?r of|in favou?r of|"
        r"moving ahead with|proceed(?:ed|ing)? with|progress(?:ed|ing)? with|recruited|recommended|nominated|"
        r"filled (?:it|the role|the "
        r"position) with) (?:a |an |the )?(?:another|a different|different|other|someone(?: else)?|somebody(?: else)?|"
        r"(?:an? )?(?:internal|external|stronger|more (?:experienced|senior|qualified|suitable)) (?:candidate|applicant|"
        r"person|hire|employee|colleague|team member)|candidates? (?:whose|who|with)|applicants? (?:whose|who|with)|a candidate (?:whose|who|with)|"
        r"another candidate|a more)\b(?! (?:round|time|date|slot|interviewer|day|week|call))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:asked|invited|hired|appointed|chosen|chose|selected) (?:another|a different|someone|somebody) "
        r"(?:\w+ )?(?:to (?:join|take|fill|lead|step)|for the (?:role|position|job)|as (?:our|the))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:\byou\b|your <<APP>>|(?:the|this) (?:application|candidacy))(?: \w+){0,3}? (?:has |have |was |were |is |are |had |will )?"
        r"(?:not|n't|unfortunately not) (?:be )?(?:been )?(?:successful|selected|shortlisted|short-listed|chosen|"
        r"progressed|considered (?:any )?further|taken (?:any )?(?:forward|further)|put forward|moved forward|advanced|"
        r"accepted|invited to (?:an )?interview|invited for (?:an )?interview|invited to the next)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:\byou\b|your <<APP>>|(?:the|this) application)(?: \w+){0,3}? (?:has|have|was|were|is|are) (?:been |now |"
        r"unfortunately )*(?:unsuccessful|declined|rejected|turned down|not successful)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bunsuccessful (?:on this occasion|at this (?:time|stage|point)|this time|in your application|for (?:this|the) "
        r"(?:role|position|post|vacancy))",
    ),
    (
        Cue.REJECT,
        0.6,
        r"\b(?:application|candidacy|you) (?:was|were|has been|have been) unsuccessful",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:declin(?:e|ing)|reject(?:ing)?|turn(?:ing)? down) (?:your|the|this) (?:job )?(?:application|candidacy|"
        r"candidature)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"no longer (?:be )?(?:under consideration|in consideration|being considered|considered|in the running|"
        r"in (?:the|our) (?:process|selection process|hiring process)|(?:be )?moving forward|progressing)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:went|go|going|gone|headed|heading) (?:in )?(?:another|a different|a new) (?:direction|way|route)"
        r"(?! with (?:it\b|(?:this|that|the) (?!hire|role|position|job|candidate|applicant|person|opening|search)))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:extend|extending|make|making|offer|offering|move forward with) "
        r"(?:you )?(?:an|the|a formal|a job) offer(?! (?:until|before|yet|just yet|at this (?:point|stage)|right now))",
    ),
    (
        Cue.REJECT,
        0.7,
        r"(?:not|n't) (?:quite )?(?:the |a |an )?(?:(?:right|best|good|strong|close|ideal|great|natural) (?:enough )?)?"
        r"(?:fit|match)\b(?! for (?:the )?(?:call|date|time))",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:isn't|is not|wasn't|was not|not) (?:quite |really )?the right (?:fit|match)\b(?! for (?:the )?(?:call|date|time))"
        r"|\b(?:it's|it is|this is|that's|that is|it was) not (?:quite |really )?(?:a|the right|the best) (?:fit|match)\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:not|n't|unable)(?: \w+){0,5} bring(?:ing)? you (?:on board|onboard|on|in|aboard)\b",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:decided|decision) not to (?:take on|hire|recruit|bring (?:on|in)|fill|go ahead with|proceed with) (?:an? |the "
        r"|any )?(?:\w+ ){0,2}?(?:intern|interns|role|position|hire|person|candidate|anyone|someone|new|job|post|"
        r"apprentice|trainee|staff)\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?going (?:any )?further\b|\b(?:won't|will not|isn't|is not) (?:be )?(?:taken|progressed) (?:any )?"
        r"further\b",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:pursu\w*|select\w*|progress\w*|advanc\w*|interview\w*|shortlist\w*|consider\w*|proceed\w* with|"
        r"mov\w* (?:forward|ahead) with) (?:other |the |some )?(?:candidates|applicants) (?:whose|who|that)\b",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:found|deemed|determined to be|rated|assessed as) (?:not |in)eligible\b|\bdid not meet the (?:minimum |"
        r"essential |basic )?(?:qualification |qualifications |eligibility )?(?:requirements|criteria)\b|\bnot referred\b|"
        r"(?:below|under|did not (?:reach|achieve|meet)) the (?:minimum )?pass(?:ing)? (?:score|mark|grade)|not (?:be )?"
        r"placed on the (?:eligible|eligibility|merit|reserve) list",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:your |the )?(?:profile|experience|background|skills?(?: set)?|qualifications?|application|cv|resume) "
        r"(?:is|are|was|were|does|do|did) not (?:quite )?(?:match(?:ing)?|align(?:ing)?|suit(?:ing)?|meet(?:ing)?|"
        r"fit(?:ting)?|correspond(?:ing)?)(?: with| to)? (?:our|the|all of the|all our) (?:current |essential |minimum |"
        r"specific )?(?:requirements?|needs|criteria|role|position|job|brief|profile)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:giv(?:e|ing|en)|gave|offer(?:ed|ing)?|award(?:ed|ing)?|hand(?:ed|ing)?|made an offer|extended an offer"
        r"|made (?:an|the) offer) (?:it |the (?:role|job|position|spot|post|offer) )?to (?:someone|somebody|one of "
        r"(?:our|the)|an(?:other)? (?:internal |external )?(?:candidate|applicant|finalist|person)|another|a colleague|"
        r"a (?:current|internal|former)|the other (?:candidate|finalist|applicant|person))",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:role|job|position|post|spot|offer) (?:has |have )?(?:went|gone|go) to (?:someone|somebody|an(?:other)? "
        r"(?:internal |external )?(?:candidate|applicant|person|hire)|a colleague|one of (?:our|the))",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:(?:decided|going|'re going|are going|will|'ll|have decided|need|have) to|gonna|we'll|we will|i'll|i will) "
        r"pass(?:\s*(?:for now|at this "
        r"(?:time|stage|point)|this time|on (?:you|your (?:application|candidacy|profile)|this one|it|moving)\b)|\s*[.,;!–—-]|$)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"<<NEG>> (?:be )?(?:(?:able|going) to )?(?:schedul(?:e|ing)|arrang(?:e|ing)|book(?:ing)?|invit(?:e|ing) you to|"
        r"set(?:ting)? up|mov(?:e|ing) (?:you )?(?:forward )?to) (?:any |an(?:y)? |a |the )?(?:further|more|another|additional|"
        r"next|second|final|follow-up) (?:interviews?|rounds?|steps?|stages?|conversations?|calls?)",
    ),
    (
        Cue.REJECT,
        0.8,
        r"\b(?:the )?(?:successful|chosen|selected|preferred|appointed|other) (?:candidate|applicant) (?:had|has|was|brought|with|"
        r"whose|who)",
    ),
    (
        Cue.REJECT,
        0.8,
        r"another (?:candidate|applicant|finalist|person)'s (?:\w+ ){0,2}(?:was|were|is) (?:\w+ ){0,3}"
        r"(?:better|closer|more|stronger|a more)",
    ),
    (
        Cue.REJECT,
        0.8,
        r"(?:clos(?:e|ing|ed)|archiv(?:e|ing|ed)) (?:out )?(?:your|the remaining|all remaining|all other|any remaining) "
        r"(?:\w+ )?(?:applications?|candidac(?:y|ies)|candidates)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:applications?|applicants?|candidates?|candidacies|anyone|everyone|external candidates|shortlist)[\w ,–-]{0,40}"
        r"(?:including (?:yours|you)\b|(?:you|yours|yourself) included)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:not|n't) (?:be )?(?:moving|progressing|proceeding|going|advancing|inviting|taking|bringing|putting) "
        r"(?:you |your (?:application|candidacy) )?(?:forward |ahead |on |through )?to (?:the |a )?(?:next|final|"
        r"following|onsite|further|interview|second|third|last) (?:stage|round|step|phase|interviews?)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:not|n't) (?:be )?(?:(?:going|able) to )?(?:taking|take|bringing|bring|progressing|moving|putting) "
        r"(?:anyone|anybody|any (?:of the )?(?:candidates|applicants)|you) (?:else )?(?:forward|further|on board|onboard|"
        r"on|in)\b",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:we've|we have|we|i've|i have|i|they've|they have|they|the team has|the team) (?:\w+ )?(?:decided to |"
        r"are going to |'re going to |will )?keep (?:looking|searching)\b|\bit(?:'s| is) a no\b(?: from| for| this)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:decided|decision|chosen|opted|going) (?:to )?(?:stick|stay|continue|carry on) with (?:his|her|their|our|"
        r"the|my) (?:current|existing|previous|present|regular)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:withdraw(?:ing|n)?|withdrew|rescind(?:ing|ed)?|retract(?:ing|ed)?|pull(?:ing|ed)?) (?:the |your |our |my )?"
        r"(?:job |conditional |verbal |written )?offer\b",
    ),
    (
        Cue.REJECT,
        0.9,
        r"\b(?:unable|not able|won't be able|will not be able|not going) to (?:appoint|hire|recruit)(?: to)? "
        r"(?:this|the|a|any|anyone|anybody)\b|\bno (?:appointment|hire) will be made",
    ),
    (
        Cue.REJECT,
        0.7,
        r"^(?:re: )?(?:your )?(?:job )?(?:application|candidacy)(?: status| update| outcome)?\W{1,3}(?:unsuccessful|"
        r"rejected|declined|not selected|not successful)",
    ),
    # --- the position itself ----------------------------------------------------------------------------
    (
        Cue.FILLED,
        0.9,
        r"\b<<JOBNOUN>>(?:'s|'ve)? (?:been |now |already |just )*(?:taken|gone)\b(?! (?:down|offline|off|over))",
    ),
    (
        Cue.FILLED,
        0.9,
        r"\b<<JOBNOUN>>(?: [\w(),&/–-]+){0,6}? (?:has|have|had|was|is|were)(?: now| since| already| just| recently|"
        r" successfully| unfortunately)* (?:been )?filled",
    ),
    (
        Cue.FILLED,
        0.9,
        r"\b(?:we|i|they)\b[^.]{0,30}?\bfill(?:ed|ing) (?:the|this|that|our|your) (?:[\w(),&/–-]+ ){0,6}?<<JOBNOUN>>\b",
    ),
    (
        Cue.FILLED,
        0.9,
        r"\b(?:we|we've|we have|i've|i have|the (?:team|firm|company|practice|school|district|hiring team)(?: has| have)?|"
        r"(?:has|have)) (?:now |already |recently |since |just )*filled (?:the|this|that|our|your) (?:[\w(),&/–-]+ ){0,6}?"
        r"<<JOBNOUN>>",
    ),
    (Cue.FILLED, 0.9, r"\bfilled (?:the (?:role|position|vacancy|post) )?internally"),
    (
        Cue.FILLED,
        0.5,
        r"<<JOBNOUN>>(?: \w+){0,3}? (?:is|was|are) no longer (?:available|open)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"\b(?:pulled|cancell?ed|withdrawn|closed|scrapped|shelved|frozen|paused) (?:the |this |our |that )?"
        r"(?:vacancy|role|position|job|req|requisition|opening|search|post|hire|recruitment)\b|\b(?:recruitment|"
        r"search|process|campaign|vacancy) (?:has been|was|is|'s been) (?:closed|cancell?ed|withdrawn|halted|stopped)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"\b(?:position|role|requisition|vacancy|search|opening|hiring|job|post|req)(?: [\w(),&/–-]+){0,6}? (?:has|have|was|is|"
        r"were|had)(?: now| been| currently| temporarily| unfortunately| officially)* (?:been )?(?:put |placed )?"
        r"(?:on hold|paused|frozen|cancell?ed|closed|withdrawn|eliminated|suspended|pulled)",
    ),
    (Cue.ON_HOLD, 0.5, r"\bhiring freeze|freeze on (?:all )?(?:new )?hiring"),
    (
        Cue.ON_HOLD,
        0.5,
        r"(?:decided|decision) not to (?:fill|hire for|recruit for|go ahead with|proceed with (?:the )?(?:hire|hiring|"
        r"recruitment|search)|open)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"no longer (?:hiring|recruiting) for|(?:role|position)(?: as posted)? no longer exists",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"(?:budget (?:cuts?|reductions?|constraints?)|restructur\w+|reorgani[sz]ation)",
    ),
    # --- softer wording that usually comes with a rejection -------------------------------------------------
    (
        Cue.REJECT,
        0.9,
        r"\bmore (?:successful |suitable |qualified |strong )?(?:candidates|applicants) than (?:posts|positions|vacancies|"
        r"roles|places|openings)",
    ),
    (
        Cue.HINT,
        0.5,
        r"\bplaced on (?:a|our|the) (?:merit|reserve|waiting|eligibility) list",
    ),
    (
        Cue.HINT,
        0.5,
        r"\bregret (?:to (?:inform|advise|tell|let you know|say|share|report)|that we)",
    ),
    (
        Cue.HINT,
        0.5,
        r"\b(?:i am|i'm|we are|we're|i was|we were) (?:very |truly |really |so )?(?:sorry|sad|disappointed) "
        r"(?:to (?:let you know|tell you|inform you|say|share|report|deliver|write|have to|be writing)|that)",
    ),
    (
        Cue.HINT,
        0.6,
        r"not the (?:news|outcome|answer|result|update|decision) you (?:were |had been )?(?:hoping|hoped|wanted|"
        r"looking)",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:keep|retain|hold|store|have|add) your (?:cv|resume|details|profile|information|application|portfolio|"
        r"data|name)(?: \w+){0,4}? (?:on file|in mind|for future|in our (?:talent|candidate|database)|to our)",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:encourage|invite|welcome|urge) you to (?:re-?apply|apply (?:again|for (?:other|future|any))|keep an eye|"
        r"check our|visit our|review (?:our|future)|continue to (?:review|visit|check))",
    ),
    (
        Cue.HINT,
        0.2,
        r"apply again|re-?apply|future (?:openings|opportunities|roles|vacancies|positions)",
    ),
    (
        Cue.HINT,
        0.25,
        r"(?:wish|wishing) you (?:(?:every|all the|the very|the|much|great|good|continued|lots of) )?(?:best|success|luck)|"
        r"(?:best|good) (?:of )?luck (?:with|in|on) (?:your|the)",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:difficult|tough|hard|close|not an easy) (?:decision|call|choice)",
    ),
    (
        Cue.HINT,
        0.3,
        r"not a reflection (?:of|on)|(?:doesn't|does not|isn't|is not) (?:a )?reflect",
    ),
    (Cue.HINT, 0.15, r"\bunfortunately\b"),
    (
        Cue.HINT,
        0.2,
        r"(?:outcome|decision|result) (?:of|on|regarding|about) your (?:application|candidacy|interview)",
    ),
    # --- the other things job mail says -----------------------------------------------------------------------
    (
        Cue.POSITIVE,
        1.0,
        r"(?:like|love|happy|pleased|glad|excited|delighted|decided|want|wanted|able) to (?:move|proceed|progress|"
        r"advance|continue|invite|take) (?:forward |ahead )?(?:with )?(?:you\b|your (?:application|candidacy))",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:mov(?:e|ed|ing)|progress(?:ed|ing)?|advanc(?:e|ed|ing)|invit(?:e|ed|ing)|proceed(?:ed|ing)?|go(?:ing)?) "
        r"(?:you )?(?:forward |through |on )?(?:to|into|for|with) (?:the |a )?(?:next|final|second|third|following|"
        r"onsite|technical) (?:stage|step|round|phase|interview)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"\byou(?:'ve| have| are| were)? (?:been )?(?:shortlisted|selected (?:for|to)|invited|chosen|moved forward|"
        r"advanced)",
    ),
    (
        Cue.POSITIVE,
        0.8,
        r"(?:invite|inviting|invitation) (?:you )?(?:to|for) (?:a |an |the |our )?(?:\w+ ){0,3}?(?:interview|call|chat|"
        r"conversation|meeting|assessment|onsite|on-site|visit|coffee|session|day|round|panel)",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:schedule|set up|arrange|book) (?:a |an |the |your |some )?(?:\w+ ){0,2}?(?:interview|call|chat|"
        r"conversation|meeting|time)\b",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:share|send|let me know|let us know) (?:your |me your |us your )?availability|(?:pick|choose|select|book) "
        r"a (?:time|slot)|which (?:of these )?(?:times?|days?|slots?) (?:works?|suits?)|would [\w ,:]{1,40} (?:work|suit) "
        r"(?:for )?you",
    ),
    (Cue.POSITIVE, 0.6, r"\b(?:great|good|exciting|some good) news\b"),
    (
        Cue.POSITIVE,
        0.5,
        r"(?:would|'d) (?:like|love) to (?:speak|talk|chat|meet) (?:with )?(?:you|more)",
    ),
    (
        Cue.POSITIVE,
        0.5,
        r"(?:were|was) (?:very |really )?impressed (?:by|with) your (?:application|profile|background)"
        r"(?! but)(?!.*\bhowever\b)",
    ),
    (
        Cue.OFFER,
        1.0,
        r"(?:pleased|delighted|happy|thrilled|excited|glad) to (?:extend|offer|make|present|send) (?:you )?"
        r"(?:with )?(?:an |a |the |our )?(?:formal |verbal |written |official )?(?:offer|position|role|job)",
    ),
    (
        Cue.OFFER,
        0.9,
        r"(?:extend(?:ing)?|mak(?:e|ing)|send(?:ing)?|prepar(?:e|ing)) (?:you )?(?:an|a formal|a written|a verbal|the|our) "
        r"(?:\w+ )?offer\b",
    ),
    (
        Cue.OFFER,
        0.8,
        r"\b(?:offer letter|offer of employment|employment offer|job offer|your offer|the offer|revised offer|"
        r"original offer|offer package|offer details)",
    ),
    (
        Cue.OFFER,
        0.6,
        r"\bcongratulations\b|welcome aboard|welcome to the team",
    ),
    (
        Cue.OFFER,
        0.3,
        r"start date|base salary|sign-on|signing bonus|\bequity\b|stock options|background check",
    ),
    (
        Cue.ACK,
        0.9,
        r"(?:we(?:'ve| have)?|we) (?:successfully |now |just )?receiv(?:ed|e) your (?:job )?(?:application|cv|resume|"
        r"submission|interest)",
    ),
    (
        Cue.ACK,
        0.9,
        r"(?:confirm|confirming|confirmation|acknowledg\w*)(?: of)? (?:that )?(?:we(?:'ve| have) )?(?:received|receipt|"
        r"your application)",
    ),
    (
        Cue.ACK,
        0.8,
        r"application (?:has been |was |is )?(?:successfully )?(?:received|submitted)",
    ),
    (
        Cue.ACK,
        0.2,
        r"(?:thank you|thanks) for (?:applying|your application|submitting)",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:will|'ll|are going to|shall) (?:now |carefully |be |soon )*(?:review|reviewing|assess|assessing|consider|"
        r"considering|look at|looking at|go through|going through|read|reading) (?:your|all|the|each|every)",
    ),
    (
        Cue.ACK,
        0.7,
        r"\b(?:if|should) (?:your|you)\b[^.]{0,120}(?:match|fit|selected|shortlisted|suitable|successful|progress|"
        r"move forward|aligns?|interested in)[^.]{0,80}(?:contact|in touch|reach out|hear|get back|call|email)",
    ),
    (
        Cue.ACK,
        0.9,
        r"only (?:the )?(?:shortlisted|selected|successful|short-listed) (?:candidates|applicants)|only (?:candidates|"
        r"applicants) (?:who are |selected|shortlisted|whose)",
    ),
    (
        Cue.ACK,
        0.9,
        r"(?:not|n't|unable to|cannot|can't) (?:be )?(?:able to )?(?:respond|reply|get back)(?: to)? (?:to )?(?:every|"
        r"each|all|everyone|individually|personally)",
    ),
    (Cue.ACK, 0.9, r"if you (?:do not|don't|have not|haven't|did not|didn't) hear (?:from|back)"),
    (Cue.ACK, 0.4, r"(?:check|track|view) (?:the )?status of your application|application status"),
    (
        Cue.ACK,
        0.4,
        r"(?:within|in|over) the (?:next|coming) (?:few |couple of )?(?:days|weeks)",
    ),
    (Cue.RESCHEDULE, 0.9, r"\bre-?schedul"),
    (
        Cue.RESCHEDULE,
        0.8,
        r"(?:mov(?:e|ed|ing)|push(?:ed)?|shift(?:ed)?|chang(?:e|ed)|postpon(?:e|ed)) (?:your |the |our )?(?:interview|"
        r"call|meeting|chat|conversation)|(?:interview|call|meeting|chat) (?:has been |was |is )?(?:moved|cancell?ed|"
        r"postponed|rescheduled|pushed)",
    ),
    (
        Cue.RESCHEDULE,
        0.4,
        r"\bnew (?:time|date|slot|times)\b|\bpostpon",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:online |technical |coding |skills )?(?:assessment|take-home|take home|coding (?:challenge|exercise|test)|"
        r"technical test|online test|case study|hackerrank|codility|codesignal)\b",
    ),
    (
        Cue.ALERT,
        0.8,
        r"\bjob alerts?\b|\bnew jobs?\b|\bjobs? (?:for you|matching|that match|you might|recommended|near you)|"
        r"recommended (?:jobs|roles)|similar (?:jobs|roles)|no longer accepting applications|jobs? you (?:saved|viewed)|"
        r"(?:saved|viewed) (?:a |your )?(?:job|application)|new roles? (?:at|that match)|roles that match your|"
        r"(?:your|the) application was viewed",
    ),
    (
        Cue.NEWSLETTER,
        0.5,
        r"\bnewsletter\b|\bissue #?\d+|this week's|you(?:'re| are) receiving this (?:email |because)|subscribed|"
        r"\bedition\b|\bdigest\b|read more",
    ),
    (
        Cue.SURVEY,
        0.9,
        r"\bsurvey\b|questionnaire|how (?:was|did) (?:your|you find) (?:experience|the (?:process|interview))|"
        r"rate (?:your|the|us|our)|(?:feedback|thoughts) on (?:your|the|our|how the) (?:\w+ )?(?:experience|hiring|"
        r"recruiting|interview|application|process)|how likely are you to recommend|candidate experience|"
        r"net promoter|\bnps\b",
    ),
    (
        Cue.OUTREACH,
        0.8,
        r"(?:we've|we have|we're|we are) (?:just |now |recently )?(?:opened|opening|launching|hiring for) (?:a|an|another|up|"
        r"two|several)|\breconnect|you (?:may|might) remember|we (?:spoke|met|talked) (?:last|a (?:few|couple)|about a)|"
        r"(?:a year|a few months|months|years|some time) ago|last (?:spring|summer|autumn|fall|winter|year)|"
        r"(?:previously|once) applied",
    ),
    (
        Cue.OUTREACH,
        0.8,
        r"came across your (?:profile|background|cv)|(?:found|saw|noticed) your (?:profile|background)|"
        r"i'm (?:working|partnering) with|working exclusively|are you open to|would you be (?:open|interested)|"
        r"worth a (?:chat|call)|open to (?:a )?(?:chat|call|conversation|new opportunities|hearing)|reaching out "
        r"(?:because|about|regarding|to see)|cold (?:message|email)|you(?:'d| would) be a (?:great|strong|good|very good) "
        r"fit|your profile looks",
    ),
    (
        Cue.WITHDRAWN,
        0.9,
        r"congratulations on (?:your|the) new (?:role|job|position|post|opportunity)|(?:respect|understand) your "
        r"decision|your decision to (?:withdraw|accept|pursue|take|go)|(?:accepted|taken|chose|chosen) (?:an|another) "
        r"(?:offer|role|position|job) (?:elsewhere|with another)",
    ),
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:withdrawn|withdrew|withdraw) your (?:application|candidacy)|you(?:'ve| have) withdrawn|"
        r"withdrawal of your|as (?:you )?requested,? (?:we(?:'ve| have) )?(?:withdrawn|removed)|"
        r"(?:withdrawn|removed|closed) (?:at|per|following) your (?:own )?request",
    ),
    (
        Cue.PERSONAL,
        0.6,
        r"sorry to hear|their loss|(?:rejected|turned down|ghosted|dropped) me|\bi got (?:rejected|turned down|the "
        r"(?:rejection|email|template))|i didn't get (?:the|it|that)|i wasn't selected|\bmy (?:application|candidacy|"
        r"interview|rejection)\b|\bdrinks\b|grab (?:a )?coffee|\bugh\b|\blol\b|\bhaha",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:thank you|thanks|grateful|appreciate)[^.]{0,80}(?:interview|meeting|speaking|talking|conversation|chat|"
        r"coming in|visit|time with|final round|onsite|on-site|trial|loop|panel|presentation|take-home|case study)|"
        r"(?:after|following|since) (?:your|our|the) (?:\w+ ){0,2}(?:interview|conversation|call|meeting|final round|"
        r"onsite|debrief|loop)|final[- ]round|\bfinalists?\b|\bthe panel\b|interview (?:stage|process|loop)|"
        r"\b(?:met|meeting|spoke|speaking|talking) (?:with )?(?:you|the team|me)|\binterviewed\b|phone screen|"
        r"enjoyed (?:our|the|meeting|speaking|talking|chatting|getting to know)|coming in\b|(?:coming|came|popping|"
        r"dropping) (?:by|in|round)|trial (?:lesson|day|shift|session|period|week)|"
        r"trial shift|your (?:interview|presentation|case|take-home)|the debrief",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:if|unless|whether|even though|although|though|while|in case|in the event|either way|may have|might "
        r"have|could have|may be|might be)\b|^should\b|"
        r"\bshould (?:you|your)\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"^(?:if|should|unless|when)\b[^,]{0,160},\s*(?:it|this|that) means\b|(?:please )?(?:consider|treat|regard) "
        r"(?:your application|it|yourself|this)\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"(?:does|do|will|would)(?: not|n't) (?:mean|affect|impact|change)|(?:no|not an?|without any) (?:impact|effect|"
        r"bearing|influence) on|(?:is|was) not a rejection|(?:should|may|can|please|safely) assume|assume that",
    ),
    # Conditions on deadlines and completeness ("late submissions will not be considered") decide nothing yet.
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:late|incomplete) (?:submissions?|applications?|tests?|assessments?|responses?)|(?:received|submitted|"
        r"completed) after (?:the )?(?:deadline|closing date)|(?:not|n't) (?:completed|submitted|received) (?:on|in) time",
    ),
    # "we've offered the Kettering role to one of our assistant managers": the job went to someone else.
    (
        Cue.FILLED,
        0.9,
        r"(?:offered|given|awarded) (?:the|this|that) (?:[\w-]+ ){0,3}?(?:role|position|job|post|vacancy) to (?:one of "
        r"our|another|someone|somebody|an internal|a colleague|an existing|a candidate|a member)",
    ),
    # A condition put first ("Without the test we cannot consider you") decides nothing yet.
    (Cue.HEDGE, 1.0, r"^without\b"),
    # The candidate turned the offer down and the employer closes the file: their decision, not a rejection.
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:withdrawn|closed|cancell?ed) the offer (?:on our side|on our end|as you asked|at your request)|"
        r"you(?:'ve| have)? (?:decided to )?(?:decline|declined|turn(?:ed)? down) (?:our|the|my) offer",
    ),
    # A decision about someone else's application ("reviewed Jamie's application and decided not to move
    # forward"): the candidate referred them, or is their colleague; it is not about the reader.
    (
        Cue.HEDGE,
        2.0,
        r"\b(?!(?:your|our|the|company|team|firm|client|candidate|employer|organi[sz]ation)'s)[a-z]+'s "
        r"(?:application|candidacy)\b(?! (?:process|portal|form|system|status page))",
    ),
]

# Context words: how much the message is about a job, or about something else that can be turned down.
_CONTEXT: list[Entry] = [
    (
        Cue.JOB,
        1.0,
        r"\b(?:position|role|job|vacanc(?:y|ies)|opening|requisition|req\b|posting)",
    ),
    (Cue.JOB, 1.0, r"\b(?:candidate|candidacy|candidature|applicant)s?\b"),
    (Cue.JOB, 1.5, r"\binterview"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:recruit(?:er|ing|ment)|talent acquisition|talent team|hiring (?:manager|team|process|committee)|"
        r"human resources|people team)",
    ),
    (
        Cue.JOB,
        1.0,
        r"\b(?:cv|resume|résumé|cover letter|portfolio)\b",
    ),
    (
        Cue.JOB,
        0.5,
        r"\b(?:employment|careers?|employer|hire|hiring|onboarding|salary)\b",
    ),
    (Cue.JOB, 0.3, r"\b(?:application|applying|applied)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:loans?|mortgage|credit (?:card|report|score|limit|line|union|check|history)|lending|borrow)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:apartment|flat viewing|(?:the|a|this|that) flat\b|flatshare|flat share|house share|lease|landlord|"
        r"rental application|rental|tenant screening|move-in|move in from|bedroom|"
        r"the unit|this unit|rent\b|property manager)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:visa|immigration|h-1b|uscis|petition|lottery|residence permit|green card)",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:paper|manuscript|conference|journal|reviewers?|program(?:me)? committee|proceedings|"
        r"camera-ready|poster|abstract|your submission|submission #)\b",
    ),
    (
        Cue.NONJOB,
        1.0,
        r"\b(?:workshop|keynote|talk proposal|the track|panel session)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:grants?|funding|funded|scholarship|bursary)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:vendors?|rfp|tender|procurement|suppliers?|bids?|proposals?|statement of work|freelancers?|"
        r"engagement|sourcing)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:admissions?|degree|tuition|msc|mba|phd|master's|bachelor|undergraduate|graduate program|offer (?:you )?"
        r"a place|place on (?:the|this|our) (?:course|programme|program)|programme|to study)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:payouts?|refund|your order|order #|delivery|shipment|your bank|declined by your bank|transaction|"
        r"purchase)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:volunteers?|volunteering|membership|insurance claim|your claim|policyholder|adoption|sponsorship|prize|"
        r"speaker|call for (?:papers|proposals)|cfp)\b",
    ),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
