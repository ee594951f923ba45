// Humo demo: what both LinkedIn demo feeds (legacy Ember DOM and new React DOM) share: the
// authors' headlines and the helpers that do not depend on either DOM. Loaded before each
// variant's feed.js. Post text only ever becomes text nodes.
'use strict';
window.HumoLinkedInDemo = (() => {
  const HEADLINES = {
    "in:gabriel-moss-ghostwriter": "Ghostwriter for founders | Your voice, 12 posts a month",
    "in:priya-raman-data": "Staff Data Engineer | dbt, Kafka, Postgres",
    "in:tom-becker-recruiter": "Tech Recruiter | Salary in every ad",
    "in:luciaferrer-marcapersonal": "Mentora de marca personal | Te ayudo a que te elijan",
    "in:diego-villarreal-mx": "Fundador y CEO en Cobra | Fintech desde Monterrey",
    "in:mariajose-ortega-ux": "UX Research Lead | Accesibilidad",
    "in:kevin-ohara-sales": "Sales trainer | 212 meetings booked last quarter",
    "in:sara-lindqvist": "Director of Engineering at Fernhill Health",
    "in:javier-montes-sre": "SRE | Observabilidad y guardias humanas",
    "in:amara-okafor-careers": "Career coach | Pivot into tech",
    "in:carlos-medina-rrhh": "Responsable de Selección en Grupo Levante",
    "in:hannah-cole-pm": "Senior Product Manager",
    "in:andrea-salas-finanzas": "Finanzas personales sin miedo | Formadora",
    "in:ben-adler": "VP Engineering at Fernhill Health | ex-founder",
    "in:valentina-rios-growth": "Growth marketer SaaS B2B",
    "in:mike-dunn-growth": "LinkedIn growth | 50k+ followers | Creator Lab",
    "in:elena-petrova-ml": "ML researcher | LLM evaluation",
    "in:rodrigo-paz-ventas": "Consultor de ventas B2B | Ventas predecibles",
    "in:nora-fitzgerald-sec": "Security engineer | Fitzgerald Security",
    "in:pablo-ibanez-diseno": "Diseñador de identidad visual freelance",
    "in:grace-kim-leadership": "Keynote speaker | Author of \"The Quiet Room\"",
    "in:ines-calvo-laboral": "Abogada laboralista",
    "in:omar-haddad": "Analytics Engineering Lead at Kontor Logistics",
    "in:laura-benitez-coach": "Coach ejecutiva | Liderar sin desgaste",
    "in:james-whitaker-cfo": "Fractional CFO for SaaS",
    "in:sofia-navarro-dev": "Desarrolladora frontend",
    "in:raj-malhotra": "Productivity systems | Notion templates",
    "in:camila-rojas-datos": "Científica de datos",
    "in:daniel-ortiz-pm": "Head of Product",
  };

  const profileUrl = (a) => {
    const [kind, slug] = a.id.split(':');
    return `https://www.linkedin.com/${kind === 'company' ? 'company' : 'in'}/${slug}/`;
  };
  function hashOf(s) {
    let x = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 0x01000193);
    return x >>> 0;
  }
  const initials = (name) =>
    name.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).slice(0, 2).map((w) => w[0]).join('').toUpperCase();

  /** Text with newlines as <br> and link texts as anchors made by `link(l)` (each DOM its own). */
  function richText(parent, text, links, link) {
    text.split('\n').forEach((line, i) => {
      if (i) parent.append(document.createElement('br'));
      let rest = line;
      while (rest) {
        let best = null;
        for (const l of links || []) {
          const at = rest.indexOf(l.text);
          if (at >= 0 && (!best || at < best.at)) best = { at, l };
        }
        if (!best) {
          parent.append(rest);
          break;
        }
        if (best.at) parent.append(rest.slice(0, best.at));
        parent.append(link(best.l));
        rest = rest.slice(best.at + best.l.text.length);
      }
    });
  }
  /** Where the "…more" cut falls: the last word break before 210 characters. */
  function cutPoint(text) {
    const lim = 210;
    const cut = Math.max(text.lastIndexOf(' ', lim), text.lastIndexOf('\n', lim));
    return cut < 120 ? lim : cut;
  }

  return {
    headline: (a) => HEADLINES[a.id] || '',
    profileUrl,
    hashOf,
    initials,
    richText,
    cutPoint,
    es: (p) => p.lang === 'es',
    CONNECTIONS: ['Hannah Cole', 'Omar Haddad', 'Inés Calvo', 'Daniel Ortiz', 'Sara Lindqvist', 'Camila Rojas'],
  };
})();
